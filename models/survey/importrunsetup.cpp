// ImportRun before and after the rows: reading the contest and the sheet's header, checking the
// mapping, and writing the totals, aliases and counts at the end.
#include "survey/importrun.h"

#include "storage/contestrepository.h"
#include "storage/criterionrepository.h"
#include "storage/geographyrepository.h"
#include "storage/nomineerepository.h"
#include "storage/surveybatchwriter.h"
#include "storage/surveyrepository.h"
#include "survey/headerguess.h"
#include "survey/xlsxreader.h"

#include <QJsonDocument>
#include <QUuid>

#include <algorithm>

namespace akim::survey {

ImportRun::ImportRun(QSqlDatabase db, const ImportOptions &options, ImportSummary &summary)
    : m_db(std::move(db))
    , m_options(options)
    , m_mapping(options.mapping)
    , m_summary(summary)
{}

ImportRun::~ImportRun()
{
    stopProducer();
}

bool ImportRun::prepare(QString *error)
{
    const QVector<Criterion> criteria = CriterionRepository(m_db).all();
    m_nominees = NomineeRepository(m_db).rows();
    QHash<QString, qint64> byUuid;
    QHash<qint64, int> regionIndex;
    qint64 maxId = 0;
    for (int i = 0; i < m_nominees.size(); ++i) {
        const NomineeRow &row = m_nominees.at(i);
        m_nomineeIndex.insert(row.nominee.id, i);
        byUuid.insert(row.nominee.uuid, row.nominee.id);
        maxId = std::max(maxId, row.nominee.id);
        // The row hash names the nominee by its uuid, which travels with the contest.
        const QUuid uuid = QUuid::fromString(row.nominee.uuid);
        m_nomineeUuids.append(uuid.isNull() ? row.nominee.uuid.toUtf8() : uuid.toRfc4122());
        auto region = regionIndex.constFind(row.regionId);
        if (region == regionIndex.cend()) {
            region = regionIndex.insert(row.regionId, int(m_regionCounts.size()));
            RegionCount count;
            count.regionId = row.regionId;
            count.regionName = row.regionRu;
            m_regionCounts.append(count);
        }
        m_nomineeRegion.append(*region);
    }
    m_regionUsed.fill(false, m_regionCounts.size());
    // Rows look their nominee up by id; a vector does it without hashing while ids are dense.
    if (maxId < 4 * qint64(m_nominees.size()) + 1024) {
        m_denseIndex.fill(-1, maxId + 1);
        for (int i = 0; i < m_nominees.size(); ++i)
            m_denseIndex[m_nominees.at(i).nominee.id] = i;
    }
    for (const Region &region : GeographyRepository(m_db).regions())
        m_regionOrder.insert(region.id, region.sortOrder);

    // Resolutions name nominees by id (the wizard) or uuid (a mapping file from elsewhere).
    for (auto it = m_mapping.resolutionUuids.cbegin(); it != m_mapping.resolutionUuids.cend();
         ++it) {
        const qint64 id = byUuid.value(it.value());
        if (id == 0) {
            *error = SurveyImporter::tr("The mapping resolves \"%1\" to a nominee that is not in "
                                        "this contest (%2).")
                         .arg(it.key(), it.value());
            return false;
        }
        m_mapping.resolutions.insert(it.key(), id);
    }
    for (auto it = m_mapping.resolutions.cbegin(); it != m_mapping.resolutions.cend(); ++it) {
        if (!m_nomineeIndex.contains(it.value())) {
            *error = SurveyImporter::tr("The mapping resolves \"%1\" to nominee %2, which is not "
                                        "in this contest.")
                         .arg(it.key())
                         .arg(it.value());
            return false;
        }
    }

    ReadError readError;
    m_reader = SheetReader::open(m_options.filePath, &readError, m_mapping.csv, m_options.limits);
    if (!m_reader) {
        *error = readError.toString();
        return false;
    }
    if (!m_mapping.sheet.isEmpty() && !m_reader->selectSheet(m_mapping.sheet)) {
        *error = SurveyImporter::tr("%1: there is no sheet \"%2\" (the sheets are: %3).")
                     .arg(m_summary.fileName, m_mapping.sheet,
                          m_reader->sheetNames().join(QStringLiteral(", ")));
        return false;
    }

    // The header rows (and any title rows above the data) are read first.
    QVector<QVector<QVariant>> top;
    QVector<QVariant> cells;
    const int lastHeader = m_mapping.headerRows.isEmpty() ? -1 : m_mapping.headerRows.last();
    const int skip = std::max(lastHeader + 1, m_mapping.firstDataRow);
    while (int(top.size()) < skip && m_reader->readRow(cells))
        top.append(cells);
    if (m_reader->error().isError()) {
        *error = m_reader->error().toString();
        return false;
    }
    if (int(top.size()) < skip ||
        (top.size() > 0 && lastHeader >= 0 &&
         std::all_of(top.at(lastHeader).cbegin(), top.at(lastHeader).cend(),
                     [](const QVariant &c) { return isBlankCell(c); }))) {
        *error = SurveyImporter::tr("%1: the sheet has no header row %2.")
                     .arg(m_summary.fileName)
                     .arg(lastHeader + 1);
        return false;
    }
    m_headers = HeaderGuess::fromRows(top, m_mapping.headerRows).columns;
    if (!m_mapping.resolveColumns(m_headers, error)) {
        *error = m_summary.fileName + QStringLiteral(": ") + *error;
        return false;
    }
    const QString invalid = m_mapping.validate(criteria, int(m_headers.size()));
    if (!invalid.isEmpty()) {
        *error = m_summary.fileName + QStringLiteral(": ") + invalid;
        return false;
    }
    setupColumns(criteria);
    // The timestamps of an XLSX sheet come as serial numbers: a local QDateTime per row would
    // cost a time-zone lookup each (see readStamp()).
    if (auto *xlsx = dynamic_cast<XlsxReader *>(m_reader.get()); xlsx && m_timestampColumn >= 0)
        xlsx->setSerialDateTimeColumns({m_timestampColumn});

    QHash<QString, qint64> aliases = SurveyRepository(m_db).aliasMap();
    for (auto it = m_mapping.resolutions.cbegin(); it != m_mapping.resolutions.cend(); ++it)
        aliases.insert(it.key(), it.value());
    m_matcher = std::make_unique<NomineeMatcher>(m_nominees, aliases);
    m_dbHashes = SurveyRepository(m_db).rowHashPrefixes(surveyKindKey(m_mapping.kind));
    m_rejectedFile.open(m_options.rejectedCsvPath, m_headers);
    return true;
}

void ImportRun::setupColumns(const QVector<Criterion> &criteria)
{
    for (const ColumnMapping &column : std::as_const(m_mapping.columns)) {
        switch (column.role) {
        case ColumnRole::Region:
            m_regionColumns.append(column.index);
            break;
        case ColumnRole::District:
            m_districtColumns.append(column.index);
            break;
        case ColumnRole::Okrug:
            m_okrugColumns.append(column.index);
            break;
        case ColumnRole::Kato:
            m_katoColumns.append(column.index);
            break;
        case ColumnRole::Timestamp:
            if (m_timestampColumn < 0)
                m_timestampColumn = column.index;
            break;
        case ColumnRole::RespondentId:
            m_respondentColumns.append(column.index);
            m_hiddenColumns.insert(column.index);
            break;
        case ColumnRole::FreeText:
            m_hiddenColumns.insert(column.index);
            break;
        case ColumnRole::Question: {
            int slot = -1;
            for (int i = 0; i < m_slots.size(); ++i) {
                if (m_slots.at(i).code.compare(column.criterionCode, Qt::CaseInsensitive) == 0)
                    slot = i;
            }
            if (slot < 0) {
                const auto criterion =
                    std::find_if(criteria.cbegin(), criteria.cend(), [&](const Criterion &c) {
                        return c.code.compare(column.criterionCode, Qt::CaseInsensitive) == 0;
                    });
                slot = int(m_slots.size());
                m_slots.append({criterion->id, criterion->code});
            }
            m_questions.append({column.index, slot, column.header});
            break;
        }
        case ColumnRole::Ignore:
            break;
        }
    }
    for (const Slot &slot : std::as_const(m_slots)) {
        const QByteArray code = slot.code.toUtf8();
        m_slotTags.append('|' + QByteArray::number(code.size()) + ':' + code);
    }
    m_totals.fill(Total(), m_nominees.size() * m_slots.size());
    // Totals are kept per criterion slot in code order, so row hashes do not depend on the
    // order of the columns in the file.
    m_slotOrder.resize(m_slots.size());
    for (int i = 0; i < m_slots.size(); ++i)
        m_slotOrder[i] = i;
    std::sort(m_slotOrder.begin(), m_slotOrder.end(),
              [&](int a, int b) { return m_slots.at(a).code < m_slots.at(b).code; });
}

void ImportRun::begin()
{
    SurveyImportRecord record;
    record.kind = surveyKindKey(m_mapping.kind);
    record.fileName = m_summary.fileName;
    record.sha256 = m_summary.sha256;
    record.mappingJson = mappingJson();
    record.importedBy = m_options.userName;
    SurveyRepository repository(m_db);
    repository.insertImport(record);
    m_summary.importId = record.id;
    m_summary.importUuid = record.uuid;
    QVector<qint64> criterionIds;
    for (const Slot &slot : std::as_const(m_slots))
        criterionIds.append(slot.id);
    m_writer = std::make_unique<SurveyBatchWriter>(m_db, record.id, record.kind, criterionIds);
    m_producer = std::thread([this] { produce(); });
}

QString ImportRun::mappingJson() const
{
    ImportMapping stored = m_mapping;
    stored.resolutionUuids.clear();
    return QString::fromUtf8(QJsonDocument(stored.toJson()).toJson(QJsonDocument::Compact));
}

void ImportRun::abandon()
{
    stopProducer();
    m_rejectedFile.discard();
}

bool ImportRun::saveRejected(QString *error)
{
    return m_rejectedFile.commit(error);
}

void ImportRun::end()
{
    stopProducer();
    m_writer->flush();
    QVector<AggregateDelta> deltas;
    const int slotCount = int(m_slots.size());
    for (int i = 0; i < m_nominees.size(); ++i) {
        for (int slot = 0; slot < slotCount; ++slot) {
            const Total &total = m_totals.at(qsizetype(i) * slotCount + slot);
            if (total.n > 0)
                deltas.append(
                    {m_nominees.at(i).nominee.id, m_slots.at(slot).id, total.n, total.total});
        }
    }
    std::sort(deltas.begin(), deltas.end(), [](const AggregateDelta &a, const AggregateDelta &b) {
        return a.nomineeId != b.nomineeId ? a.nomineeId < b.nomineeId
                                          : a.criterionId < b.criterionId;
    });
    SurveyRepository repository(m_db);
    repository.applyAggregates(deltas, 1);
    for (auto it = m_mapping.resolutions.cbegin(); it != m_mapping.resolutions.cend(); ++it) {
        if (repository.saveAlias(it.key(), it.value(), m_options.userName))
            ++m_summary.aliasesSaved;
    }

    SurveyImportRecord record = repository.importRecord(m_summary.importId);
    record.rowsRead = m_summary.read;
    record.rowsImported = m_summary.imported;
    record.rowsRejected = m_summary.rejected;
    record.rowsDuplicate = m_summary.duplicates;
    record.rowsUnmatched = m_summary.unmatched;
    record.sha256 = m_summary.sha256;
    const auto used = std::count(m_regionUsed.cbegin(), m_regionUsed.cend(), true);
    const auto first = std::find(m_regionUsed.cbegin(), m_regionUsed.cend(), true);
    record.regionId =
        used == 1 ? m_regionCounts.at(int(first - m_regionUsed.cbegin())).regionId : 0;
    repository.updateImportCounts(record);
    fillSummary();
}

void ImportRun::fillSummary()
{
    for (auto it = m_groups.cbegin(); it != m_groups.cend(); ++it)
        m_summary.unmatchedGroups.append(*it);
    std::sort(m_summary.unmatchedGroups.begin(), m_summary.unmatchedGroups.end(),
              [](const UnmatchedGroup &a, const UnmatchedGroup &b) {
                  return a.rows != b.rows ? a.rows > b.rows : a.firstRow < b.firstRow;
              });
    for (UnmatchedGroup &group : m_summary.unmatchedGroups) {
        if (group.match.candidates.size() > m_options.keepUnmatchedCandidates)
            group.match.candidates.resize(m_options.keepUnmatchedCandidates);
    }
    for (int i = 0; i < m_regionCounts.size(); ++i) {
        if (m_regionUsed.at(i))
            m_summary.regions.append(m_regionCounts.at(i));
    }
    for (int kind = 0; kind <= int(MatchKind::Unmatched); ++kind) {
        if (m_matchKinds[kind] > 0)
            m_summary.matchKinds[MatchKind(kind)] += m_matchKinds[kind];
    }
    std::sort(m_summary.regions.begin(), m_summary.regions.end(),
              [this](const RegionCount &a, const RegionCount &b) {
                  return m_regionOrder.value(a.regionId) != m_regionOrder.value(b.regionId)
                             ? m_regionOrder.value(a.regionId) < m_regionOrder.value(b.regionId)
                             : a.regionId < b.regionId;
              });
    const qint64 damaged = m_summary.matchKinds.value(MatchKind::Damaged);
    if (damaged > 0)
        m_summary.warnings.append(
            SurveyImporter::tr("%n row(s) spelled the okrug with letters lost to the cp1251 "
                               "encoding (\"?\" for a Kazakh letter); they were matched despite "
                               "that. Check the encoding of the file.",
                               nullptr, int(damaged)));
    const qint64 fuzzy = m_summary.matchKinds.value(MatchKind::Fuzzy);
    if (fuzzy > 0)
        m_summary.warnings.append(SurveyImporter::tr(
            "%n row(s) were matched to an okrug despite a typo in its name.", nullptr, int(fuzzy)));
    if (m_badTimestamps > 0)
        m_summary.warnings.append(SurveyImporter::tr(
            "%n timestamp(s) could not be read as a date; those responses were imported without "
            "one.",
            nullptr, int(m_badTimestamps)));
}

QString ImportRun::placeDescription(const PlaceInput &place)
{
    QStringList parts;
    for (const QString &part : {place.region, place.district, place.okrug, place.kato}) {
        if (!part.trimmed().isEmpty())
            parts.append(part.trimmed());
    }
    return parts.join(QStringLiteral(" / "));
}

} // namespace akim::survey

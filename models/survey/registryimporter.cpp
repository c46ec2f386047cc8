#include "survey/registryimporter.h"

#include "services/auditjson.h"
#include "services/contestdocument.h"
#include "storage/sql.h"
#include "survey/cellvalue.h"
#include "survey/headerguess.h"
#include "survey/registryplaces.h"
#include "text/textfold.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace akim::survey {
namespace {

// How a cell reads as text: numbers without a needless ".0" (a KATO code typed as a number),
// dates as ISO 8601, runs of spaces and no-break spaces as one space.
QString cellText(const QVariant &cell)
{
    switch (cell.metaType().id()) {
    case QMetaType::Double: {
        const double value = cell.toDouble();
        if (std::isfinite(value) && std::floor(value) == value && std::fabs(value) < 1e15)
            return QString::number(qint64(value));
        return QString::number(value, 'g', 15);
    }
    case QMetaType::QDate:
        return cell.toDate().toString(Qt::ISODate);
    case QMetaType::QDateTime:
        return cell.toDateTime().toString(Qt::ISODate);
    case QMetaType::UnknownType:
        return QString();
    default:
        return cell.toString().simplified();
    }
}

// A date cell: a date-formatted cell, an Excel serial day, or text ("15.06.2020"). Invalid
// when it is none of these, or before 1950 (a year typed alone, "2019", reads as serial day
// 2019, which is in 1905).
QDate cellDate(const QVariant &cell)
{
    QVariant value = cell;
    if (cell.metaType().id() == QMetaType::Double)
        value = excelSerialToDate(cell.toDouble(), false);
    else if (cell.metaType().id() == QMetaType::QString)
        value = parseDate(cell.toString(), ExcelEpoch::Excel1900);
    QDate date;
    if (value.metaType().id() == QMetaType::QDate)
        date = value.toDate();
    else if (value.metaType().id() == QMetaType::QDateTime)
        date = value.toDateTime().date();
    return date.isValid() && date.year() >= 1950 ? date : QDate();
}

QString fileSha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

int RegistryPlan::count(RegistryAction action) const
{
    return int(std::count_if(rows.cbegin(), rows.cend(),
                             [action](const RegistryRow &row) { return row.action == action; }));
}

QString RegistryPlan::summary() const
{
    if (isBroken())
        return error.toString();
    QString text = tr("%n row(s): %1 to add, %2 already present", nullptr, int(rows.size()))
                       .arg(count(RegistryAction::Add))
                       .arg(count(RegistryAction::Present));
    if (const int problemRows = count(RegistryAction::Problem))
        text += tr(", %n with problems", nullptr, problemRows);
    if (!newDistricts.isEmpty() || !newOkrugs.isEmpty()) {
        text += QStringLiteral("; ") +
                tr("new: %n district(s)", nullptr, int(newDistricts.size())) +
                tr(", %n okrug(s)", nullptr, int(newOkrugs.size()));
    }
    return text;
}

RegistryImporter::RegistryImporter(ContestDocument &document)
    : m_document(document)
{}

QString RegistryImporter::nameKey(const QString &fullName)
{
    return detail::RegistryPlaces::nameKey(fullName);
}

RegistryPlan RegistryImporter::plan(const QString &path, const RegistryMapping &mapping,
                                    const QString &sheet) const
{
    RegistryPlan plan;
    plan.file = path;
    plan.fileName = QFileInfo(path).fileName();
    plan.auditMark = m_document.audit().count();
    const auto broken = [&plan](const QString &message) {
        plan.error.message = message;
        return plan;
    };
    if (!m_document.isOpen())
        return broken(tr("No contest file is open."));
    plan.error.file = plan.fileName;
    std::unique_ptr<SheetReader> reader = SheetReader::open(path, &plan.error, mapping.csv);
    if (!reader)
        return plan;
    plan.error.file = plan.fileName;
    const QString wanted = !sheet.isEmpty() ? sheet : mapping.sheet;
    if (!wanted.isEmpty() && !reader->selectSheet(wanted)) {
        return broken(tr("There is no sheet \"%1\" (sheets: %2).")
                          .arg(wanted, reader->sheetNames().join(QStringLiteral(", "))));
    }
    plan.sheet = reader->currentSheet();
    plan.sha256 = fileSha256(path);

    // The header is among the first rows; keep them to find it.
    int sampleSize = HeaderGuess::kSampleRows;
    for (const int row : mapping.headerRows)
        sampleSize = std::max(sampleSize, row + 1);
    sampleSize = std::max(sampleSize, mapping.firstDataRow + 1);
    QVector<QVector<QVariant>> sample;
    QVector<qint64> sampleNumbers;
    QVector<QVariant> cells;
    while (sample.size() < sampleSize && reader->readRow(cells)) {
        sample << cells;
        sampleNumbers << reader->rowNumber();
    }
    if (reader->error().isError()) {
        plan.error = reader->error();
        return plan;
    }
    plan.headerRows = mapping.headerRows;
    if (plan.headerRows.isEmpty()) {
        const int found = RegistryMapping::findHeader(sample);
        plan.headerRows = found >= 0 ? QVector<int>{found} : HeaderGuess::guess(sample).headerRows;
    }
    if (plan.headerRows.isEmpty())
        return broken(tr("The sheet is empty."));
    plan.columns = HeaderGuess::fromRows(sample, plan.headerRows).columns;
    plan.roles = mapping.resolve(plan.columns);
    if (!plan.roles.isUsable())
        return broken(plan.roles.problems.join(QLatin1Char(' ')));

    detail::RegistryPlaces places(m_document, plan);
    const auto column = [&plan](RegistryRole role) {
        return plan.roles.columnOf(role);
    };
    const int regionColumn = column(RegistryRole::Region);
    QString lastRegion;
    QString lastDistrict;
    const auto take = [&](const QVector<QVariant> &row, qint64 number) {
        detail::RegistryInput in;
        in.row = number;
        const auto text = [&row](int index) {
            return index < 0 ? QString() : cellText(row.value(index));
        };
        bool anything = false;
        for (int i = 0; i < plan.roles.roles.size() && !anything; ++i)
            anything = plan.roles.roles.at(i) != RegistryRole::Ignore && !text(i).isEmpty();
        if (!anything)
            return; // blank, or a note beside the table
        in.region = text(regionColumn);
        in.district = text(column(RegistryRole::District));
        in.okrug = text(column(RegistryRole::Okrug));
        in.fullName = text(column(RegistryRole::FullName));
        in.kato = text(column(RegistryRole::Kato));
        in.since = row.value(column(RegistryRole::InOfficeSince));
        in.sinceText = text(column(RegistryRole::InOfficeSince));
        // A region or district written once for the rows below it (merged cells) holds for
        // them; a new region starts its districts afresh.
        if (in.region.isEmpty()) {
            in.region = lastRegion;
        } else if (text::fold(in.region) != text::fold(lastRegion)) {
            lastRegion = in.region;
            lastDistrict.clear();
        }
        if (in.district.isEmpty())
            in.district = lastDistrict;
        else
            lastDistrict = in.district;
        if (in.region.isEmpty())
            in.region = mapping.region;
        if (!in.sinceText.isEmpty())
            in.sinceDate = cellDate(in.since);
        places.add(in);
    };
    const int firstDataRow =
        mapping.firstDataRow >= 0 ? mapping.firstDataRow : plan.headerRows.last() + 1;
    for (int i = firstDataRow; i < sample.size(); ++i)
        take(sample.at(i), sampleNumbers.at(i));
    if (sample.size() == sampleSize) {
        while (reader->readRow(cells))
            take(cells, reader->rowNumber());
    }
    if (reader->error().isError()) {
        plan.error = reader->error();
        return plan;
    }
    if (plan.rows.isEmpty())
        return broken(tr("The sheet has no rows below its header."));
    return plan;
}

RegistryResult RegistryImporter::apply(const RegistryPlan &plan)
{
    RegistryResult result;
    if (const QString denied = m_document.permit(Permission::ImportData); !denied.isEmpty()) {
        result.error = denied;
        return result;
    }
    if (plan.isBroken()) {
        result.error = plan.error.toString();
        return result;
    }
    if (!plan.problems.isEmpty()) {
        result.error = tr("%n row(s) of the registry have problems; nothing was imported.", nullptr,
                          plan.count(RegistryAction::Problem));
        return result;
    }
    if (m_document.audit().count() != plan.auditMark) {
        result.error = tr("The contest has changed since the registry was read; read it again.");
        return result;
    }
    result.present = plan.count(RegistryAction::Present);
    if (plan.count(RegistryAction::Add) == 0)
        return result; // nothing to write: the file stays as it is

    result.importUuid = sql::newUuid();
    result.error = m_document.runInTransaction([&] {
        GeographyRepository geography = m_document.geography();
        QVector<qint64> districtIds;
        for (District district : plan.newDistricts) {
            geography.insert(district);
            districtIds << district.id;
            m_document.recordAudit(QStringLiteral("district.create"), QStringLiteral("district"),
                                   district.uuid, {}, auditjson::of(district));
        }
        QVector<qint64> okrugIds;
        for (const NewOkrug &planned : plan.newOkrugs) {
            Okrug okrug = planned.okrug;
            if (planned.newDistrict >= 0)
                okrug.districtId = districtIds.at(planned.newDistrict);
            geography.insert(okrug);
            okrugIds << okrug.id;
            m_document.recordAudit(QStringLiteral("okrug.create"), QStringLiteral("okrug"),
                                   okrug.uuid, {}, auditjson::of(okrug));
        }
        NomineeRepository nominees = m_document.nominees();
        for (const RegistryRow &row : plan.rows) {
            if (row.action != RegistryAction::Add)
                continue;
            Nominee nominee;
            nominee.okrugId = row.newOkrug >= 0 ? okrugIds.at(row.newOkrug) : row.okrugId;
            nominee.fullName = row.fullName;
            nominee.inOfficeSince = row.inOfficeSince;
            nominees.insert(nominee);
            m_document.recordAudit(QStringLiteral("nominee.create"), QStringLiteral("nominee"),
                                   nominee.uuid, {}, auditjson::of(nominee),
                                   tr("Registry %1, row %2").arg(plan.fileName).arg(row.row));
            ++result.added;
        }
        const QJsonObject summary{
            {QStringLiteral("file"), plan.fileName},
            {QStringLiteral("sha256"), plan.sha256},
            {QStringLiteral("sheet"), plan.sheet},
            {QStringLiteral("rows"), int(plan.rows.size())},
            {QStringLiteral("added"), result.added},
            {QStringLiteral("present"), result.present},
            {QStringLiteral("districts_created"), int(plan.newDistricts.size())},
            {QStringLiteral("okrugs_created"), int(plan.newOkrugs.size())},
        };
        m_document.recordAudit(
            QStringLiteral("registry.import"), QStringLiteral("import"), result.importUuid, {},
            QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Compact)));
    });
    if (!result.error.isEmpty()) {
        result.added = 0;
        result.importUuid.clear();
        return result;
    }
    result.districtsCreated = int(plan.newDistricts.size());
    result.okrugsCreated = int(plan.newOkrugs.size());
    m_document.notifyExternalWrite();
    return result;
}

} // namespace akim::survey

#include "survey/importmapping.h"

#include "domain/enumkeys.h"
#include "survey/headerguess.h"
#include "survey/nomineematcher.h"
#include "text/textfold.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace akim::survey {
namespace {

const enumkeys::Table<ColumnRole, 9> kRoleKeys{{
    {ColumnRole::Ignore, "ignore"},
    {ColumnRole::Region, "region"},
    {ColumnRole::District, "district"},
    {ColumnRole::Okrug, "okrug"},
    {ColumnRole::Kato, "kato"},
    {ColumnRole::Timestamp, "timestamp"},
    {ColumnRole::Question, "question"},
    {ColumnRole::RespondentId, "respondent_id"},
    {ColumnRole::FreeText, "free_text"},
}};

// "C" → 2, "AA" → 26; -1 when not a column letter.
int letterIndex(const QString &letters)
{
    const QString upper = letters.trimmed().toUpper();
    if (upper.isEmpty() || upper.size() > 3)
        return -1;
    int index = 0;
    for (const QChar c : upper) {
        if (c < QLatin1Char('A') || c > QLatin1Char('Z'))
            return -1;
        index = index * 26 + (c.unicode() - 'A' + 1);
    }
    return index - 1;
}

QString foldHeader(const QString &header)
{
    return text::fold(header.trimmed());
}

} // namespace

QString surveyKindKey(SurveyKind kind)
{
    return kind == SurveyKind::Ethics ? QStringLiteral("ethics") : QStringLiteral("population");
}

SurveyKind surveyKindFromKey(const QString &key, bool *ok)
{
    const bool ethics = key == u"ethics";
    if (ok)
        *ok = ethics || key == u"population";
    return ethics ? SurveyKind::Ethics : SurveyKind::Population;
}

CriterionSource criterionSourceOf(SurveyKind kind)
{
    return kind == SurveyKind::Ethics ? CriterionSource::Ethics : CriterionSource::Survey;
}

QString columnRoleKey(ColumnRole role)
{
    return enumkeys::keyOf(kRoleKeys, role);
}

ColumnRole columnRoleFromKey(const QString &key, bool *ok)
{
    return enumkeys::fromKey(kRoleKeys, key, ok);
}

QString columnRoleLabel(ColumnRole role)
{
    switch (role) {
    case ColumnRole::Ignore:
        return ImportMapping::tr("Ignore");
    case ColumnRole::Region:
        return ImportMapping::tr("Region");
    case ColumnRole::District:
        return ImportMapping::tr("District");
    case ColumnRole::Okrug:
        return ImportMapping::tr("Rural okrug");
    case ColumnRole::Kato:
        return ImportMapping::tr("KATO code");
    case ColumnRole::Timestamp:
        return ImportMapping::tr("Timestamp");
    case ColumnRole::Question:
        return ImportMapping::tr("Question");
    case ColumnRole::RespondentId:
        return ImportMapping::tr("Respondent id (not stored)");
    case ColumnRole::FreeText:
        return ImportMapping::tr("Free text (not stored)");
    }
    return {};
}

bool ColumnMapping::operator==(const ColumnMapping &other) const
{
    return index == other.index && header == other.header && role == other.role &&
           criterionCode == other.criterionCode;
}

int ImportMapping::columnOf(ColumnRole role) const
{
    for (const ColumnMapping &column : columns) {
        if (column.role == role)
            return column.index;
    }
    return -1;
}

QVector<int> ImportMapping::columnsOf(ColumnRole role) const
{
    QVector<int> result;
    for (const ColumnMapping &column : columns) {
        if (column.role == role)
            result.append(column.index);
    }
    return result;
}

bool ImportMapping::hasPlaceColumns() const
{
    return std::any_of(columns.cbegin(), columns.cend(), [](const ColumnMapping &c) {
        return c.role == ColumnRole::Okrug || c.role == ColumnRole::Kato;
    });
}

QStringList ImportMapping::criterionCodes() const
{
    QStringList codes;
    for (const ColumnMapping &column : columns) {
        if (column.role == ColumnRole::Question && !codes.contains(column.criterionCode))
            codes.append(column.criterionCode);
    }
    return codes;
}

bool ImportMapping::resolveColumns(const QStringList &headers, QString *error)
{
    QVector<QString> folded;
    folded.reserve(headers.size());
    for (const QString &header : headers)
        folded.append(foldHeader(header));
    for (ColumnMapping &column : columns) {
        if (column.index >= 0) {
            if (column.header.isEmpty() && column.index < headers.size())
                column.header = headers.at(column.index);
            continue;
        }
        const QString wanted = foldHeader(column.header);
        const int found = int(folded.indexOf(wanted));
        if (wanted.isEmpty() || found < 0) {
            if (error)
                *error = tr("The sheet has no column \"%1\".").arg(column.header);
            return false;
        }
        if (folded.indexOf(wanted, found + 1) >= 0) {
            if (error)
                *error = tr("The sheet has several columns \"%1\"; name the column by its "
                            "index or letter instead.")
                             .arg(column.header);
            return false;
        }
        column.index = found;
    }
    return true;
}

QString ImportMapping::validate(const QVector<Criterion> &criteria, int columnCount) const
{
    if (headerRows.isEmpty() && firstDataRow < 0)
        return tr("The first data row is missing.");
    for (int i = 0; i < headerRows.size(); ++i) {
        if (headerRows.at(i) < 0 || (i > 0 && headerRows.at(i) <= headerRows.at(i - 1)))
            return tr("The header rows must be given in ascending order.");
    }
    if (!headerRows.isEmpty() && firstDataRow <= headerRows.last())
        return tr("The data must start below the header rows.");
    QSet<int> used;
    for (const ColumnMapping &column : columns) {
        const QString name =
            column.index >= 0 ? HeaderGuess::columnLetter(column.index) : column.header;
        if (column.index < 0 || (columnCount > 0 && column.index >= columnCount))
            return tr("Column %1 is not in the sheet.").arg(name);
        if (used.contains(column.index))
            return tr("Column %1 is mapped twice.").arg(name);
        used.insert(column.index);
        if (column.role != ColumnRole::Question)
            continue;
        const auto criterion =
            std::find_if(criteria.cbegin(), criteria.cend(), [&](const Criterion &c) {
                return c.code.compare(column.criterionCode, Qt::CaseInsensitive) == 0;
            });
        if (column.criterionCode.isEmpty())
            return tr("Column %1 is a question without a criterion.").arg(name);
        if (criterion == criteria.cend())
            return tr("Column %1: there is no criterion %2.").arg(name, column.criterionCode);
        if (criterion->source != criterionSourceOf(kind))
            return kind == SurveyKind::Ethics
                       ? tr("Column %1: criterion %2 is not an ethics criterion.")
                             .arg(name, criterion->code)
                       : tr("Column %1: criterion %2 is not a survey criterion.")
                             .arg(name, criterion->code);
    }
    if (!hasPlaceColumns())
        return tr("No column says which rural okrug (or KATO code) a response is about.");
    if (columnsOf(ColumnRole::Question).isEmpty())
        return tr("No column is mapped to a question.");
    return {};
}

QJsonObject ImportMapping::toJson() const
{
    QJsonObject json;
    json.insert(QStringLiteral("kind"), surveyKindKey(kind));
    if (!sheet.isEmpty())
        json.insert(QStringLiteral("sheet"), sheet);
    if (!csv.encoding.isEmpty() || !csv.delimiter.isNull()) {
        QJsonObject csvJson;
        if (!csv.encoding.isEmpty())
            csvJson.insert(QStringLiteral("encoding"), csv.encoding);
        if (!csv.delimiter.isNull())
            csvJson.insert(QStringLiteral("delimiter"), QString(csv.delimiter));
        json.insert(QStringLiteral("csv"), csvJson);
    }
    QJsonArray rows;
    for (int row : headerRows)
        rows.append(row);
    json.insert(QStringLiteral("header_rows"), rows);
    json.insert(QStringLiteral("first_data_row"), firstDataRow);
    QJsonArray columnsJson;
    for (const ColumnMapping &column : columns) {
        QJsonObject c;
        if (column.index >= 0)
            c.insert(QStringLiteral("index"), column.index);
        if (!column.header.isEmpty())
            c.insert(QStringLiteral("header"), column.header);
        c.insert(QStringLiteral("role"), columnRoleKey(column.role));
        if (column.role == ColumnRole::Question)
            c.insert(QStringLiteral("criterion"), column.criterionCode);
        columnsJson.append(c);
    }
    json.insert(QStringLiteral("columns"), columnsJson);
    json.insert(QStringLiteral("scale"), scale.toJson());
    if (!resolutions.isEmpty() || !resolutionUuids.isEmpty()) {
        QJsonArray list;
        QStringList keys = resolutions.keys();
        std::sort(keys.begin(), keys.end());
        for (const QString &key : keys)
            list.append(QJsonObject{{QStringLiteral("key"), key},
                                    {QStringLiteral("nominee_id"), resolutions.value(key)}});
        QStringList uuidKeys = resolutionUuids.keys();
        std::sort(uuidKeys.begin(), uuidKeys.end());
        for (const QString &key : uuidKeys)
            list.append(QJsonObject{{QStringLiteral("key"), key},
                                    {QStringLiteral("nominee_uuid"), resolutionUuids.value(key)}});
        json.insert(QStringLiteral("resolutions"), list);
    }
    return json;
}

bool ImportMapping::fromJson(const QJsonObject &json, ImportMapping *mapping, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    ImportMapping result;
    bool ok = true;
    result.kind = surveyKindFromKey(
        json.value(QStringLiteral("kind")).toString(QStringLiteral("population")), &ok);
    if (!ok)
        return fail(tr("Unknown kind \"%1\" (use population or ethics).")
                        .arg(json.value(QStringLiteral("kind")).toString()));
    result.scale = result.kind == SurveyKind::Ethics ? AnswerScale::yesNo() : AnswerScale();
    result.sheet = json.value(QStringLiteral("sheet")).toString();
    const QJsonObject csvJson = json.value(QStringLiteral("csv")).toObject();
    result.csv.encoding = csvJson.value(QStringLiteral("encoding")).toString();
    const QString delimiter = csvJson.value(QStringLiteral("delimiter")).toString();
    if (delimiter.size() > 1 && delimiter != u"\\t" && delimiter != u"tab")
        return fail(tr("The CSV delimiter must be one character."));
    if (!delimiter.isEmpty())
        result.csv.delimiter = delimiter.size() == 1 ? delimiter.at(0) : QLatin1Char('\t');

    if (json.contains(QStringLiteral("header_rows"))) {
        result.headerRows.clear();
        for (const QJsonValue &row : json.value(QStringLiteral("header_rows")).toArray()) {
            if (!row.isDouble() || row.toDouble() < 0)
                return fail(tr("\"header_rows\" must list row numbers from 0."));
            result.headerRows.append(row.toInt());
        }
    }
    result.firstDataRow = result.headerRows.isEmpty() ? 0 : result.headerRows.last() + 1;
    const QJsonValue first = json.value(QStringLiteral("first_data_row"));
    if (first.isDouble())
        result.firstDataRow = first.toInt();
    else if (!first.isUndefined())
        return fail(tr("\"first_data_row\" must be a row number from 0."));

    const QJsonValue columnsValue = json.value(QStringLiteral("columns"));
    if (!columnsValue.isArray())
        return fail(tr("The mapping has no \"columns\" list."));
    for (const QJsonValue &value : columnsValue.toArray()) {
        const QJsonObject c = value.toObject();
        ColumnMapping column;
        column.role = columnRoleFromKey(c.value(QStringLiteral("role")).toString(), &ok);
        if (!ok)
            return fail(
                tr("Unknown column role \"%1\".").arg(c.value(QStringLiteral("role")).toString()));
        column.header = c.value(QStringLiteral("header")).toString();
        if (c.value(QStringLiteral("index")).isDouble()) {
            column.index = c.value(QStringLiteral("index")).toInt();
            if (column.index < 0)
                return fail(tr("A column index must be 0 or more."));
        } else if (c.contains(QStringLiteral("letter"))) {
            column.index = letterIndex(c.value(QStringLiteral("letter")).toString());
            if (column.index < 0)
                return fail(tr("\"%1\" is not a column letter.")
                                .arg(c.value(QStringLiteral("letter")).toString()));
        } else if (column.header.isEmpty()) {
            return fail(tr("Each column needs an \"index\", a \"letter\" or a \"header\"."));
        }
        column.criterionCode = c.value(QStringLiteral("criterion")).toString().trimmed();
        if (column.role == ColumnRole::Question && column.criterionCode.isEmpty())
            return fail(tr("A question column needs a \"criterion\" code."));
        result.columns.append(column);
    }

    if (json.contains(QStringLiteral("scale"))) {
        QString scaleError;
        if (!AnswerScale::fromJson(json.value(QStringLiteral("scale")).toObject(), &result.scale,
                                   &scaleError))
            return fail(scaleError);
    }

    for (const QJsonValue &value : json.value(QStringLiteral("resolutions")).toArray()) {
        const QJsonObject r = value.toObject();
        QString key = r.value(QStringLiteral("key")).toString();
        if (key.isEmpty()) {
            PlaceInput place;
            place.region = r.value(QStringLiteral("region")).toString();
            place.district = r.value(QStringLiteral("district")).toString();
            place.okrug = r.value(QStringLiteral("okrug")).toString();
            if (place.okrug.trimmed().isEmpty())
                return fail(tr("A resolution needs the \"okrug\" as the file spells it."));
            key = NomineeMatcher::aliasKey(place);
        }
        if (r.value(QStringLiteral("nominee_id")).isDouble() &&
            r.value(QStringLiteral("nominee_id")).toDouble() > 0)
            result.resolutions.insert(key,
                                      qint64(r.value(QStringLiteral("nominee_id")).toDouble()));
        else if (!r.value(QStringLiteral("nominee_uuid")).toString().isEmpty())
            result.resolutionUuids.insert(key, r.value(QStringLiteral("nominee_uuid")).toString());
        else
            return fail(tr("A resolution needs a \"nominee_id\" or a \"nominee_uuid\"."));
    }
    *mapping = result;
    return true;
}

QString ImportMapping::headerSignature(const QStringList &headers)
{
    QStringList folded;
    folded.reserve(headers.size());
    for (const QString &header : headers)
        folded.append(foldHeader(header));
    // Trailing unnamed columns come and go with the rows a form collected; they are not layout.
    while (!folded.isEmpty() && folded.last().isEmpty())
        folded.removeLast();
    return QString::fromLatin1(
        QCryptographicHash::hash(folded.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Sha256)
            .toHex());
}

bool MappingGuess::isComplete() const
{
    return problems.isEmpty() && ambiguous.isEmpty() && unmappedAnswers.isEmpty() &&
           mapping.hasPlaceColumns() && !mapping.columnsOf(ColumnRole::Question).isEmpty();
}

QVector<int> MappingGuess::needsMapping() const
{
    QVector<int> result = ambiguous + unmappedAnswers;
    std::sort(result.begin(), result.end());
    result.erase(std::unique(result.begin(), result.end()), result.end());
    return result;
}

} // namespace akim::survey

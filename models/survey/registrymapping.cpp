#include "survey/registrymapping.h"

#include "domain/enumkeys.h"
#include "survey/headerguess.h"
#include "text/textfold.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <functional>

namespace akim::survey {
namespace {

const enumkeys::Table<RegistryRole, 7> kRoleKeys{{
    {RegistryRole::Ignore, "ignore"},
    {RegistryRole::Region, "region"},
    {RegistryRole::District, "district"},
    {RegistryRole::Okrug, "okrug"},
    {RegistryRole::FullName, "full_name"},
    {RegistryRole::Kato, "kato"},
    {RegistryRole::InOfficeSince, "in_office_since"},
}};

// A header's words: folded (so Kazakh letters read as their Russian look-alikes), split on
// anything that is not a letter or a digit ("Аты-жөні" → "аты", "жони").
QStringList headerWords(const QString &header)
{
    QStringList words;
    QString word;
    for (const QChar c : text::fold(header)) {
        if (c.isLetterOrNumber()) {
            word += c;
        } else if (!word.isEmpty()) {
            words << word;
            word.clear();
        }
    }
    if (!word.isEmpty())
        words << word;
    // Initials written apart are one word: "Ф.И.О." is "фио".
    QStringList merged;
    bool previousSingle = false;
    for (const QString &w : std::as_const(words)) {
        const bool single = w.size() == 1 && w.at(0).isLetter();
        if (single && previousSingle)
            merged.last() += w;
        else
            merged << w;
        previousSingle = single;
    }
    return merged;
}

bool anyWord(const QStringList &words, const std::function<bool(const QString &)> &test)
{
    return std::any_of(words.cbegin(), words.cend(), test);
}

bool anyStartsWith(const QStringList &words, std::initializer_list<const char16_t *> stems)
{
    return anyWord(words, [&stems](const QString &word) {
        return std::any_of(stems.begin(), stems.end(), [&word](const char16_t *stem) {
            return word.startsWith(QStringView(stem));
        });
    });
}

bool anyEquals(const QStringList &words, std::initializer_list<const char16_t *> list)
{
    return anyWord(words, [&list](const QString &word) {
        return std::any_of(list.begin(), list.end(),
                           [&word](const char16_t *item) { return word == QStringView(item); });
    });
}

QString roleLabel(RegistryRole role)
{
    switch (role) {
    case RegistryRole::Region:
        return RegistryMapping::tr("region");
    case RegistryRole::District:
        return RegistryMapping::tr("district");
    case RegistryRole::Okrug:
        return RegistryMapping::tr("rural okrug");
    case RegistryRole::FullName:
        return RegistryMapping::tr("akim's full name");
    case RegistryRole::Kato:
        return RegistryMapping::tr("KATO code");
    case RegistryRole::InOfficeSince:
        return RegistryMapping::tr("in office since");
    case RegistryRole::Ignore:
        break;
    }
    return RegistryMapping::tr("ignored");
}

// "A" → 0, "AA" → 26; -1 when `letters` is not a column label.
int letterIndex(const QString &letters)
{
    const QString upper = letters.trimmed().toUpper();
    if (upper.isEmpty() || upper.size() > 3)
        return -1;
    int index = 0;
    for (const QChar c : upper) {
        if (c < u'A' || c > u'Z')
            return -1;
        index = index * 26 + (c.unicode() - u'A' + 1);
    }
    return index - 1;
}

QString describeColumn(int index, const QStringList &headers)
{
    return QStringLiteral("%1 \"%2\"").arg(HeaderGuess::columnLetter(index), headers.value(index));
}

QString cellText(const QVariant &cell)
{
    return cell.metaType().id() == QMetaType::QString ? cell.toString() : QString();
}

} // namespace

QString registryRoleKey(RegistryRole role)
{
    return enumkeys::keyOf(kRoleKeys, role);
}

RegistryRole registryRoleFromKey(const QString &key, bool *ok)
{
    return enumkeys::fromKey(kRoleKeys, key, ok);
}

RegistryRole RegistryMapping::recognise(const QString &header)
{
    const QStringList w = headerWords(header);
    if (w.isEmpty())
        return RegistryRole::Ignore;
    // A birth date or a phone is about the person but is none of our columns.
    if (anyStartsWith(w, {u"рожд", u"туган", u"birth", u"телефон", u"phone", u"email"}))
        return RegistryRole::Ignore;
    if (anyEquals(w, {u"като", u"kato"}))
        return RegistryRole::Kato;
    // "В должности с", "Дата назначения", "Лауазымда", "Лауазымына тағайындалған күні", "In
    // office since"; "Должность" alone is the title of the post, not a date.
    const bool post = anyStartsWith(w, {u"должност"});
    if (anyStartsWith(w, {u"назначен", u"тагайында", u"appoint", u"лауазымда", u"лауазымга"}) ||
        anyEquals(w, {u"since"}) || (anyEquals(w, {u"office"}) && anyEquals(w, {u"in"})) ||
        (post && anyEquals(w, {u"с", u"дата", u"даты", u"года", u"date"})))
        return RegistryRole::InOfficeSince;
    // The person before the place: "ФИО акима сельского округа" is a name.
    const bool akim = anyWord(w, [](const QString &word) {
        return (word.startsWith(u"аким") && !word.startsWith(u"акимат") &&
                !word.startsWith(u"акимдиг") && !word.startsWith(u"акимшил")) ||
               word.startsWith(u"akim");
    });
    if (akim ||
        anyStartsWith(w, {u"фио", u"фамил", u"жони", u"кандидат", u"претендент", u"участник",
                          u"катысушы", u"умиткер", u"fullname", u"nominee", u"applicant",
                          u"candidate"}) ||
        (anyEquals(w, {u"full"}) && anyEquals(w, {u"name"})))
        return RegistryRole::FullName;
    if (anyStartsWith(w, {u"округ", u"okrug", u"ауылдык", u"сельск", u"поселк", u"rural",
                          u"village", u"settlement", u"auyldyq", u"auyldyk"}))
        return RegistryRole::Okrug;
    if (anyStartsWith(w, {u"район", u"аудан", u"district", u"rayon", u"raion", u"audan"}))
        return RegistryRole::District;
    if (anyStartsWith(w, {u"област", u"облыс", u"region", u"oblast", u"oblys"}))
        return RegistryRole::Region;
    // "Name", "Имя", "Аты" alone: in a list of people, the person's.
    if (w.size() <= 2 && anyEquals(w, {u"name", u"имя", u"аты"}))
        return RegistryRole::FullName;
    return RegistryRole::Ignore;
}

int RegistryMapping::findHeader(const QVector<QVector<QVariant>> &rows)
{
    int best = -1;
    int bestCount = 1;
    for (int row = 0; row < rows.size(); ++row) {
        QSet<RegistryRole> roles;
        for (const QVariant &cell : rows.at(row)) {
            const RegistryRole role = recognise(cellText(cell));
            if (role != RegistryRole::Ignore)
                roles.insert(role);
        }
        if (roles.size() > bestCount) {
            best = row;
            bestCount = int(roles.size());
        }
    }
    return best;
}

RegistryColumns RegistryMapping::resolve(const QStringList &headers) const
{
    RegistryColumns result;
    const int width = int(headers.size());
    result.roles.fill(RegistryRole::Ignore, width);
    QVector<bool> explicitColumn(width, false);
    QSet<RegistryRole> explicitRoles;
    for (const RegistryColumn &column : columns) {
        int index = column.index;
        if (index < 0) {
            const QString wanted = text::fold(column.header).trimmed();
            for (int i = 0; i < width; ++i) {
                if (text::fold(headers.at(i)).trimmed() != wanted)
                    continue;
                if (index >= 0) {
                    result.problems << tr("Two columns are headed \"%1\" (%2 and %3); name the "
                                          "column by its letter in the mapping.")
                                           .arg(column.header, HeaderGuess::columnLetter(index),
                                                HeaderGuess::columnLetter(i));
                }
                index = i;
            }
            if (index < 0) {
                result.problems << tr("The mapping names a column \"%1\", but no column has "
                                      "that header.")
                                       .arg(column.header);
                continue;
            }
        } else if (index >= width) {
            result.problems << tr("The mapping names column %1, but the sheet has %n column(s).",
                                  nullptr, width)
                                   .arg(HeaderGuess::columnLetter(index));
            continue;
        }
        result.roles[index] = column.role;
        explicitColumn[index] = true;
        explicitRoles.insert(column.role);
    }
    for (int i = 0; i < width; ++i) {
        if (explicitColumn.at(i))
            continue;
        const RegistryRole role = recognise(headers.at(i));
        if (!explicitRoles.contains(role))
            result.roles[i] = role;
    }

    for (int r = int(RegistryRole::Region); r <= int(RegistryRole::InOfficeSince); ++r) {
        const RegistryRole role = RegistryRole(r);
        QStringList holders;
        for (int i = 0; i < width; ++i) {
            if (result.roles.at(i) == role)
                holders << describeColumn(i, headers);
        }
        if (holders.size() > 1) {
            result.problems << tr("Columns %1 all look like the %2; name the right one in the "
                                  "mapping (--mapping).")
                                   .arg(holders.join(QStringLiteral(", ")), roleLabel(role));
        }
    }
    QVector<RegistryRole> required = {RegistryRole::District, RegistryRole::Okrug,
                                      RegistryRole::FullName};
    if (region.trimmed().isEmpty() && !result.roles.contains(RegistryRole::Kato))
        required.prepend(RegistryRole::Region);
    for (const RegistryRole role : required) {
        if (!result.roles.contains(role)) {
            result.problems << tr("No column holds the %1 (the columns are: %2); name it in "
                                  "the mapping (--mapping).")
                                   .arg(roleLabel(role), headers.join(QStringLiteral(", ")));
        }
    }
    return result;
}

QJsonObject RegistryMapping::toJson() const
{
    QJsonObject json;
    if (!sheet.isEmpty())
        json.insert(QStringLiteral("sheet"), sheet);
    QJsonObject csvJson;
    if (!csv.encoding.isEmpty())
        csvJson.insert(QStringLiteral("encoding"), csv.encoding);
    if (!csv.delimiter.isNull())
        csvJson.insert(QStringLiteral("delimiter"), QString(csv.delimiter));
    if (!csvJson.isEmpty())
        json.insert(QStringLiteral("csv"), csvJson);
    if (!headerRows.isEmpty()) {
        QJsonArray rows;
        for (const int row : headerRows)
            rows.append(row);
        json.insert(QStringLiteral("header_rows"), rows);
    }
    if (firstDataRow >= 0)
        json.insert(QStringLiteral("first_data_row"), firstDataRow);
    if (!region.isEmpty())
        json.insert(QStringLiteral("region"), region);
    QJsonArray list;
    for (const RegistryColumn &column : columns) {
        QJsonObject c{{QStringLiteral("role"), registryRoleKey(column.role)}};
        if (column.index >= 0)
            c.insert(QStringLiteral("index"), column.index);
        else
            c.insert(QStringLiteral("header"), column.header);
        list.append(c);
    }
    json.insert(QStringLiteral("columns"), list);
    return json;
}

bool RegistryMapping::fromJson(const QJsonObject &json, RegistryMapping *mapping, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    RegistryMapping result;
    result.sheet = json.value(QStringLiteral("sheet")).toString();
    result.region = json.value(QStringLiteral("region")).toString().trimmed();
    const QJsonObject csvJson = json.value(QStringLiteral("csv")).toObject();
    result.csv.encoding = csvJson.value(QStringLiteral("encoding")).toString();
    const QString delimiter = csvJson.value(QStringLiteral("delimiter")).toString();
    if (delimiter == QLatin1String("tab") || delimiter == QLatin1String("\\t"))
        result.csv.delimiter = QLatin1Char('\t');
    else if (delimiter.size() == 1)
        result.csv.delimiter = delimiter.at(0);
    else if (!delimiter.isEmpty())
        return fail(tr("The CSV delimiter must be one character."));

    for (const QJsonValue &row : json.value(QStringLiteral("header_rows")).toArray()) {
        if (!row.isDouble() || row.toDouble() < 0)
            return fail(tr("\"header_rows\" must list row numbers from 0."));
        result.headerRows.append(row.toInt());
    }
    std::sort(result.headerRows.begin(), result.headerRows.end());
    const QJsonValue first = json.value(QStringLiteral("first_data_row"));
    if (first.isDouble() && first.toDouble() >= 0)
        result.firstDataRow = first.toInt();
    else if (!first.isUndefined())
        return fail(tr("\"first_data_row\" must be a row number from 0."));

    const QJsonValue columnsValue = json.value(QStringLiteral("columns"));
    if (!columnsValue.isUndefined() && !columnsValue.isArray())
        return fail(tr("\"columns\" must be a list."));
    for (const QJsonValue &value : columnsValue.toArray()) {
        const QJsonObject c = value.toObject();
        RegistryColumn column;
        bool ok = false;
        const QString role = c.value(QStringLiteral("role")).toString();
        column.role = registryRoleFromKey(role, &ok);
        if (!ok) {
            return fail(tr("Unknown column role \"%1\" (use region, district, okrug, full_name, "
                           "kato, in_office_since or ignore).")
                            .arg(role));
        }
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
        } else if (column.header.trimmed().isEmpty()) {
            return fail(tr("Each column needs an \"index\", a \"letter\" or a \"header\"."));
        }
        result.columns.append(column);
    }
    *mapping = result;
    return true;
}

} // namespace akim::survey

#include "itemmodels/audittablemodel.h"

#include "itemmodels/labels.h"
#include "services/contestdocument.h"
#include "storage/storageerror.h"
#include "text/textfold.h"

#include <QCollator>
#include <QColor>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <optional>
#include <utility>

namespace akim {
namespace {

// A cell shows one line; the tooltip and the details show the rest.
constexpr int kMaxSummaryLength = 160;
// Beyond this a tooltip (a methodology is hundreds of lines) would cover the screen.
constexpr int kMaxToolTipLines = 30;

// The keys that name the object of an entry, best first.
const char *const kSubjectKeys[] = {"full_name", "code", "name_ru", "file", "region", "stage"};

std::optional<QJsonDocument> parseJson(const QString &value)
{
    const QString trimmed = value.trimmed();
    if (!trimmed.startsWith(QLatin1Char('{')) && !trimmed.startsWith(QLatin1Char('[')))
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(trimmed.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return std::nullopt;
    return document;
}

QString valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 15);
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("null");
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

QString oneLine(QString text)
{
    text.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
    if (text.size() > kMaxSummaryLength)
        text = text.left(kMaxSummaryLength - 1) + QChar(0x2026);
    return text;
}

// The keys that name a row first (a file name before its counts), then the rest by name.
void sortKeys(QStringList &keys)
{
    const auto rank = [](const QString &key) {
        int i = 0;
        for (const char *subjectKey : kSubjectKeys) {
            if (key == QLatin1String(subjectKey))
                return i;
            ++i;
        }
        return i;
    };
    std::sort(keys.begin(), keys.end(), [&rank](const QString &a, const QString &b) {
        const int ra = rank(a);
        const int rb = rank(b);
        return ra != rb ? ra < rb : a < b;
    });
}

QString fields(const QJsonObject &object, const QStringList &keys)
{
    QStringList parts;
    for (const QString &key : keys)
        parts << key + QStringLiteral(": ") + valueText(object.value(key));
    return oneLine(parts.join(QStringLiteral("; ")));
}

// Every key of an added or removed row worth reading: not its integer id, not empty text.
QStringList shownKeys(const QJsonObject &object)
{
    QStringList keys;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() == QLatin1String("id") || (it->isString() && it->toString().isEmpty()))
            continue;
        keys << it.key();
    }
    sortKeys(keys);
    return keys;
}

QString summary(const QString &value)
{
    const std::optional<QJsonDocument> json = parseJson(value);
    if (json && json->isObject())
        return fields(json->object(), shownKeys(json->object()));
    if (json)
        return oneLine(QString::fromUtf8(json->toJson(QJsonDocument::Compact)));
    return oneLine(value);
}

QString subject(const QString &value)
{
    const std::optional<QJsonDocument> json = parseJson(value);
    if (!json || !json->isObject())
        return {};
    const QJsonObject object = json->object();
    for (const char *key : kSubjectKeys) {
        const QJsonValue v = object.value(QLatin1String(key));
        if (v.isString() && !v.toString().isEmpty())
            return v.toString();
    }
    return {};
}

} // namespace

AuditTableModel::AuditTableModel(ContestDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    if (document) {
        for (auto signal : {&ContestDocument::opened, &ContestDocument::closed})
            connect(document, signal, this, &AuditTableModel::reload);
    }
    reload();
}

int AuditTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditTableModel::categoryOf(const QString &action)
{
    return action.section(QLatin1Char('.'), 0, 0);
}

QString AuditTableModel::prettyValue(const QString &value)
{
    if (const std::optional<QJsonDocument> json = parseJson(value))
        return QString::fromUtf8(json->toJson(QJsonDocument::Indented)).trimmed();
    return value;
}

QPair<QString, QString> AuditTableModel::summaries(const QString &oldValue, const QString &newValue)
{
    const std::optional<QJsonDocument> before = parseJson(oldValue);
    const std::optional<QJsonDocument> after = parseJson(newValue);
    if (before && after && before->isObject() && after->isObject()) {
        const QJsonObject a = before->object();
        const QJsonObject b = after->object();
        QStringList changed;
        for (auto it = a.begin(); it != a.end(); ++it) {
            if (b.value(it.key()) != it.value())
                changed << it.key();
        }
        for (auto it = b.begin(); it != b.end(); ++it) {
            if (!a.contains(it.key()))
                changed << it.key();
        }
        sortKeys(changed);
        // An update that changed nothing visible still shows what it was about.
        if (changed.isEmpty())
            return {summary(oldValue), summary(newValue)};
        return {fields(a, changed), fields(b, changed)};
    }
    return {summary(oldValue), summary(newValue)};
}

QString AuditTableModel::objectLabel(const AuditEntry &entry) const
{
    const QString type = labels::auditObjectType(entry.objectType);
    QString name = subject(entry.newValue);
    if (name.isEmpty())
        name = subject(entry.oldValue);
    return name.isEmpty() ? type : tr("%1: %2", "audit object: type and name").arg(type, name);
}

const AuditTableModel::Derived &AuditTableModel::derived(int row, bool withSearch) const
{
    Derived &d = m_derived[row];
    const AuditEntry &e = m_entries.at(row);
    if (!d.display) {
        d.object = objectLabel(e);
        const QPair<QString, QString> values = summaries(e.oldValue, e.newValue);
        d.oldSummary = values.first;
        d.newSummary = values.second;
        d.display = true;
    }
    if (withSearch && !d.search) {
        // The full values, not the summaries: a name that did not change still finds the entry.
        d.searchText =
            text::fold(QStringList{e.user, e.action, labels::auditAction(e.action), d.object,
                                   e.objectUuid, e.oldValue, e.newValue, e.reason}
                           .join(QLatin1Char(' ')));
        d.search = true;
    }
    return d;
}

QString AuditTableModel::displayText(int row, int column) const
{
    const AuditEntry &e = m_entries.at(row);
    switch (column) {
    case TimeColumn:
        return labels::timestamp(e.at);
    case UserColumn:
        return e.user;
    case ActionColumn:
        return labels::auditAction(e.action);
    case ObjectColumn:
        return derived(row, false).object;
    case OldColumn:
        return derived(row, false).oldSummary;
    case NewColumn:
        return derived(row, false).newSummary;
    case ReasonColumn:
        return oneLine(e.reason);
    default:
        return {};
    }
}

QString AuditTableModel::toolTip(int row, int column) const
{
    const AuditEntry &e = m_entries.at(row);
    QString tip;
    switch (column) {
    case TimeColumn:
        tip = tr("Entry %1, written %2 (UTC)").arg(e.id).arg(e.at);
        break;
    case ActionColumn:
        tip = e.action;
        break;
    case ObjectColumn:
        tip =
            e.objectUuid.isEmpty() ? e.objectType : e.objectType + QLatin1Char(' ') + e.objectUuid;
        break;
    case OldColumn:
    case NewColumn: {
        QStringList lines =
            prettyValue(column == OldColumn ? e.oldValue : e.newValue).split(QLatin1Char('\n'));
        if (lines.size() > kMaxToolTipLines) {
            lines = lines.mid(0, kMaxToolTipLines);
            lines << tr("… (the whole value is in the details below the table)");
        }
        tip = lines.join(QLatin1Char('\n'));
        break;
    }
    case ReasonColumn:
        tip = e.reason;
        break;
    default:
        break;
    }
    const QString problem = chainProblemAt(row);
    if (problem.isEmpty())
        return tip;
    return tip.isEmpty() ? problem : problem + QStringLiteral("\n\n") + tip;
}

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    const AuditEntry &e = m_entries.at(row);
    const bool broken = m_chain.at(row) != ChainState::Intact;
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, column);
    case Qt::ToolTipRole: {
        const QString tip = toolTip(row, column);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Qt::BackgroundRole:
        // Both colours set, so a dark theme's light text does not land on the light red.
        return broken ? QVariant(QColor(0xff, 0xd6, 0xd6)) : QVariant();
    case Qt::ForegroundRole:
        return broken ? QVariant(QColor(0x80, 0x00, 0x00)) : QVariant();
    case IdRole:
        return e.id;
    case SortRole:
        return column == TimeColumn ? QVariant(e.id) : QVariant(displayText(row, column));
    case SearchTextRole:
        return derived(row, true).searchText;
    case UserNameRole:
        return e.user;
    case ActionKeyRole:
        return e.action;
    case CategoryRole:
        return categoryOf(e.action);
    case DateRole:
        return m_dates.at(row);
    case ChainIntactRole:
        return !broken;
    default:
        return {};
    }
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case TimeColumn:
            return tr("Time");
        case UserColumn:
            return tr("User");
        case ActionColumn:
            return tr("Action");
        case ObjectColumn:
            return tr("Object");
        case OldColumn:
            return tr("Old value");
        case NewColumn:
            return tr("New value");
        case ReasonColumn:
            return tr("Reason");
        default:
            return {};
        }
    }
    if (role != Qt::ToolTipRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("When the change was saved, in this computer's time zone");
    case OldColumn:
        return tr("Before the change: for an edit, only the fields that changed");
    case NewColumn:
        return tr("After the change: for an edit, only the fields that changed");
    default:
        return {};
    }
}

QString AuditTableModel::chainProblemAt(int row) const
{
    const AuditEntry &e = m_entries.at(row);
    switch (m_chain.at(row)) {
    case ChainState::Intact:
        return {};
    case ChainState::Missing: {
        // Ids are stored in order, so a gap is entries deleted (or this one renumbered).
        const qint64 previous = row > 0 ? m_entries.at(row - 1).id : 0;
        return tr("The hash chain is broken at entry %1: entries %2 to %3 before it are "
                  "missing.")
            .arg(e.id)
            .arg(previous + 1)
            .arg(e.id - 1);
    }
    case ChainState::Unlinked:
        return tr("The hash chain is broken at entry %1: it does not follow the entry before it "
                  "(an entry was inserted, removed or replaced).")
            .arg(e.id);
    case ChainState::Changed:
        return tr("The hash chain is broken at entry %1: it was changed after it was written.")
            .arg(e.id);
    }
    return {};
}

int AuditTableModel::rowOfId(qint64 id) const
{
    // Stored in id order (AuditLog::entries()), even when tampered with.
    const auto it =
        std::lower_bound(m_entries.cbegin(), m_entries.cend(), id,
                         [](const AuditEntry &entry, qint64 wanted) { return entry.id < wanted; });
    return it != m_entries.cend() && it->id == id ? int(it - m_entries.cbegin()) : -1;
}

QStringList AuditTableModel::users() const
{
    QSet<QString> seen;
    for (const AuditEntry &e : m_entries)
        seen.insert(e.user);
    QStringList result(seen.begin(), seen.end());
    QCollator collator{QLocale()};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(result.begin(), result.end(), collator);
    return result;
}

QStringList AuditTableModel::categories() const
{
    QStringList result;
    QSet<QString> seen;
    for (const AuditEntry &e : m_entries) {
        const QString category = categoryOf(e.action);
        if (!seen.contains(category)) {
            seen.insert(category);
            result << category;
        }
    }
    return result;
}

QDate AuditTableModel::earliestDate() const
{
    // Not simply the first row's: a clock set wrong, or a file merged, can write out of order.
    QDate earliest;
    for (const QDate &date : m_dates) {
        if (date.isValid() && (!earliest.isValid() || date < earliest))
            earliest = date;
    }
    return earliest;
}

QDate AuditTableModel::latestDate() const
{
    QDate latest;
    for (const QDate &date : m_dates) {
        if (date.isValid() && (!latest.isValid() || date > latest))
            latest = date;
    }
    return latest;
}

void AuditTableModel::reload()
{
    beginResetModel();
    m_entries.clear();
    m_dates.clear();
    m_chain.clear();
    m_derived.clear();
    m_firstBrokenId = 0;
    m_brokenCount = 0;
    m_loadError.clear();
    if (m_document && m_document->isOpen()) {
        try {
            m_entries = m_document->audit().entries();
        } catch (const StorageError &e) {
            m_entries.clear();
            m_loadError = e.message();
        }
    }
    m_dates.reserve(m_entries.size());
    m_chain.reserve(m_entries.size());
    // The checks of AuditLog::verify(), entry by entry, but going on after a break: each entry
    // is judged against the one stored before it, so only the entries where the chain breaks
    // are marked, not everything after them.
    QString expectedPrev = AuditLog::genesisHash();
    qint64 expectedId = 1;
    for (const AuditEntry &e : std::as_const(m_entries)) {
        QDateTime time = QDateTime::fromString(e.at, Qt::ISODateWithMs);
        if (time.isValid() && time.timeSpec() == Qt::LocalTime)
            time.setTimeSpec(Qt::UTC);
        m_dates.push_back(time.isValid() ? time.toLocalTime().date() : QDate());
        ChainState state = ChainState::Intact;
        if (e.id != expectedId)
            state = ChainState::Missing;
        else if (e.prevHash != expectedPrev)
            state = ChainState::Unlinked;
        else if (AuditLog::computeHash(e) != e.hash)
            state = ChainState::Changed;
        m_chain.push_back(state);
        if (state != ChainState::Intact) {
            if (m_firstBrokenId == 0)
                m_firstBrokenId = e.id;
            ++m_brokenCount;
        }
        expectedPrev = e.hash;
        expectedId = e.id + 1;
    }
    m_derived.resize(m_entries.size());
    endResetModel();
}

void AuditTableModel::clearDerived()
{
    m_derived.fill(Derived());
}

void AuditTableModel::retranslate()
{
    // The object labels and the search text hold translated words.
    clearDerived();
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

} // namespace akim

#pragma once

#include "storage/auditlog.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QPointer>
#include <QStringList>
#include <QVector>

namespace akim {

class ContestDocument;

// The contest's audit log, one row per entry in the order it was written: when, who, what, on
// which object, old and new value (the fields that changed, in one line; the full values in the
// tooltip), and why. Each row also knows whether the hash chain holds at that entry, so a view
// can point at the rows edited behind the program's back.
//
// Loaded whole by reload() (the document's opened and closed signals call it; after an edit the
// view calls it). The one-line summaries and the search text are made the first time a row is
// shown or filtered, not for thousands of rows up front.
class AuditTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        UserColumn,
        ActionColumn,
        ObjectColumn,
        OldColumn,
        NewColumn,
        ReasonColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        IdRole = Qt::UserRole + 1,
        SortRole,
        SearchTextRole, // folded (text::fold) words of every field, for the filter proxy
        UserNameRole,   // as stored
        ActionKeyRole,  // "nominee.update"
        CategoryRole,   // "nominee"
        DateRole,       // QDate in the user's time zone
        ChainIntactRole // bool: the chain holds at this entry
    };
    Q_ENUM(Role)

    // Why the chain breaks at an entry, in the order AuditLog::verify() looks.
    enum class ChainState {
        Intact,
        Missing,  // entries before it are missing (deleted), or it was renumbered
        Unlinked, // it does not follow the entry before it
        Changed,  // its fields no longer match its hash
    };

    explicit AuditTableModel(ContestDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const AuditEntry &entryAt(int row) const { return m_entries.at(row); }
    ChainState chainStateAt(int row) const { return m_chain.at(row); }
    // What is wrong at `row`, in words; empty when the chain holds there.
    QString chainProblemAt(int row) const;
    int rowOfId(qint64 id) const; // -1 when absent

    // The first entry at which the chain breaks, or 0 when it holds throughout; how many do.
    qint64 firstBrokenId() const { return m_firstBrokenId; }
    int brokenCount() const { return m_brokenCount; }
    // Set when the log could not be read at all (a damaged or dropped table).
    QString loadError() const { return m_loadError; }

    // Distinct users (sorted), action categories (in order of first use) and the days of the
    // earliest and the latest entry, for the filter bar.
    QStringList users() const;
    QStringList categories() const;
    QDate earliestDate() const;
    QDate latestDate() const;

    void reload();
    void retranslate();

    // "nominee" of "nominee.update".
    static QString categoryOf(const QString &action);
    // A stored old or new value for reading: JSON indented, anything else as it is.
    static QString prettyValue(const QString &value);
    // The old and new value in one line each: for two JSON objects only the keys that differ,
    // for one (an addition or a removal) every key but the row id.
    static QPair<QString, QString> summaries(const QString &oldValue, const QString &newValue);

private:
    struct Derived
    {
        bool display = false;
        bool search = false;
        QString object;
        QString oldSummary;
        QString newSummary;
        QString searchText;
    };

    const Derived &derived(int row, bool withSearch) const;
    QString objectLabel(const AuditEntry &entry) const;
    QString displayText(int row, int column) const;
    QString toolTip(int row, int column) const;
    void clearDerived();

    QPointer<ContestDocument> m_document;
    QVector<AuditEntry> m_entries;
    QVector<QDate> m_dates;
    QVector<ChainState> m_chain;
    mutable QVector<Derived> m_derived;
    qint64 m_firstBrokenId = 0;
    int m_brokenCount = 0;
    QString m_loadError;
};

} // namespace akim

#pragma once

#include "services/doubleentryservice.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace akim {

class ContestDocument;

// The disagreements between the two entries of one member's paper ballot, cell by cell: the
// nominee, the okrug, the criterion, and the value of each entry ("not typed" where an entry
// lacks the cell). Read-only: resolving goes through DoubleEntryService, after which the view
// calls refresh(). summary() says what stands between the entries and acceptance.
class PaperDisagreementModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NomineeColumn,
        OkrugColumn,
        CriterionColumn,
        FirstEntryColumn,
        SecondEntryColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        NomineeIdRole = Qt::UserRole + 1,
        CriterionIdRole,
        BothTypedRole, // bool: the cell is typed in both entries, so a value can be taken
    };
    Q_ENUM(Role)

    explicit PaperDisagreementModel(ContestDocument *document, QObject *parent = nullptr);

    qint64 memberId() const { return m_memberId; }
    void setMemberId(qint64 memberId); // 0: nothing to compare

    const BallotLayout &layout() const { return m_layout; }
    const PaperComparison &comparison() const { return m_comparison; }
    const PaperDisagreement *disagreementAt(int row) const;
    int rowOf(qint64 nomineeId, qint64 criterionId) const; // -1 when they agree there
    // Why the ballot cannot change now (submitted, finalised), translated; empty when it can.
    QString lockReason() const { return m_locked; }
    // One sentence per thing that stands between the entries and acceptance, or that they
    // agree.
    QStringList summary() const;
    bool canAccept() const
    {
        return m_layout.member.id != 0 && m_locked.isEmpty() && m_comparison.agrees();
    }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void retranslate();

public slots:
    // Reads the ballot's layout again, then compares.
    void reload();
    // Compares the entries again (after a cell was typed or a value taken).
    void refresh();

signals:
    void refused(const QString &message);
    void comparisonChanged();

private:
    QPointer<ContestDocument> m_document;
    qint64 m_memberId = 0;
    BallotLayout m_layout;
    PaperComparison m_comparison;
    QString m_locked;
};

} // namespace akim

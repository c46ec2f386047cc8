#include "itemmodels/paperdisagreementmodel.h"

#include "services/contestdocument.h"
#include "storage/storageerror.h"

#include <QColor>

namespace akim {

PaperDisagreementModel::PaperDisagreementModel(ContestDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    // Accepting or reopening changes the lock; the entries themselves have no signal.
    connect(document, &ContestDocument::scoresChanged, this, [this](qint64 memberId) {
        if (memberId == m_memberId)
            refresh();
    });
    for (auto signal : {&ContestDocument::nomineesChanged, &ContestDocument::criteriaChanged,
                        &ContestDocument::opened, &ContestDocument::signedInChanged})
        connect(document, signal, this, &PaperDisagreementModel::reload);
    connect(document, &ContestDocument::membersChanged, this, &PaperDisagreementModel::reload);
    connect(document, &ContestDocument::closed, this, [this] { setMemberId(0); });
}

void PaperDisagreementModel::setMemberId(qint64 memberId)
{
    m_memberId = memberId;
    reload();
}

void PaperDisagreementModel::reload()
{
    m_layout = {};
    if (m_memberId != 0 && m_document && m_document->isOpen()) {
        try {
            m_layout = BallotService(*m_document).layout(m_memberId);
        } catch (const StorageError &e) {
            m_layout = {};
            emit refused(e.message());
        }
    }
    refresh();
}

void PaperDisagreementModel::refresh()
{
    beginResetModel();
    m_comparison = {};
    m_locked.clear();
    if (m_layout.member.id != 0 && m_document && m_document->isOpen()) {
        try {
            m_comparison = DoubleEntryService(*m_document).compare(m_layout);
            m_locked = BallotService(*m_document).lockReason(m_layout);
        } catch (const StorageError &e) {
            m_comparison = {};
            emit refused(e.message());
        }
    }
    endResetModel();
    emit comparisonChanged();
}

void PaperDisagreementModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit comparisonChanged();
}

const PaperDisagreement *PaperDisagreementModel::disagreementAt(int row) const
{
    return row >= 0 && row < m_comparison.disagreements.size() ? &m_comparison.disagreements.at(row)
                                                               : nullptr;
}

int PaperDisagreementModel::rowOf(qint64 nomineeId, qint64 criterionId) const
{
    for (int row = 0; row < m_comparison.disagreements.size(); ++row) {
        const PaperDisagreement &d = m_comparison.disagreements.at(row);
        if (d.nomineeId == nomineeId && d.criterionId == criterionId)
            return row;
    }
    return -1;
}

QStringList PaperDisagreementModel::summary() const
{
    if (m_layout.member.id == 0)
        return {};
    const PaperComparison &c = m_comparison;
    if (!c.first.stored && !c.second.stored)
        return {tr("Neither entry of the paper ballot of %1 has been typed yet.")
                    .arg(m_layout.member.fullName)};
    QStringList lines;
    for (const PaperSide side : {PaperSide::First, PaperSide::Second}) {
        const PaperEntry &entry = side == PaperSide::First ? c.first : c.second;
        const BallotProgress &progress =
            side == PaperSide::First ? c.firstProgress : c.secondProgress;
        if (!entry.stored)
            lines << tr("Entry %1 has not been typed yet.").arg(int(side));
        else if (progress.missing() > 0)
            lines << tr("Entry %1 (typed by %2): %n cell(s) not typed yet.", nullptr,
                        progress.missing())
                         .arg(int(side))
                         .arg(entry.typedBy);
    }
    if (!c.disagreements.isEmpty())
        lines << tr("The entries disagree on %n cell(s), listed below.", nullptr,
                    int(c.disagreements.size()));
    if (!m_locked.isEmpty())
        lines << m_locked;
    else if (c.agrees())
        lines << tr("Both entries are complete and agree on every cell: the ballot can be "
                    "accepted.");
    return lines;
}

int PaperDisagreementModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_comparison.disagreements.size());
}

int PaperDisagreementModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PaperDisagreementModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return {};
    const PaperDisagreement &d = m_comparison.disagreements.at(index.row());
    const std::optional<ScoreCell> &cell = index.column() == FirstEntryColumn ? d.first : d.second;
    const bool entryColumn =
        index.column() == FirstEntryColumn || index.column() == SecondEntryColumn;
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case NomineeColumn:
            return d.nominee;
        case OkrugColumn:
            return d.okrug;
        case CriterionColumn:
            return d.criterion;
        case FirstEntryColumn:
        case SecondEntryColumn:
            return DoubleEntryService::valueText(cell);
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (entryColumn && cell && !cell->comment.isEmpty())
            return tr("Comment: %1").arg(cell->comment);
        return {};
    case Qt::TextAlignmentRole:
        return entryColumn || index.column() == CriterionColumn ? QVariant(int(Qt::AlignCenter))
                                                                : QVariant();
    case Qt::ForegroundRole:
        return entryColumn && !cell ? QVariant(QColor(0x60, 0x60, 0x60)) : QVariant();
    case NomineeIdRole:
        return d.nomineeId;
    case CriterionIdRole:
        return d.criterionId;
    case BothTypedRole:
        return d.bothTyped();
    default:
        return {};
    }
}

QVariant PaperDisagreementModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NomineeColumn:
        return tr("Nominee");
    case OkrugColumn:
        return tr("Rural okrug");
    case CriterionColumn:
        return tr("Criterion");
    case FirstEntryColumn:
    case SecondEntryColumn: {
        const PaperEntry &entry =
            section == FirstEntryColumn ? m_comparison.first : m_comparison.second;
        const QString name = section == FirstEntryColumn ? tr("Entry 1") : tr("Entry 2");
        return entry.stored ? tr("%1 (%2)").arg(name, entry.typedBy) : name;
    }
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace akim

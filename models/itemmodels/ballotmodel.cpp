#include "itemmodels/ballotmodel.h"

#include "services/contestdocument.h"
#include "services/doubleentryservice.h"
#include "storage/storageerror.h"
#include "text/language.h"

#include <QColor>
#include <QLocale>

#include <cmath>

namespace akim {
namespace {

using scoring::ScoreState;

// Digits with either decimal mark, so "7,5" and "7.5" are the same whatever the locale.
PaperSide sideOf(BallotModel::Source source)
{
    return source == BallotModel::SecondEntry ? PaperSide::Second : PaperSide::First;
}

double parsePoints(const QString &text, bool *ok)
{
    QString plain = text.trimmed();
    plain.replace(QLatin1Char(','), QLatin1Char('.'));
    return plain.toDouble(ok);
}

} // namespace

BallotModel::BallotModel(ContestDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(document, &ContestDocument::scoresChanged, this, [this](qint64 memberId) {
        if (memberId == m_memberId)
            refreshCells();
    });
    for (auto signal : {&ContestDocument::nomineesChanged, &ContestDocument::criteriaChanged,
                        &ContestDocument::geographyChanged, &ContestDocument::opened})
        connect(document, signal, this, &BallotModel::reload);
    connect(document, &ContestDocument::membersChanged, this, &BallotModel::reload);
    connect(document, &ContestDocument::closed, this, [this] { setMemberId(0); });
    connect(document, &ContestDocument::signedInChanged, this, [this] {
        updateLock();
        if (rowCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        emit ballotChanged();
    });
}

void BallotModel::setMemberId(qint64 memberId)
{
    m_memberId = memberId;
    reload();
}

void BallotModel::setSource(Source source)
{
    if (source == m_source)
        return;
    m_source = source;
    refreshCells();
}

void BallotModel::reload()
{
    beginResetModel();
    m_layout = {};
    m_ballot = {};
    m_cells.clear();
    m_totals.clear();
    if (m_memberId != 0 && m_document && m_document->isOpen()) {
        try {
            m_layout = BallotService(*m_document).layout(m_memberId);
        } catch (const StorageError &e) {
            m_layout = {};
            emit refused(e.message());
        }
    }
    endResetModel();
    refreshCells();
}

void BallotModel::refreshCells()
{
    m_cells.clear();
    m_totals.clear();
    if (m_layout.member.id != 0 && m_document && m_document->isOpen()) {
        try {
            const BallotService service(*m_document);
            m_ballot = service.ballot(m_memberId);
            const QVector<ScoreCell> cells =
                m_source == Scores
                    ? service.cells(m_memberId)
                    : DoubleEntryService(*m_document).cells(m_memberId, sideOf(m_source));
            for (const ScoreCell &cell : cells)
                m_cells.insert({cell.nomineeId, cell.criterionId}, cell);
            m_totals = BallotService::totals(m_layout, cells);
        } catch (const StorageError &e) {
            emit refused(e.message());
        }
    }
    updateLock();
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    emit ballotChanged();
}

void BallotModel::updateLock()
{
    m_locked.clear();
    if (m_layout.member.id == 0 || !m_document)
        return;
    BallotService service(*m_document);
    if (m_source != Scores) {
        // Who may type the entry, the member and the ballot's lock, all in one.
        m_locked = DoubleEntryService(*m_document).mayType(m_memberId, sideOf(m_source));
        return;
    }
    m_locked = service.mayScore(m_memberId);
    if (m_locked.isEmpty()) {
        try {
            m_locked = service.lockReason(m_layout);
        } catch (const StorageError &e) {
            m_locked = e.message();
        }
    }
}

void BallotModel::retranslate()
{
    if (columnCount() == 0)
        return;
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

BallotProgress BallotModel::progress() const
{
    QVector<ScoreCell> cells;
    cells.reserve(m_cells.size());
    for (const ScoreCell &cell : m_cells)
        cells.push_back(cell);
    return BallotService::progress(m_layout, cells);
}

bool BallotModel::isCriterionColumn(int column) const
{
    return column >= FirstCriterionColumn && column < totalColumn();
}

const Criterion *BallotModel::criterionAt(int column) const
{
    return isCriterionColumn(column) ? &m_layout.criteria.at(column - FirstCriterionColumn)
                                     : nullptr;
}

QString BallotModel::rangeText(int column) const
{
    const Criterion *c = criterionAt(column);
    if (!c)
        return {};
    return tr("%1: from %2 points, up to two decimals").arg(c->code, BallotService::range(*c));
}

const ScoreCell *BallotModel::cellAt(const QModelIndex &index) const
{
    const Criterion *c = criterionAt(index.column());
    if (!c || index.row() < 0 || index.row() >= rowCount())
        return nullptr;
    const auto found = m_cells.constFind({m_layout.nominees.at(index.row()).nominee.id, c->id});
    return found == m_cells.constEnd() ? nullptr : &*found;
}

int BallotModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_layout.nominees.size());
}

int BallotModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_layout.member.id == 0 ? 0 : totalColumn() + 1;
}

QVariant BallotModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return {};
    const NomineeRow &row = m_layout.nominees.at(index.row());
    const bool conflict = m_layout.isConflict(row.nominee.id);
    switch (role) {
    case NomineeIdRole:
        return row.nominee.id;
    case ConflictRole:
        return conflict;
    default:
        break;
    }
    if (isCriterionColumn(index.column()))
        return cellData(index, role);
    if (role == Qt::TextAlignmentRole && index.column() == totalColumn())
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (index.column() == NomineeColumn)
        return row.nominee.fullName;
    if (index.column() == OkrugColumn)
        return role == Qt::ToolTipRole ? QStringLiteral("%1, %2, %3")
                                             .arg(text::pick(row.okrugRu, row.okrugKk),
                                                  text::pick(row.districtRu, row.districtKk),
                                                  text::pick(row.regionRu, row.regionKk))
                                       : text::pick(row.okrugRu, row.okrugKk);
    // The total column.
    if (role == Qt::ToolTipRole)
        return tr("The sum of the points entered for %1").arg(row.nominee.fullName);
    const auto total = m_totals.constFind(row.nominee.id);
    return total == m_totals.constEnd() ? QString() : BallotService::formatPoints(*total);
}

QVariant BallotModel::cellData(const QModelIndex &index, int role) const
{
    const ScoreCell *cell = cellAt(index);
    const bool conflict = m_layout.isConflict(m_layout.nominees.at(index.row()).nominee.id);
    // A declared conflict shows as recused before anything is written: the cell is locked.
    const int state = cell && !conflict ? int(cell->state)
                      : conflict        ? int(ScoreState::Recused)
                                        : -1;
    switch (role) {
    case Qt::DisplayRole:
        if (state == int(ScoreState::Entered))
            return BallotService::formatPoints(cell->points);
        if (state == int(ScoreState::Abstained))
            return QStringLiteral("—");
        return state == int(ScoreState::Recused) ? tr("recused") : QString();
    case Qt::EditRole:
        return state == int(ScoreState::Entered) ? BallotService::formatPoints(cell->points)
                                                 : QString();
    case Qt::ToolTipRole: {
        QStringList lines{rangeText(index.column())};
        if (conflict)
            lines << tr("Conflict of interest declared: the cell is locked as recused.");
        else if (state == int(ScoreState::Abstained))
            lines << tr("Abstained: not counted, never a zero.");
        else if (state == int(ScoreState::Recused))
            lines << tr("Recused (conflict of interest): not counted, never a zero.");
        if (cell && !cell->comment.isEmpty())
            lines << tr("Comment: %1").arg(cell->comment);
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::ForegroundRole:
        return state == int(ScoreState::Abstained) || state == int(ScoreState::Recused)
                   ? QVariant(QColor(0x60, 0x60, 0x60))
                   : QVariant();
    case Qt::BackgroundRole:
        // Both colours set, so a dark theme's light text does not land on the light grey.
        return conflict ? QVariant(QColor(0xe4, 0xe4, 0xe4)) : QVariant();
    case StateRole:
        return state;
    case CommentRole:
        return cell ? cell->comment : QString();
    case CriterionIdRole:
        return criterionAt(index.column())->id;
    default:
        return {};
    }
}

QVariant BallotModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (const Criterion *c = criterionAt(section)) {
        if (role == Qt::DisplayRole)
            return c->code;
        if (role == Qt::ToolTipRole) {
            const QString title = QLocale().language() == QLocale::English && !c->titleEn.isEmpty()
                                      ? c->titleEn
                                      : text::pick(c->titleRu, c->titleKk);
            return QStringLiteral("%1 — %2\n%3").arg(c->code, title, rangeText(section));
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    if (section == NomineeColumn)
        return tr("Nominee");
    if (section == OkrugColumn)
        return tr("Rural okrug");
    return section == totalColumn() ? tr("Total") : QVariant();
}

Qt::ItemFlags BallotModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (isCriterionColumn(index.column()) && m_locked.isEmpty() &&
        !m_layout.isConflict(m_layout.nominees.at(index.row()).nominee.id))
        f |= Qt::ItemIsEditable;
    return f;
}

bool BallotModel::write(const QModelIndex &index, ScoreState state, double points,
                        const QString &comment)
{
    const qint64 nominee = m_layout.nominees.at(index.row()).nominee.id;
    const qint64 criterion = criterionAt(index.column())->id;
    if (m_source != Scores) {
        const EditResult result =
            DoubleEntryService(*m_document)
                .setCell(m_memberId, sideOf(m_source), nominee, criterion, state, points, comment);
        if (!result.ok())
            emit refused(result.message);
        // An entry has no signal of the document: read it back here.
        refreshCells();
        return result.ok();
    }
    const EditResult result =
        BallotService(*m_document).setCell(m_memberId, nominee, criterion, state, points, comment);
    if (!result.ok())
        emit refused(result.message);
    return result.ok();
}

bool BallotModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !checkIndex(index) || !isCriterionColumn(index.column()) || !m_document)
        return false;
    const ScoreCell *cell = cellAt(index);
    const QString comment = cell ? cell->comment : QString();
    switch (role) {
    case Qt::EditRole: {
        if (value.typeId() == QMetaType::QString && value.toString().trimmed().isEmpty())
            return clear(index);
        bool ok = false;
        const double points = value.typeId() == QMetaType::QString
                                  ? parsePoints(value.toString(), &ok)
                                  : value.toDouble(&ok);
        if (!ok) {
            emit refused(tr("%1, %2: \"%3\" is not a number; type %4 points.")
                             .arg(m_layout.nominees.at(index.row()).nominee.fullName,
                                  criterionAt(index.column())->code, value.toString(),
                                  BallotService::range(*criterionAt(index.column()))));
            return false;
        }
        if (cell && cell->state == ScoreState::Entered && cell->points == points)
            return true;
        return write(index, ScoreState::Entered, points, comment);
    }
    case StateRole:
        return write(index, ScoreState(value.toInt()), cell ? cell->points : 0.0, comment);
    case CommentRole: {
        // A comment belongs to a score; on a conflict's cell it explains the recusal.
        const bool conflict = m_layout.isConflict(m_layout.nominees.at(index.row()).nominee.id);
        if (!cell && !conflict) {
            emit refused(tr("Score the cell first: a comment goes with points, an abstention or "
                            "a recusal."));
            return false;
        }
        return write(index, cell ? cell->state : ScoreState::Recused, cell ? cell->points : 0.0,
                     value.toString());
    }
    default:
        return false;
    }
}

bool BallotModel::setState(const QModelIndex &index, ScoreState state)
{
    return setData(index, int(state), StateRole);
}

bool BallotModel::setComment(const QModelIndex &index, const QString &comment)
{
    return setData(index, comment, CommentRole);
}

bool BallotModel::clear(const QModelIndex &index)
{
    if (!isCriterionColumn(index.column()) || !m_document)
        return false;
    if (!cellAt(index))
        return true;
    const qint64 nominee = m_layout.nominees.at(index.row()).nominee.id;
    const qint64 criterion = criterionAt(index.column())->id;
    const EditResult result =
        m_source == Scores ? BallotService(*m_document).clearCell(m_memberId, nominee, criterion)
                           : DoubleEntryService(*m_document)
                                 .clearCell(m_memberId, sideOf(m_source), nominee, criterion);
    if (!result.ok())
        emit refused(result.message);
    if (m_source != Scores)
        refreshCells();
    return result.ok();
}

} // namespace akim

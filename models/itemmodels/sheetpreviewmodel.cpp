#include "itemmodels/sheetpreviewmodel.h"

#include "survey/headerguess.h"

#include <QBrush>
#include <QDate>
#include <QDateTime>
#include <QFont>
#include <QPalette>
#include <QTime>

#include <algorithm>
#include <cmath>

namespace akim {
namespace {

// Long free-text answers would make one row as tall as the screen; the tooltip has the rest.
constexpr int kMaxShownChars = 120;

} // namespace

SheetPreviewModel::SheetPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int SheetPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SheetPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QString SheetPreviewModel::cellText(const QVariant &cell)
{
    switch (cell.typeId()) {
    case QMetaType::UnknownType:
        return {};
    case QMetaType::Double: {
        const double value = cell.toDouble();
        if (!std::isfinite(value))
            return {};
        // Locale-independent, as the file has it: "4.5", "12", not "4,50".
        return QString::number(value, 'g', QLocale::FloatingPointShortest);
    }
    case QMetaType::Bool:
        return cell.toBool() ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    case QMetaType::QDate:
        return cell.toDate().toString(Qt::ISODate);
    case QMetaType::QDateTime:
        return cell.toDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case QMetaType::QTime:
        return cell.toTime().toString(QStringLiteral("HH:mm:ss"));
    default:
        return cell.toString();
    }
}

QVariant SheetPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVector<QVariant> &row = m_rows.at(index.row());
    const QVariant cell = index.column() < row.size() ? row.at(index.column()) : QVariant();
    const bool header = m_headerRows.contains(index.row());

    switch (role) {
    case Qt::DisplayRole: {
        const QString text = cellText(cell);
        // One line per row: a quoted newline inside a cell would otherwise hide the next rows.
        QString shown = text.left(kMaxShownChars);
        shown.replace(QLatin1Char('\n'), QChar(0x21B5));
        if (text.size() > kMaxShownChars)
            shown += QChar(0x2026);
        return shown;
    }
    case Qt::ToolTipRole: {
        const QString text = cellText(cell);
        return text.size() > kMaxShownChars || text.contains(QLatin1Char('\n')) ? text : QVariant();
    }
    case Qt::FontRole:
        if (header) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::BackgroundRole:
        if (header)
            return QBrush(QPalette().color(QPalette::Highlight).lighter(170));
        return {};
    case Qt::TextAlignmentRole:
        if (!header && cell.typeId() == QMetaType::Double)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case IsHeaderRole:
        return header;
    case CellValueRole:
        return cell;
    default:
        return {};
    }
}

QVariant SheetPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section < 0)
        return {};
    if (orientation == Qt::Vertical) {
        if (section >= int(m_rows.size()))
            return {};
        if (role == Qt::DisplayRole)
            return section + 1; // the row number a spreadsheet shows
        return {};
    }
    if (section >= m_columns)
        return {};
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        const QString letter = survey::HeaderGuess::columnLetter(section);
        const QString name = section < m_columnNames.size() ? m_columnNames.at(section) : QString();
        if (name.isEmpty() || name == survey::HeaderGuess::unnamedColumn(section))
            return letter;
        if (role == Qt::ToolTipRole)
            return name;
        const QString shown = name.size() > 40 ? name.left(40) + QChar(0x2026) : name;
        return QString(letter + QStringLiteral(" · ") + shown);
    }
    return {};
}

void SheetPreviewModel::setRows(const QVector<QVector<QVariant>> &rows)
{
    beginResetModel();
    m_rows = rows;
    m_columns = 0;
    for (const QVector<QVariant> &row : m_rows)
        m_columns = std::max(m_columns, int(row.size()));
    m_headerRows.erase(std::remove_if(m_headerRows.begin(), m_headerRows.end(),
                                      [this](int r) { return r >= int(m_rows.size()); }),
                       m_headerRows.end());
    endResetModel();
}

void SheetPreviewModel::setHeaderRows(const QVector<int> &headerRows)
{
    if (headerRows == m_headerRows)
        return;
    const QVector<int> before = m_headerRows;
    m_headerRows.clear();
    for (int r : headerRows) {
        if (r >= 0 && r < int(m_rows.size()))
            m_headerRows.push_back(r);
    }
    if (m_columns == 0)
        return;
    // Only the rows whose highlight changed are repainted.
    QVector<int> changed = before + m_headerRows;
    std::sort(changed.begin(), changed.end());
    changed.erase(std::unique(changed.begin(), changed.end()), changed.end());
    for (int r : changed)
        emit dataChanged(index(r, 0), index(r, m_columns - 1),
                         {Qt::FontRole, Qt::BackgroundRole, Qt::TextAlignmentRole, IsHeaderRole});
}

void SheetPreviewModel::setColumnNames(const QStringList &names)
{
    if (names == m_columnNames)
        return;
    m_columnNames = names;
    if (m_columns > 0)
        emit headerDataChanged(Qt::Horizontal, 0, m_columns - 1);
}

void SheetPreviewModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_headerRows.clear();
    m_columnNames.clear();
    m_columns = 0;
    endResetModel();
}

} // namespace akim

#include "survey/headerguess.h"

#include "survey/cellvalue.h"

#include <QDate>
#include <QDateTime>

#include <algorithm>

namespace akim::survey {

namespace {

using Rows = QVector<QVector<QVariant>>;

bool isBlank(const QVariant &cell)
{
    return !cell.isValid() || cell.isNull() ||
           (cell.metaType().id() == QMetaType::QString && cell.toString().trimmed().isEmpty());
}

QVariant cellAt(const Rows &rows, int row, int column)
{
    if (row < 0 || row >= rows.size() || column >= rows.at(row).size())
        return {};
    return rows.at(row).at(column);
}

// Cells after the last one with a value do not count.
int usedWidth(const QVector<QVariant> &row)
{
    int width = int(row.size());
    while (width > 0 && isBlank(row.at(width - 1)))
        --width;
    return width;
}

int filledCount(const QVector<QVariant> &row)
{
    return int(std::count_if(row.cbegin(), row.cend(),
                             [](const QVariant &cell) { return !isBlank(cell); }));
}

// A value rather than a label: a number, a date, a boolean, or text that reads as one.
bool isTyped(const QVariant &cell)
{
    if (cell.metaType().id() != QMetaType::QString)
        return true;
    const QString text = cell.toString();
    return parseNumber(text).isValid() || parseDate(text).isValid();
}

// Qualtrics' third header row: {"ImportId":"QID1"} in (nearly) every column.
bool isImportIdRow(const QVector<QVariant> &row)
{
    int ids = 0;
    const int filled = filledCount(row);
    for (const QVariant &cell : row) {
        if (!isBlank(cell) && cell.toString().trimmed().startsWith(QLatin1String("{\"ImportId\""),
                                                                   Qt::CaseInsensitive))
            ++ids;
    }
    return ids > 0 && ids * 2 >= filled;
}

bool allText(const QVector<QVariant> &row)
{
    return std::none_of(row.cbegin(), row.cend(),
                        [](const QVariant &cell) { return !isBlank(cell) && isTyped(cell); });
}

// Columns whose values below `firstDataRow` are mostly numbers or dates.
QVector<bool> typedColumns(const Rows &rows, int firstDataRow, int width)
{
    QVector<bool> typed(width, false);
    for (int column = 0; column < width; ++column) {
        int values = 0;
        int numbers = 0;
        for (int row = firstDataRow; row < rows.size(); ++row) {
            const QVariant cell = cellAt(rows, row, column);
            if (isBlank(cell))
                continue;
            ++values;
            if (isTyped(cell))
                ++numbers;
        }
        typed[column] = values > 0 && numbers * 5 >= values * 3;
    }
    return typed;
}

// Is `row` a second header row under `header`, with the data starting below it?
bool isSubHeader(const Rows &rows, int header, int row, int width)
{
    if (row + 1 >= rows.size() || filledCount(rows.at(row)) == 0 || !allText(rows.at(row)))
        return false;
    bool hasData = false;
    for (int below = row + 1; below < rows.size() && !hasData; ++below)
        hasData = filledCount(rows.at(below)) > 0;
    if (!hasData)
        return false;
    // Evidence 1: a column of numbers or dates whose two top cells are both labels.
    const QVector<bool> typed = typedColumns(rows, row + 1, width);
    for (int column = 0; column < width; ++column) {
        if (typed.at(column) && !isBlank(cellAt(rows, row, column)) &&
            !isBlank(cellAt(rows, header, column)))
            return true;
    }
    // Evidence 2: the upper row spans several labels of this one, as merged cells do.
    bool seenUpper = false;
    for (int column = 0; column < width; ++column) {
        const bool upper = !isBlank(cellAt(rows, header, column));
        if (seenUpper && !upper && !isBlank(cellAt(rows, row, column)))
            return true;
        seenUpper = seenUpper || upper;
    }
    return false;
}

QString cellText(const QVariant &cell)
{
    if (isBlank(cell))
        return QString();
    if (cell.metaType().id() == QMetaType::QString)
        return cell.toString().simplified();
    const QJsonValue json = toJson(cell);
    return json.isDouble() ? QString::number(json.toDouble(), 'g', 15) : json.toString();
}

} // namespace

QString HeaderGuess::columnLetter(int index)
{
    QString label;
    for (int n = index + 1; n > 0; n = (n - 1) / 26)
        label.prepend(QChar(char16_t(u'A' + (n - 1) % 26)));
    return label;
}

QString HeaderGuess::unnamedColumn(int index)
{
    return tr("Column %1").arg(columnLetter(index));
}

HeaderGuess HeaderGuess::guess(const QVector<QVector<QVariant>> &allRows)
{
    const Rows rows = allRows.mid(0, kSampleRows);
    int maxFilled = 0;
    int width = 0;
    for (const QVector<QVariant> &row : rows) {
        maxFilled = std::max(maxFilled, filledCount(row));
        width = std::max(width, usedWidth(row));
    }
    if (maxFilled == 0)
        return fromRows(allRows, {});

    // The header is the first row that fills a good part of the table's width; the rows above
    // it (a title, a date, blank lines) hold a cell or two.
    const int threshold = maxFilled < 2 ? 1 : std::max(2, (maxFilled + 1) / 2);
    int header = 0;
    while (filledCount(rows.at(header)) < threshold)
        ++header;

    // Numbers and dates only: the sheet has no header, and its data starts here.
    if (std::all_of(rows.at(header).cbegin(), rows.at(header).cend(),
                    [](const QVariant &cell) { return isBlank(cell) || isTyped(cell); })) {
        HeaderGuess none = fromRows(allRows, {});
        none.firstDataRow = header;
        return none;
    }

    QVector<int> headerRows;
    // A sparse row right above, with labels over this row's labels: merged question texts.
    if (header > 0 && filledCount(rows.at(header - 1)) >= 2 && allText(rows.at(header - 1)) &&
        isSubHeader(rows, header - 1, header, width))
        headerRows << header - 1;
    headerRows << header;

    if (header + 2 < rows.size() && isImportIdRow(rows.at(header + 2)) &&
        !isImportIdRow(rows.at(header + 1)))
        headerRows << header + 1 << header + 2; // Qualtrics: names, labels, import ids
    else if (header + 1 < rows.size() && isImportIdRow(rows.at(header + 1)))
        headerRows << header + 1;
    else if (headerRows.size() == 1 && isSubHeader(rows, header, header + 1, width))
        headerRows << header + 1; // codes and texts (LimeSurvey), questions and answers
    return fromRows(allRows, headerRows);
}

HeaderGuess HeaderGuess::fromRows(const QVector<QVector<QVariant>> &rows,
                                  const QVector<int> &headerRows)
{
    HeaderGuess result;
    result.headerRows = headerRows;
    result.firstDataRow = headerRows.isEmpty() ? 0 : headerRows.constLast() + 1;

    int width = 0;
    for (const QVector<QVariant> &row : rows)
        width = std::max(width, usedWidth(row));

    // The rows that name the columns: not an import-id row, unless nothing else is left.
    QVector<int> naming;
    for (int row : headerRows) {
        if (row >= 0 && row < rows.size() && !isImportIdRow(rows.at(row)))
            naming << row;
    }
    if (naming.isEmpty())
        naming = headerRows;

    QVector<QStringList> parts(width);
    for (int i = 0; i < naming.size(); ++i) {
        const int row = naming.at(i);
        const bool upper = i + 1 < naming.size();
        QString left; // the last text of this row, for the merged cells to its right
        for (int column = 0; column < width; ++column) {
            QString text = cellText(cellAt(rows, row, column));
            if (!text.isEmpty())
                left = text;
            else if (upper && !isBlank(cellAt(rows, naming.at(i + 1), column)))
                text = left;
            QStringList &names = parts[column];
            const bool repeated = std::any_of(names.cbegin(), names.cend(), [&](const QString &n) {
                return n.compare(text, Qt::CaseInsensitive) == 0;
            });
            if (!text.isEmpty() && !repeated)
                names << text;
        }
    }
    for (int column = 0; column < width; ++column) {
        const QString name = parts.at(column).join(QStringLiteral(" / "));
        result.columns << (name.isEmpty() ? unnamedColumn(column) : name);
    }
    return result;
}

} // namespace akim::survey

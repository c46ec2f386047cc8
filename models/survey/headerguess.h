#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QVariant>
#include <QVector>

namespace akim::survey {

// Which of the first rows of a sheet are its header, and what the columns are called. Survey
// exports do not agree: most have one header row; LimeSurvey ("codes and texts") and
// SurveyMonkey write two; Qualtrics writes three (names, labels, and {"ImportId":…}); sheets
// made by hand often carry a title and blank rows above the header. The guess is a proposal:
// the import wizard shows it and lets the user pick other rows (see fromRows()).
struct HeaderGuess
{
    Q_DECLARE_TR_FUNCTIONS(akim::survey::HeaderGuess)

public:
    // 0-based indexes into the rows given; empty when the sheet is empty, or when its first
    // full row holds only numbers and dates (a sheet without a header)
    QVector<int> headerRows;
    int firstDataRow = 0; // 0-based: the row after the last header row, or the first data row
    QStringList columns;  // one name per column, never empty ("Column C" where none is)

    // How many leading rows guess() looks at; callers read at least this many when they can.
    static constexpr int kSampleRows = 30;

    // Guesses from the first rows of a sheet, as a SheetReader returns them (a blank row is an
    // empty vector, and row i of the vector is row i + 1 of the sheet). Only the first
    // kSampleRows rows are looked at.
    static HeaderGuess guess(const QVector<QVector<QVariant>> &rows);

    // The columns that `headerRows` (0-based, ascending) give: the texts of a column's header
    // cells joined with " / ", a Qualtrics import-id row left out, a blank cell of an upper
    // row taking the text on its left (a merged cell, as SurveyMonkey writes a question over
    // its answers), repeated texts said once, and "Column C" for a column without any text.
    // The number of columns is the widest of the header rows and the other rows given.
    static HeaderGuess fromRows(const QVector<QVector<QVariant>> &rows,
                                const QVector<int> &headerRows);

    // "Column C": the name of a column without a header (0-based index), translated.
    static QString unnamedColumn(int index);
    // "A", "B", …, "Z", "AA", … for a 0-based column index.
    static QString columnLetter(int index);
};

} // namespace akim::survey

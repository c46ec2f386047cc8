#pragma once

#include "survey/encodingdetector.h"
#include "survey/sheetreader.h"

#include <QFile>

namespace akim::survey {

// Streams a CSV or TSV file row by row: RFC 4180 quoting, plus what real exports do (a BOM, a
// "sep=;" first line, CR-only line ends, single-byte Cyrillic encodings). The file is read in
// chunks and decoded as it goes, so memory stays bounded by the longest row, not the file.
// Cells come back as QString (a blank one as an invalid QVariant): turning numbers and dates
// into values is the mapping's job, which knows the column's meaning and the locale.
class CsvReader : public SheetReader
{
    Q_DECLARE_TR_FUNCTIONS(akim::survey::CsvReader)

public:
    // Opens `path`, detecting what `options` leave empty. Returns null and fills `error` when the
    // file cannot be read, is empty, holds binary data, or asks for an unknown encoding.
    static std::unique_ptr<CsvReader> open(const QString &path, const CsvOptions &options,
                                           const ReadLimits &limits, ReadError *error);
    ~CsvReader() override;

    SheetFormat format() const override { return SheetFormat::Csv; }
    QStringList sheetNames() const override { return {m_sheetName}; }
    bool selectSheet(const QString &name) override;
    QString currentSheet() const override { return m_sheetName; }
    bool readRow(QVector<QVariant> &cells) override;
    qint64 rowNumber() const override { return m_rowNumber; }
    double progress() const override;

    // The encoding the file is read in: detected, or as the options named it (canonical form).
    QString encoding() const { return m_encoding; }
    QChar delimiter() const { return m_delimiter; }
    bool hadBom() const { return m_bomLength > 0; }
    bool hadSepLine() const { return m_sepLineLength > 0; }
    // What the user should know before trusting the text, e.g. that its encoding has no
    // Kazakh letters. Translated.
    QStringList warnings() const { return m_warnings; }

    // Test hook: reads the file `bytes` at a time from now on, and rewinds, so that a test can
    // put chunk boundaries anywhere: in quotes, between CR and LF, inside a character.
    void setChunkSizeForTesting(int bytes);

private:
    enum class Record {
        Complete,
        NeedMore,
        End,
        Failed,
    };

    CsvReader() = default;
    bool start(const QString &path, const CsvOptions &options);
    bool rewind();
    bool readMore();
    Record nextRecord(QVector<QVariant> &cells);
    Record parseRecord(QVector<QVariant> &cells);
    Record cellTooLarge(qint64 row, int column);
    double consumedBytes() const;

    QFile m_file;
    ReadLimits m_limits;
    QString m_sheetName;
    QString m_encoding;
    TextDecoder m_decoder;
    bool m_repair = false; // undo a double encoding, cell by cell
    QChar m_delimiter;
    int m_bomLength = 0;
    qsizetype m_sepLineLength = 0;
    QStringList m_warnings;
    bool m_decodeWarned = false;

    int m_chunkSize = 256 * 1024;
    QByteArray m_chunk;
    QString m_text;      // decoded input; parsing resumes at m_pos
    qsizetype m_pos = 0; // always at the start of a record
    bool m_inputDone = false;
    qint64 m_size = 0;
    qint64 m_bytesRead = 0;
    double m_textStartBytes = 0; // estimated file offset of m_text's first character

    qint64 m_records = 0; // records parsed, blank ones included
    qint64 m_line = 1;    // the line on which the next record begins
    qint64 m_rowNumber = 0;
    // Blank rows are held back until a row with content follows, so trailing ones vanish.
    qint64 m_blankRun = 0;
    qint64 m_pendingBlanks = 0;
    QVector<QVariant> m_held;
    bool m_hasHeld = false;
    bool m_finished = false;
};

} // namespace akim::survey

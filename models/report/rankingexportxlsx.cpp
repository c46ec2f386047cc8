// RankingExport's XLSX half, written with libxlsxwriter (through XlsxWriterLibrary).
#include "report/rankingexport.h"

#include "report/rankingexporttable.h"
#include "report/reportlanguage.h"
#include "report/xlsxwriterlibrary.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QTemporaryFile>

#include <algorithm>

namespace akim::report {
namespace {

using Kind = RankingExportTable::Kind;
using scoring::NomineeResult;

constexpr int kProgressStep = 200;
constexpr uint8_t kPaperA4 = 9;

// One worksheet: stage I of one region, or stage II.
struct Sheet
{
    qint64 regionId = 0;
    QString region; // in the document's language; empty for stage II
    QVector<const NomineeResult *> nominees;
};

// Stage I region by region, in the order the engine listed them; stage II as one sheet.
QVector<Sheet> sheetsOf(const scoring::Ranking &ranking, const ReportLanguage &language)
{
    QVector<Sheet> sheets;
    QHash<qint64, int> index;
    for (const NomineeResult &n : ranking.nominees) {
        const qint64 key = ranking.stage == StageKind::Regional ? n.regionId : 0;
        auto it = index.find(key);
        if (it == index.end()) {
            it = index.insert(key, int(sheets.size()));
            Sheet sheet;
            sheet.regionId = key;
            if (key != 0)
                sheet.region = language.pick(n.regionRu, n.regionKk);
            sheets.push_back(sheet);
        }
        sheets[*it].nominees.push_back(&n);
    }
    if (sheets.isEmpty()) // an empty ranking still gets its header
        sheets.push_back({ranking.regionId, {}, {}});
    return sheets;
}

// Excel refuses a sheet name longer than 31 characters, with any of []:*?/\, beginning or
// ending with an apostrophe, or equal to another ignoring case.
QString sheetName(const QString &wanted, QStringList *taken)
{
    QString base;
    for (const QChar c : wanted)
        base += QStringLiteral("[]:*?/\\").contains(c) ? QLatin1Char('_') : c;
    while (base.startsWith(QLatin1Char('\'')))
        base.remove(0, 1);
    base = base.left(31);
    while (base.endsWith(QLatin1Char('\'')))
        base.chop(1);
    if (base.isEmpty())
        base = QStringLiteral("Sheet");
    QString name = base;
    for (int i = 2; taken->contains(name, Qt::CaseInsensitive); ++i) {
        const QString suffix = QStringLiteral(" (%1)").arg(i);
        name = base.left(31 - int(suffix.size())) + suffix;
    }
    taken->append(name);
    return name;
}

QString dateTime(const QDateTime &time)
{
    return time.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm"));
}

const Finalisation *finalisationOf(const QVector<Finalisation> &all, StageKind stage,
                                   qint64 regionId)
{
    for (const Finalisation &f : all) {
        if (f.stage == stage && (stage == StageKind::National || f.regionId == regionId))
            return &f;
    }
    return nullptr;
}

// The lines above a sheet's table.
QStringList captionOf(const Sheet &sheet, const scoring::Ranking &ranking,
                      const RankingExportTable &table, const RankingExportCaption &caption)
{
    const ReportLanguage &l = table.language();
    QStringList lines;
    const QString contest = l.pick(caption.contestRu, caption.contestKk);
    if (!contest.isEmpty())
        lines << contest;
    const QString stage = table.stageTitle(ranking.stage);
    lines << (sheet.region.isEmpty()
                  ? l.translate("akim::report::RankingExport", "Ranking: %1").arg(stage)
                  //: %1 is the stage, %2 the region
                  : l.translate("akim::report::RankingExport", "Ranking: %1, %2")
                        .arg(stage, sheet.region));
    QStringList status;
    if (caption.computedAt.isValid())
        status << l.translate("akim::report::RankingExport", "Computed %1.")
                      .arg(dateTime(caption.computedAt));
    const bool finalisable = ranking.stage == StageKind::National || sheet.regionId != 0;
    if (const Finalisation *f =
            finalisable ? finalisationOf(caption.finalisations, ranking.stage, sheet.regionId)
                        : nullptr)
        //: %1 the date and time, %2 the user, %3 the SHA-256 of the ranking document
        status << l.translate("akim::report::RankingExport",
                              "Finalised %1 by %2; ranking SHA-256 %3.")
                      .arg(dateTime(QDateTime::fromString(f->finalisedAt, Qt::ISODateWithMs)),
                           f->finalisedBy, f->rankingSha256);
    else
        status << l.translate("akim::report::RankingExport", "Not finalised.");
    lines << status.join(QLatin1Char(' '));
    return lines;
}

// Writes a workbook with one library; returns an untranslated libxlsxwriter error, or empty.
class WorkbookWriter
{
public:
    WorkbookWriter(const XlsxWriterLibrary &x, lxw_workbook *book, const QString &numberFormat)
        : m_x(x)
        , m_book(book)
    {
        m_title = format();
        m_x.format_set_bold(m_title);
        m_x.format_set_font_size(m_title, 14);
        m_caption = format();
        m_x.format_set_italic(m_caption);
        m_header = format();
        m_x.format_set_bold(m_header);
        m_x.format_set_text_wrap(m_header);
        m_x.format_set_border(m_header, LXW_BORDER_THIN);
        m_x.format_set_align(m_header, LXW_ALIGN_VERTICAL_TOP);
        m_x.format_set_bg_color(m_header, 0xDDE6F0);
        m_bold = format();
        m_x.format_set_bold(m_bold);
        m_integer = format();
        m_x.format_set_num_format(m_integer, "0");
        const QByteArray decimals = numberFormat.toLatin1();
        m_number = format();
        m_x.format_set_num_format(m_number, decimals.constData());
        m_numberBold = format();
        m_x.format_set_num_format(m_numberBold, decimals.constData());
        m_x.format_set_bold(m_numberBold);
    }

    lxw_worksheet *addSheet(const QString &name)
    {
        lxw_worksheet *sheet = m_x.workbook_add_worksheet(m_book, name.toUtf8().constData());
        if (!sheet) // only for a name Excel refuses, which sheetName() prevents
            check(LXW_ERROR_SHEETNAME_ALREADY_USED);
        return sheet;
    }

    void caption(lxw_worksheet *sheet, const QStringList &lines, bool hasTitle)
    {
        for (int i = 0; i < lines.size(); ++i)
            text(sheet, i, 0, lines.at(i), i == 0 && hasTitle ? m_title : m_caption);
    }

    void header(lxw_worksheet *sheet, int row, const RankingExportTable &table)
    {
        const QVector<RankingExportTable::Column> &columns = table.columns();
        for (int c = 0; c < columns.size(); ++c) {
            text(sheet, row, c, columns.at(c).header, m_header);
            check(m_x.worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), columns.at(c).width,
                                           nullptr));
        }
    }

    void row(lxw_worksheet *sheet, int row, const RankingExportTable &table, const NomineeResult &n)
    {
        const QVector<QVariant> cells = table.row(n);
        const QVector<RankingExportTable::Column> &columns = table.columns();
        // The names and totals of those who advance stand out, as on the Rankings tab.
        const bool bold = n.advances;
        for (int c = 0; c < columns.size(); ++c) {
            const QVariant &cell = cells.at(c);
            if (!cell.isValid())
                continue; // no value: a blank cell, never a zero
            const bool strong = bold && (c == table.nomineeColumn() || c == table.totalColumn());
            switch (columns.at(c).kind) {
            case Kind::Integer:
                number(sheet, row, c, double(cell.toLongLong()), m_integer);
                break;
            case Kind::Number:
                number(sheet, row, c, cell.toDouble(), strong ? m_numberBold : m_number);
                break;
            case Kind::Text:
                text(sheet, row, c, cell.toString(), strong ? m_bold : nullptr);
                break;
            }
        }
    }

    lxw_error error() const { return m_error; }
    void check(lxw_error error)
    {
        if (error != LXW_NO_ERROR && m_error == LXW_NO_ERROR)
            m_error = error;
    }

private:
    lxw_format *format() { return m_x.workbook_add_format(m_book); }
    void text(lxw_worksheet *sheet, int row, int column, const QString &value, lxw_format *f)
    {
        if (!value.isEmpty())
            check(m_x.worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(column),
                                             value.toUtf8().constData(), f));
    }
    void number(lxw_worksheet *sheet, int row, int column, double value, lxw_format *f)
    {
        check(m_x.worksheet_write_number(sheet, lxw_row_t(row), lxw_col_t(column), value, f));
    }

    const XlsxWriterLibrary &m_x;
    lxw_workbook *m_book;
    lxw_format *m_title = nullptr;
    lxw_format *m_caption = nullptr;
    lxw_format *m_header = nullptr;
    lxw_format *m_bold = nullptr;
    lxw_format *m_integer = nullptr;
    lxw_format *m_number = nullptr;
    lxw_format *m_numberBold = nullptr;
    lxw_error m_error = LXW_NO_ERROR;
};

// Replaces `path` with the finished file at `from`, atomically (QSaveFile): an existing file is
// either left as it was or replaced whole.
QString replaceWith(const QString &from, const QString &path)
{
    const QString name = QDir::toNativeSeparators(path);
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly))
        return RankingExport::tr("Cannot write %1: %2").arg(name, in.errorString());
    const QByteArray bytes = in.readAll();
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return RankingExport::tr("Cannot write %1: %2").arg(name, out.errorString());
    if (out.write(bytes) != bytes.size() || !out.commit())
        return RankingExport::tr("Cannot write %1: %2").arg(name, out.errorString());
    return {};
}

} // namespace

bool RankingExport::xlsxAvailable(QString *error)
{
    return XlsxWriterLibrary::get(error) != nullptr;
}

QString RankingExport::writeXlsx(const scoring::Ranking &ranking,
                                 const scoring::Methodology &methodology,
                                 const ReportLanguage &language, const QString &path,
                                 const RankingExportCaption &caption,
                                 const BackgroundTask::Progress &progress)
{
    const QString name = QDir::toNativeSeparators(path);
    QString why;
    const XlsxWriterLibrary *x = XlsxWriterLibrary::get(&why);
    if (!x)
        return tr("Cannot write %1: %2").arg(name, why);

    // libxlsxwriter writes to a path of its own choosing: a temporary file beside the target
    // (on the same file system, and failing early where the folder cannot be written), which
    // then replaces the target in one step.
    const QFileInfo target(path);
    QTemporaryFile temp(target.absoluteDir().filePath(
        QStringLiteral(".%1.XXXXXX.part").arg(target.completeBaseName())));
    if (!temp.open())
        return tr("Cannot write %1: %2").arg(name, temp.errorString());
    temp.close(); // removed when `temp` goes, whatever happens
#ifdef Q_OS_WIN
    const QByteArray tempName = temp.fileName().toUtf8(); // libxlsxwriter takes UTF-8 there
#else
    const QByteArray tempName = QFile::encodeName(temp.fileName());
#endif
    lxw_workbook *book = x->workbook_new(tempName.constData());
    if (!book)
        return tr("Cannot write %1: %2").arg(name, tr("out of memory"));

    const RankingExportTable table(ranking.stage, methodology, language);
    const int decimals = std::clamp(methodology.displayDecimals, 0, 10);
    WorkbookWriter writer(*x, book,
                          decimals > 0 ? QStringLiteral("0.") + QString(decimals, QLatin1Char('0'))
                                       : QStringLiteral("0"));

    const QVector<Sheet> sheets = sheetsOf(ranking, language);
    const int total = std::max(1, int(ranking.nominees.size()));

    // Document properties, as File > Properties shows them.
    const QString contest = language.pick(caption.contestRu, caption.contestKk);
    const QByteArray title =
        suggestedFileName(ranking.stage, sheets.size() == 1 ? sheets.first().region : QString(),
                          language)
            .toUtf8();
    const QByteArray subject = contest.toUtf8();
    QByteArray author = QByteArrayLiteral("Akim Contest");
    lxw_doc_properties properties{};
    properties.title = const_cast<char *>(title.constData());
    properties.subject = const_cast<char *>(subject.constData());
    properties.author = author.data();
    properties.created = caption.computedAt.isValid() ? caption.computedAt.toSecsSinceEpoch() : 0;
    writer.check(x->workbook_set_properties(book, &properties));

    int done = 0;
    bool cancelled = false;
    QStringList taken;
    for (const Sheet &sheet : sheets) {
        const QString wanted =
            sheet.region.isEmpty()
                ? (ranking.stage == StageKind::National
                       ? language.translate("akim::report::RankingExport", "Stage II")
                       : language.translate("akim::report::RankingExport", "Stage I"))
                : sheet.region;
        lxw_worksheet *ws = writer.addSheet(sheetName(wanted, &taken));
        if (!ws)
            break;
        const QStringList lines = captionOf(sheet, ranking, table, caption);
        writer.caption(ws, lines, !contest.isEmpty());
        const int headerRow = int(lines.size()) + 1; // a blank row between
        writer.header(ws, headerRow, table);
        int row = headerRow + 1;
        for (const NomineeResult *n : sheet.nominees) {
            if (progress && done % kProgressStep == 0 && !progress(90 * done / total, {})) {
                cancelled = true;
                break;
            }
            writer.row(ws, row++, table, *n);
            ++done;
        }
        if (cancelled)
            break;
        const lxw_col_t lastColumn = lxw_col_t(table.columns().size() - 1);
        // The header and the first two columns (place, nominee) stay in view while scrolling.
        x->worksheet_freeze_panes(ws, lxw_row_t(headerRow + 1), 2);
        writer.check(
            x->worksheet_autofilter(ws, lxw_row_t(headerRow), 0, lxw_row_t(row - 1), lastColumn));
        // Printed: landscape A4, as wide as one page, the header on every page.
        x->worksheet_set_landscape(ws);
        x->worksheet_set_paper(ws, kPaperA4);
        x->worksheet_fit_to_pages(ws, 1, 0);
        writer.check(x->worksheet_repeat_rows(ws, lxw_row_t(headerRow), lxw_row_t(headerRow)));
    }
    // Closing frees the workbook, so it is closed even when the file is not wanted.
    const lxw_error closed = x->workbook_close(book);
    if (cancelled)
        return tr("Cancelled.");
    writer.check(closed);
    if (writer.error() != LXW_NO_ERROR)
        return tr("Cannot write %1: %2")
            .arg(name, QString::fromUtf8(x->lxw_strerror(writer.error())));
    if (progress && !progress(95, {}))
        return tr("Cancelled.");
    return replaceWith(temp.fileName(), path);
}

} // namespace akim::report

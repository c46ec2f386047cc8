// Figures for the survey import: a 200,000-response export of the full demo contest (2,287
// okrugs, 6 Likert questions with text answers, a timestamp and a free-text column), written as
// CSV and as XLSX, imported (parsed, matched, committed) into a fresh copy of the contest.
// Each import runs in a child process of its own, so that its peak RSS is its own and not the
// generator's. Prints numbers; asserts nothing about time.
//
// Goals (issue 3): XLSX < 2 s, CSV < 1 s, peak RSS < 200 MB, memory flat as the file grows.
#include "demo/demogenerator.h"
#include "services/contestdocument.h"
#include "services/integritychecker.h"
#include "storage/criterionrepository.h"
#include "storage/database.h"
#include "storage/nomineerepository.h"
#include "survey/headerguess.h"
#include "survey/importmapping.h"
#include "survey/sheetreader.h"
#include "survey/surveyimporter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#ifdef AKIM_HAVE_XLSXWRITER
#include <xlsxwriter.h>
#endif

#include <sys/resource.h>
#include <unistd.h>

#include <cstdio>
#include <random>

using namespace akim;
using namespace akim::survey;

namespace {

QTextStream out(stdout);

const char *const kLikert[] = {"Совершенно не удовлетворен", "Скорее не удовлетворен",
                               "Частично удовлетворен", "Скорее удовлетворен",
                               "Полностью удовлетворен"};
const char *const kHardToSay = "Затрудняюсь ответить";
const char *const kComments[] = {"Спасибо за работу", "Нужно отремонтировать дорогу, \"срочно\"",
                                 "Освещение улиц; вода по графику", "Аким всегда на связи",
                                 "Детская площадка, спортзал, клуб"};

struct Row
{
    double serial = 0; // Excel serial of the timestamp
    QByteArray stamp;  // "dd.MM.yyyy HH:mm:ss"
    QByteArray region;
    QByteArray district;
    QByteArray okrug;
    const char *answers[6] = {};
    const char *comment = nullptr;
};

// A reproducible stream of responses over the contest's nominees: mostly the okrug as the
// registry writes it, some with a designator, some in Kazakh; answers leaning to satisfied,
// with "hard to say" and blanks; comments now and then.
class ResponseGenerator
{
public:
    explicit ResponseGenerator(const QVector<NomineeRow> &nominees)
        : m_nominees(nominees)
    {}

    void next(qint64 i, Row &row)
    {
        const NomineeRow &n = m_nominees.at(int(m_rng() % quint32(m_nominees.size())));
        const int spelling = int(m_rng() % 100);
        row.region = n.regionRu.toUtf8();
        row.district = n.districtRu.toUtf8();
        if (spelling < 85 || (spelling < 90 && n.okrugKk.isEmpty()))
            row.okrug = n.okrugRu.toUtf8();
        else if (spelling < 90)
            row.okrug = n.okrugKk.toUtf8();
        else if (spelling < 95)
            row.okrug = "с.о. " + n.okrugRu.toUtf8();
        else
            row.okrug = n.okrugRu.toUtf8() + " сельский округ";
        const qint64 seconds = 9 * 3600 + i * 13 + qint64(m_rng() % 11);
        const QDateTime at(QDate(2020, 6, 1).addDays(seconds / 86400),
                           QTime(0, 0).addSecs(int(seconds % 86400)));
        char buffer[32];
        std::snprintf(buffer, sizeof buffer, "%02d.%02d.%04d %02d:%02d:%02d", at.date().day(),
                      at.date().month(), at.date().year(), at.time().hour(), at.time().minute(),
                      at.time().second());
        row.stamp = buffer;
        row.serial = double(QDate(1899, 12, 30).daysTo(at.date())) +
                     at.time().msecsSinceStartOfDay() / 86400000.0;
        for (const char *&answer : row.answers) {
            const int r = int(m_rng() % 100);
            answer = r < 2 ? nullptr : r < 10 ? kHardToSay : kLikert[std::min(4, int(m_rng() % 6))];
        }
        row.comment = m_rng() % 10 < 3 ? kComments[m_rng() % 5] : nullptr;
    }

private:
    const QVector<NomineeRow> &m_nominees;
    std::mt19937 m_rng{2020};
};

QStringList headerTexts(const QVector<Criterion> &criteria)
{
    QStringList header = {QStringLiteral("Отметка времени"), QStringLiteral("Область"),
                          QStringLiteral("Район"), QStringLiteral("Сельский округ")};
    for (const Criterion &c : criteria) {
        if (c.source == CriterionSource::Survey)
            header << c.titleRu;
    }
    header << QStringLiteral("Ваши предложения");
    return header;
}

void csvField(QByteArray &line, const QByteArray &field)
{
    if (field.contains(',') || field.contains('"')) {
        QByteArray quoted = field;
        quoted.replace("\"", "\"\"");
        line += '"' + quoted + '"';
    } else {
        line += field;
    }
}

void writeCsv(const QString &path, const QStringList &header, const QVector<NomineeRow> &nominees,
              qint64 rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    QByteArray text;
    for (int i = 0; i < header.size(); ++i) {
        if (i)
            text += ',';
        csvField(text, header.at(i).toUtf8());
    }
    text += "\r\n";
    ResponseGenerator generator(nominees);
    Row row;
    for (qint64 i = 0; i < rows; ++i) {
        generator.next(i, row);
        text += row.stamp + ',';
        csvField(text, row.region);
        text += ',';
        csvField(text, row.district);
        text += ',';
        csvField(text, row.okrug);
        for (const char *answer : row.answers) {
            text += ',';
            if (answer)
                text += answer;
        }
        text += ',';
        if (row.comment)
            csvField(text, QByteArray(row.comment));
        text += "\r\n";
        if (text.size() > (1 << 20)) {
            file.write(text);
            text.clear();
        }
    }
    file.write(text);
}

#ifdef AKIM_HAVE_XLSXWRITER
void writeXlsx(const QString &path, const QStringList &header, const QVector<NomineeRow> &nominees,
               qint64 rows)
{
    // Shared strings, as Excel, LibreOffice and Google Sheets write them (libxlsxwriter's
    // constant-memory mode would write inline strings instead).
    lxw_workbook *workbook = workbook_new(path.toLocal8Bit().constData());
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, "Ответы на форму (1)");
    lxw_format *date = workbook_add_format(workbook);
    format_set_num_format(date, "dd.mm.yyyy hh:mm:ss");
    for (int c = 0; c < header.size(); ++c)
        worksheet_write_string(sheet, 0, lxw_col_t(c), header.at(c).toUtf8().constData(), nullptr);
    ResponseGenerator generator(nominees);
    Row row;
    for (qint64 i = 0; i < rows; ++i) {
        generator.next(i, row);
        const lxw_row_t r = lxw_row_t(i + 1);
        worksheet_write_number(sheet, r, 0, row.serial, date);
        worksheet_write_string(sheet, r, 1, row.region.constData(), nullptr);
        worksheet_write_string(sheet, r, 2, row.district.constData(), nullptr);
        worksheet_write_string(sheet, r, 3, row.okrug.constData(), nullptr);
        for (int q = 0; q < 6; ++q) {
            if (row.answers[q])
                worksheet_write_string(sheet, r, lxw_col_t(4 + q), row.answers[q], nullptr);
        }
        if (row.comment)
            worksheet_write_string(sheet, r, 10, row.comment, nullptr);
    }
    if (workbook_close(workbook) != LXW_NO_ERROR)
        qFatal("libxlsxwriter could not write %s", qPrintable(path));
}
#endif

long peakRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss; // kilobytes on Linux
}

// The child: one import into `contest`, mapping recognised from the header as the CLI does.
int childImport(const QString &contest, const QString &sheet)
{
    Database database;
    if (!database.open(contest, Database::Mode::ReadWrite))
        qFatal("open: %s", qPrintable(database.errorString()));
    // What-if knob for the storage owner: AKIM_BENCH_CACHE_KB=65536 gives this connection a
    // larger SQLite page cache than the default 2 MB (random inserts into the nominee indexes
    // of survey_response spill pages otherwise). The application does not do this (yet).
    if (qEnvironmentVariableIntValue("AKIM_BENCH_CACHE_KB") > 0) {
        QSqlQuery pragma(database.connection());
        pragma.exec(QStringLiteral("PRAGMA cache_size = -%1")
                        .arg(qEnvironmentVariableIntValue("AKIM_BENCH_CACHE_KB")));
    }
    ImportOptions options;
    options.filePath = sheet;
    options.userName = QStringLiteral("bench");
    options.dryRun = qEnvironmentVariableIsSet("AKIM_BENCH_DRY_RUN");
    {
        ReadError error;
        const std::unique_ptr<SheetReader> reader = SheetReader::open(sheet, &error);
        if (!reader)
            qFatal("%s", qPrintable(error.toString()));
        QVector<QVector<QVariant>> sample;
        QVector<QVariant> cells;
        while (sample.size() < HeaderGuess::kSampleRows && reader->readRow(cells))
            sample << cells;
        const HeaderGuess header = HeaderGuess::guess(sample);
        const MappingGuess guess =
            ImportMapping::guess(header.columns, CriterionRepository(database.connection()).all(),
                                 SurveyKind::Population, sample.mid(header.firstDataRow));
        if (!guess.isComplete())
            qFatal("mapping not recognised: %s", qPrintable(guess.problems.join(QLatin1Char(' '))));
        options.mapping = guess.mapping;
        options.mapping.headerRows = header.headerRows;
        options.mapping.firstDataRow = header.firstDataRow;
    }
    const long rssBefore = peakRssKb();
    QElapsedTimer timer;
    timer.start();
    QString error;
    const ImportSummary s = SurveyImporter(database.connection()).run(options, {}, &error);
    const double seconds = timer.nsecsElapsed() / 1e9;
    if (!error.isEmpty())
        qFatal("import failed: %s", qPrintable(error));
    database.close();
    out << "RESULT " << seconds << ' ' << s.read << ' ' << s.imported << ' ' << s.rejected << ' '
        << s.duplicates << ' ' << s.unmatched << ' ' << s.answers << ' ' << rssBefore << ' '
        << peakRssKb() << Qt::endl;
    return 0;
}

void runChild(const QString &label, const QString &templateContest, const QString &sheet,
              QTemporaryDir &dir)
{
    const QString contest = dir.filePath(label + QStringLiteral(".akc"));
    QFile::remove(contest);
    if (!QFile::copy(templateContest, contest))
        qFatal("copy failed");
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--child"), contest, sheet});
    if (!child.waitForFinished(600000) || child.exitCode() != 0)
        qFatal("child failed for %s", qPrintable(label));
    const QStringList fields = QString::fromUtf8(child.readAllStandardOutput())
                                   .split(QLatin1Char('\n'))
                                   .filter(QStringLiteral("RESULT "))
                                   .value(0)
                                   .split(QLatin1Char(' '));
    if (fields.size() < 10)
        qFatal("no result for %s", qPrintable(label));
    out << label.leftJustified(12)
        << QStringLiteral("%1 MB")
               .arg(QFileInfo(sheet).size() / 1048576.0, 0, 'f', 1)
               .rightJustified(10)
        << QStringLiteral("%1 s").arg(fields.at(1).toDouble(), 0, 'f', 2).rightJustified(10)
        << QStringLiteral("%1 MB")
               .arg(fields.at(9).toDouble() / 1024.0, 0, 'f', 0)
               .rightJustified(10)
        << QStringLiteral("%1 MB")
               .arg(fields.at(8).toDouble() / 1024.0, 0, 'f', 0)
               .rightJustified(10)
        << QStringLiteral(
               "   read %1, imported %2, rejected %3, duplicates %4, unmatched %5, answers %6")
               .arg(fields.at(2), fields.at(3), fields.at(4), fields.at(5), fields.at(6),
                    fields.at(7))
        << Qt::endl;

    // `check` recomputes every total from the raw answers.
    Database database;
    if (database.open(contest, Database::Mode::ReadOnly)) {
        QElapsedTimer timer;
        timer.start();
        const QStringList problems = IntegrityChecker(database).problems();
        out << QStringLiteral("            check: %1 problem(s), %2 s")
                   .arg(problems.size())
                   .arg(timer.nsecsElapsed() / 1e9, 0, 'f', 2)
            << Qt::endl;
        database.close();
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() == 4 && args.at(1) == u"--child")
        return childImport(args.at(2), args.at(3));
#ifdef AKIM_HAVE_XLSXWRITER
    if (args.size() == 5 && args.at(1) == u"--write-xlsx") {
        Database database;
        if (!database.open(args.at(2), Database::Mode::ReadOnly))
            qFatal("open: %s", qPrintable(database.errorString()));
        const QVector<NomineeRow> rows = NomineeRepository(database.connection()).rows();
        const QStringList header = headerTexts(CriterionRepository(database.connection()).all());
        database.close();
        writeXlsx(args.at(3), header, rows, args.at(4).toLongLong());
        return 0;
    }
#endif

    const qint64 responses = qEnvironmentVariableIntValue("AKIM_BENCH_RESPONSES") > 0
                                 ? qEnvironmentVariableIntValue("AKIM_BENCH_RESPONSES")
                                 : 200000;
    // AKIM_BENCH_DIR keeps the generated files there, for profiling a child by hand.
    QTemporaryDir dir(qEnvironmentVariable("AKIM_BENCH_DIR").isEmpty()
                          ? QDir::tempPath() + QStringLiteral("/bench_surveyimport-XXXXXX")
                          : qEnvironmentVariable("AKIM_BENCH_DIR") + QStringLiteral("/run-XXXXXX"));
    dir.setAutoRemove(qEnvironmentVariable("AKIM_BENCH_DIR").isEmpty());
    const QString contest = dir.filePath(QStringLiteral("demo.akc"));
    QVector<NomineeRow> nominees;
    QVector<Criterion> criteria;
    {
        ContestDocument document;
        if (!document.create(contest))
            qFatal("create: %s", qPrintable(document.errorString()));
        const QString error = demo::DemoGenerator::generate(document, demo::DemoOptions{});
        if (!error.isEmpty())
            qFatal("demo: %s", qPrintable(error));
        nominees = document.nominees().rows();
        criteria = document.criteria().all();
    }
    const QStringList header = headerTexts(criteria);

    QElapsedTimer timer;
    timer.start();
    const QString csv = dir.filePath(QStringLiteral("survey.csv"));
    writeCsv(csv, header, nominees, responses);
    const QString csvSmall = dir.filePath(QStringLiteral("survey-quarter.csv"));
    writeCsv(csvSmall, header, nominees, responses / 4);
    out << "survey import: " << responses << " responses over " << nominees.size()
        << " nominees, 6 Likert questions (text answers), timestamp, free text" << Qt::endl;
    out << QStringLiteral("generated the CSVs in %1 s").arg(timer.nsecsElapsed() / 1e9, 0, 'f', 2)
        << Qt::endl;
#ifdef AKIM_HAVE_XLSXWRITER
    // libxlsxwriter calls the system minizip's zipOpen… functions, and QuaZip (linked here for
    // the readers) exports its own, incompatible ones under the same names, which win: the
    // writer crashes. So the XLSX is written by a child with the system minizip preloaded; that
    // child never reads a zip itself.
    timer.restart();
    const QString xlsx = dir.filePath(QStringLiteral("survey.xlsx"));
    QProcess writer;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LD_PRELOAD"), QStringLiteral("libminizip.so.1"));
    writer.setProcessEnvironment(env);
    writer.setProcessChannelMode(QProcess::ForwardedChannels);
    writer.start(QCoreApplication::applicationFilePath(),
                 {QStringLiteral("--write-xlsx"), contest, xlsx, QString::number(responses)});
    if (!writer.waitForFinished(600000) || writer.exitStatus() != QProcess::NormalExit ||
        writer.exitCode() != 0)
        qFatal("writing the XLSX failed");
    out << QStringLiteral("generated the XLSX (libxlsxwriter, shared strings) in %1 s")
               .arg(timer.nsecsElapsed() / 1e9, 0, 'f', 2)
        << Qt::endl;
#endif
    // The generated files (110 MB) are still being written back to the disk; an import's
    // fsync at its commit would wait behind that writeback and measure the generator, not the
    // import. A secretary's export was saved long before it is imported.
    ::sync();
    out << "file          size      import   peak RSS   (before)" << Qt::endl;
    runChild(QStringLiteral("CSV"), contest, csv, dir);
    runChild(QStringLiteral("CSV-quarter"), contest, csvSmall, dir);
#ifdef AKIM_HAVE_XLSXWRITER
    runChild(QStringLiteral("XLSX"), contest, xlsx, dir);
#else
    out << "XLSX: skipped (built without libxlsxwriter)" << Qt::endl;
#endif
    out << "goals: XLSX < 2 s, CSV < 1 s, peak RSS < 200 MB, flat as the file grows" << Qt::endl;
    return 0;
}

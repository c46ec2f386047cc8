// The survey import report (issue 6): four exports of tests/data/import imported through the
// real SurveyImporter (the citizens' survey as Google Forms CSV, as an Excel cp1251 CSV of two
// regions and as xlsx, which is then undone; the ethics questionnaire), the report read back
// from its PDF with QtPdf: every file with its SHA-256 and row counts, who imported it, the
// undone one marked and left out of the totals, the responses per nominee against the minimum
// sample, a region's report limited to that region, Kazakh letters, "Page X of Y", fonts
// embedded, and the text of the English report against a golden file.
#include "pdftext.h"
#include "report/importreportdocument.h"
#include "report/pdfoutput.h"
#include "report/reportfactory.h"
#include "storage/surveyrepository.h"
#include "survey/headerguess.h"
#include "survey/surveyimporter.h"
#include "surveyfixture.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QtTest>

using namespace akim;
using namespace akim::report;

namespace {

// The text of the PDF without any white space: a hash printed in groups reads as one.
QString squeezed(const QString &text)
{
    return QString(text).remove(QRegularExpression(QStringLiteral("\\s+")));
}

} // namespace

class TestImportReportDocument : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsEveryImport();
    void undoneImportIsMarked();
    void responsesPerNominee();
    void regionScope();
    void kazakhLettersAndPages();
    void layoutMatchesGolden();
    void missingRegionGivesError();

private:
    qint64 import(const QString &file, survey::SurveyKind kind, const QString &sheet = {});
    QString writeReport(qint64 regionId, const QString &language, const QString &name);

    std::unique_ptr<test::TemporaryContest> m_contest;
    test::SurveyFixture m_n;
    qint64 m_forms = 0;
    qint64 m_xlsx = 0;
};

qint64 TestImportReportDocument::import(const QString &file, survey::SurveyKind kind,
                                        const QString &sheet)
{
    ContestDocument &doc = m_contest->document();
    survey::ImportOptions options;
    options.filePath = test::SurveyFixture::data(file);
    options.userName = QStringLiteral("secretary");
    QString error;
    if (kind == survey::SurveyKind::Ethics) {
        QFile mapping(test::SurveyFixture::data(QStringLiteral("ethics-mapping.json")));
        if (!mapping.open(QIODevice::ReadOnly) ||
            !survey::ImportMapping::fromJson(QJsonDocument::fromJson(mapping.readAll()).object(),
                                             &options.mapping, &error))
            return 0;
    } else {
        // The mapping the import wizard guesses.
        survey::ReadError readError;
        const std::unique_ptr<survey::SheetReader> reader =
            survey::SheetReader::open(options.filePath, &readError);
        if (!reader)
            return 0;
        if (!sheet.isEmpty())
            reader->selectSheet(sheet);
        QVector<QVector<QVariant>> sample;
        QVector<QVariant> cells;
        while (sample.size() < survey::HeaderGuess::kSampleRows && reader->readRow(cells))
            sample.append(cells);
        const survey::HeaderGuess header = survey::HeaderGuess::guess(sample);
        options.mapping = survey::ImportMapping::guess(header.columns, doc.criteria().all(), kind,
                                                       sample.mid(header.firstDataRow))
                              .mapping;
        options.mapping.headerRows = header.headerRows;
        options.mapping.firstDataRow = header.firstDataRow;
        options.mapping.sheet = sheet;
    }
    survey::SurveyImporter importer(doc.database().connection());
    const survey::ImportSummary summary = importer.run(options, {}, &error);
    if (!summary.committed)
        qWarning("%s", qPrintable(error));
    return summary.importId;
}

void TestImportReportDocument::initTestCase()
{
    test::isolateSettings();
    m_contest = std::make_unique<test::TemporaryContest>();
    QVERIFY2(m_contest->isValid(), qPrintable(m_contest->errorString()));
    QVERIFY(test::rawSql(m_contest->path(), {QStringLiteral("UPDATE contest SET year = 2020")}));
    QVERIFY(m_n.populate(*m_contest));
    m_forms = import(QStringLiteral("googleforms.csv"), survey::SurveyKind::Population);
    QVERIFY(m_forms);
    QVERIFY(import(QStringLiteral("ethics.csv"), survey::SurveyKind::Ethics));
    QVERIFY(import(QStringLiteral("excel-cp1251.csv"), survey::SurveyKind::Population));
    m_xlsx = import(QStringLiteral("survey.xlsx"), survey::SurveyKind::Population,
                    QStringLiteral("Ответы на форму (1)"));
    QVERIFY(m_xlsx);
    survey::SurveyImporter importer(m_contest->document().database().connection());
    QCOMPARE(importer.undoImport(m_xlsx, QStringLiteral("chair")), QString());
    // Times of one day, so that the golden file holds still (the tests run in UTC).
    QVERIFY(test::rawSql(
        m_contest->path(),
        {QStringLiteral("UPDATE survey_import SET imported_at = '2020-07-0' || id || "
                        "'T09:30:00.000Z'"),
         QStringLiteral("UPDATE survey_import SET undone_at = '2020-07-10T12:00:00.000Z' WHERE "
                        "undone_at IS NOT NULL")}));
}

QString TestImportReportDocument::writeReport(qint64 regionId, const QString &language,
                                              const QString &name)
{
    ReportRequest request;
    request.kind = ReportKind::ImportReport;
    request.regionId = regionId;
    request.language = language;
    return test::writeReport(m_contest->document(), request, m_contest->filePath(name));
}

void TestImportReportDocument::listsEveryImport()
{
    const QString text =
        test::pdfPages(writeReport(0, QStringLiteral("en"), QStringLiteral("all.pdf")))
            .join(QLatin1Char('\n'));
    QVERIFY(!text.isEmpty());
    const QVector<SurveyImportRecord> records =
        SurveyRepository(m_contest->document().database().connection()).imports();
    QCOMPARE(records.size(), 4);
    for (const SurveyImportRecord &r : records) {
        QCOMPARE(int(text.count(r.fileName)), 1);
        QVERIFY2(squeezed(text).contains(r.sha256), qPrintable(r.fileName));
    }
    // googleforms.csv: 14 read, 6 imported, 6 rejected (3 of them without a nominee), 2
    // duplicates; by the secretary.
    QVERIFY2(text.contains(QRegularExpression(
                 QStringLiteral("googleforms\\.csv[^\\n]*\\n(?:.*\\n){0,12}?.*secretary\\s+14\\s+"
                                "6\\s+6\\s+no nominee: 3\\s+2"))),
             qPrintable(text));
    QVERIFY(text.contains(QLatin1String("several regions"))); // excel-cp1251.csv
    QVERIFY(text.contains(QLatin1String("Ethics questionnaire")));
    // Where the rejected rows went.
    QVERIFY(text.simplified().contains(QLatin1String("Rejected rows themselves are not stored")));
}

void TestImportReportDocument::undoneImportIsMarked()
{
    const QString text =
        test::pdfPages(writeReport(0, QStringLiteral("en"), QStringLiteral("undone.pdf")))
            .join(QLatin1Char(' '))
            .simplified();
    const SurveyImportRecord xlsx =
        SurveyRepository(m_contest->document().database().connection()).importRecord(m_xlsx);
    QVERIFY(xlsx.isUndone());
    QCOMPARE(int(text.count(QLatin1String("undone: no longer counts"))), 1);
    QVERIFY(text.contains(QLatin1String("10.07.2020 12:00 undone: no longer counts")));
    // The totals of the citizens' survey leave the undone import out: googleforms.csv and
    // excel-cp1251.csv, 14 + 6 read, 6 + 5 imported, 6 + 1 rejected, 3 + 0 unmatched, 2 + 0
    // duplicates.
    QVERIFY2(text.contains(QRegularExpression(
                 QStringLiteral("Σ\\s+Citizens' survey\\s+imports in force: 2\\s+20\\s+11\\s+7\\s+"
                                "no nominee: 3\\s+2"))),
             qPrintable(text));
    QVERIFY(text.contains(QRegularExpression(
        QStringLiteral("Σ\\s+Ethics questionnaire\\s+imports in force: 1\\s+4\\s+4\\s+0\\s+0"))));
}

void TestImportReportDocument::responsesPerNominee()
{
    const QString text =
        test::pdfPages(writeReport(0, QStringLiteral("en"), QStringLiteral("nominees.pdf")))
            .join(QLatin1Char('\n'));
    const QSqlDatabase db = m_contest->document().database().connection();
    QVERIFY(text.contains(QLatin1String("Fewer than 30 citizens' responses")));
    // Each nominee with the responses that count now (the undone import's are gone).
    for (const NomineeRow &row : m_contest->document().nominees().rows()) {
        const auto count = [&](const char *kind) {
            return sql::scalar(db,
                               QStringLiteral("SELECT COUNT(*) FROM survey_response WHERE "
                                              "nominee_id = ? AND kind = ?"),
                               {row.nominee.id, QLatin1String(kind)})
                .toLongLong();
        };
        const QRegularExpression line(QRegularExpression::escape(row.nominee.fullName) +
                                      QStringLiteral("\\s+[^\\n]*\\n?[^\\n]*?\\s*%1\\s+%2\\s+")
                                          .arg(count("population"))
                                          .arg(count("ethics")));
        QVERIFY2(text.contains(line), qPrintable(row.nominee.fullName));
    }
    // Жосалы: three citizens' responses of googleforms.csv and one of excel-cp1251.csv (those of
    // the undone survey.xlsx no longer count), three ethics ones: below the minimum sample.
    QVERIFY(text.simplified().contains(
        QStringLiteral("Ахметов Болат Жосалы, Кармакшинский район 4 3 insufficient sample")));
}

void TestImportReportDocument::regionScope()
{
    const qint64 akmola = m_contest->regionId(QStringLiteral("акмол"));
    const QString text =
        test::pdfPages(writeReport(akmola, QStringLiteral("en"), QStringLiteral("akmola.pdf")))
            .join(QLatin1Char('\n'));
    // Only the file that held Akmola's responses (with another region's), and Akmola's nominee.
    QVERIFY(text.contains(QLatin1String("excel-cp1251.csv")));
    QVERIFY(!text.contains(QLatin1String("googleforms.csv")));
    QVERIFY(!text.contains(QLatin1String("ethics.csv")));
    QVERIFY(text.contains(QLatin1String("its counts cover them all")));
    QVERIFY(text.contains(QStringLiteral("Иванов Пётр")));
    QVERIFY(!text.contains(QStringLiteral("Ахметов Болат")));
}

void TestImportReportDocument::kazakhLettersAndPages()
{
    const QString path = writeReport(0, QStringLiteral("kk"), QStringLiteral("kk.pdf"));
    const QStringList pages = test::pdfPages(path);
    QVERIFY(!pages.isEmpty());
    const QString text = pages.join(QLatin1Char('\n'));
    QVERIFY2(text.contains(QStringLiteral("Қызылорда облысы")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Әдеп сауалнамасы")));
    const ReportLanguage kk(QStringLiteral("kk"));
    const QString pageOf = kk.translate("akim::report::BlankBallotRenderer", "Page %1 of %2");
    for (int p = 0; p < pages.size(); ++p)
        QVERIFY2(pages.at(p).contains(pageOf.arg(p + 1).arg(pages.size())),
                 qPrintable(pages.at(p)));
    QString error;
    const QStringList fonts = test::pdfFonts(path, &error);
    if (fonts.isEmpty() && !error.isEmpty())
        QSKIP(qPrintable(error));
    for (const QString &font : fonts)
        QVERIFY2(font.endsWith(QLatin1String(" yes")), qPrintable(font));
}

void TestImportReportDocument::layoutMatchesGolden()
{
    ReportRequest request;
    request.kind = ReportKind::ImportReport;
    request.language = QStringLiteral("en");
    QString error;
    const std::unique_ptr<ReportDocument> loaded =
        ImportReportDocument::load(m_contest->document(), request, &error);
    QVERIFY2(loaded, qPrintable(error));
    const QString actual = static_cast<const ImportReportDocument &>(*loaded).dump();
    const QString mismatch = test::goldenMismatch(
        actual, QStringLiteral(AKIM_TEST_DATA_DIR "/report/import-report-en.txt"));
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
}

void TestImportReportDocument::missingRegionGivesError()
{
    ReportRequest request;
    request.kind = ReportKind::ImportReport;
    request.regionId = 999999;
    QString error;
    QVERIFY(!ReportFactory::load(m_contest->document(), request, &error));
    QVERIFY2(error.contains(QLatin1String("no such region")), qPrintable(error));
}

QTEST_MAIN(TestImportReportDocument)
#include "tst_importreportdocument.moc"

// Rankings exported as XLSX and CSV, read back with the program's own readers: the header, every
// nominee in place order with the engine's unrounded numbers, Kazakh letters, the frozen header,
// the CSV's BOM, ';', CRLF and decimal separator, and that a failed or cancelled export leaves
// nothing behind and an existing file as it was.
#include "report/rankingexport.h"
#include "report/reportlanguage.h"
#include "scoring/rankingengine.h"
#include "scoringfixture.h"
#include "survey/csvreader.h"
#include "survey/xlsxreader.h"
#include "survey/zipaccess.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

using namespace akim;
using namespace akim::scoring;
using report::RankingExport;
using report::ReportLanguage;

namespace {

using Rows = QVector<QVector<QVariant>>;

const QString kLetters = QStringLiteral("әғқңөұүһі");

// Two regions with Kazakh names; region 1: nominee 3 (86.5625) ahead of 1 (71.75) and 2
// (61.333…, small sample, ethics below the gate); region 2: 4 (69.75) ahead of 5 (64.75).
// Stage II: 4 (R1 90) ahead of 3 (R1 80).
struct Contest
{
    Methodology methodology;
    ScoringInput input;
};

Contest contest()
{
    Contest c;
    c.methodology = test::ScoringBuilder::methodology({"S1", "S2", "E1", "K1", "K2", "R1"});
    for (Criterion &criterion : c.methodology.criteria) {
        criterion.titleEn = QStringLiteral("Title ") + criterion.code;
        criterion.titleRu = QStringLiteral("Критерий ") + criterion.code;
        criterion.titleKk = QStringLiteral("Өлшем ") + criterion.code;
    }
    test::ScoringBuilder b;
    b.useCriteria(c.methodology);
    b.region(1, QStringLiteral("Абайская область"));
    b.input.regions[0].nameKk = QStringLiteral("Абай облысы");
    b.region(2, QStringLiteral("Северо-Казахстанская область"));
    b.input.regions[1].nameKk = QStringLiteral("Солтүстік Қазақстан облысы");
    const QVector<qint64> one = b.members(11, 5, 1);
    const QVector<qint64> two = b.members(21, 5, 2);
    const QVector<qint64> republic = b.members(101, 5, 0);
    const auto add = [&b](qint64 id, qint64 region, const char *name, const char *okrugKk) {
        b.nominee(id, region, QString::fromUtf8(name));
        b.nomineeRef(id).okrugKk = QString::fromUtf8(okrugKk);
        b.nomineeRef(id).districtKk = QStringLiteral("Аягөз ауданы");
    };
    add(1, 1, "Сәуле Ғабитқызы Қоңырбаева", "Ақшәулі ауылдық округі");
    add(2, 1, "Өмірзақ Ұлықбекұлы Төлеуов", "Мәдениет ауылдық округі");
    add(3, 1, "Шаһизада Әбдіғаниқызы Жүсіпова", "Үржар ауылдық округі");
    add(4, 2, "Ерлан Нұрланұлы Ахметов", "Қызылжар ауылдық округі");
    add(5, 2, "Дәурен \"Серік\"; Серікұлы", "Бейнеу ауылдық округі");

    b.scores(one, 1, QStringLiteral("K1"), {6, 7, 8, 9, 10});
    b.scores(one, 1, QStringLiteral("K2"), {5, 7, 6, 5, 7});
    b.survey(1, QStringLiteral("S1"), 40, 160);
    b.survey(1, QStringLiteral("S2"), 40, 120);
    b.survey(1, QStringLiteral("E1"), 10, 9);
    b.responses(1, 40, 10);
    b.scores(one, 2, QStringLiteral("K1"), {4, 4, 5});
    b.abstain(14, 2, QStringLiteral("K1"));
    b.recuse(15, 2, QStringLiteral("K1"));
    b.scores(one, 2, QStringLiteral("K2"), {8, 8, 8, 8, 8});
    b.survey(2, QStringLiteral("S1"), 10, 50);
    b.survey(2, QStringLiteral("S2"), 10, 30);
    b.survey(2, QStringLiteral("E1"), 5, 2);
    b.responses(2, 10, 5);
    b.scores(one, 3, QStringLiteral("K1"), {9, 9, 9, 9, 9});
    b.scores(one, 3, QStringLiteral("K2"), {9, 9, 9, 9, 9});
    b.survey(3, QStringLiteral("S1"), 40, 170);
    b.survey(3, QStringLiteral("S2"), 40, 140);
    b.survey(3, QStringLiteral("E1"), 10, 10);
    b.responses(3, 40, 10);
    for (const qint64 id : {4, 5}) {
        const double points = id == 4 ? 7 : 6;
        b.scores(two, id, QStringLiteral("K1"), {points, points, points, points, points});
        b.scores(two, id, QStringLiteral("K2"), {points, points, points, points, points});
        b.survey(id, QStringLiteral("S1"), 30, 120);
        b.survey(id, QStringLiteral("S2"), 30, 90);
        b.survey(id, QStringLiteral("E1"), 10, 8);
        b.responses(id, 30, 10);
    }
    b.scores(republic, 3, QStringLiteral("R1"), {7, 8, 9, 8, 8});
    b.scores(republic, 4, QStringLiteral("R1"), {9, 9, 9, 9, 9});
    c.input = b.input;
    return c;
}

Rows readXlsx(const QString &path, const QString &sheet = {}, QStringList *sheets = nullptr)
{
    survey::ReadError error;
    const std::unique_ptr<survey::XlsxReader> reader = survey::XlsxReader::open(path, {}, &error);
    if (!reader) {
        qWarning("%s", qPrintable(error.toString()));
        return {};
    }
    if (sheets)
        *sheets = reader->sheetNames();
    if (!sheet.isEmpty() && !reader->selectSheet(sheet))
        return {};
    Rows rows;
    QVector<QVariant> cells;
    while (reader->readRow(cells))
        rows << cells;
    return rows;
}

QByteArray zipMember(const QString &path, const QString &member)
{
    survey::ZipArchive zip;
    if (!zip.open(path))
        return {};
    QByteArray data;
    QString error;
    zip.readAll(zip.findMember(member), 16 * 1024 * 1024, &data, &error);
    return data;
}

int headerRow(const Rows &rows)
{
    for (int i = 0; i < rows.size(); ++i) {
        if (!rows.at(i).isEmpty() && rows.at(i).first() == QStringLiteral("Place"))
            return i;
    }
    return -1;
}

QStringList texts(const QVector<QVariant> &cells)
{
    QStringList list;
    for (const QVariant &cell : cells)
        list << cell.toString();
    return list;
}

QStringList stageOneHeader()
{
    return {QStringLiteral("Place"),
            QStringLiteral("Nominee"),
            QStringLiteral("Region"),
            QStringLiteral("District"),
            QStringLiteral("Rural okrug"),
            QStringLiteral("Survey index"),
            QStringLiteral("Ethics index"),
            QStringLiteral("Commission index"),
            QStringLiteral("S1. Title S1 (index, 0–100)"),
            QStringLiteral("S2. Title S2 (index, 0–100)"),
            QStringLiteral("E1. Title E1 (index, 0–100)"),
            QStringLiteral("K1. Title K1 (points, 0–10)"),
            QStringLiteral("K2. Title K2 (points, 0–10)"),
            QStringLiteral("Survey responses"),
            QStringLiteral("Ethics responses"),
            QStringLiteral("Total"),
            QStringLiteral("Advances"),
            QStringLiteral("Notes")};
}

// The nominees of `ranking` in one region, in the engine's (place) order.
QVector<const NomineeResult *> inRegion(const Ranking &ranking, qint64 regionId)
{
    QVector<const NomineeResult *> list;
    for (const NomineeResult &n : ranking.nominees) {
        if (n.regionId == regionId)
            list << &n;
    }
    return list;
}

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

class TestRankingExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void xlsxStageOneSheetPerRegion();
    void xlsxStageTwo();
    void xlsxKazakh();
    void xlsxFrozenHeaderFormatsAndProperties();
    void csvStageOne();
    void csvDecimalSeparatorFollowsLanguage();
    void emptyRanking();
    void failedWriteLeavesNothing_data();
    void failedWriteLeavesNothing();
    void cancelKeepsTheExistingFile_data();
    void cancelKeepsTheExistingFile();
    void readOnlyFolder();
    void namesAndFormats();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    Contest m_contest;
    Ranking m_regional;
    Ranking m_national;
    report::RankingExportCaption m_caption;
};

void TestRankingExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // AKIM_KEEP_EXPORTS=1 keeps the files written, for the people who check the layout by eye.
    if (qEnvironmentVariableIsSet("AKIM_KEEP_EXPORTS")) {
        m_dir.setAutoRemove(false);
        qInfo("exports kept in %s", qPrintable(m_dir.path()));
    }
    QString why;
    QVERIFY2(RankingExport::xlsxAvailable(&why), qPrintable(why));
    m_contest = contest();
    m_regional = RankingEngine::rank(m_contest.input, m_contest.methodology, StageKind::Regional);
    m_national = RankingEngine::rank(m_contest.input, m_contest.methodology, StageKind::National);
    QCOMPARE(m_regional.nominees.size(), 5);
    QCOMPARE(m_national.nominees.size(), 2);
    m_caption.contestRu = QStringLiteral("Лучший сельский аким 2020");
    m_caption.contestKk = QStringLiteral("Үздік ауыл әкімі 2020");
    m_caption.computedAt = QDateTime(QDate(2020, 7, 1), QTime(10, 0), Qt::UTC);
    Finalisation f;
    f.stage = StageKind::National;
    f.finalisedAt = QStringLiteral("2020-07-02T09:30:00.000Z");
    f.finalisedBy = QStringLiteral("chair");
    f.rankingSha256 = QString(64, QLatin1Char('a'));
    m_caption.finalisations << f;
    // The fixture's names hold every Kazakh letter, so that losing one shows.
    QString names;
    for (const NomineeResult &n : m_regional.nominees)
        names += n.name;
    for (const QChar letter : kLetters)
        QVERIFY2(names.contains(letter), qPrintable(QString(letter)));
}

void TestRankingExport::xlsxStageOneSheetPerRegion()
{
    const QString file = path(QStringLiteral("stage1.xlsx"));
    QCOMPARE(RankingExport::writeXlsx(m_regional, m_contest.methodology,
                                      ReportLanguage(QStringLiteral("en")), file, m_caption),
             QString());
    QStringList sheets;
    readXlsx(file, {}, &sheets);
    // English documents use the official Russian names, as the interface does.
    QCOMPARE(sheets, (QStringList{QStringLiteral("Абайская область"),
                                  QStringLiteral("Северо-Казахстанская область")}));

    for (const qint64 regionId : {1, 2}) {
        const Rows rows = readXlsx(file, sheets.at(int(regionId) - 1));
        const int header = headerRow(rows);
        QCOMPARE(header, 4); // contest, ranking, status, a blank row
        QCOMPARE(rows.at(0).value(0).toString(), m_caption.contestRu);
        QCOMPARE(rows.at(1).value(0).toString(),
                 QStringLiteral("Ranking: stage I (regional), ") + sheets.at(int(regionId) - 1));
        const QString status = rows.at(2).value(0).toString();
        QVERIFY2(status.startsWith(QStringLiteral("Computed ")) &&
                     status.endsWith(QStringLiteral("Not finalised.")),
                 qPrintable(status));
        QCOMPARE(texts(rows.at(header)), stageOneHeader());

        const QVector<const NomineeResult *> expected = inRegion(m_regional, regionId);
        QCOMPARE(rows.size(), header + 1 + expected.size());
        for (int i = 0; i < expected.size(); ++i) {
            const NomineeResult &n = *expected.at(i);
            const QVector<QVariant> &row = rows.at(header + 1 + i);
            QCOMPARE(row.value(0), QVariant(double(n.place))); // numbers, not text
            QCOMPARE(row.value(1).toString(), n.name);
            QCOMPARE(row.value(2).toString(), n.regionRu);
            QCOMPARE(row.value(4).toString(), n.okrugRu);
            // Stored unrounded: the number read back is the engine's double itself.
            QCOMPARE(row.value(15).toDouble(), n.total);
            QCOMPARE(row.value(5).toDouble(), n.components.survey);
            QCOMPARE(row.value(7).toDouble(), n.components.commission);
            QCOMPARE(row.value(11).toDouble(), n.criteria.at(3).value); // K1 in points
            QCOMPARE(row.value(13), QVariant(double(n.surveyResponses)));
            QCOMPARE(row.value(16).toString(),
                     n.advances ? QStringLiteral("yes") : QStringLiteral("no"));
        }
    }
    // Region 1 in place order, the small sample in words.
    const Rows rows = readXlsx(file, sheets.first());
    QCOMPARE(rows.at(5).value(1).toString(), QStringLiteral("Шаһизада Әбдіғаниқызы Жүсіпова"));
    QCOMPARE(rows.at(5).value(15).toDouble(), 86.5625);
    QCOMPARE(rows.at(6).value(15).toDouble(), 71.75);
    QCOMPARE(rows.at(7).value(15).toDouble(),
             0.3 * 75 + 0.2 * 40 + 0.5 * (100.0 * (13.0 / 3 + 8) / 20));
    const QString notes = rows.at(7).value(17).toString();
    QVERIFY2(notes.contains(QStringLiteral("insufficient survey sample")) &&
                 notes.contains(QStringLiteral("ethics index below the gate")),
             qPrintable(notes));
}

void TestRankingExport::xlsxStageTwo()
{
    const QString file = path(QStringLiteral("stage2.xlsx"));
    QCOMPARE(RankingExport::writeXlsx(m_national, m_contest.methodology,
                                      ReportLanguage(QStringLiteral("en")), file, m_caption),
             QString());
    QStringList sheets;
    const Rows rows = readXlsx(file, {}, &sheets);
    QCOMPARE(sheets, QStringList{QStringLiteral("Stage II")});
    QCOMPARE(rows.at(1).value(0).toString(), QStringLiteral("Ranking: stage II (republican)"));
    const QString status = rows.at(2).value(0).toString();
    QVERIFY2(status.contains(QStringLiteral("Finalised ")) &&
                 status.contains(QStringLiteral(" by chair; ranking SHA-256 ") +
                                 QString(64, QLatin1Char('a'))),
             qPrintable(status));
    const int header = headerRow(rows);
    QCOMPARE(
        texts(rows.at(header)),
        (QStringList{QStringLiteral("Place"), QStringLiteral("Nominee"), QStringLiteral("Region"),
                     QStringLiteral("District"), QStringLiteral("Rural okrug"),
                     QStringLiteral("Commission index"), QStringLiteral("Stage I total"),
                     QStringLiteral("R1. Title R1 (points, 0–10)"),
                     QStringLiteral("Survey responses"), QStringLiteral("Ethics responses"),
                     QStringLiteral("Total"), QStringLiteral("Notes")}));
    QCOMPARE(rows.size(), header + 3);
    QCOMPARE(rows.at(header + 1).value(1).toString(), m_national.nominees.at(0).name);
    QCOMPARE(m_national.nominees.at(0).nomineeId, qint64(4));
    QCOMPARE(rows.at(header + 1).value(10).toDouble(), 90.0);
    QCOMPARE(rows.at(header + 2).value(10).toDouble(), 80.0);
    QCOMPARE(rows.at(header + 2).value(6).toDouble(),
             m_national.nominees.at(1).components.stage1Total);
}

void TestRankingExport::xlsxKazakh()
{
    const QString file = path(QStringLiteral("kk.xlsx"));
    QCOMPARE(RankingExport::writeXlsx(m_regional, m_contest.methodology,
                                      ReportLanguage(QStringLiteral("kk")), file, m_caption),
             QString());
    QStringList sheets;
    readXlsx(file, {}, &sheets);
    QCOMPARE(sheets, (QStringList{QStringLiteral("Абай облысы"),
                                  QStringLiteral("Солтүстік Қазақстан облысы")}));
    const Rows rows = readXlsx(file, sheets.first());
    QCOMPARE(rows.at(0).value(0).toString(), QStringLiteral("Үздік ауыл әкімі 2020"));
    const int header = headerRow(rows) >= 0 ? headerRow(rows) : 4; // headers may be translated
    QString text;
    const QVector<const NomineeResult *> expected = inRegion(m_regional, 1);
    for (int i = 0; i < expected.size(); ++i) {
        const QVector<QVariant> &row = rows.at(header + 1 + i);
        QCOMPARE(row.value(1).toString(), expected.at(i)->name);
        QCOMPARE(row.value(2).toString(), QStringLiteral("Абай облысы"));
        QCOMPARE(row.value(3).toString(), QStringLiteral("Аягөз ауданы"));
        QCOMPARE(row.value(4).toString(), expected.at(i)->okrugKk);
        text += row.value(1).toString();
    }
    for (const QChar letter : kLetters)
        QVERIFY2(text.contains(letter), qPrintable(QString(letter)));
}

void TestRankingExport::xlsxFrozenHeaderFormatsAndProperties()
{
    Methodology methodology = m_contest.methodology;
    methodology.displayDecimals = 3;
    const QString file = path(QStringLiteral("layout.xlsx"));
    QCOMPARE(RankingExport::writeXlsx(m_national, methodology, ReportLanguage(QStringLiteral("en")),
                                      file, m_caption),
             QString());
    const QString sheet =
        QString::fromUtf8(zipMember(file, QStringLiteral("xl/worksheets/sheet1.xml")));
    // Header in row 5: frozen below it, and with the place and the name.
    const QRegularExpression pane(QStringLiteral("<pane [^>]*state=\"frozen\"[^>]*/>"));
    const QRegularExpressionMatch frozen = pane.match(sheet);
    QVERIFY2(frozen.hasMatch(), qPrintable(sheet.left(800)));
    QVERIFY(frozen.captured().contains(QStringLiteral("ySplit=\"5\"")));
    QVERIFY(frozen.captured().contains(QStringLiteral("xSplit=\"2\"")));
    QVERIFY2(sheet.contains(QStringLiteral("<autoFilter ref=\"A5:L7\"")), qPrintable(sheet));
    const QString styles = QString::fromUtf8(zipMember(file, QStringLiteral("xl/styles.xml")));
    QVERIFY2(styles.contains(QStringLiteral("formatCode=\"0.000\"")), qPrintable(styles));
    const QString core = QString::fromUtf8(zipMember(file, QStringLiteral("docProps/core.xml")));
    QVERIFY2(core.contains(QStringLiteral("<dc:creator>Akim Contest</dc:creator>")),
             qPrintable(core));
    QVERIFY2(core.contains(QStringLiteral("<dc:title>Ranking – stage II</dc:title>")),
             qPrintable(core));
}

void TestRankingExport::csvStageOne()
{
    const QString file = path(QStringLiteral("stage1.csv"));
    QCOMPARE(RankingExport::writeCsv(m_regional, m_contest.methodology,
                                     ReportLanguage(QStringLiteral("ru")), file),
             QString());
    QFile raw(file);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    const QByteArray bytes = raw.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(bytes.count("\r\n"), 1 + 5);
    QCOMPARE(bytes.count('\n'), 1 + 5); // no bare line feeds
    QVERIFY(bytes.endsWith("\r\n"));

    survey::ReadError error;
    const std::unique_ptr<survey::CsvReader> reader = survey::CsvReader::open(file, {}, {}, &error);
    QVERIFY2(reader, qPrintable(error.toString()));
    QVERIFY(reader->hadBom());
    QCOMPARE(reader->delimiter(), QLatin1Char(';'));
    QCOMPARE(reader->encoding(), QStringLiteral("UTF-8"));
    QVector<QVariant> cells;
    QVERIFY(reader->readRow(cells));
    QCOMPARE(cells.size(), stageOneHeader().size());
    for (const NomineeResult &n : m_regional.nominees) {
        QVERIFY(reader->readRow(cells));
        QCOMPARE(cells.value(0).toString(), QString::number(n.place));
        QCOMPARE(cells.value(1).toString(), n.name); // a ';' and quotes in one survive
        QCOMPARE(cells.value(2).toString(), n.regionRu);
        // Unrounded, with a decimal comma: the text reads back as the very same double.
        const QString total = cells.value(15).toString();
        QVERIFY2(!total.contains(QLatin1Char('.')), qPrintable(total));
        bool ok = false;
        QCOMPARE(QLocale(QLocale::Russian).toDouble(total, &ok), n.total);
        QVERIFY(ok);
        QCOMPARE(cells.value(13).toString(), QString::number(n.surveyResponses));
    }
    QVERIFY(!reader->readRow(cells));
    QVERIFY(!reader->error().isError());
}

void TestRankingExport::csvDecimalSeparatorFollowsLanguage()
{
    for (const char *code : {"en", "kk"}) {
        const QString file = path(QStringLiteral("decimal-%1.csv").arg(QLatin1String(code)));
        QCOMPARE(RankingExport::writeCsv(m_regional, m_contest.methodology,
                                         ReportLanguage(QLatin1String(code)), file),
                 QString());
        QFile raw(file);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = raw.readAll().split('\n');
        // Nominee 2's total, 61.333…, in the row of place 3 of region 1.
        const QList<QByteArray> fields = lines.at(3).trimmed().split(';');
        const QByteArray total = fields.at(15);
        QVERIFY2(total.startsWith(qstrcmp(code, "en") == 0 ? "61.333" : "61,333"),
                 total.constData());
    }
}

void TestRankingExport::emptyRanking()
{
    Ranking empty;
    const QString xlsx = path(QStringLiteral("empty.xlsx"));
    QCOMPARE(RankingExport::writeXlsx(empty, m_contest.methodology,
                                      ReportLanguage(QStringLiteral("en")), xlsx),
             QString());
    QStringList sheets;
    const Rows rows = readXlsx(xlsx, {}, &sheets);
    QCOMPARE(sheets, QStringList{QStringLiteral("Stage I")});
    QCOMPARE(headerRow(rows), rows.size() - 1);
    const QString csv = path(QStringLiteral("empty.csv"));
    QCOMPARE(RankingExport::writeCsv(empty, m_contest.methodology,
                                     ReportLanguage(QStringLiteral("en")), csv),
             QString());
    QFile raw(csv);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    QCOMPARE(raw.readAll().count("\r\n"), 1);
}

void TestRankingExport::failedWriteLeavesNothing_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::newRow("xlsx") << QStringLiteral("xlsx");
    QTest::newRow("csv") << QStringLiteral("csv");
}

void TestRankingExport::failedWriteLeavesNothing()
{
    QFETCH(QString, suffix);
    const QString missing = path(QStringLiteral("no-such-folder"));
    const QString file = missing + QStringLiteral("/ranking.") + suffix;
    report::RankingExportRequest request;
    request.ranking = m_regional;
    request.methodology = m_contest.methodology;
    request.outputPath = file;
    request.format = RankingExport::formatOf(file);
    const QString error = RankingExport::run(request);
    QVERIFY2(error.contains(QDir::toNativeSeparators(file)), qPrintable(error));
    QVERIFY(!QFileInfo::exists(missing));
}

void TestRankingExport::cancelKeepsTheExistingFile_data()
{
    failedWriteLeavesNothing_data();
}

void TestRankingExport::cancelKeepsTheExistingFile()
{
    QFETCH(QString, suffix);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("ranking.") + suffix);
    {
        QFile old(file);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("the old file");
    }
    report::RankingExportRequest request;
    request.ranking = m_regional;
    request.methodology = m_contest.methodology;
    request.outputPath = file;
    request.format = RankingExport::formatOf(file);
    int asked = 0;
    const QString error = RankingExport::run(request, [&asked](int, const QString &) {
        return ++asked < 2; // cancelled on the second report
    });
    QCOMPARE(error, QStringLiteral("Cancelled."));
    QFile old(file);
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("the old file"));
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("ranking.") + suffix});

    // And when it runs to the end, it replaces the file whole.
    QCOMPARE(RankingExport::run(request), QString());
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("ranking.") + suffix});
    QVERIFY(QFileInfo(file).size() > 100);
}

void TestRankingExport::readOnlyFolder()
{
    // Root writes into any folder it may read; /proc refuses even root a new file.
    QTemporaryDir dir;
    const bool root = ::geteuid() == 0;
    if (root && !QFileInfo(QStringLiteral("/proc/self")).isDir())
        QSKIP("running as root without /proc: no folder refuses a file");
    const QString folder = root ? QStringLiteral("/proc") : dir.path();
    if (!root)
        QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    const QStringList before = entries(folder);
    for (const QString &suffix : {QStringLiteral("xlsx"), QStringLiteral("csv")}) {
        const QString file = QDir(folder).filePath(QStringLiteral("ranking.") + suffix);
        report::RankingExportRequest request;
        request.ranking = m_regional;
        request.methodology = m_contest.methodology;
        request.outputPath = file;
        request.format = RankingExport::formatOf(file);
        const QString error = RankingExport::run(request);
        QVERIFY2(error.contains(QDir::toNativeSeparators(file)), qPrintable(error));
        QVERIFY(!QFileInfo::exists(file));
    }
    if (!root) {
        QCOMPARE(entries(folder), before);
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ExeOwner);
    }
}

void TestRankingExport::namesAndFormats()
{
    QCOMPARE(RankingExport::formatOf(QStringLiteral("/tmp/a.CSV")),
             report::RankingExportFormat::Csv);
    QCOMPARE(RankingExport::formatOf(QStringLiteral("/tmp/a.xlsx")),
             report::RankingExportFormat::Xlsx);
    const ReportLanguage en(QStringLiteral("en"));
    QCOMPARE(
        RankingExport::suggestedFileName(StageKind::Regional, QStringLiteral("Абай облысы"), en),
        QStringLiteral("Ranking – stage I – Абай облысы"));
    QCOMPARE(RankingExport::suggestedFileName(StageKind::Regional, {}, en),
             QStringLiteral("Ranking – stage I – all regions"));
    QCOMPARE(RankingExport::suggestedFileName(StageKind::National, {}, en),
             QStringLiteral("Ranking – stage II"));
    // Characters file systems refuse do not make it into the name.
    QCOMPARE(RankingExport::suggestedFileName(StageKind::Regional, QStringLiteral("A/B: C"), en),
             QStringLiteral("Ranking – stage I – A_B_ C"));
}

QTEST_GUILESS_MAIN(TestRankingExport)
#include "tst_rankingexport.moc"

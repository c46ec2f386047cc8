#include "services/integritychecker.h"
#include "storage/auditlog.h"
#include "storage/surveyrepository.h"
#include "survey/headerguess.h"
#include "survey/surveyimporter.h"
#include "surveyfixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

#include <memory>

using namespace akim;
using namespace akim::survey;
using test::SurveyFixture;

class TestSurveyImporter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void googleFormsCsv();
    void googleFormsPrivacy();
    void cp1251Csv();
    void xlsxSecondSheet();
    void ethics();
    void resolutionSavedAndUsedNextTime();
    void dryRunWritesNothing();
    void cancelMidwayWritesNothing();
    void sameFileTwiceIsAllDuplicates();
    void keepDuplicatesWhenAsked();
    void noTimestampKeepsEqualRows();
    void rejectedCsv();
    void undoRestoresAggregatesExactly();
    void aggregatesMatchRecomputation();
    void hostileFiles_data();
    void hostileFiles();
    void badMappings_data();
    void badMappings();

private:
    QSqlDatabase db() { return m_contest->document().database().connection(); }
    ImportMapping guessed(const QString &path, SurveyKind kind, const QString &sheet = {});
    ImportSummary import(const ImportOptions &options, QString *error = nullptr);
    ImportOptions options(const QString &path, SurveyKind kind = SurveyKind::Population,
                          const QString &sheet = {});
    SurveyAggregate aggregate(qint64 nominee, const QString &code);
    QString writeCsv(const QString &name, const QStringList &lines);

    std::unique_ptr<test::TemporaryContest> m_contest;
    SurveyFixture m_n;
};

void TestSurveyImporter::init()
{
    m_contest = std::make_unique<test::TemporaryContest>();
    QVERIFY2(m_contest->isValid(), qPrintable(m_contest->errorString()));
    QVERIFY(m_n.populate(*m_contest));
}

void TestSurveyImporter::cleanup()
{
    m_contest.reset();
}

ImportMapping TestSurveyImporter::guessed(const QString &path, SurveyKind kind,
                                          const QString &sheet)
{
    ReadError error;
    const std::unique_ptr<SheetReader> reader = SheetReader::open(path, &error);
    if (!reader) {
        qWarning("%s", qUtf8Printable(error.toString()));
        return {};
    }
    if (!sheet.isEmpty())
        reader->selectSheet(sheet);
    QVector<QVector<QVariant>> sample;
    QVector<QVariant> cells;
    while (sample.size() < HeaderGuess::kSampleRows && reader->readRow(cells))
        sample.append(cells);
    const HeaderGuess header = HeaderGuess::guess(sample);
    const MappingGuess guess =
        ImportMapping::guess(header.columns, m_contest->document().criteria().all(), kind,
                             sample.mid(header.firstDataRow));
    if (!guess.isComplete())
        qWarning("incomplete guess: %s", qUtf8Printable(guess.problems.join(QLatin1Char(' '))));
    ImportMapping mapping = guess.mapping;
    mapping.headerRows = header.headerRows;
    mapping.firstDataRow = header.firstDataRow;
    mapping.sheet = sheet;
    return mapping;
}

ImportOptions TestSurveyImporter::options(const QString &path, SurveyKind kind,
                                          const QString &sheet)
{
    ImportOptions o;
    o.filePath = path;
    o.mapping = guessed(path, kind, sheet);
    o.userName = QStringLiteral("secretary");
    return o;
}

ImportSummary TestSurveyImporter::import(const ImportOptions &options, QString *error)
{
    QString message;
    SurveyImporter importer(db());
    const ImportSummary summary = importer.run(options, {}, &message);
    if (error)
        *error = message;
    else if (!message.isEmpty())
        qWarning("import failed: %s", qUtf8Printable(message));
    return summary;
}

SurveyAggregate TestSurveyImporter::aggregate(qint64 nominee, const QString &code)
{
    const qint64 criterion = m_contest->document().criteria().idOfCode(code);
    for (const SurveyAggregate &a : SurveyRepository(db()).aggregates()) {
        if (a.nomineeId == nominee && a.criterionId == criterion)
            return a;
    }
    return {};
}

QString TestSurveyImporter::writeCsv(const QString &name, const QStringList &lines)
{
    const QString path = m_contest->filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write((lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8());
    return path;
}

void TestSurveyImporter::googleFormsCsv()
{
    const QString path = SurveyFixture::data(QStringLiteral("googleforms.csv"));
    const ImportSummary s = import(options(path));
    QVERIFY(s.committed);
    QCOMPARE(s.fileName, QStringLiteral("googleforms.csv"));
    QCOMPARE(s.read, 14);
    QCOMPARE(s.imported, 6);
    QCOMPARE(s.rejected, 6);
    QCOMPARE(s.duplicates, 2);
    QCOMPARE(s.unmatched, 3);
    QCOMPARE(s.answers, 35);
    QCOMPARE(s.notCounted, 1);
    QCOMPARE(s.sha256, QString::fromLatin1(SurveyFixture::sha256(path).toHex()));

    QCOMPARE(s.unmatchedGroups.size(), 2);
    const UnmatchedGroup &ambiguous = s.unmatchedGroups.at(0);
    QCOMPARE(ambiguous.place.okrug, QStringLiteral("Акжарма"));
    QCOMPARE(ambiguous.rows, 2);
    QCOMPARE(ambiguous.firstRow, 6);
    QCOMPARE(ambiguous.match.kind, MatchKind::Ambiguous);
    QVERIFY(ambiguous.match.candidates.contains(m_n.akzharmaKarmakshy));
    QVERIFY(ambiguous.match.candidates.contains(m_n.akzharmaShieli));
    QCOMPARE(ambiguous.key, NomineeMatcher::aliasKey(ambiguous.place));
    QCOMPARE(s.unmatchedGroups.at(1).place.okrug, QStringLiteral("Неизвестное"));
    QCOMPARE(s.unmatchedGroups.at(1).match.kind, MatchKind::Unmatched);

    QCOMPARE(s.rejectedRows.size(), 6);
    QVector<qint64> rows;
    for (const RejectedRow &r : s.rejectedRows)
        rows << r.row;
    QCOMPARE(rows, QVector<qint64>({6, 7, 8, 9, 10, 11}));
    QVERIFY(s.rejectedRows.at(0).reason.contains(QStringLiteral("several")));
    QVERIFY(s.rejectedRows.at(2).reason.contains(QStringLiteral("no nominee matches")));
    QVERIFY(s.rejectedRows.at(3).reason.contains(QStringLiteral("no rural okrug")));
    QCOMPARE(s.rejectedRows.at(4).column, 3);
    QVERIFY(s.rejectedRows.at(4).reason.contains(QStringLiteral("Может быть")));
    QVERIFY(s.rejectedRows.at(4).reason.contains(QStringLiteral("column D")));
    QCOMPARE(s.rejectedRows.at(5).column, -1);

    QCOMPARE(s.regions.size(), 1);
    QCOMPARE(s.regions.first().regionId, m_contest->regionId(QStringLiteral("Кызылорд")));
    QCOMPARE(s.regions.first().imported, 6);
    QCOMPARE(s.regions.first().duplicates, 2);

    // Жосалы: rows 2, 3 and 4 (three spellings); S6 of row 2 was "hard to say".
    QCOMPARE(aggregate(m_n.zhosaly, QStringLiteral("S1")).n, 3);
    QCOMPARE(aggregate(m_n.zhosaly, QStringLiteral("S1")).total, 14.0);
    QCOMPARE(aggregate(m_n.zhosaly, QStringLiteral("S5")).total, 10.0);
    QCOMPARE(aggregate(m_n.zhosaly, QStringLiteral("S6")).n, 2);
    QCOMPARE(aggregate(m_n.zhosaly, QStringLiteral("S6")).total, 9.0);
    // Торетам: feminine phrases and numbers in one row.
    QCOMPARE(aggregate(m_n.toretam, QStringLiteral("S1")).total, 5.0);
    QCOMPARE(aggregate(m_n.toretam, QStringLiteral("S3")).total, 4.0);
    QCOMPARE(aggregate(m_n.toretam, QStringLiteral("S6")).total, 1.0);
    // Бестам: the respondent's second submission did not count.
    QCOMPARE(aggregate(m_n.bestam, QStringLiteral("S1")).n, 1);
    QCOMPARE(aggregate(m_n.bestam, QStringLiteral("S6")).total, 5.0);
    QCOMPARE(aggregate(m_n.akzharmaKarmakshy, QStringLiteral("S2")).total, 2.0);
    QCOMPARE(aggregate(m_n.akzharmaShieli, QStringLiteral("S2")).n, 0);

    // One row per response, its answers packed by criterion id; "hard to say" (S6) left out.
    QString expected = QStringLiteral("{");
    for (int i = 1; i <= 5; ++i) {
        const qint64 id =
            sql::scalar(db(), QStringLiteral("SELECT id FROM criterion WHERE code = ?"),
                        {QStringLiteral("S%1").arg(i)})
                .toLongLong();
        expected += QStringLiteral("%1\"%2\":%3")
                        .arg(i > 1 ? QStringLiteral(",") : QString())
                        .arg(id)
                        .arg(6 - i);
    }
    expected += QLatin1Char('}');
    QCOMPARE(sql::scalar(db(), QStringLiteral("SELECT answers || ' ' || submitted_at || ' ' || "
                                              "nominee_id || ' ' || typeof(row_hash) FROM "
                                              "survey_response WHERE source_row = 2"))
                 .toString(),
             expected + QStringLiteral(" 2020-06-15T10:21:05 %1 integer").arg(m_n.zhosaly));
    QCOMPARE(SurveyRepository(db()).answerCount(), s.answers);

    const SurveyImportRecord record = SurveyRepository(db()).importRecord(s.importId);
    QCOMPARE(record.uuid, s.importUuid);
    QCOMPARE(record.fileName, QStringLiteral("googleforms.csv"));
    QCOMPARE(record.sha256, s.sha256);
    QCOMPARE(record.rowsRead, 14);
    QCOMPARE(record.rowsImported, 6);
    QCOMPARE(record.rowsRejected, 6);
    QCOMPARE(record.rowsDuplicate, 2);
    QCOMPARE(record.rowsUnmatched, 3);
    QCOMPARE(record.importedBy, QStringLiteral("secretary"));
    QCOMPARE(record.regionId, m_contest->regionId(QStringLiteral("Кызылорд")));
    ImportMapping stored;
    QString error;
    QVERIFY2(ImportMapping::fromJson(QJsonDocument::fromJson(record.mappingJson.toUtf8()).object(),
                                     &stored, &error),
             qPrintable(error));
    QCOMPARE(stored.columns.size(), 11);

    const QVector<AuditEntry> audit = AuditLog(db()).entries();
    QCOMPARE(audit.last().action, QStringLiteral("survey.import"));
    QCOMPARE(audit.last().objectUuid, s.importUuid);
    QCOMPARE(audit.last().user, QStringLiteral("secretary"));
    QCOMPARE(QJsonDocument::fromJson(audit.last().newValue.toUtf8())
                 .object()
                 .value(QStringLiteral("imported"))
                 .toInt(),
             6);
    QCOMPARE(IntegrityChecker(m_contest->document().database()).problems(), QStringList());
}

void TestSurveyImporter::googleFormsPrivacy()
{
    QVERIFY(import(options(SurveyFixture::data(QStringLiteral("googleforms.csv")))).committed);
    // Nothing a respondent wrote besides the answers is anywhere in the file.
    for (const QString &table :
         {QStringLiteral("survey_response"), QStringLiteral("survey_aggregate"),
          QStringLiteral("survey_import"), QStringLiteral("audit_log"),
          QStringLiteral("okrug_alias")}) {
        QSqlQuery q(db());
        QVERIFY(q.exec(QStringLiteral("SELECT * FROM ") + table));
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i) {
                const QString value = q.value(i).toString();
                QVERIFY2(!value.contains(QStringLiteral("example.kz")), qPrintable(table));
                QVERIFY2(!value.contains(QStringLiteral("Спасибо")), qPrintable(table));
                QVERIFY2(!value.contains(QStringLiteral("Дорогу")), qPrintable(table));
            }
        }
    }
    QCOMPARE(sql::scalar(db(), QStringLiteral("SELECT submitted_at FROM survey_response WHERE "
                                              "source_row = 2"))
                 .toString(),
             QStringLiteral("2020-06-15T10:21:05"));
}

void TestSurveyImporter::cp1251Csv()
{
    const ImportSummary s =
        import(options(SurveyFixture::data(QStringLiteral("excel-cp1251.csv"))));
    QVERIFY(s.committed);
    QCOMPARE(s.read, 6); // the blank line is no response
    QCOMPARE(s.imported, 5);
    QCOMPARE(s.rejected, 1);
    QCOMPARE(s.unmatched, 0);
    QCOMPARE(s.rejectedRows.first().row, 6);
    QCOMPARE(s.rejectedRows.first().column, 3);
    QVERIFY(s.rejectedRows.first().reason.contains(QStringLiteral("\"6\"")));
    QVERIFY(s.matchKinds.value(MatchKind::Damaged) >= 3);
    QVERIFY(std::any_of(s.warnings.cbegin(), s.warnings.cend(),
                        [](const QString &w) { return w.contains(QStringLiteral("cp1251")); }));
    QCOMPARE(aggregate(m_n.kyzylzharma, QStringLiteral("S2")).n, 2);
    QCOMPARE(aggregate(m_n.kyzylzharma, QStringLiteral("S2")).total, 9.0); // "4,0" is 4
    QCOMPARE(aggregate(m_n.kyzylzharma, QStringLiteral("S4")).n, 1);       // blank: not asked
    QCOMPARE(aggregate(m_n.kosshy, QStringLiteral("S6")).total, 3.0);
    QCOMPARE(aggregate(m_n.toretam, QStringLiteral("S1")).total, 2.0);
    QCOMPARE(s.regions.size(), 2);
    QCOMPARE(s.regions.at(0).regionId, m_contest->regionId(QStringLiteral("Акмол")));
    QCOMPARE(s.regions.at(0).imported, 1);
    QCOMPARE(s.regions.at(1).imported, 4);
    QCOMPARE(SurveyRepository(db()).importRecord(s.importId).regionId, 0);
}

void TestSurveyImporter::xlsxSecondSheet()
{
    const ImportSummary s =
        import(options(SurveyFixture::data(QStringLiteral("survey.xlsx")), SurveyKind::Population,
                       QStringLiteral("Ответы на форму (1)")));
    QVERIFY(s.committed);
    QCOMPARE(s.read, 5);
    QCOMPARE(s.imported, 3);
    QCOMPARE(s.rejected, 2);
    QCOMPARE(s.unmatched, 1);
    QCOMPARE(s.rejectedRows.at(0).row, 5);
    QCOMPARE(s.rejectedRows.at(0).column, 8);
    QCOMPARE(s.unmatchedGroups.first().place.okrug, QStringLiteral("Жаңа ауыл"));
    QCOMPARE(aggregate(m_n.bestam, QStringLiteral("S3")).total, 1.0);
    QCOMPARE(sql::scalar(db(),
                         QStringLiteral("SELECT submitted_at FROM survey_response WHERE "
                                        "nominee_id = ?"),
                         {m_n.zhosaly})
                 .toString(),
             QStringLiteral("2020-06-15T10:30:00"));
}

void TestSurveyImporter::ethics()
{
    QFile file(SurveyFixture::data(QStringLiteral("ethics-mapping.json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    ImportOptions o;
    o.filePath = SurveyFixture::data(QStringLiteral("ethics.csv"));
    QString error;
    QVERIFY2(ImportMapping::fromJson(QJsonDocument::fromJson(file.readAll()).object(), &o.mapping,
                                     &error),
             qPrintable(error));
    const ImportSummary s = import(o);
    QVERIFY(s.committed);
    QCOMPARE(s.kind, SurveyKind::Ethics);
    QCOMPARE(s.imported, 4);
    // Жосалы: (yes, yes) → 1, (yes, no) → 0.5, (no, hard to say) → 0: 1.5 of 3.
    QCOMPARE(aggregate(m_n.zhosaly, QStringLiteral("E1")).n, 3);
    QCOMPARE(aggregate(m_n.zhosaly, QStringLiteral("E1")).total, 1.5);
    QCOMPARE(aggregate(m_n.bestam, QStringLiteral("E1")).total, 1.0);
    QCOMPARE(SurveyRepository(db()).responseCount(QStringLiteral("ethics")), 4);
    // Anonymous: the date only, no phone numbers.
    QSqlQuery q(db());
    QVERIFY(q.exec(QStringLiteral("SELECT submitted_at, row_hash FROM survey_response")));
    while (q.next()) {
        QCOMPARE(q.value(0).toString().size(), 10);
        QVERIFY(!q.value(1).toString().contains(QStringLiteral("7700")));
    }
    QVERIFY(
        !sql::scalar(db(), QStringLiteral("SELECT group_concat(mapping_json) FROM survey_import"))
             .toString()
             .contains(QStringLiteral("+7700")));
}

void TestSurveyImporter::resolutionSavedAndUsedNextTime()
{
    const QString path = SurveyFixture::data(QStringLiteral("googleforms.csv"));
    ImportOptions o = options(path);
    PlaceInput place;
    place.okrug = QStringLiteral("Акжарма");
    o.mapping.resolutions.insert(NomineeMatcher::aliasKey(place), m_n.akzharmaKarmakshy);
    const ImportSummary first = import(o);
    QVERIFY(first.committed);
    QCOMPARE(first.imported, 8);
    QCOMPARE(first.unmatched, 1);
    QCOMPARE(first.aliasesSaved, 1);
    QCOMPARE(first.matchKinds.value(MatchKind::Alias), 2);
    QCOMPARE(aggregate(m_n.akzharmaKarmakshy, QStringLiteral("S1")).n, 3);
    QCOMPARE(aggregate(m_n.akzharmaKarmakshy, QStringLiteral("S1")).total, 11.0);
    QCOMPARE(SurveyRepository(db()).aliasMap().value(NomineeMatcher::aliasKey(place)),
             m_n.akzharmaKarmakshy);

    // Next time the spelling matches by itself.
    ImportOptions again = options(path);
    again.dryRun = true;
    const ImportSummary second = import(again);
    QCOMPARE(second.unmatched, 1);
    QCOMPARE(second.unmatchedGroups.size(), 1);
    QCOMPARE(second.imported, 0);
    QCOMPARE(second.duplicates, 10);
}

void TestSurveyImporter::dryRunWritesNothing()
{
    const QString path = SurveyFixture::data(QStringLiteral("googleforms.csv"));
    ImportOptions o = options(path);
    o.dryRun = true;
    o.rejectedCsvPath = m_contest->filePath(QStringLiteral("rejected.csv"));
    const QString contest = m_contest->path();
    m_contest->close();
    const QByteArray before = SurveyFixture::sha256(contest);
    {
        Database database;
        QVERIFY(database.open(contest, Database::Mode::ReadWrite));
        QString error;
        const ImportSummary s = SurveyImporter(database.connection()).run(o, {}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(s.dryRun);
        QVERIFY(!s.committed);
        QCOMPARE(s.importId, 0);
        QCOMPARE(s.imported, 6);
        QCOMPARE(s.rejected, 6);
        QCOMPARE(s.duplicates, 2);
        QCOMPARE(SurveyFixture::count(database.connection(), QStringLiteral("survey_import")), 0);
        QCOMPARE(SurveyFixture::count(database.connection(), QStringLiteral("survey_response")), 0);
        QCOMPARE(SurveyFixture::count(database.connection(), QStringLiteral("survey_aggregate")),
                 0);
        database.close();
    }
    QCOMPARE(SurveyFixture::sha256(contest), before);
    QVERIFY(QFile::exists(o.rejectedCsvPath)); // what would be rejected, for the secretary
}

void TestSurveyImporter::cancelMidwayWritesNothing()
{
    QStringList lines = {QStringLiteral("Сельский округ,S1,S2,S3,S4,S5,S6")};
    const QStringList okrugs = {QStringLiteral("Жосалы"), QStringLiteral("Торетам"),
                                QStringLiteral("Бестам"), QStringLiteral("Косшы")};
    for (int i = 0; i < 20000; ++i)
        lines << okrugs.at(i % 4) + QStringLiteral(",%1,%2,3,4,5,1").arg(1 + i % 5).arg(1 + i % 3);
    ImportOptions o = options(writeCsv(QStringLiteral("big.csv"), lines));
    o.rejectedCsvPath = m_contest->filePath(QStringLiteral("rejected.csv"));
    const QString contest = m_contest->path();
    m_contest->close();
    const QByteArray before = SurveyFixture::sha256(contest);
    {
        Database database;
        QVERIFY(database.open(contest, Database::Mode::ReadWrite));
        QString error;
        int calls = 0;
        int lastPercent = -1;
        const ImportSummary s = SurveyImporter(database.connection())
                                    .run(
                                        o,
                                        [&](int percent, const QString &) {
                                            lastPercent = percent;
                                            return ++calls < 4; // mid-way through the rows
                                        },
                                        &error);
        QVERIFY(s.cancelled);
        QVERIFY(!s.committed);
        QVERIFY(error.contains(QStringLiteral("cancelled")));
        QVERIFY2(lastPercent > 0 && lastPercent < 90, qPrintable(QString::number(lastPercent)));
        QVERIFY(s.read > 0 && s.read < 20000);
        QCOMPARE(SurveyFixture::count(database.connection(), QStringLiteral("survey_import")), 0);
        QCOMPARE(SurveyFixture::count(database.connection(), QStringLiteral("survey_response")), 0);
        database.close();
    }
    QCOMPARE(SurveyFixture::sha256(contest), before);
    QVERIFY(!QFile::exists(o.rejectedCsvPath));
}

void TestSurveyImporter::sameFileTwiceIsAllDuplicates()
{
    const ImportOptions o = options(SurveyFixture::data(QStringLiteral("googleforms.csv")));
    const ImportSummary first = import(o);
    const qint64 audit = AuditLog(db()).count();
    const ImportSummary second = import(o);
    QVERIFY(!second.committed); // nothing new: nothing written, not even an empty import
    QCOMPARE(second.importId, 0);
    QCOMPARE(AuditLog(db()).count(), audit);
    QCOMPARE(SurveyRepository(db()).imports().size(), 1);
    QCOMPARE(second.imported, 0);
    QCOMPARE(second.duplicates, first.imported + first.duplicates);
    QCOMPARE(second.rejected, first.rejected);
    QCOMPARE(SurveyRepository(db()).responseCount(), first.imported);
    QCOMPARE(aggregate(m_n.zhosaly, QStringLiteral("S1")).n, 3);

    // The cp1251 file has no timestamp: the row number tells its rows apart, and again the
    // same file adds nothing.
    const ImportOptions cp = options(SurveyFixture::data(QStringLiteral("excel-cp1251.csv")));
    QCOMPARE(import(cp).imported, 5);
    const ImportSummary cpAgain = import(cp);
    QCOMPARE(cpAgain.imported, 0);
    QCOMPARE(cpAgain.duplicates, 5);
}

void TestSurveyImporter::keepDuplicatesWhenAsked()
{
    ImportOptions o = options(SurveyFixture::data(QStringLiteral("googleforms.csv")));
    QCOMPARE(import(o).imported, 6);
    o.skipDuplicates = false;
    const ImportSummary again = import(o);
    QCOMPARE(again.duplicates, 0);
    QCOMPARE(again.imported, 8);
}

void TestSurveyImporter::noTimestampKeepsEqualRows()
{
    // Two people gave the same answers about the same akim: without a time they are still two.
    const QString path = writeCsv(QStringLiteral("same.csv"),
                                  {QStringLiteral("Сельский округ;S1;S2"),
                                   QStringLiteral("Жосалы;5;5"), QStringLiteral("Жосалы;5;5")});
    const ImportSummary s = import(options(path));
    QCOMPARE(s.imported, 2);
    QCOMPARE(s.duplicates, 0);
    QCOMPARE(aggregate(m_n.zhosaly, QStringLiteral("S1")).n, 2);
}

void TestSurveyImporter::rejectedCsv()
{
    ImportOptions o = options(SurveyFixture::data(QStringLiteral("googleforms.csv")));
    o.rejectedCsvPath = m_contest->filePath(QStringLiteral("rejected.csv"));
    QVERIFY(import(o).committed);
    QFile file(o.rejectedCsvPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines =
        QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 7);
    QVERIFY2(lines.first().startsWith(QStringLiteral("Row;Column;Reason;Отметка времени;Район;")),
             qPrintable(lines.first()));
    QVERIFY(lines.at(1).startsWith(QStringLiteral("6;C;")));
    QVERIFY(lines.at(5).startsWith(QStringLiteral("10;D;")));
    QVERIFY(lines.at(5).contains(QStringLiteral("Может быть")));
    QVERIFY(lines.at(6).startsWith(QStringLiteral("11;;")));
    QVERIFY(!bytes.contains("example.kz")); // respondent ids are left out
}

void TestSurveyImporter::undoRestoresAggregatesExactly()
{
    const ImportSummary forms =
        import(options(SurveyFixture::data(QStringLiteral("googleforms.csv"))));
    QVERIFY(forms.committed);
    SurveyRepository repository(db());
    const QVector<SurveyAggregate> before = repository.aggregates();
    const qint64 responsesBefore = repository.responseCount();

    const ImportSummary xlsx =
        import(options(SurveyFixture::data(QStringLiteral("survey.xlsx")), SurveyKind::Population,
                       QStringLiteral("Ответы на форму (1)")));
    QVERIFY(xlsx.committed);
    QVERIFY(repository.aggregates().size() > before.size() - 1);
    QCOMPARE(aggregate(m_n.zhosaly, QStringLiteral("S1")).n, 4);

    SurveyImporter importer(db());
    QCOMPARE(importer.undoImport(xlsx.importId, QStringLiteral("chair")), QString());
    const QVector<SurveyAggregate> after = repository.aggregates();
    QCOMPARE(after.size(), before.size());
    for (int i = 0; i < before.size(); ++i) {
        QCOMPARE(after.at(i).nomineeId, before.at(i).nomineeId);
        QCOMPARE(after.at(i).criterionId, before.at(i).criterionId);
        QCOMPARE(after.at(i).n, before.at(i).n);
        QCOMPARE(after.at(i).total, before.at(i).total);
    }
    QCOMPARE(repository.responseCount(), responsesBefore);
    // Exactly that import's responses are gone; the other import's are all there.
    QCOMPARE(repository.responseCountOfImport(xlsx.importId), 0);
    QCOMPARE(repository.responseCountOfImport(forms.importId), forms.imported);
    QVERIFY(repository.importRecord(xlsx.importId).isUndone());
    const AuditEntry last = AuditLog(db()).entries().last();
    QCOMPARE(last.action, QStringLiteral("survey.import.undo"));
    QCOMPARE(last.objectUuid, xlsx.importUuid);
    QCOMPARE(last.user, QStringLiteral("chair"));

    QVERIFY(importer.undoImport(xlsx.importId, QStringLiteral("chair"))
                .contains(QStringLiteral("already")));
    QVERIFY(!importer.undoImport(9999, QStringLiteral("chair")).isEmpty());

    // Undone, the same file imports again in full.
    QCOMPARE(import(options(SurveyFixture::data(QStringLiteral("survey.xlsx")),
                            SurveyKind::Population, QStringLiteral("Ответы на форму (1)")))
                 .imported,
             xlsx.imported);
    QCOMPARE(importer.undoImport(forms.importId, QStringLiteral("chair")), QString());
    QCOMPARE(IntegrityChecker(m_contest->document().database()).problems(), QStringList());
}

void TestSurveyImporter::aggregatesMatchRecomputation()
{
    QVERIFY(import(options(SurveyFixture::data(QStringLiteral("googleforms.csv")))).committed);
    QVERIFY(import(options(SurveyFixture::data(QStringLiteral("excel-cp1251.csv")))).committed);
    QVERIFY(import(options(SurveyFixture::data(QStringLiteral("survey.xlsx")),
                           SurveyKind::Population, QStringLiteral("Ответы на форму (1)")))
                .committed);
    SurveyRepository repository(db());
    const QVector<SurveyAggregate> stored = repository.aggregates();
    const QVector<SurveyAggregate> recomputed = repository.recomputedAggregates();
    QCOMPARE(stored.size(), recomputed.size());
    for (int i = 0; i < stored.size(); ++i) {
        QCOMPARE(stored.at(i).nomineeId, recomputed.at(i).nomineeId);
        QCOMPARE(stored.at(i).criterionId, recomputed.at(i).criterionId);
        QCOMPARE(stored.at(i).n, recomputed.at(i).n);
        QCOMPARE(stored.at(i).total, recomputed.at(i).total);
    }
    QCOMPARE(IntegrityChecker(m_contest->document().database()).problems(), QStringList());
}

void TestSurveyImporter::hostileFiles_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("empty") << SurveyFixture::otherData(QStringLiteral("csv/empty.csv"));
    QTest::newRow("header only") << SurveyFixture::otherData(QStringLiteral("csv/header-only.csv"));
    QTest::newRow("binary") << SurveyFixture::otherData(QStringLiteral("csv/binary.csv"));
    QTest::newRow("garbage xlsx") << SurveyFixture::otherData(QStringLiteral("xlsx/garbage.xlsx"));
    QTest::newRow("truncated xlsx") << SurveyFixture::data(QStringLiteral("survey-truncated.xlsx"));
    QTest::newRow("zip bomb") << SurveyFixture::otherData(QStringLiteral("xlsx/zipbomb.xlsx"));
    QTest::newRow("entity bomb") << SurveyFixture::otherData(
        QStringLiteral("xlsx/laughs_sst.xlsx"));
    QTest::newRow("missing") << SurveyFixture::data(QStringLiteral("no-such-file.csv"));
    QTest::newRow("the contest itself") << QStringLiteral("@contest");
}

void TestSurveyImporter::hostileFiles()
{
    QFETCH(QString, path);
    if (path == u"@contest")
        path = m_contest->path();
    ImportOptions o;
    o.filePath = path;
    o.mapping.columns = {{0, {}, ColumnRole::Okrug, {}},
                         {1, {}, ColumnRole::Question, QStringLiteral("S1")}};
    const QString contest = m_contest->path();
    m_contest->close();
    const QByteArray before = SurveyFixture::sha256(contest);
    {
        Database database;
        QVERIFY(database.open(contest, Database::Mode::ReadWrite));
        QString error;
        const ImportSummary s = SurveyImporter(database.connection()).run(o, {}, &error);
        QVERIFY(!error.isEmpty());
        QVERIFY(!s.committed);
        QVERIFY2(error.contains(QFileInfo(path).fileName()) || error.contains(path),
                 qPrintable(error));
        QCOMPARE(SurveyFixture::count(database.connection(), QStringLiteral("survey_import")), 0);
        database.close();
    }
    QCOMPARE(SurveyFixture::sha256(contest), before);
}

void TestSurveyImporter::badMappings_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("commission criterion") << "K1"
                                          << "K1";
    QTest::newRow("missing column") << "header"
                                    << "Нет такого";
    QTest::newRow("missing sheet") << "sheet"
                                   << "Сводка";
    QTest::newRow("unknown nominee uuid") << "uuid"
                                          << "not in this contest";
    QTest::newRow("unknown nominee id") << "id"
                                        << "not in this contest";
    QTest::newRow("header row past the end") << "rows"
                                             << "header row";
}

void TestSurveyImporter::badMappings()
{
    QFETCH(QString, what);
    QFETCH(QString, mentions);
    ImportOptions o = options(SurveyFixture::data(QStringLiteral("googleforms.csv")));
    if (what == u"K1") {
        o.mapping.columns[3].criterionCode = QStringLiteral("K1");
    } else if (what == u"header") {
        o.mapping.columns[3].index = -1;
        o.mapping.columns[3].header = QStringLiteral("Нет такого");
    } else if (what == u"sheet") {
        o = options(SurveyFixture::data(QStringLiteral("survey.xlsx")), SurveyKind::Population,
                    QStringLiteral("Ответы на форму (1)"));
        o.mapping.sheet = QStringLiteral("Лист 7");
    } else if (what == u"uuid") {
        o.mapping.resolutionUuids.insert(QStringLiteral("x"), QStringLiteral("no-such-uuid"));
    } else if (what == u"id") {
        o.mapping.resolutions.insert(QStringLiteral("x"), 424242);
    } else if (what == u"rows") {
        o.mapping.headerRows = {500};
        o.mapping.firstDataRow = 501;
    }
    QString error;
    const ImportSummary s = import(o, &error);
    QVERIFY2(error.contains(mentions), qPrintable(error));
    QVERIFY(!s.committed);
    QCOMPARE(SurveyFixture::count(db(), QStringLiteral("survey_import")), 0);
}

QTEST_MAIN(TestSurveyImporter)
#include "tst_surveyimporter.moc"

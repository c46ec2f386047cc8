#include "storage/criterionrepository.h"
#include "storage/sql.h"
#include "storage/storageerror.h"
#include "storage/surveybatchwriter.h"
#include "storage/surveyrepository.h"
#include "storage/transaction.h"
#include "surveyfixture.h"

#include <QtTest>

#include <limits>
#include <memory>

using namespace akim;

class TestSurveyRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void importRows();
    void batchWriter_data();
    void batchWriter();
    void aggregatesAddAndSubtract();
    void importTotalsAndDelete();
    void rowHashPrefixes();
    void aliases();
    void profiles();

private:
    QSqlDatabase db() { return m_contest->document().database().connection(); }
    qint64 criterion(const QString &code)
    {
        return m_contest->document().criteria().idOfCode(code);
    }

    std::unique_ptr<test::TemporaryContest> m_contest;
    test::SurveyFixture m_fixture;
};

void TestSurveyRepository::init()
{
    m_contest = std::make_unique<test::TemporaryContest>();
    QVERIFY2(m_contest->isValid(), qPrintable(m_contest->errorString()));
    QVERIFY(m_fixture.populate(*m_contest));
}

void TestSurveyRepository::cleanup()
{
    m_contest.reset();
}

void TestSurveyRepository::importRows()
{
    Transaction transaction(db());
    SurveyRepository repository(db());
    SurveyImportRecord record;
    record.kind = QStringLiteral("population");
    record.fileName = QStringLiteral("a.csv");
    record.sha256 = QStringLiteral("ab");
    record.importedBy = QStringLiteral("secretary");
    repository.insertImport(record);
    QVERIFY(record.id > 0);
    QVERIFY(!record.uuid.isEmpty());
    QVERIFY(!record.importedAt.isEmpty());

    record.rowsRead = 10;
    record.rowsImported = 6;
    record.rowsRejected = 3;
    record.rowsDuplicate = 1;
    record.rowsUnmatched = 2;
    record.regionId = m_contest->regionId(QStringLiteral("Кызылорд"));
    record.mappingJson = QStringLiteral("{\"kind\":\"population\"}");
    repository.updateImportCounts(record);
    const SurveyImportRecord back = repository.importRecord(record.id);
    QCOMPARE(back.rowsRead, 10);
    QCOMPARE(back.rowsImported, 6);
    QCOMPARE(back.rowsRejected, 3);
    QCOMPARE(back.rowsDuplicate, 1);
    QCOMPARE(back.rowsUnmatched, 2);
    QCOMPARE(back.regionId, record.regionId);
    QCOMPARE(back.mappingJson, record.mappingJson);
    QCOMPARE(back.importedBy, QStringLiteral("secretary"));
    QVERIFY(!back.isUndone());

    repository.markUndone(record.id, QStringLiteral("2020-07-01T00:00:00.000Z"));
    QVERIFY(repository.importRecord(record.id).isUndone());
    QCOMPARE(repository.imports().size(), 1);
    QCOMPARE(repository.importRecord(record.id + 100).id, 0);
    transaction.commit();
}

void TestSurveyRepository::batchWriter_data()
{
    QTest::addColumn<int>("mode");
    QTest::newRow("sqlite3 statement") << int(SurveyBatchWriter::Mode::Auto);
    QTest::newRow("JSON batches") << int(SurveyBatchWriter::Mode::Json);
    QTest::newRow("bound values") << int(SurveyBatchWriter::Mode::BoundValues);
}

void TestSurveyRepository::batchWriter()
{
    QFETCH(int, mode);
    Transaction transaction(db());
    SurveyRepository repository(db());
    SurveyImportRecord record;
    record.kind = QStringLiteral("population");
    record.fileName = QStringLiteral("b.csv");
    record.sha256 = QStringLiteral("cd");
    repository.insertImport(record);

    // 3000 responses: whole batches and a rest; S2 answered by every fourth, S1 by all.
    const qint64 s1 = criterion(QStringLiteral("S1"));
    const qint64 s2 = criterion(QStringLiteral("S2"));
    constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
    {
        SurveyBatchWriter writer(db(), record.id, record.kind, {s1, s2},
                                 SurveyBatchWriter::Mode(mode));
        if (mode != int(SurveyBatchWriter::Mode::Auto))
            QCOMPARE(writer.usesJson(), mode == int(SurveyBatchWriter::Mode::Json));
        // Auto takes the sqlite3 statement where the build has it, else JSON batches.
        if (mode != int(SurveyBatchWriter::Mode::Auto))
            QVERIFY(!writer.usesDirect());
        else
            QVERIFY(writer.usesDirect() != writer.usesJson());
        for (int i = 0; i < 3000; ++i) {
            const double values[2] = {double(1 + i % 5), i % 4 ? kNaN : (i % 8 ? 1.0 / 3.0 : 3.0)};
            const QByteArray stamp = i % 3 ? QByteArray() : QByteArray("2020-06-15");
            writer.addResponse(i % 2 ? m_fixture.zhosaly : m_fixture.bestam, stamp, i + 2,
                               i == 7 ? std::nullopt : std::optional<qint64>(-1000 + i), values);
        }
        writer.flush();
        QCOMPARE(writer.responsesWritten(), 3000);
        QCOMPARE(writer.answersWritten(), 3750);
    }
    QCOMPARE(repository.responseCount(), 3000);
    QCOMPARE(repository.responseCount(QStringLiteral("population")), 3000);
    QCOMPARE(repository.responseCount(QStringLiteral("ethics")), 0);
    QCOMPARE(repository.answerCount(), 3750);
    QCOMPARE(repository.responseCountOfImport(record.id), 3000);
    QCOMPARE(sql::scalar(db(), QStringLiteral("SELECT COUNT(*) FROM survey_response WHERE "
                                              "submitted_at IS NULL"))
                 .toInt(),
             2000);
    QCOMPARE(sql::scalar(db(), QStringLiteral("SELECT typeof(submitted_at) || typeof(row_hash) "
                                              "|| typeof(source_row) || typeof(nominee_id) "
                                              "|| typeof(answers) FROM survey_response "
                                              "WHERE source_row = 2"))
                 .toString(),
             QStringLiteral("textintegerintegerintegertext"));
    // The fifth response (i = 4): S1 = 5, S2 = 1/3, packed as {"<S1 id>":5,"<S2 id>":…}.
    QCOMPARE(sql::scalar(db(), QStringLiteral("SELECT answers FROM survey_response "
                                              "WHERE source_row = 6"))
                 .toString(),
             QStringLiteral("{\"%1\":5,\"%2\":0.3333333333333333}").arg(s1).arg(s2));
    QCOMPARE(sql::scalar(db(), QStringLiteral("SELECT answers FROM survey_response "
                                              "WHERE source_row = 3"))
                 .toString(),
             QStringLiteral("{\"%1\":2}").arg(s1));
    QCOMPARE(sql::scalar(
                 db(), QStringLiteral("SELECT row_hash FROM survey_response WHERE source_row = 6"))
                 .toLongLong(),
             -996);
    QVERIFY(sql::scalar(db(),
                        QStringLiteral("SELECT row_hash FROM survey_response WHERE source_row = 9"))
                .isNull());
    // Values come back bit for bit: a third stays the double it was.
    QCOMPARE(sql::scalar(db(),
                         QStringLiteral("SELECT answers ->> ? FROM survey_response "
                                        "WHERE source_row = 6"),
                         {QStringLiteral("$.\"%1\"").arg(s2)})
                 .toDouble(),
             1.0 / 3.0);
    // S1 for both nominees, S2 only for Bestam (the even rows).
    QCOMPARE(repository.recomputedAggregates().size(), 3);
    // A criterion stays in use while any response's answers name it.
    QCOMPARE(CriterionRepository(db()).dependentRows(s1), 3000);
    QCOMPARE(CriterionRepository(db()).dependentRows(s2), 750);
    QCOMPARE(CriterionRepository(db()).dependentRows(criterion(QStringLiteral("S3"))), 0);
    transaction.commit();
}

void TestSurveyRepository::aggregatesAddAndSubtract()
{
    Transaction transaction(db());
    SurveyRepository repository(db());
    const qint64 s1 = criterion(QStringLiteral("S1"));
    const qint64 s2 = criterion(QStringLiteral("S2"));
    // More rows than one statement takes, several of them for the same total.
    QVector<AggregateDelta> many;
    for (int i = 0; i < 200; ++i)
        many.append({i % 2 ? m_fixture.zhosaly : m_fixture.bestam, i < 100 ? s1 : s2, 1, 1.0});
    repository.applyAggregates(many, 1);
    repository.applyAggregates({{m_fixture.toretam, s1, 3, 12.0}}, 1);
    const QVector<SurveyAggregate> stored = repository.aggregates();
    QCOMPARE(stored.size(), 5);

    repository.applyAggregates({{m_fixture.bestam, s1, 10, 7.5}}, 1);
    QVector<SurveyAggregate> after = repository.aggregates();
    auto find = [&](qint64 nominee, qint64 criterionId) {
        for (const SurveyAggregate &a : after) {
            if (a.nomineeId == nominee && a.criterionId == criterionId)
                return a;
        }
        return SurveyAggregate{};
    };
    QCOMPARE(find(m_fixture.bestam, s1).n, 60);
    QCOMPARE(find(m_fixture.bestam, s1).total, 57.5);

    // Subtracting everything of Toretam leaves no row behind.
    repository.applyAggregates({{m_fixture.toretam, s1, 3, 12.0}}, -1);
    repository.applyAggregates({{m_fixture.bestam, s1, 10, 7.5}}, -1);
    after = repository.aggregates();
    QCOMPARE(after.size(), 4);
    QCOMPARE(find(m_fixture.toretam, s1).n, 0);
    QCOMPARE(find(m_fixture.bestam, s1).n, 50);
    QCOMPARE(find(m_fixture.bestam, s1).total, 50.0);
    transaction.commit();
}

void TestSurveyRepository::importTotalsAndDelete()
{
    Transaction transaction(db());
    SurveyRepository repository(db());
    const qint64 s1 = criterion(QStringLiteral("S1"));
    QVector<qint64> imports;
    for (int k = 0; k < 2; ++k) {
        SurveyImportRecord record;
        record.kind = QStringLiteral("population");
        record.fileName = QStringLiteral("f%1.csv").arg(k);
        record.sha256 = QStringLiteral("00");
        repository.insertImport(record);
        imports.append(record.id);
        SurveyBatchWriter writer(db(), record.id, record.kind, {s1});
        for (int i = 0; i < 5; ++i) {
            const double value = k == 0 ? 5 : 1;
            writer.addResponse(m_fixture.zhosaly, {}, i + 2, i, &value);
        }
        writer.flush();
    }
    const QVector<AggregateDelta> first = repository.importTotals(imports.at(0));
    QCOMPARE(first.size(), 1);
    QCOMPARE(first.first().nomineeId, m_fixture.zhosaly);
    QCOMPARE(first.first().n, 5);
    QCOMPARE(first.first().total, 25.0);
    QCOMPARE(repository.importTotals(imports.at(1)).first().total, 5.0);

    repository.deleteImportResponses(imports.at(0));
    QCOMPARE(repository.responseCount(), 5);
    QCOMPARE(repository.answerCount(), 5);
    QCOMPARE(repository.recomputedAggregates().size(), 1);
    QCOMPARE(repository.recomputedAggregates().first().total, 5.0);
    QVERIFY(repository.importTotals(imports.at(0)).isEmpty());
    transaction.commit();
}

void TestSurveyRepository::rowHashPrefixes()
{
    Transaction transaction(db());
    SurveyRepository repository(db());
    SurveyImportRecord record;
    record.kind = QStringLiteral("ethics");
    record.fileName = QStringLiteral("e.csv");
    record.sha256 = QStringLiteral("00");
    repository.insertImport(record);
    {
        const double value = 1;
        SurveyBatchWriter writer(db(), record.id, record.kind, {criterion(QStringLiteral("E1"))});
        writer.addResponse(m_fixture.zhosaly, {}, 2, 0xff, &value);
        writer.addResponse(m_fixture.zhosaly, {}, 3, qint64(0x8000000000000001ULL), &value);
        writer.addResponse(m_fixture.zhosaly, {}, 4, std::nullopt, &value);
        writer.flush();
    }
    const QSet<quint64> ethics = repository.rowHashPrefixes(QStringLiteral("ethics"));
    QCOMPARE(ethics, QSet<quint64>({0xffULL, 0x8000000000000001ULL}));
    QVERIFY(repository.rowHashPrefixes(QStringLiteral("population")).isEmpty());
    transaction.commit();
}

void TestSurveyRepository::aliases()
{
    Transaction transaction(db());
    SurveyRepository repository(db());
    QVERIFY(repository.saveAlias(QStringLiteral(" |  | акжарма"), m_fixture.akzharmaShieli,
                                 QStringLiteral("secretary")));
    QVERIFY(!repository.saveAlias(QStringLiteral(" |  | акжарма"), m_fixture.akzharmaShieli,
                                  QStringLiteral("secretary")));
    QVERIFY(repository.saveAlias(QStringLiteral(" |  | акжарма"), m_fixture.akzharmaKarmakshy,
                                 QStringLiteral("chair")));
    QVERIFY(repository.saveAlias(QStringLiteral(" |  | жосалинский"), m_fixture.zhosaly, {}));
    const QHash<QString, qint64> map = repository.aliasMap();
    QCOMPARE(map.size(), 2);
    QCOMPARE(map.value(QStringLiteral(" |  | акжарма")), m_fixture.akzharmaKarmakshy);
    const QVector<OkrugAlias> list = repository.aliases();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.first().createdBy, QStringLiteral("chair"));
    QVERIFY(!list.first().uuid.isEmpty());
    repository.removeAlias(list.first().id);
    QCOMPARE(repository.aliasMap().size(), 1);
    transaction.commit();
}

void TestSurveyRepository::profiles()
{
    Transaction transaction(db());
    SurveyRepository repository(db());
    ImportProfile profile;
    profile.name = QStringLiteral("Google Forms, Кызылорда");
    profile.kind = QStringLiteral("population");
    profile.headerSignature = QStringLiteral("sig1");
    profile.mappingJson = QStringLiteral("{\"v\":1}");
    repository.saveProfile(profile);
    QVERIFY(profile.id > 0);
    const QString uuid = profile.uuid;

    ImportProfile replacement;
    replacement.name = profile.name;
    replacement.kind = QStringLiteral("population");
    replacement.headerSignature = QStringLiteral("sig1");
    replacement.mappingJson = QStringLiteral("{\"v\":2}");
    repository.saveProfile(replacement);
    QCOMPARE(replacement.id, profile.id);
    QCOMPARE(replacement.uuid, uuid);
    QCOMPARE(repository.profiles().size(), 1);

    ImportProfile ethics;
    ethics.name = QStringLiteral("Этика");
    ethics.kind = QStringLiteral("ethics");
    ethics.headerSignature = QStringLiteral("sig1");
    ethics.mappingJson = QStringLiteral("{}");
    repository.saveProfile(ethics);

    QCOMPARE(repository.profileForSignature(QStringLiteral("sig1"), QStringLiteral("population"))
                 .mappingJson,
             QStringLiteral("{\"v\":2}"));
    QCOMPARE(repository.profileForSignature(QStringLiteral("sig1"), QStringLiteral("ethics")).id,
             ethics.id);
    QCOMPARE(repository.profileForSignature(QStringLiteral("sig2"), QStringLiteral("ethics")).id,
             0);
    repository.removeProfile(ethics.id);
    QCOMPARE(repository.profiles().size(), 1);
    transaction.commit();
}

QTEST_MAIN(TestSurveyRepository)
#include "tst_surveyrepository.moc"

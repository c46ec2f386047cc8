// `akimcontest rank` as another tool uses it: on a scored, surveyed demo the JSON explains every
// total well enough to recompute it here, independently of the engine — each commission
// criterion from the members' untrimmed scores, the commission index from the criteria, the
// survey index from the answers' means, the total from the components and the weights used —
// and the places follow the totals. Plus the CSV form, region selection and the refusals.
#include "clirunner.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <cmath>

namespace {

bool near(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b));
}

} // namespace

class TestRankCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void jsonExplainsEveryTotal();
    void placesFollowTotals();
    void regionByNameOrCode_data();
    void regionByNameOrCode();
    void csvHasOneRowPerNominee();
    void refusals_data();
    void refusals();

private:
    static akim::test::CliResult run(const QStringList &arguments)
    {
        return akim::test::runCli(arguments);
    }
    QJsonObject rankJson(const QStringList &extra = {}) const;

    QTemporaryDir m_dir;
    QString m_file;
};

QJsonObject TestRankCli::rankJson(const QStringList &extra) const
{
    const akim::test::CliResult r =
        run(QStringList{QStringLiteral("rank"), m_file, QStringLiteral("--stage"),
                        QStringLiteral("regional"), QStringLiteral("--format"),
                        QStringLiteral("json")} +
            extra);
    if (r.exitCode != 0)
        qWarning("rank failed: %s", qPrintable(r.err));
    return QJsonDocument::fromJson(r.outBytes).object();
}

void TestRankCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_file = m_dir.filePath(QStringLiteral("ranked.akc"));
    const akim::test::CliResult r =
        run({QStringLiteral("demo"), m_file, QStringLiteral("--regions"), QStringLiteral("2"),
             QStringLiteral("--nominees-per-region"), QStringLiteral("15"),
             QStringLiteral("--scores"), QStringLiteral("--survey"), QStringLiteral("2000")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

void TestRankCli::jsonExplainsEveryTotal()
{
    const QJsonObject json = rankJson();
    QCOMPARE(json.value(QStringLiteral("stage")).toString(), QStringLiteral("regional"));
    QVERIFY(json.value(QStringLiteral("region")).isNull());
    QVERIFY(json.value(QStringLiteral("methodology")).isObject());
    const QJsonArray nominees = json.value(QStringLiteral("nominees")).toArray();
    QVERIFY2(nominees.size() >= 26, "2 regions of 15, less the withdrawn");
    int trimmedSeen = 0;
    for (const QJsonValue &value : nominees) {
        const QJsonObject n = value.toObject();
        const QString who = n.value(QStringLiteral("name")).toString();
        double weighted = 0, weightedMax = 0, surveySum = 0, surveyWeights = 0;
        for (const QJsonValue &c : n.value(QStringLiteral("criteria")).toArray()) {
            const QJsonObject criterion = c.toObject();
            const QString source = criterion.value(QStringLiteral("source")).toString();
            const double weight = criterion.value(QStringLiteral("weight")).toDouble();
            if (source == u"commission") {
                double sum = 0;
                int counted = 0;
                for (const QJsonValue &s : criterion.value(QStringLiteral("scores")).toArray()) {
                    const QJsonObject score = s.toObject();
                    if (score.value(QStringLiteral("trimmed")).toBool()) {
                        ++trimmedSeen;
                        continue;
                    }
                    if (score.value(QStringLiteral("state")).toString() != u"entered" ||
                        score.value(QStringLiteral("conflict")).toBool())
                        continue;
                    sum += score.value(QStringLiteral("points")).toDouble();
                    ++counted;
                }
                QVERIFY2(counted > 0, qPrintable(who));
                const double mean = sum / counted;
                QVERIFY2(near(criterion.value(QStringLiteral("value")).toDouble(), mean),
                         qPrintable(who));
                weighted += weight * mean;
                weightedMax += weight * criterion.value(QStringLiteral("max_points")).toDouble();
            } else if (source == u"survey" && criterion.value(QStringLiteral("n")).toInt() > 0) {
                // Likert 1..5 rescaled to 0..100.
                const double index =
                    100.0 * (criterion.value(QStringLiteral("mean")).toDouble() - 1.0) / 4.0;
                QVERIFY2(near(criterion.value(QStringLiteral("value")).toDouble(), index),
                         qPrintable(who));
                surveySum += weight * index;
                surveyWeights += weight;
            }
        }
        const QJsonObject components = n.value(QStringLiteral("components")).toObject();
        QVERIFY2(near(components.value(QStringLiteral("commission")).toDouble(),
                      100.0 * weighted / weightedMax),
                 qPrintable(who));
        if (surveyWeights > 0) {
            QVERIFY2(near(components.value(QStringLiteral("survey")).toDouble(),
                          surveySum / surveyWeights),
                     qPrintable(who));
        }
        const QJsonObject weights = n.value(QStringLiteral("weights_used")).toObject();
        double total = 0;
        for (const QString &key : {QStringLiteral("survey"), QStringLiteral("ethics"),
                                   QStringLiteral("commission"), QStringLiteral("stage1_total")}) {
            if (!components.value(key).isNull() && !weights.value(key).isNull())
                total += weights.value(key).toDouble() * components.value(key).toDouble();
        }
        QVERIFY2(near(n.value(QStringLiteral("total")).toDouble(), total), qPrintable(who));
    }
    // Members of 7 or more score every nominee: the trimmed mean drops one high, one low.
    QVERIFY(trimmedSeen > 0);
}

void TestRankCli::placesFollowTotals()
{
    const QJsonArray nominees = rankJson().value(QStringLiteral("nominees")).toArray();
    // Region by region, each in place order: place 1 first, totals never rising.
    QString region;
    double previous = 0;
    int previousPlace = 0;
    int advancing = 0;
    for (const QJsonValue &value : nominees) {
        const QJsonObject n = value.toObject();
        const double total = n.value(QStringLiteral("total")).toDouble();
        const int place = n.value(QStringLiteral("place")).toInt();
        if (n.value(QStringLiteral("region")).toString() != region) {
            region = n.value(QStringLiteral("region")).toString();
            QCOMPARE(place, 1);
        } else {
            QVERIFY(total <= previous);
            QVERIFY(place >= previousPlace);
            if (place == previousPlace)
                QVERIFY(n.value(QStringLiteral("tie_shared")).toBool());
        }
        if (n.value(QStringLiteral("advances")).toBool())
            ++advancing;
        previous = total;
        previousPlace = place;
    }
    QVERIFY2(advancing >= 1 && advancing <= 2, "one winner per region unless the ethics gate");
}

void TestRankCli::regionByNameOrCode_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("expected"); // part of the Russian name
    // The demo's regions are Abai (KATO 100000000) and Akmola (110000000).
    QTest::newRow("kazakh name") << QStringLiteral("Абай облысы") << QStringLiteral("Абай");
    QTest::newRow("kazakh letters typed as russian")
        << QStringLiteral("акмола облысы") << QStringLiteral("Акмол");
    QTest::newRow("russian name, other case")
        << QStringLiteral("АКМОЛИНСКАЯ ОБЛАСТЬ") << QStringLiteral("Акмол");
    QTest::newRow("kato") << QStringLiteral("100000000") << QStringLiteral("Абай");
    QTest::newRow("two digits") << QStringLiteral("11") << QStringLiteral("Акмол");
}

void TestRankCli::regionByNameOrCode()
{
    QFETCH(QString, region);
    QFETCH(QString, expected);
    const QJsonObject json = rankJson({QStringLiteral("--region"), region});
    const QJsonArray nominees = json.value(QStringLiteral("nominees")).toArray();
    QVERIFY(!nominees.isEmpty());
    const QString name = json.value(QStringLiteral("region")).toString();
    QVERIFY2(name.contains(expected), qPrintable(name));
    for (const QJsonValue &n : nominees)
        QCOMPARE(n.toObject().value(QStringLiteral("region")).toString(),
                 nominees.first().toObject().value(QStringLiteral("region")).toString());
}

void TestRankCli::csvHasOneRowPerNominee()
{
    const akim::test::CliResult r = run(
        {QStringLiteral("rank"), m_file, QStringLiteral("--stage"), QStringLiteral("regional")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QStringList lines = QString::fromUtf8(r.outBytes).trimmed().split(QLatin1Char('\n'));
    const int nominees = int(rankJson().value(QStringLiteral("nominees")).toArray().size());
    QCOMPARE(lines.size(), nominees + 1);
    QVERIFY(lines.first().startsWith(QLatin1String("place,region,district,okrug,nominee,total")));
    QVERIFY(lines.at(1).startsWith(QLatin1String("1,")));
}

void TestRankCli::refusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("no stage") << QStringList{QStringLiteral("rank"), QStringLiteral("@FILE")} << 1
                              << QStringLiteral("--stage");
    QTest::newRow("bad format") << QStringList{QStringLiteral("rank"),
                                               QStringLiteral("@FILE"),
                                               QStringLiteral("--stage"),
                                               QStringLiteral("regional"),
                                               QStringLiteral("--format"),
                                               QStringLiteral("xml")}
                                << 1 << QStringLiteral("--format");
    QTest::newRow("unknown region")
        << QStringList{QStringLiteral("rank"),     QStringLiteral("@FILE"),
                       QStringLiteral("--stage"),  QStringLiteral("regional"),
                       QStringLiteral("--region"), QStringLiteral("Atlantis")}
        << 2 << QStringLiteral("No region \"Atlantis\"");
    QTest::newRow("missing file") << QStringList{QStringLiteral("rank"),
                                                 QStringLiteral("/nonexistent/x.akc"),
                                                 QStringLiteral("--stage"),
                                                 QStringLiteral("regional")}
                                  << 2 << QStringLiteral("x.akc");
}

void TestRankCli::refusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    arguments.replaceInStrings(QStringLiteral("@FILE"), m_file);
    const akim::test::CliResult r = run(arguments);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.outBytes.isEmpty());
}

QTEST_GUILESS_MAIN(TestRankCli)
#include "tst_rank_cli.moc"

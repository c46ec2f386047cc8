// A nominee's score card (issue 6): a contest with a commission of five voting members and a
// secretary, every member's ballot entered (an abstention, a declared conflict), and the survey
// and ethics exports of tests/data/import imported; each card read back from its PDF with
// QtPdf. The name, every member's score, the trimmed ones marked, the figures equal to the
// engine's (parsed from the text), Kazakh letters, "Page X of Y" on every page, fonts embedded,
// and an error for a nominee that does not exist or is not ranked.
#include "pdftext.h"
#include "report/pdfoutput.h"
#include "report/reportfactory.h"
#include "report/scorecarddocument.h"
#include "scoring/scoringinputloader.h"
#include "services/accountservice.h"
#include "services/ballotservice.h"
#include "survey/headerguess.h"
#include "survey/surveyimporter.h"
#include "surveyfixture.h"

#include <QJsonDocument>
#include <QPrinter>
#include <QRegularExpression>
#include <QtTest>

#include <cmath>

using namespace akim;
using namespace akim::report;
using scoring::ScoreState;

namespace {

const QString kKazakhName = QStringLiteral("Шаһмарданова Құлжан Сәкенқызы");
const QString kKazakhOkrug = QStringLiteral("Жүзағаш ауылдық округі");
const QString kKazakhDistrict = QStringLiteral("Төңірек ауданы");
const QString kConflicted = QStringLiteral("Ким Виктория Олеговна");
const QString kAbstaining = QStringLiteral("Иванова Ольга Петровна");
const QStringList kCommissionCodes{QStringLiteral("K1"), QStringLiteral("K2"), QStringLiteral("K3"),
                                   QStringLiteral("K4"), QStringLiteral("K5")};

QString goldenPath(const QString &name)
{
    return QStringLiteral(AKIM_TEST_DATA_DIR "/report/%1").arg(name);
}

} // namespace

class TestScoreCardDocument : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cardInEachLanguage_data();
    void cardInEachLanguage();
    void figuresEqualTheEngine();
    void trimmedScoresAreMarked();
    void abstentionAndConflictAreNamed();
    void stageTwoCard();
    void printerGivesThePagesOfThePdf();
    void layoutMatchesGolden();
    void missingNomineeGivesError();

private:
    bool importSurveys();
    scoring::Ranking ranking() const;
    QString writeCard(qint64 nominee, const QString &language, const QString &name);

    std::unique_ptr<test::TemporaryContest> m_contest;
    test::SurveyFixture m_n;
    qint64 m_kazakh = 0;
    qint64 m_kyzylorda = 0;
    QStringList m_voters;
};

bool TestScoreCardDocument::importSurveys()
{
    ContestDocument &doc = m_contest->document();
    QSqlDatabase db = doc.database().connection();
    // The citizens' survey with the mapping the wizard would guess, the ethics questionnaire
    // with its stored mapping, as tst_surveyimporter imports them.
    survey::ImportOptions population;
    population.filePath = test::SurveyFixture::data(QStringLiteral("googleforms.csv"));
    population.userName = QStringLiteral("secretary");
    population.actor = doc.actor(); // the signed-in secretary
    {
        survey::ReadError readError;
        const std::unique_ptr<survey::SheetReader> reader =
            survey::SheetReader::open(population.filePath, &readError);
        if (!reader)
            return false;
        QVector<QVector<QVariant>> sample;
        QVector<QVariant> cells;
        while (sample.size() < survey::HeaderGuess::kSampleRows && reader->readRow(cells))
            sample.append(cells);
        const survey::HeaderGuess header = survey::HeaderGuess::guess(sample);
        population.mapping = survey::ImportMapping::guess(header.columns, doc.criteria().all(),
                                                          survey::SurveyKind::Population,
                                                          sample.mid(header.firstDataRow))
                                 .mapping;
        population.mapping.headerRows = header.headerRows;
        population.mapping.firstDataRow = header.firstDataRow;
    }
    survey::ImportOptions ethics;
    ethics.filePath = test::SurveyFixture::data(QStringLiteral("ethics.csv"));
    ethics.userName = QStringLiteral("secretary");
    ethics.actor = doc.actor();
    QFile mapping(test::SurveyFixture::data(QStringLiteral("ethics-mapping.json")));
    QString error;
    if (!mapping.open(QIODevice::ReadOnly) ||
        !survey::ImportMapping::fromJson(QJsonDocument::fromJson(mapping.readAll()).object(),
                                         &ethics.mapping, &error))
        return false;
    for (const survey::ImportOptions &options : {population, ethics}) {
        survey::SurveyImporter importer(db);
        if (!importer.run(options, {}, &error).committed) {
            qWarning("%s", qPrintable(error));
            return false;
        }
    }
    return true;
}

void TestScoreCardDocument::initTestCase()
{
    test::isolateSettings();
    m_contest = std::make_unique<test::TemporaryContest>();
    QVERIFY2(m_contest->isValid(), qPrintable(m_contest->errorString()));
    QVERIFY(test::rawSql(m_contest->path(), {QStringLiteral("UPDATE contest SET year = 2020")}));
    ContestDocument &doc = m_contest->document();
    QVERIFY(m_n.populate(*m_contest));
    const qint64 region = m_contest->regionId(QStringLiteral("кызылорд"));
    NomineeDraft draft;
    draft.regionId = region;
    draft.newDistrictRu = QStringLiteral("Тонирекский район");
    draft.newDistrictKk = kKazakhDistrict;
    draft.newOkrugRu = QStringLiteral("Жузагашский сельский округ");
    draft.newOkrugKk = kKazakhOkrug;
    draft.fullName = kKazakhName;
    QVERIFY(doc.addNominee(draft).ok());
    for (const NomineeRow &row : doc.nominees().rows()) {
        if (row.nominee.fullName == kKazakhName)
            m_kazakh = row.nominee.id;
    }
    QVERIFY(m_kazakh);

    for (const Commission &c : doc.commissions().commissions()) {
        if (c.stage == StageKind::Regional && c.regionId == region)
            m_kyzylorda = c.id;
    }
    QVERIFY(m_kyzylorda);
    const struct
    {
        const char *name;
        MemberRole role;
    } members[] = {{"Сейтқали Айдар Болатұлы", MemberRole::Chair},
                   {"Иванова Ольга Петровна", MemberRole::Deputy},
                   {"Нұрланова Гүлнар Маратқызы", MemberRole::Secretary},
                   {"Ахметов Ерлан Серікұлы", MemberRole::Member},
                   {"Ким Виктория Олеговна", MemberRole::Member},
                   {"Омарова Әлия Қайратқызы", MemberRole::Member}};
    for (const auto &m : members) {
        Member member;
        member.commissionId = m_kyzylorda;
        member.fullName = QString::fromUtf8(m.name);
        member.role = m.role;
        QVERIFY(doc.addMember(member).ok());
    }
    BallotService ballots(doc);
    const QVector<Member> voters = ballots.votingMembers(m_kyzylorda);
    QCOMPARE(voters.size(), 5);
    for (const Member &m : voters) {
        m_voters << m.fullName;
        if (m.fullName == kConflicted)
            QVERIFY(
                doc.setConflicts(m.id, {{m.id, m_n.toretam, QStringLiteral("родственник")}}).ok());
    }

    // The secretary types the paper ballots in: the first account signs the file in as itself.
    AccountDraft secretary;
    secretary.login = QStringLiteral("secretary");
    secretary.fullName = QStringLiteral("Нұрланова Гүлнар Маратқызы");
    secretary.role = AccountRole::Secretary;
    secretary.password = QStringLiteral("Score-card-2020!");
    const EditResult account = AccountService(doc).create(secretary);
    QVERIFY2(account.ok(), qPrintable(account.message));
    // Every voter scores every nominee of the region, points spread so that the trimmed mean
    // drops something, with one abstention and the conflict recused.
    int nominee = 0;
    for (const NomineeRow &row : doc.nominees().rows()) {
        if (row.regionId != region)
            continue;
        ++nominee;
        for (int v = 0; v < voters.size(); ++v) {
            for (int k = 0; k < kCommissionCodes.size(); ++k) {
                const qint64 criterion = doc.criteria().idOfCode(kCommissionCodes.at(k));
                ScoreState state = ScoreState::Entered;
                if (voters.at(v).fullName == kConflicted && row.nominee.id == m_n.toretam)
                    state = ScoreState::Recused;
                else if (voters.at(v).fullName == kAbstaining && row.nominee.id == m_kazakh &&
                         k == 1)
                    state = ScoreState::Abstained;
                const double points = ((v * 3 + nominee * 2 + k * 5) % 8) + 2 + (v % 2) * 0.5;
                const EditResult result =
                    ballots.setCell(voters.at(v).id, row.nominee.id, criterion, state, points);
                QVERIFY2(result.ok(), qPrintable(result.message));
            }
        }
    }
    QVERIFY(importSurveys());
}

scoring::Ranking TestScoreCardDocument::ranking() const
{
    return scoring::ScoringInputLoader(m_contest->document().database().connection())
        .rank(StageKind::Regional, m_contest->regionId(QStringLiteral("кызылорд")));
}

QString TestScoreCardDocument::writeCard(qint64 nominee, const QString &language,
                                         const QString &name)
{
    ReportRequest request;
    request.kind = ReportKind::ScoreCard;
    request.stage = StageKind::Regional;
    request.nomineeId = nominee;
    request.language = language;
    return test::writeReport(m_contest->document(), request, m_contest->filePath(name));
}

void TestScoreCardDocument::cardInEachLanguage_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : ReportLanguage::codes())
        QTest::newRow(qPrintable(language)) << language;
}

void TestScoreCardDocument::cardInEachLanguage()
{
    QFETCH(QString, language);
    const QString path = writeCard(m_kazakh, language, language + QStringLiteral(".pdf"));
    QVERIFY(!path.isEmpty());
    const QStringList pages = test::pdfPages(path);
    QVERIFY(!pages.isEmpty());
    const QString text = pages.join(QLatin1Char('\n'));
    const ReportLanguage words(language);
    const QLocale locale = words.locale();

    // Every page says which of how many it is.
    const QString pageOf = words.translate("akim::report::BlankBallotRenderer", "Page %1 of %2");
    for (int p = 0; p < pages.size(); ++p)
        QVERIFY2(pages.at(p).contains(
                     pageOf.arg(locale.toString(p + 1)).arg(locale.toString(int(pages.size())))),
                 qPrintable(pages.at(p)));

    const scoring::Ranking ranked = ranking();
    const scoring::NomineeResult *n = ranked.find(m_kazakh);
    QVERIFY(n);
    QVERIFY2(pages.constFirst().contains(kKazakhName), qPrintable(pages.constFirst()));
    // The total as the ranking shows it: the methodology's display decimals.
    const QString placeAndTotal =
        words.translate("akim::scoring::NomineeBreakdown", "Place %1, total %2")
            .arg(locale.toString(n->place), locale.toString(n->total, 'f', 2));
    QVERIFY2(pages.constFirst().contains(placeAndTotal), qPrintable(placeAndTotal));
    // The Rankings tab's words, in the card's language.
    QVERIFY(text.contains(words.translate("akim::scoring::NomineeBreakdown", "Commission scores")));

    // Every member's score, each in its criterion's table: the name, then the points.
    for (const scoring::CriterionResult &c : n->criteria) {
        if (c.source != CriterionSource::Commission)
            continue;
        const int from = text.indexOf(QRegularExpression(
            QStringLiteral("(^|\\s)%1\\. ").arg(c.code))); // the criterion's heading
        QVERIFY2(from >= 0, qPrintable(c.code));
        const QString section = text.mid(from, 1500);
        QCOMPARE(c.scores.size(), m_voters.size());
        for (const scoring::ScoreExplanation &s : c.scores) {
            const QString points = s.state == ScoreState::Entered
                                       ? locale.toString(s.points, 'g', 6)
                                       : QStringLiteral("—");
            QVERIFY2(section.contains(QRegularExpression(QRegularExpression::escape(s.member) +
                                                         QStringLiteral("\\s+") +
                                                         QRegularExpression::escape(points))),
                     qPrintable(c.code + QLatin1Char(' ') + s.member + QLatin1Char(' ') + points));
        }
    }

    if (language == QLatin1String("kk")) {
        for (const QString &kazakh :
             {kKazakhOkrug, kKazakhDistrict, QStringLiteral("Қызылорда облысы"),
              QStringLiteral("Сейтқали Айдар Болатұлы")})
            QVERIFY2(text.contains(kazakh), qPrintable(kazakh));
        QVERIFY(!text.contains(QStringLiteral("Жузагашский")));
        QString error;
        const QStringList fonts = test::pdfFonts(path, &error);
        if (fonts.isEmpty() && !error.isEmpty())
            QSKIP(qPrintable(error));
        for (const QString &font : fonts)
            QVERIFY2(font.endsWith(QLatin1String(" yes")), qPrintable(font));
    }
}

void TestScoreCardDocument::figuresEqualTheEngine()
{
    // Figures are shown to four decimals: within half of the last one of the engine's.
    const auto near = [](double shown, double engine) {
        return std::isfinite(shown) && std::abs(shown - engine) <= 0.00005 + 1e-12;
    };
    const auto match = [](const QString &text, const QString &pattern) {
        return QRegularExpression(pattern).match(text);
    };
    const QString decimal = QStringLiteral("([0-9]+(?:\\.[0-9]+)?)");
    const scoring::Ranking ranked = ranking();
    QCOMPARE(ranked.nominees.size(), 7);
    for (const scoring::NomineeResult &n : ranked.nominees) {
        const QString path = writeCard(n.nomineeId, QStringLiteral("en"),
                                       QStringLiteral("figures-%1.pdf").arg(n.nomineeId));
        // One line: where the text wraps does not matter to the figures.
        const QString text = test::pdfPages(path).join(QLatin1Char(' ')).simplified();
        QVERIFY(!text.isEmpty());
        const QByteArray name = n.name.toUtf8();
        const char *who = name.constData();

        QRegularExpressionMatch m = match(text, QStringLiteral("Place (\\d+), total ") + decimal);
        QVERIFY2(m.hasMatch(), who);
        QCOMPARE(m.captured(1).toInt(), n.place);
        QCOMPARE(m.captured(2), QString::number(n.total, 'f', 2));

        // The total, and the sum of its terms as a person with a calculator adds them up.
        m = match(text, QStringLiteral("Total = Σ weight × component = (.*?) = ") + decimal);
        QVERIFY2(m.hasMatch(), who);
        QVERIFY2(near(m.captured(2).toDouble(), n.total), who);
        double sum = 0;
        auto terms = QRegularExpression(decimal + QStringLiteral(" × ") + decimal)
                         .globalMatch(m.captured(1));
        while (terms.hasNext()) {
            const QRegularExpressionMatch t = terms.next();
            sum += t.captured(1).toDouble() * t.captured(2).toDouble();
        }
        // Rounded as by hand: to the four decimals shown, then half up to the two of the total.
        const double byHand = std::floor(std::round(sum * 1e4) / 100 + 0.5) / 100;
        QCOMPARE(QString::number(byHand, 'f', 2), QString::number(n.total, 'f', 2));

        // Each commission criterion: its value, and the mean of the scores its working lists.
        auto values = QRegularExpression(
                          QStringLiteral("Value: (?:trimmed mean|mean)(?: fewer than \\d+ valid "
                                         "scores: none dropped)? ") +
                          decimal + QStringLiteral(" \\(([^)]*)\\) / (\\d+)"))
                          .globalMatch(text);
        for (const scoring::CriterionResult &c : n.criteria) {
            if (c.source != CriterionSource::Commission)
                continue;
            QVERIFY2(values.hasNext(), qPrintable(c.code));
            const QRegularExpressionMatch v = values.next();
            QVERIFY2(near(v.captured(1).toDouble(), c.value), qPrintable(c.code));
            double scores = 0;
            for (const QString &score : v.captured(2).split(QStringLiteral(" + ")))
                scores += score.toDouble();
            QVERIFY2(near(scores / v.captured(3).toInt(), c.value), qPrintable(c.code));
            m = match(text, QStringLiteral("\\b%1 ").arg(c.code) + decimal +
                                QStringLiteral(" 10 1 ") + decimal + QStringLiteral(" 10 "));
            QVERIFY2(m.hasMatch() && near(m.captured(1).toDouble(), c.value) &&
                         near(m.captured(2).toDouble(), c.weight * c.value),
                     qPrintable(c.code));
        }
        m = match(text, QStringLiteral("Commission index = 100 × Σ\\(weight × value\\) / "
                                       "Σ\\(weight × maximum\\) = 100 × ") +
                            decimal + QStringLiteral(" / ") + decimal + QStringLiteral(" = ") +
                            decimal);
        QVERIFY2(m.hasMatch(), who);
        QVERIFY2(near(m.captured(3).toDouble(), n.components.commission), who);
        // Σ(weight × value) is shown rounded: 100 / Σ(weight × maximum) times its error.
        const double max = m.captured(2).toDouble();
        QVERIFY2(std::abs(100 * m.captured(1).toDouble() / max - n.components.commission) <=
                     (100 / max + 1) * 0.00005,
                 who);

        // The questionnaires: n, mean and index per criterion, then each index.
        for (const scoring::CriterionResult &c : n.criteria) {
            if (c.source == CriterionSource::Commission || c.n == 0)
                continue;
            m = match(text, QStringLiteral("\\b%1\\. [^0-9]*?(\\d+) ").arg(c.code) + decimal +
                                QLatin1Char(' ') + decimal + QStringLiteral(" 1 "));
            QVERIFY2(m.hasMatch(), qPrintable(c.code));
            QCOMPARE(m.captured(1).toLongLong(), c.n);
            QVERIFY2(near(m.captured(2).toDouble(), c.mean), qPrintable(c.code));
            QVERIFY2(near(m.captured(3).toDouble(), c.value), qPrintable(c.code));
        }
        const struct
        {
            const char *label;
            double index;
        } indexes[] = {{"Survey index", n.components.survey},
                       {"Ethics index", n.components.ethics}};
        for (const auto &index : indexes) {
            m = match(text, QLatin1String(index.label) +
                                QStringLiteral(" = Σ\\(weight × index\\) / Σ weight = ") + decimal +
                                QStringLiteral(" / ") + decimal + QStringLiteral(" = ") + decimal);
            QCOMPARE(m.hasMatch(), std::isfinite(index.index));
            if (m.hasMatch())
                QVERIFY2(near(m.captured(3).toDouble(), index.index), index.label);
        }
        QVERIFY(text.contains(QStringLiteral("Citizens' responses: %1 (minimum sample 30); ethics "
                                             "questionnaire responses: %2.")
                                  .arg(n.surveyResponses)
                                  .arg(n.ethicsResponses)));
    }
}

void TestScoreCardDocument::trimmedScoresAreMarked()
{
    const scoring::Ranking ranked = ranking();
    const scoring::NomineeResult *n = ranked.find(m_n.zhosaly);
    QVERIFY(n);
    const QString text =
        test::pdfPages(writeCard(m_n.zhosaly, QStringLiteral("en"), QStringLiteral("trim.pdf")))
            .join(QLatin1Char('\n'));
    int trimmed = 0;
    for (const scoring::CriterionResult &c : n->criteria) {
        if (c.source != CriterionSource::Commission)
            continue;
        QVERIFY(c.trimmedApplied); // five valid scores: the highest and the lowest dropped
        for (const scoring::ScoreExplanation &s : c.scores) {
            if (!s.trimmed)
                continue;
            ++trimmed;
            QVERIFY2(text.contains(QRegularExpression(
                         QRegularExpression::escape(s.member) + QStringLiteral("\\s+") +
                         QRegularExpression::escape(QString::number(s.points, 'g', 6)) +
                         QStringLiteral("\\s+dropped by the trimmed mean"))),
                     qPrintable(c.code + QLatin1Char(' ') + s.member));
        }
    }
    QCOMPARE(trimmed, 2 * 5);
    QCOMPARE(int(text.count(QLatin1String("dropped by the trimmed mean"))), trimmed);
    QCOMPARE(int(text.count(QLatin1String("Value: trimmed mean"))), 5);
}

void TestScoreCardDocument::abstentionAndConflictAreNamed()
{
    const QString kazakh =
        test::pdfPages(writeCard(m_kazakh, QStringLiteral("en"), QStringLiteral("abstain.pdf")))
            .join(QLatin1Char('\n'));
    QCOMPARE(int(kazakh.count(QLatin1String("abstained: not counted"))), 1);
    // Four valid scores on K2: the plain mean, nothing dropped.
    QVERIFY(kazakh.contains(QLatin1String("fewer than 5 valid scores: none dropped")));
    const QString toretam =
        test::pdfPages(writeCard(m_n.toretam, QStringLiteral("en"), QStringLiteral("recused.pdf")))
            .join(QLatin1Char('\n'));
    QCOMPARE(int(toretam.count(QLatin1String("recused: not counted"))), 5);
    QVERIFY(toretam.contains(QRegularExpression(QRegularExpression::escape(kConflicted) +
                                                QStringLiteral("\\s+—\\s+recused: not counted"))));
}

void TestScoreCardDocument::stageTwoCard()
{
    // The region's winner goes on to stage II, which the republican commission has not scored.
    const scoring::Ranking ranked = ranking();
    qint64 winner = 0;
    for (const scoring::NomineeResult &n : ranked.nominees) {
        if (n.advances)
            winner = n.nomineeId;
    }
    QVERIFY(winner);
    ReportRequest request;
    request.kind = ReportKind::ScoreCard;
    request.stage = StageKind::National;
    request.nomineeId = winner;
    request.language = QStringLiteral("en");
    QString error;
    const std::unique_ptr<ReportDocument> card =
        ReportFactory::load(m_contest->document(), request, &error);
    QVERIFY2(card, qPrintable(error));
    const QString path = m_contest->filePath(QStringLiteral("stage2.pdf"));
    QCOMPARE(PdfOutput::write(*card, path), QString());
    const QString text = test::pdfPages(path).join(QLatin1Char(' ')).simplified();
    QVERIFY(text.contains(QLatin1String("Stage II (republican)")));
    QVERIFY(text.contains(QStringLiteral("Stage I total %1")
                              .arg(QString::number(ranked.find(winner)->total, 'f', 4))));
    QVERIFY(text.contains(QLatin1String("no commission scores")));
    QVERIFY(!text.contains(QLatin1String("Questionnaires")));
}

void TestScoreCardDocument::printerGivesThePagesOfThePdf()
{
    ReportRequest request;
    request.kind = ReportKind::ScoreCard;
    request.nomineeId = m_n.zhosaly;
    request.language = QStringLiteral("kk");
    QString error;
    const std::unique_ptr<ReportDocument> card =
        ReportFactory::load(m_contest->document(), request, &error);
    QVERIFY2(card, qPrintable(error));
    const QString pdf = m_contest->filePath(QStringLiteral("pdfoutput.pdf"));
    QCOMPARE(PdfOutput::write(*card, pdf), QString());
    const QString printed = m_contest->filePath(QStringLiteral("printer.pdf"));
    {
        QPrinter printer{QPrinter::HighResolution};
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(printed);
        QVERIFY(card->print(&printer));
    }
    const QStringList written = test::pdfPages(pdf);
    const QStringList pages = test::pdfPages(printed);
    QVERIFY(written.size() > 1);
    QCOMPARE(pages.size(), written.size());
    for (int p = 0; p < pages.size(); ++p)
        QCOMPARE(pages.at(p).simplified(), written.at(p).simplified());
}

void TestScoreCardDocument::layoutMatchesGolden()
{
    ReportRequest request;
    request.kind = ReportKind::ScoreCard;
    request.nomineeId = m_n.zhosaly; // every part: scores, survey and ethics answers
    request.language = QStringLiteral("en");
    QString error;
    const std::unique_ptr<ReportDocument> loaded =
        ScoreCardDocument::load(m_contest->document(), request, &error);
    QVERIFY2(loaded, qPrintable(error));
    const QString actual = static_cast<const ScoreCardDocument &>(*loaded).dump();
    const QString mismatch =
        test::goldenMismatch(actual, goldenPath(QStringLiteral("score-card-en.txt")));
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
}

void TestScoreCardDocument::missingNomineeGivesError()
{
    ReportRequest request;
    request.kind = ReportKind::ScoreCard;
    request.nomineeId = 999999;
    QString error;
    QVERIFY(!ReportFactory::load(m_contest->document(), request, &error));
    QVERIFY2(error.contains(QLatin1String("no such nominee")), qPrintable(error));

    // Stage II ranks the regions' winners only.
    const scoring::Ranking ranked = ranking();
    qint64 runnerUp = 0;
    for (const scoring::NomineeResult &n : ranked.nominees) {
        if (!n.advances)
            runnerUp = n.nomineeId;
    }
    QVERIFY(runnerUp);
    request.nomineeId = runnerUp;
    request.stage = StageKind::National;
    error.clear();
    QVERIFY(!ReportFactory::load(m_contest->document(), request, &error));
    QVERIFY2(error.contains(QLatin1String("not among the nominees of stage II")),
             qPrintable(error));
}

QTEST_MAIN(TestScoreCardDocument)
#include "tst_scorecarddocument.moc"

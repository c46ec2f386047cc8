// ReportLanguage: a document's own language, translated through its own catalogue without
// touching the application's (a Kazakh ballot printed from a Russian window, on a worker
// thread), with names and criteria picked for it; and PageStyle's choice of serif face.
#include "report/pagestyle.h"
#include "report/reportlanguage.h"

#include <QFontDatabase>
#include <QThread>
#include <QtTest>

using namespace akim;
using namespace akim::report;

class TestReportLanguage : public QObject
{
    Q_OBJECT

private slots:
    void translatesThroughItsOwnCatalogue();
    void pluralForms();
    void unknownLanguageIsRussian();
    void namesCriteriaAndNumbers();
    void worksOnAWorkerThread();
    void serifFamily();
};

void TestReportLanguage::translatesThroughItsOwnCatalogue()
{
    const char *context = "akim::labels";
    const char *source = "Stage I (regional)";
    const ReportLanguage ru(QStringLiteral("ru"));
    const ReportLanguage kk(QStringLiteral("kk"));
    const ReportLanguage en(QStringLiteral("en"));
    QVERIFY(ru.hasCatalogue() && kk.hasCatalogue() && en.hasCatalogue());
    QCOMPARE(ru.translate(context, source), QStringLiteral("I этап (областной)"));
    QCOMPARE(kk.translate(context, source), QStringLiteral("I кезең (облыстық)"));
    QCOMPARE(en.translate(context, source), QString::fromLatin1(source));
    // A string no catalogue has reads as written.
    QCOMPARE(kk.translate(context, "No such string"), QStringLiteral("No such string"));
    // The application's own translation is untouched: nothing was installed.
    QCOMPARE(QCoreApplication::translate(context, source), QString::fromLatin1(source));
}

void TestReportLanguage::pluralForms()
{
    const ReportLanguage ru(QStringLiteral("ru"));
    const char *context = "AccountService";
    const char *source = "A password has at least %n character(s).";
    QCOMPARE(ru.translate(context, source, nullptr, 5),
             QStringLiteral("Пароль — не короче 5 символов."));
    QVERIFY(ru.translate(context, source, nullptr, 2).contains(QStringLiteral("2 символ")));
    QCOMPARE(ReportLanguage(QStringLiteral("en")).translate(context, source, nullptr, 1),
             QStringLiteral("A password has at least 1 character."));
}

void TestReportLanguage::unknownLanguageIsRussian()
{
    QCOMPARE(ReportLanguage(QStringLiteral("de")).code(), QStringLiteral("ru"));
    QCOMPARE(ReportLanguage().code(), QStringLiteral("ru"));
    QCOMPARE(ReportLanguage::codes(),
             (QStringList{QStringLiteral("kk"), QStringLiteral("ru"), QStringLiteral("en")}));
    // Without the catalogue the document reads English rather than failing.
    const ReportLanguage missing(QStringLiteral("kk"), QStringLiteral(":/no/such/dir"));
    QVERIFY(!missing.hasCatalogue());
    QCOMPARE(missing.translate("akim::labels", "Stage I (regional)"),
             QStringLiteral("Stage I (regional)"));
}

void TestReportLanguage::namesCriteriaAndNumbers()
{
    const ReportLanguage ru(QStringLiteral("ru"));
    const ReportLanguage kk(QStringLiteral("kk"));
    const ReportLanguage en(QStringLiteral("en"));
    const QString okrugRu = QStringLiteral("Жузагашский сельский округ");
    const QString okrugKk = QStringLiteral("Жүзағаш ауылдық округі");
    QCOMPARE(ru.pick(okrugRu, okrugKk), okrugRu);
    QCOMPARE(kk.pick(okrugRu, okrugKk), okrugKk);
    QCOMPARE(kk.pick(okrugRu, QString()), okrugRu); // no Kazakh name: the Russian one
    QCOMPARE(en.pick(okrugRu, okrugKk), okrugRu);   // official names stay Russian

    Criterion c;
    c.titleRu = QStringLiteral("Эссе");
    c.titleKk = QStringLiteral("Эссе және жобаны қорғау");
    c.titleEn = QStringLiteral("Essay");
    QCOMPARE(ru.criterionTitle(c), c.titleRu);
    QCOMPARE(kk.criterionTitle(c), c.titleKk);
    QCOMPARE(en.criterionTitle(c), c.titleEn);
    c.titleEn.clear();
    QCOMPARE(en.criterionTitle(c), c.titleRu);

    QCOMPARE(ru.pointsRange(10), QStringLiteral("0–10"));
    QCOMPARE(ru.pointsRange(2.5), QStringLiteral("0–2,5"));
    QCOMPARE(en.pointsRange(2.5), QStringLiteral("0–2.5"));
}

void TestReportLanguage::worksOnAWorkerThread()
{
    QString translated;
    std::unique_ptr<QThread> thread(QThread::create([&translated] {
        translated =
            ReportLanguage(QStringLiteral("kk")).translate("akim::labels", "Stage II (republican)");
    }));
    thread->start();
    QVERIFY(thread->wait(10000));
    QCOMPARE(
        translated,
        ReportLanguage(QStringLiteral("kk")).translate("akim::labels", "Stage II (republican)"));
    QVERIFY(translated != QLatin1String("Stage II (republican)"));
}

void TestReportLanguage::serifFamily()
{
    const QString family = PageStyle::serifFamily();
    const QStringList installed = QFontDatabase::families();
    if (installed.contains(QStringLiteral("Times New Roman")))
        QCOMPARE(family, QStringLiteral("Times New Roman"));
    else if (installed.contains(QStringLiteral("Liberation Serif")))
        QCOMPARE(family, QStringLiteral("Liberation Serif"));
    QVERIFY2(installed.contains(family), qPrintable(family));
    // Every Kazakh letter is in the face, so none falls back to another font.
    const QFont font = PageStyle::defaults().font(12);
    QCOMPARE(font.family(), family);
    QVERIFY(QFontDatabase::writingSystems(family).contains(QFontDatabase::Cyrillic));
    const QFontMetricsF metrics(font);
    for (const QChar letter : QStringLiteral("әғқңөұүһіӘҒҚҢӨҰҮҺІ"))
        QVERIFY2(metrics.inFont(letter), qPrintable(QString(letter)));
}

QTEST_MAIN(TestReportLanguage)
#include "tst_reportlanguage.moc"

// Checks the translation catalogues: the .ts sources are complete and keep every placeholder and
// accelerator of the English source, and the embedded .qm catalogues answer real lookups.

#include "translationcatalog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

#include <memory>

using namespace akim;

namespace {

struct TsMessage
{
    QString context;
    QString source;
    bool numerus = false;
    QString type;             // the <translation type="…"> attribute; empty when finished
    QStringList translations; // one per <numerusform>, or the single translation
};

struct TsFile
{
    QString language;
    QVector<TsMessage> messages;
    QString error;
};

QString tsDir()
{
    // AKIM_TEST_DATA_DIR is <source>/tests/data; the catalogues live in <source>/translations.
    return QDir::cleanPath(QStringLiteral(AKIM_TEST_DATA_DIR) +
                           QStringLiteral("/../../translations"));
}

QString tsPath(const QString &language)
{
    return tsDir() + QLatin1Char('/') + TranslationCatalog::fileStem() + QLatin1Char('_') +
           language + QStringLiteral(".ts");
}

TsFile readTs(const QString &language)
{
    TsFile ts;
    QFile file(tsPath(language));
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = QStringLiteral("cannot open %1: %2").arg(file.fileName(), file.errorString());
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            ts.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = TsMessage();
            message.context = context;
            message.numerus =
                xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("numerusform"))
                        message.translations << xml.readElementText();
                    else
                        xml.skipCurrentElement();
                }
            } else {
                message.translations << xml.readElementText();
            }
            ts.messages << message;
        }
    }
    if (xml.hasError())
        ts.error = QStringLiteral("%1: line %2: %3")
                       .arg(file.fileName())
                       .arg(xml.lineNumber())
                       .arg(xml.errorString());
    return ts;
}

QString where(const TsMessage &m)
{
    return QStringLiteral("[%1] \"%2\"").arg(m.context, m.source);
}

// %1..%9, %L1..%L9 and %n, as a set: a translation may reorder them, never lose or add one.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(?:L?[1-9]|n)"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured());
    QStringList list(found.begin(), found.end());
    list.sort();
    return list;
}

// The letters marked by a single "&" ("&&" is a literal ampersand); an "&" that ends the text or
// precedes a space marks nothing and is returned as "?".
QStringList accelerators(const QString &text)
{
    QStringList keys;
    for (int i = 0; i < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        if (i + 1 < text.size() && text.at(i + 1).isLetterOrNumber())
            keys << text.at(i + 1).toLower();
        else
            keys << QStringLiteral("?");
    }
    return keys;
}

QString withoutAccelerators(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text;
}

QStringList htmlTags(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("</?[A-Za-z][^<>]*>"));
    QStringList tags;
    for (auto it = re.globalMatch(text); it.hasNext();)
        tags << it.next().captured();
    return tags;
}

// How many plural forms Qt's linguist tools give each language (lupdate writes that many empty
// <numerusform>s). Qt has no Kazakh-specific rule and gives it the two-form English rule; Kazakh
// nouns do not change after numerals, so both forms are the same text.
int numerusForms(const QString &language)
{
    if (language == QLatin1String("ru"))
        return 3;
    return 2;
}

QString translated(const QTranslator &translator, const char *context, const char *source,
                   int n = -1)
{
    return translator.translate(context, source, nullptr, n);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void tsFilesAreComplete_data();
    void tsFilesAreComplete();
    void catalogsHoldTheSameMessages();
    void acceleratorsAreUniqueAmongSiblings_data();
    void acceleratorsAreUniqueAmongSiblings();
    void englishIsTheSource();
    void embeddedCatalogsMatchTheSources_data();
    void embeddedCatalogsMatchTheSources();
    void lookupsThroughTheApplication();
    void russianPluralForms();
    void kazakhUsesKazakhWords();

private:
    std::unique_ptr<QTranslator> loadEmbedded(const QString &language);
};

std::unique_ptr<QTranslator> TestTranslations::loadEmbedded(const QString &language)
{
    auto translator = std::make_unique<QTranslator>();
    const QString path = TranslationCatalog::resourceDir() + QLatin1Char('/') +
                         TranslationCatalog::fileStem() + QLatin1Char('_') + language +
                         QStringLiteral(".qm");
    if (!QFile::exists(path) || !translator->load(path))
        return nullptr;
    return translator;
}

void TestTranslations::tsFilesAreComplete_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : TranslationCatalog::languages())
        QTest::newRow(qPrintable(language)) << language;
}

void TestTranslations::tsFilesAreComplete()
{
    QFETCH(QString, language);
    const TsFile ts = readTs(language);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QCOMPARE(ts.language, language);
    QVERIFY2(ts.messages.size() > 100, qPrintable(QString::number(ts.messages.size())));

    QStringList problems;
    for (const TsMessage &m : ts.messages) {
        const QString at = where(m);
        if (m.type == QLatin1String("unfinished") || m.type == QLatin1String("vanished") ||
            m.type == QLatin1String("obsolete")) {
            problems << QStringLiteral("%1: type=\"%2\"").arg(at, m.type);
            continue;
        }
        if (m.numerus && m.translations.size() != numerusForms(language))
            problems << QStringLiteral("%1: %2 plural forms, %3 expected")
                            .arg(at)
                            .arg(m.translations.size())
                            .arg(numerusForms(language));
        if (m.translations.isEmpty())
            problems << QStringLiteral("%1: no translation").arg(at);
        for (const QString &text : m.translations) {
            if (text.trimmed().isEmpty()) {
                problems << QStringLiteral("%1: empty translation").arg(at);
                continue;
            }
            if (placeholders(text) != placeholders(m.source))
                problems << QStringLiteral("%1: placeholders %2 in \"%3\", the source has %4")
                                .arg(at, placeholders(text).join(QLatin1Char(' ')), text,
                                     placeholders(m.source).join(QLatin1Char(' ')));
            const QStringList keys = accelerators(text);
            if (keys.size() != accelerators(m.source).size() || keys.contains(QStringLiteral("?")))
                problems << QStringLiteral("%1: %2 accelerator(s) in \"%3\", the source has %4")
                                .arg(at)
                                .arg(keys.size())
                                .arg(text)
                                .arg(accelerators(m.source).size());
            for (const QString &end : {QStringLiteral("…"), QStringLiteral(":")}) {
                if (m.source.endsWith(end) && !text.endsWith(end))
                    problems
                        << QStringLiteral("%1: \"%2\" does not end with \"%3\"").arg(at, text, end);
            }
            if (htmlTags(text) != htmlTags(m.source))
                problems << QStringLiteral("%1: HTML tags differ in \"%2\"").arg(at, text);
            if (m.source.startsWith(QLatin1Char(' ')) && text.size() - text.trimmed().size() < 1)
                problems << QStringLiteral("%1: the source's indentation is lost").arg(at);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::catalogsHoldTheSameMessages()
{
    QHash<QString, QSet<QString>> keys;
    for (const QString &language : TranslationCatalog::languages()) {
        const TsFile ts = readTs(language);
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        for (const TsMessage &m : ts.messages)
            keys[language].insert(m.context + QLatin1Char('\x04') + m.source);
    }
    QCOMPARE(keys.value(QStringLiteral("kk")), keys.value(QStringLiteral("ru")));
    QCOMPARE(keys.value(QStringLiteral("en")), keys.value(QStringLiteral("ru")));
}

void TestTranslations::acceleratorsAreUniqueAmongSiblings_data()
{
    // Labels shown side by side (one menu, one dialog, one button row): Alt+letter must reach
    // each of them. The English source itself repeats C in the File menu ("Save a &Copy…",
    // "&Close"), so only the translations are held to this.
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("labels"); // "context|source"
    const auto rows = [](const char *name, const QStringList &labels) {
        for (const char *language : {"ru", "kk"})
            QTest::newRow(qPrintable(
                QStringLiteral("%1 %2").arg(QLatin1String(language), QLatin1String(name))))
                << QString::fromLatin1(language) << labels;
    };
    rows("menu bar", {QStringLiteral("MainMenus|&File"), QStringLiteral("MainMenus|&Edit"),
                      QStringLiteral("MainMenus|&Reports"), QStringLiteral("MainMenus|&Language"),
                      QStringLiteral("MainMenus|&Help")});
    rows("File menu",
         {QStringLiteral("MainMenus|&New Contest…"), QStringLiteral("MainMenus|&Open…"),
          QStringLiteral("MainMenus|Open &Recent"), QStringLiteral("MainMenus|Save a &Copy…"),
          QStringLiteral("MainMenus|&Close"), QStringLiteral("MainMenus|&Quit"),
          QStringLiteral("MainMenus|Import &Registry…"),
          QStringLiteral("MainMenus|Import &Survey…"),
          QStringLiteral("MainMenus|Import &Ethics Questionnaire…"),
          QStringLiteral("akim::PackageActions|Open Ballot &Package…"),
          QStringLiteral("akim::PackageActions|E&xport Ballot Packages…"),
          QStringLiteral("akim::PackageActions|I&mport Ballot Packages…")});
    rows("Edit menu",
         {QStringLiteral("akim::MainWindow|&Undo"), QStringLiteral("akim::MainWindow|&Redo"),
          QStringLiteral("MainMenus|&Add Nominee…"), QStringLiteral("MainMenus|&Edit…"),
          QStringLiteral("MainMenus|&Delete")});
    for (const char *page : {"akim::NomineesPage", "akim::CriteriaPage"}) {
        const QString context = QLatin1String(page);
        rows(page, {context + QStringLiteral("|A&dd…"), context + QStringLiteral("|Ed&it…"),
                    context + QStringLiteral("|Dele&te")});
    }
    rows("akim::CommissionsPage", {QStringLiteral("akim::CommissionsPage|Add &Member…"),
                                   QStringLiteral("akim::CommissionsPage|Ed&it…"),
                                   QStringLiteral("akim::CommissionsPage|Dele&te"),
                                   QStringLiteral("akim::CommissionsPage|&Blank Ballots…")});
    // Paper double entry on the Ballot tab: the bar, the comparison panel, the page's own
    // controls and the menu bar are all on screen together.
    rows("paper double entry",
         {QStringLiteral("MainMenus|&File"), QStringLiteral("MainMenus|&Edit"),
          QStringLiteral("MainMenus|&Reports"), QStringLiteral("MainMenus|&Account"),
          QStringLiteral("MainMenus|&Language"), QStringLiteral("MainMenus|&Help"),
          QStringLiteral("akim::PaperEntryBar|Paper ballots need &double entry"),
          QStringLiteral("akim::PaperEntryBar|Sa&ved ballot"),
          QStringLiteral("akim::PaperEntryBar|Entry &1"),
          QStringLiteral("akim::PaperEntryBar|Entry &2"),
          QStringLiteral("akim::PaperEntryBar|&Compare"),
          QStringLiteral("akim::PaperComparePanel|&Use Entry 1…"),
          QStringLiteral("akim::PaperComparePanel|Use En&try 2…"),
          QStringLiteral("akim::PaperComparePanel|Acce&pt and Submit…"),
          QStringLiteral("akim::BallotPage|&Ballot of:"),
          QStringLiteral("akim::BallotPage|&Submit…"), QStringLiteral("akim::BallotPage|Re&open…"),
          QStringLiteral("akim::BallotPage|Co&mment:")});
    rows("akim::WelcomePage", {QStringLiteral("akim::WelcomePage|&New contest from template…"),
                               QStringLiteral("akim::WelcomePage|&Open contest…"),
                               QStringLiteral("akim::WelcomePage|Open &demo contest"),
                               QStringLiteral("akim::WelcomePage|Open a &ballot package…"),
                               QStringLiteral("akim::WelcomePage|Recent &contests:")});
    rows("akim::PackageExportDialog", {QStringLiteral("akim::PackageExportDialog|&Commission:"),
                                       QStringLiteral("akim::PackageExportDialog|&Members:"),
                                       QStringLiteral("akim::PackageExportDialog|&Folder:"),
                                       QStringLiteral("akim::PackageExportDialog|&Export")});
    rows("akim::CriterionDialog", {QStringLiteral("akim::CriterionDialog|&Code:"),
                                   QStringLiteral("akim::CriterionDialog|Title in &Russian:"),
                                   QStringLiteral("akim::CriterionDialog|Title in &Kazakh:"),
                                   QStringLiteral("akim::CriterionDialog|Title in &English:"),
                                   QStringLiteral("akim::CriterionDialog|S&tage:"),
                                   QStringLiteral("akim::CriterionDialog|S&ource:"),
                                   QStringLiteral("akim::CriterionDialog|&Maximum points:"),
                                   QStringLiteral("akim::CriterionDialog|&Weight:")});
    rows("akim::NomineeDialog", {QStringLiteral("akim::NomineeDialog|&Region:"),
                                 QStringLiteral("akim::NomineeDialog|&District:"),
                                 QStringLiteral("akim::NomineeDialog|Rural &okrug:"),
                                 QStringLiteral("akim::NomineeDialog|Akim's &full name:"),
                                 QStringLiteral("akim::NomineeDialog|In office &since:"),
                                 QStringLiteral("akim::NomineeDialog|S&tatus:"),
                                 QStringLiteral("akim::NomineeDialog|&Notes:")});
    // The report dialog: the fields (ReportForm) and the buttons shown with them; the fields
    // of every kind are counted, though only some are shown at a time.
    rows("akim::ReportDialog",
         {QStringLiteral("akim::ReportForm|Doc&ument:"), QStringLiteral("akim::ReportForm|S&tage:"),
          QStringLiteral("akim::ReportForm|R&egion:"), QStringLiteral("akim::ReportForm|&Nominee:"),
          QStringLiteral("akim::ReportForm|&Commission:"),
          QStringLiteral("akim::ReportForm|&Language:"),
          QStringLiteral("akim::ReportDialog|&All Regional Protocols…"),
          QStringLiteral("akim::ReportDialog|Protocol &Details…"),
          QStringLiteral("akim::ReportDialog|&Preview…"),
          QStringLiteral("akim::ReportDialog|Pr&int…"),
          QStringLiteral("akim::ReportDialog|&Save as PDF…")});
    rows("akim::MemberDialog",
         {QStringLiteral("akim::MemberDialog|&Full name:"),
          QStringLiteral("akim::MemberDialog|&Role:"),
          QStringLiteral("akim::MemberDialog|&Position:"),
          QStringLiteral("akim::MemberDialog|&Conflicts of interest: tick the nominees this "
                         "member must not score (a relative, a subordinate…)."),
          QStringLiteral("akim::MemberDialog|R&eason for the selected nominee:")});
}

void TestTranslations::acceleratorsAreUniqueAmongSiblings()
{
    QFETCH(QString, language);
    QFETCH(QStringList, labels);
    const TsFile ts = readTs(language);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QHash<QString, QString> byKey;
    for (const TsMessage &m : ts.messages)
        byKey.insert(m.context + QLatin1Char('|') + m.source, m.translations.value(0));

    QHash<QString, QString> taken; // accelerator letter -> label
    for (const QString &label : labels) {
        QVERIFY2(byKey.contains(label), qPrintable(QStringLiteral("no message ") + label));
        const QString text = byKey.value(label);
        const QStringList keys = accelerators(text);
        QVERIFY2(keys.size() == 1, qPrintable(text));
        QVERIFY2(!taken.contains(keys.first()),
                 qPrintable(QStringLiteral("\"%1\" and \"%2\" both use Alt+%3")
                                .arg(taken.value(keys.first()), text, keys.first())));
        taken.insert(keys.first(), text);
    }
}

void TestTranslations::englishIsTheSource()
{
    const TsFile ts = readTs(QStringLiteral("en"));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    int numerus = 0;
    for (const TsMessage &m : ts.messages) {
        if (!m.numerus) {
            QVERIFY2(m.translations.value(0) == m.source, qPrintable(where(m)));
            continue;
        }
        ++numerus;
        // "%n nominee(s)" becomes "%n nominee" / "%n nominees": no "(s)" left over.
        QCOMPARE(m.translations.size(), 2);
        for (const QString &form : m.translations)
            QVERIFY2(!form.contains(QStringLiteral("(s)")), qPrintable(where(m) + form));
        QVERIFY2(m.translations.at(0) != m.translations.at(1), qPrintable(where(m)));
    }
    QVERIFY(numerus > 0);
}

void TestTranslations::embeddedCatalogsMatchTheSources_data()
{
    tsFilesAreComplete_data();
}

void TestTranslations::embeddedCatalogsMatchTheSources()
{
    // The .qm in the resources is built from the .ts now in the tree: every plain message
    // answers with the text the .ts holds.
    QFETCH(QString, language);
    const auto translator = loadEmbedded(language);
    QVERIFY2(translator, qPrintable(QStringLiteral("no embedded catalogue for ") + language));
    QVERIFY(!translator->isEmpty());
    QCOMPARE(translator->language(), language);
    const TsFile ts = readTs(language);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QStringList stale;
    for (const TsMessage &m : ts.messages) {
        if (m.numerus)
            continue;
        const QString got =
            translator->translate(m.context.toUtf8().constData(), m.source.toUtf8().constData());
        if (got != m.translations.value(0))
            stale << QStringLiteral("%1: .qm says \"%2\", .ts says \"%3\"")
                         .arg(where(m), got, m.translations.value(0));
    }
    QVERIFY2(stale.isEmpty(), qPrintable(stale.join(QLatin1Char('\n'))));
}

void TestTranslations::lookupsThroughTheApplication()
{
    struct Expected
    {
        QString language;
        QString fileMenu;
        QString openAction;
        QString nomineesTab;
        QString withdrawn;
    };
    const QVector<Expected> expected = {
        {QStringLiteral("ru"), QStringLiteral("&Файл"), QStringLiteral("&Открыть…"),
         QStringLiteral("Участники"), QStringLiteral("Снят(а) с конкурса")},
        {QStringLiteral("kk"), QStringLiteral("&Файл"), QStringLiteral("&Ашу…"),
         QStringLiteral("Қатысушылар"), QStringLiteral("Конкурстан шықты")},
    };
    for (const Expected &e : expected) {
        const auto translator = loadEmbedded(e.language);
        QVERIFY(translator);
        QVERIFY(QCoreApplication::installTranslator(translator.get()));
        // The menus' strings are in the MainMenus context (Q_DECLARE_TR_FUNCTIONS(MainMenus)).
        const QString fileMenu = QCoreApplication::translate("MainMenus", "&File");
        const QString open = QCoreApplication::translate("MainMenus", "&Open…");
        const QString tab = QCoreApplication::translate("akim::MainWindow", "Nominees");
        const QString withdrawn = QCoreApplication::translate("akim::labels", "Withdrawn");
        const QString unknown = QCoreApplication::translate("akim::MainWindow", "No such text");
        QVERIFY(QCoreApplication::removeTranslator(translator.get()));

        QCOMPARE(fileMenu, e.fileMenu);
        QCOMPARE(open, e.openAction);
        QCOMPARE(tab, e.nomineesTab);
        QCOMPARE(withdrawn, e.withdrawn);
        QCOMPARE(unknown, QStringLiteral("No such text"));
    }
    // With no catalogue installed the source text comes back.
    QCOMPARE(QCoreApplication::translate("MainMenus", "&File"), QStringLiteral("&File"));
}

void TestTranslations::russianPluralForms()
{
    const auto ru = loadEmbedded(QStringLiteral("ru"));
    QVERIFY(ru);
    QVERIFY(QCoreApplication::installTranslator(ru.get()));
    QStringList got;
    for (int n : {1, 3, 5, 11, 21, 22, 25})
        got << QCoreApplication::translate("akim::MainWindow", "%n nominee(s)", nullptr, n);
    const QString deleteOne = QCoreApplication::translate(
        "akim::NomineesPage", "Delete %n selected nominee(s)?", nullptr, 1);
    const QString deleteThree = QCoreApplication::translate(
        "akim::NomineesPage", "Delete %n selected nominee(s)?", nullptr, 3);
    QVERIFY(QCoreApplication::removeTranslator(ru.get()));

    QCOMPARE(got, QStringList({QStringLiteral("1 участник"), QStringLiteral("3 участника"),
                               QStringLiteral("5 участников"), QStringLiteral("11 участников"),
                               QStringLiteral("21 участник"), QStringLiteral("22 участника"),
                               QStringLiteral("25 участников")}));
    QCOMPARE(deleteOne, QStringLiteral("Удалить 1 выбранного участника?"));
    QCOMPARE(deleteThree, QStringLiteral("Удалить 3 выбранных участников?"));

    // Kazakh and English through their own catalogues: one Kazakh form for every number.
    const auto kk = loadEmbedded(QStringLiteral("kk"));
    QVERIFY(kk);
    QCOMPARE(translated(*kk, "akim::MainWindow", "%n nominee(s)", 1),
             QStringLiteral("%n қатысушы"));
    QCOMPARE(translated(*kk, "akim::MainWindow", "%n nominee(s)", 5),
             QStringLiteral("%n қатысушы"));
    const auto en = loadEmbedded(QStringLiteral("en"));
    QVERIFY(en);
    QCOMPARE(translated(*en, "akim::MainWindow", "%n criterion(s)", 1),
             QStringLiteral("%n criterion"));
    QCOMPARE(translated(*en, "akim::MainWindow", "%n criterion(s)", 5),
             QStringLiteral("%n criteria"));
}

void TestTranslations::kazakhUsesKazakhWords()
{
    const TsFile ru = readTs(QStringLiteral("ru"));
    const TsFile kk = readTs(QStringLiteral("kk"));
    QVERIFY2(ru.error.isEmpty(), qPrintable(ru.error));
    QVERIFY2(kk.error.isEmpty(), qPrintable(kk.error));

    // The Kazakh catalogue is written in Kazakh letters, not in Russian ones.
    QString allKazakh;
    for (const TsMessage &m : kk.messages)
        allKazakh += m.translations.join(QLatin1Char(' ')) + QLatin1Char(' ');
    for (const QChar letter : QStringLiteral("әғқңөұүі"))
        QVERIFY2(allKazakh.contains(letter), qPrintable(QStringLiteral("no letter ") + letter));

    // Where the Russian text uses a contest term, the Kazakh one uses the Kazakh term. Quoted
    // names («Лучший сельский аким») are left out: they are quoted in both languages.
    const QVector<QPair<QString, QString>> terms = {
        {QStringLiteral("област"), QStringLiteral("облыс")},
        {QStringLiteral("район"), QStringLiteral("аудан")},
        {QStringLiteral("сельск"), QStringLiteral("ауылдық")},
        {QStringLiteral("участник"), QStringLiteral("қатысушы")},
        {QStringLiteral("критери"), QStringLiteral("өлшем")},
        {QStringLiteral("этап"), QStringLiteral("кезең")},
        {QStringLiteral("председател"), QStringLiteral("төраға")},
        {QStringLiteral("секретар"), QStringLiteral("хатшы")},
        {QStringLiteral("фио"), QStringLiteral("аты-жөні")},
        {QStringLiteral("должност"), QStringLiteral("лауазым")},
        {QStringLiteral("статус"), QStringLiteral("мәртебе")},
        {QStringLiteral("источник"), QStringLiteral("дереккөз")},
        {QStringLiteral("аким"), QStringLiteral("әкім")},
    };
    static const QRegularExpression quoted(QStringLiteral("«[^»]*»"));
    const auto plain = [](const QStringList &texts) {
        QString text = withoutAccelerators(texts.join(QLatin1Char(' '))).toLower();
        text.remove(quoted);
        // The program's own name, unquoted in the window title.
        text.remove(QStringLiteral("лучший сельский аким"));
        return text;
    };
    QHash<QString, QStringList> kazakh;
    for (const TsMessage &m : kk.messages)
        kazakh.insert(m.context + QLatin1Char('|') + m.source, m.translations);
    QStringList problems;
    int checked = 0;
    for (const TsMessage &m : ru.messages) {
        const QString russian = plain(m.translations);
        const QStringList kkTexts = kazakh.value(m.context + QLatin1Char('|') + m.source);
        const QString kkText = plain(kkTexts);
        for (const auto &term : terms) {
            if (!russian.contains(term.first))
                continue;
            ++checked;
            if (!kkText.contains(term.second) || kkText.contains(term.first))
                problems << QStringLiteral("%1: Russian has \"%2\", Kazakh \"%3\" lacks \"%4\"")
                                .arg(where(m), term.first, kkTexts.value(0), term.second);
        }
    }
    QVERIFY(checked > 50);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"

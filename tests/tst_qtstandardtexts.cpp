// Qt's own dialogs and menus speak the interface language: the standard buttons, the message
// box, the file dialog and the text fields' context menu read Kazakh from our catalogue (Debian
// ships no qtbase_kk.qm) and Russian from qtbase_ru.qm or, where that is missing, from ours,
// which must say the same.
#include "languagemanager.h"
#include "qtstandardtexts.h"
#include "testsupport.h"
#include "translationcatalog.h"

#include <QAbstractItemView>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QHeaderView>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTranslator>
#include <QTreeView>
#include <QtTest>

#include <memory>

using namespace akim;

namespace {

struct ButtonText
{
    QDialogButtonBox::StandardButton button;
    const char *ru;
    const char *kk;
    const char *en;
};

// Every standard button Qt names through QPlatformTheme. The Russian texts are qtbase_ru's.
const QVector<ButtonText> &buttonTexts()
{
    static const QVector<ButtonText> texts = {
        {QDialogButtonBox::Ok, "OK", "Жарайды", "OK"},
        {QDialogButtonBox::Cancel, "Отмена", "Болдырмау", "Cancel"},
        {QDialogButtonBox::Yes, "&Да", "&Иә", "&Yes"},
        {QDialogButtonBox::No, "&Нет", "&Жоқ", "&No"},
        {QDialogButtonBox::YesToAll, "Да для &всех", "&Барлығына иә", "Yes to &All"},
        {QDialogButtonBox::NoToAll, "Н&ет для всех", "Ба&рлығына жоқ", "N&o to All"},
        {QDialogButtonBox::Save, "Сохранить", "Сақтау", "Save"},
        {QDialogButtonBox::SaveAll, "Сохранить все", "Барлығын сақтау", "Save All"},
        {QDialogButtonBox::Open, "Открыть", "Ашу", "Open"},
        {QDialogButtonBox::Close, "Закрыть", "Жабу", "Close"},
        {QDialogButtonBox::Discard, "Отклонить", "Сақтамау", "Discard"},
        {QDialogButtonBox::Apply, "Применить", "Қолдану", "Apply"},
        {QDialogButtonBox::Reset, "Сбросить", "Ысыру", "Reset"},
        {QDialogButtonBox::RestoreDefaults, "По умолчанию", "Әдепкі бойынша", "Restore Defaults"},
        {QDialogButtonBox::Help, "Справка", "Анықтама", "Help"},
        {QDialogButtonBox::Abort, "Прервать", "Тоқтату", "Abort"},
        {QDialogButtonBox::Retry, "Повторить", "Қайталау", "Retry"},
        {QDialogButtonBox::Ignore, "Пропустить", "Елемеу", "Ignore"},
    };
    return texts;
}

QString expectedText(const ButtonText &text, const QString &language)
{
    if (language == QLatin1String("ru"))
        return QString::fromUtf8(text.ru);
    if (language == QLatin1String("kk"))
        return QString::fromUtf8(text.kk);
    return QString::fromUtf8(text.en);
}

QDialogButtonBox::StandardButtons allButtons()
{
    QDialogButtonBox::StandardButtons buttons;
    for (const ButtonText &text : buttonTexts())
        buttons |= text.button;
    return buttons;
}

// The letter after a single "&", lower case; empty when there is none.
QString accelerator(const QString &text)
{
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// "label" → "label" (first one wins) for each accelerator used twice among `texts`.
QStringList clashes(const QStringList &texts)
{
    QHash<QString, QString> taken;
    QStringList found;
    for (const QString &text : texts) {
        const QString key = accelerator(text);
        if (key.isEmpty())
            continue;
        if (taken.contains(key))
            found << QStringLiteral("\"%1\" and \"%2\" both use Alt+%3")
                         .arg(taken.value(key), text, key);
        else
            taken.insert(key, text);
    }
    return found;
}

std::unique_ptr<QTranslator> embedded(const QString &language)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(TranslationCatalog::fileStem() + QLatin1Char('_') + language,
                          TranslationCatalog::resourceDir()))
        return nullptr;
    return translator;
}

QString qtbaseRu()
{
    return QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_ru.qm");
}

} // namespace

class TestQtStandardTexts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void standardButtons_data();
    void standardButtons();
    void russianWithoutQtbase();
    void buttonsFollowALanguageSwitch();
    void messageBoxDetails();
    void gnomeThemeButtons();
    void fileDialog();
    void textFieldMenu();
    void cataloguesCarryEveryText_data();
    void cataloguesCarryEveryText();
    void russianAgreesWithQtbase();
};

void TestQtStandardTexts::initTestCase()
{
    test::isolateSettings();
    test::ignoreOffscreenNoise();
    QVERIFY(QtStandardTexts::all().size() > 100);
}

void TestQtStandardTexts::cleanup()
{
    QLocale::setDefault(QLocale::c());
}

void TestQtStandardTexts::standardButtons_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : LanguageManager::languages())
        QTest::newRow(qPrintable(language)) << language;
}

void TestQtStandardTexts::standardButtons()
{
    QFETCH(QString, language);
    LanguageManager manager;
    QVERIFY(manager.setLanguage(language));
    // A box made after the switch, as every dialog of the program is: Qt names its buttons.
    QDialogButtonBox box(allButtons());
    QStringList shown;
    for (const ButtonText &text : buttonTexts()) {
        QPushButton *button = box.button(text.button);
        QVERIFY(button);
        QCOMPARE(button->text(), expectedText(text, language));
        shown << button->text();
    }
    // Yes, Yes to All, No, No to All stand side by side in one message box.
    QVERIFY2(clashes(shown).isEmpty(), qPrintable(clashes(shown).join(QLatin1Char('\n'))));
}

void TestQtStandardTexts::russianWithoutQtbase()
{
    // A Windows installation may lack Qt's own translations: our Russian catalogue alone names
    // the buttons as qtbase_ru would.
    const auto ours = embedded(QStringLiteral("ru"));
    QVERIFY(ours);
    QVERIFY(QCoreApplication::installTranslator(ours.get()));
    QDialogButtonBox box(allButtons());
    QStringList wrong;
    for (const ButtonText &text : buttonTexts()) {
        const QString shown = box.button(text.button)->text();
        if (shown != expectedText(text, QStringLiteral("ru")))
            wrong << shown;
    }
    QVERIFY(QCoreApplication::removeTranslator(ours.get()));
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QStringLiteral(" | "))));
}

void TestQtStandardTexts::buttonsFollowALanguageSwitch()
{
    LanguageManager manager;
    QVERIFY(manager.setLanguage(QStringLiteral("kk")));
    QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    box.show();
    QVERIFY(QTest::qWaitForWindowExposed(&box));
    QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Болдырмау"));
    // An open dialog renames its standard buttons on QEvent::LanguageChange.
    QVERIFY(manager.setLanguage(QStringLiteral("ru")));
    QTRY_COMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Отмена"));
    QVERIFY(manager.setLanguage(QStringLiteral("en")));
    QTRY_COMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Cancel"));
    QVERIFY(manager.setLanguage(QStringLiteral("kk")));
    QTRY_COMPARE(box.button(QDialogButtonBox::Ok)->text(), QStringLiteral("Жарайды"));
}

void TestQtStandardTexts::messageBoxDetails()
{
    LanguageManager manager;
    QVERIFY(manager.setLanguage(QStringLiteral("kk")));
    QMessageBox box(QMessageBox::Question, QStringLiteral("title"), QStringLiteral("text"),
                    QMessageBox::Yes | QMessageBox::No);
    box.setDetailedText(QStringLiteral("details"));
    QCOMPARE(box.button(QMessageBox::Yes)->text(), QStringLiteral("&Иә"));
    QCOMPARE(box.button(QMessageBox::No)->text(), QStringLiteral("&Жоқ"));
    QStringList texts;
    for (const QPushButton *button : box.findChildren<QPushButton *>())
        texts << button->text();
    QVERIFY2(texts.contains(QStringLiteral("Толық мәліметті көрсету...")),
             qPrintable(texts.join(QStringLiteral(" | "))));
}

void TestQtStandardTexts::gnomeThemeButtons()
{
    // GNOME's theme (and the gtk3 one) names five buttons itself; this test runs offscreen, so
    // the catalogue is asked directly, as QGnomeTheme::standardButtonText() asks it.
    LanguageManager manager;
    QVERIFY(manager.setLanguage(QStringLiteral("kk")));
    QCOMPARE(QCoreApplication::translate("QGnomeTheme", "&OK"), QStringLiteral("&Жарайды"));
    QCOMPARE(QCoreApplication::translate("QGnomeTheme", "&Cancel"), QStringLiteral("&Болдырмау"));
    QCOMPARE(QCoreApplication::translate("QGnomeTheme", "&Save"), QStringLiteral("&Сақтау"));
    QCOMPARE(QCoreApplication::translate("QGnomeTheme", "&Close"), QStringLiteral("&Жабу"));
    QCOMPARE(QCoreApplication::translate("QGnomeTheme", "Close without Saving"),
             QStringLiteral("Сақтамай жабу"));
    QVERIFY(manager.setLanguage(QStringLiteral("ru")));
    QCOMPARE(QCoreApplication::translate("QGnomeTheme", "&Cancel"), QStringLiteral("От&мена"));
}

void TestQtStandardTexts::fileDialog()
{
    LanguageManager manager;
    QVERIFY(manager.setLanguage(QStringLiteral("kk")));
    // Qt's own dialog, as Linux shows it without a GTK platform theme.
    QFileDialog dialog;
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    QCOMPARE(dialog.labelText(QFileDialog::LookIn), QStringLiteral("Қарау орны:"));
    QCOMPARE(dialog.labelText(QFileDialog::FileName), QStringLiteral("Файл &атауы:"));
    QCOMPARE(dialog.labelText(QFileDialog::FileType), QStringLiteral("Файл түрлері:"));
    QCOMPARE(dialog.labelText(QFileDialog::Accept), QStringLiteral("&Сақтау"));
    QCOMPARE(dialog.labelText(QFileDialog::Reject), QStringLiteral("Болдырмау"));
    // A folder's type, which Qt asks for with a disambiguation our entry does not have.
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("protocols")));
    dialog.setDirectory(dir.path());
    const auto *files = dialog.findChild<QFileSystemModel *>();
    QVERIFY(files);
    QTRY_COMPARE(files->index(dir.filePath(QStringLiteral("protocols")), 2).data().toString(),
                 QStringLiteral("Қалта"));
    const auto *details = dialog.findChild<QTreeView *>(QStringLiteral("treeView"));
    QVERIFY(details);
    QStringList headers;
    for (int section = 0; section < details->model()->columnCount(); ++section)
        headers << details->model()->headerData(section, Qt::Horizontal).toString();
    QVERIFY2(headers.contains(QStringLiteral("Атауы")) &&
                 headers.contains(QStringLiteral("Өлшемі")) &&
                 headers.contains(QStringLiteral("Өзгертілген күні")),
             qPrintable(headers.join(QStringLiteral(" | "))));
}

void TestQtStandardTexts::textFieldMenu()
{
    LanguageManager manager;
    for (const QString &language : {QStringLiteral("kk"), QStringLiteral("ru")}) {
        QVERIFY(manager.setLanguage(language));
        QLineEdit edit(QStringLiteral("text"));
        const std::unique_ptr<QMenu> menu(edit.createStandardContextMenu());
        QStringList texts;
        for (const QAction *action : menu->actions()) {
            if (!action->isSeparator())
                texts << action->text().section(QLatin1Char('\t'), 0, 0);
        }
        const QStringList expected =
            language == QLatin1String("kk")
                ? QStringList{QStringLiteral("&Болдырмау"),     QStringLiteral("Қ&айталау"),
                              QStringLiteral("&Қиып алу"),      QStringLiteral("&Көшіру"),
                              QStringLiteral("Қ&ою"),           QStringLiteral("Жою"),
                              QStringLiteral("Барлығын таңдау")}
                : QStringList{
                      QStringLiteral("&Отменить действие"), QStringLiteral("&Повторить действие"),
                      QStringLiteral("&Вырезать"),          QStringLiteral("&Копировать"),
                      QStringLiteral("В&ставить"),          QStringLiteral("Удалить"),
                      QStringLiteral("Выделить всё")};
        QCOMPARE(texts, expected);
        QVERIFY2(clashes(texts).isEmpty(), qPrintable(clashes(texts).join(QLatin1Char('\n'))));
    }
}

void TestQtStandardTexts::cataloguesCarryEveryText_data()
{
    standardButtons_data();
}

void TestQtStandardTexts::cataloguesCarryEveryText()
{
    // Our own catalogue alone, without qtbase: what a Kazakh interface (and a Russian one
    // without Qt's translations) shows.
    QFETCH(QString, language);
    const auto translator = embedded(language);
    QVERIFY(translator);
    QStringList problems;
    for (const QtStandardText &text : QtStandardTexts::all()) {
        const QString source = QString::fromUtf8(text.source);
        const QString got = translator->translate(text.context, text.source);
        // English is the source: its catalogue may answer with the source or not at all.
        // Russian keeps a few as they are, as qtbase_ru does ("OK"); Kazakh translates all.
        const bool wrong = language == QLatin1String("en")   ? !(got.isEmpty() || got == source)
                           : language == QLatin1String("ru") ? got.isEmpty()
                                                             : got.isEmpty() || got == source;
        if (wrong)
            problems << QStringLiteral("[%1] \"%2\": \"%3\"")
                            .arg(QLatin1String(text.context), source, got);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestQtStandardTexts::russianAgreesWithQtbase()
{
    if (!QFile::exists(qtbaseRu()))
        QSKIP(qPrintable(QStringLiteral("%1 is not installed (Debian: qt6-translations-l10n); "
                                        "our Russian catalogue is all a Russian interface has.")
                             .arg(qtbaseRu())));
    QTranslator qtbase;
    QVERIFY(qtbase.load(qtbaseRu()));
    const auto ours = embedded(QStringLiteral("ru"));
    QVERIFY(ours);
    QStringList problems;
    for (const QtStandardText &text : QtStandardTexts::all()) {
        // Debian's qtbase_ru files the Type column's words under QFileDialog, Qt 5's context.
        const bool typeColumn = qstrcmp(text.context, "QAbstractFileIconProvider") == 0;
        const QString theirs =
            qtbase.translate(typeColumn ? "QFileDialog" : text.context, text.source);
        // An empty answer means the source is not Qt 6.4's to the letter.
        if (theirs.isEmpty() || ours->translate(text.context, text.source) != theirs)
            problems << QStringLiteral("[%1] \"%2\": qtbase_ru \"%3\", ours \"%4\"")
                            .arg(QLatin1String(text.context), QString::fromUtf8(text.source),
                                 theirs, ours->translate(text.context, text.source));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestQtStandardTexts)
#include "tst_qtstandardtexts.moc"

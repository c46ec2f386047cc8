#include "guidescreenshots.h"

#include "accountsdialog.h"
#include "commissionspage.h"
#include "criteriapage.h"
#include "demo/demoaccounts.h"
#include "demo/demogenerator.h"
#include "guidewindow.h" // the pages, for the images they use
#include "importmatchpage.h"
#include "importscalepage.h"
#include "importsheetpage.h"
#include "importsummarypage.h"
#include "importwizard.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "nomineespage.h"
#include "packageexportdialog.h"
#include "packages/packageexporter.h"
#include "rankingspage.h"
#include "registryimportdialog.h"
#include "reportdialog.h"
#include "services/ballotlayout.h"
#include "services/ballotservice.h"
#include "services/contestdocument.h"
#include "signindialog.h"
#include "testsupport.h"

#include <QApplication>
#include <QFile>
#include <QMainWindow>
#include <QPainter>
#include <QPdfDocument>
#include <QRegularExpression>
#include <QSet>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTextStream>

#include <cstdio>

namespace akim::guide {
namespace {

constexpr int kMaxWidth = 1000;

void settle()
{
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
    QTest::qWait(30);
}

bool fail(const QString &message)
{
    std::fprintf(stderr, "guide_screenshots: %s\n", qPrintable(message));
    return false;
}

bool writeText(const QString &path, const QStringList &lines)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    // UTF-8 with a BOM, as LimeSurvey and Excel write it.
    const QByteArray bytes = "\xEF\xBB\xBF" + lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n";
    return file.write(bytes) == bytes.size();
}

} // namespace

ScreenshotMaker::ScreenshotMaker(const QString &outDir)
    : m_out(outDir)
    , m_tmp(QDir::tempPath() + QStringLiteral("/contest-XXXXXX"))
{}

QString ScreenshotMaker::prepare()
{
    if (!m_tmp.isValid())
        return QStringLiteral("no temporary folder");
    m_contestPath = m_tmp.filePath(QStringLiteral("demo.akc"));
    ContestDocument document;
    if (!document.create(m_contestPath))
        return document.errorString();
    demo::DemoOptions options;
    options.regions = 2;
    options.nomineesPerRegion = 8;
    options.scores = true;
    options.surveyResponses = 600;
    QString error = demo::DemoGenerator::generate(document, options);
    if (!error.isEmpty())
        return error;
    const EditResult signedIn =
        document.signIn(QStringLiteral("secretary"), demo::DemoAccounts::password());
    if (!signedIn.ok())
        return signedIn.message;

    const QVector<NomineeRow> nominees = document.nominees().rows();
    m_regionId = nominees.constFirst().regionId;
    for (const Commission &commission : document.commissions().commissions()) {
        if (commission.regionId != m_regionId)
            continue;
        for (const Member &member : document.commissions().members(commission.id)) {
            if (member.role == MemberRole::Member && !m_memberId)
                m_memberId = member.id;
        }
    }
    if (!m_memberId)
        return QStringLiteral("the demo has no member in the first region");

    // One member's ballot is left half scored (and open, if the demo submitted it), so the
    // Ballot tab and the ballot package show a ballot being filled in rather than a locked one.
    BallotService ballots(document);
    if (ballots.ballot(m_memberId).isSubmitted())
        ballots.reopen(m_memberId, QStringLiteral("guide screenshots"));
    const BallotLayout layout = ballots.layout(m_memberId);
    for (int row = int(layout.nominees.size()) / 2; row < layout.nominees.size(); ++row) {
        for (const Criterion &criterion : layout.criteria)
            ballots.clearCell(m_memberId, layout.nominees.at(row).nominee.id, criterion.id);
    }
    m_packageLogin = demo::DemoAccounts::memberLogin(m_memberId);
    m_packagePath = m_tmp.filePath(QStringLiteral("ballot.akb"));
    const EditResult result = PackageExporter(document).exportTo(m_memberId, m_packagePath);
    if (!result.ok())
        return result.message;

    // A registry with one applicant already in the contest and three new ones, and a survey
    // export with an okrug spelled as people say it ("Жосалы") and a row without any okrug.
    const NomineeRow &first = nominees.constFirst();
    m_registryPath = m_tmp.filePath(QStringLiteral("registry.csv"));
    if (!writeText(m_registryPath,
                   {QStringLiteral("Область;Район;Сельский округ;ФИО акима"),
                    first.regionRu + u';' + first.districtRu + u';' + first.okrugRu + u';' +
                        first.nominee.fullName,
                    first.regionRu + u';' + first.districtRu +
                        QStringLiteral(";Акжарский сельский округ;Жумабаев Алибек Кайратович"),
                    first.regionRu + u';' + first.districtRu +
                        QStringLiteral(";Мадениетский сельский округ;Ахметов Серик Болатович"),
                    first.regionRu + QStringLiteral(";Жалагашский район;Аккумский сельский "
                                                    "округ;Сейткали Нурлан Ерланович")}))
        return QStringLiteral("cannot write %1").arg(m_registryPath);

    QStringList survey = {QStringLiteral(
        "Отметка времени;Область;Район;Сельский округ;S1. Защита прав;S2. Госуслуги;"
        "S3. Поддержка семей;S4. Занятость;S5. Инфраструктура;S6. Работа с населением")};
    const QStringList answers = {QStringLiteral("5;4;4;3;5;4"), QStringLiteral("4;4;5;3;4;4"),
                                 QStringLiteral("3;4;Затрудняюсь ответить;3;5;4"),
                                 QStringLiteral("5;5;5;4;5;Полностью удовлетворен")};
    for (int i = 0; i < 24; ++i) {
        const NomineeRow &row = nominees.at(i % 4);
        survey << QStringLiteral("15.06.2020 10:%1;").arg(10 + i) + row.regionRu + u';' +
                      row.districtRu + u';' + row.okrugRu + u';' + answers.at(i % answers.size());
    }
    for (int i = 0; i < 3; ++i)
        survey << QStringLiteral("16.06.2020 09:0%1;").arg(i) + first.regionRu + u';' +
                      first.districtRu + QStringLiteral(";Жосалы;4;4;4;4;4;4");
    survey << QStringLiteral("16.06.2020 09:30;") + first.regionRu + u';' + first.districtRu +
                  QStringLiteral(";;4;5;4;4;4;4");
    m_surveyPath = m_tmp.filePath(QStringLiteral("survey.csv"));
    if (!writeText(m_surveyPath, survey))
        return QStringLiteral("cannot write %1").arg(m_surveyPath);
    document.close();
    return {};
}

bool ScreenshotMaker::saveImage(QImage image, const QString &name)
{
    if (image.width() > kMaxWidth)
        image = image.scaledToWidth(kMaxWidth, Qt::SmoothTransformation);
    image = image.convertToFormat(QImage::Format_RGB32);
    // A palette where the picture has few colours: a third of the bytes, the same pixels.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height() && colours.size() <= 256; ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width() && colours.size() <= 256; ++x)
            colours.insert(line[x]);
    }
    if (colours.size() <= 256)
        image = image.convertToFormat(QImage::Format_Indexed8, Qt::ThresholdDither);
    const QString dir = m_language + QStringLiteral("/images");
    if (!m_out.mkpath(dir))
        return fail(QStringLiteral("cannot create %1").arg(m_out.filePath(dir)));
    const QString path = m_out.filePath(dir + u'/' + name + QStringLiteral(".png"));
    if (!image.save(path, "PNG", 0))
        return fail(QStringLiteral("cannot write %1").arg(path));
    std::printf("%s\n", qPrintable(QDir::toNativeSeparators(path)));
    return true;
}

bool ScreenshotMaker::save(QWidget *widget, const QString &name)
{
    // "Opened /tmp/…": a temporary path says nothing to a reader.
    if (auto *window = qobject_cast<QMainWindow *>(widget))
        window->statusBar()->clearMessage();
    settle();
    return saveImage(widget->grab().toImage(), name);
}

bool ScreenshotMaker::shootLanguage(const QString &language)
{
    m_language = language;
    LanguageManager languages;
    if (!languages.setLanguage(language))
        return fail(QStringLiteral("unknown language %1").arg(language));
    const bool ok = shootMainWindow() && shootProtocol();
    languages.setLanguage(QStringLiteral("en"));
    return ok;
}

bool ScreenshotMaker::shootMainWindow()
{
    LanguageManager *languages = nullptr; // the window makes its own, on the current language
    MainWindow window(languages);
    window.setDemoPath(m_contestPath);
    window.resize(1000, 620);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return fail(QStringLiteral("the main window is not shown"));
    if (!save(&window, QStringLiteral("welcome")))
        return false;

    SignInDialog::setNextAnswer(QStringLiteral("secretary"), demo::DemoAccounts::password());
    if (!window.openFile(m_contestPath))
        return fail(QStringLiteral("cannot open %1").arg(m_contestPath));
    ContestDocument *document = window.document();
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("contestTabs"));
    const auto tab = [&](QWidget *page, const QString &name) {
        tabs->setCurrentWidget(page);
        return save(&window, name);
    };
    if (!tab(window.nomineesPage(), QStringLiteral("nominees")) ||
        !tab(window.criteriaPage(), QStringLiteral("criteria")) ||
        !tab(window.commissionsPage(), QStringLiteral("commissions")))
        return false;

    RankingsPage *rankings = window.rankingsPage();
    tabs->setCurrentWidget(rankings);
    settle(); // the page fills its region list when shown
    rankings->setView(StageKind::Regional, m_regionId);
    if (!QTest::qWaitFor([rankings] { return !rankings->isComputing(); }, 60000))
        return fail(QStringLiteral("the ranking is not computed"));
    rankings->table()->selectRow(0);
    if (!save(&window, QStringLiteral("rankings")))
        return false;
    tabs->setCurrentIndex(tabs->count() - 2); // Audit
    if (!save(&window, QStringLiteral("audit")))
        return false;

    {
        AccountsDialog dialog(document, &window);
        dialog.resize(980, 420);
        dialog.show();
        if (!save(&dialog, QStringLiteral("accounts")))
            return false;
    }
    {
        RegistryImportDialog dialog(document, &window);
        dialog.resize(900, 420);
        dialog.show();
        dialog.setFilePath(m_registryPath);
        if (!save(&dialog, QStringLiteral("registry")))
            return false;
    }
    if (!shootImportWizard(&window))
        return false;
    {
        PackageExportDialog dialog(document, &window);
        dialog.show();
        if (!save(&dialog, QStringLiteral("packages")))
            return false;
    }
    {
        ReportDialog dialog(*document, &window);
        report::ReportRequest request;
        request.regionId = m_regionId;
        request.language = m_language;
        dialog.preselect(request);
        dialog.show();
        if (!save(&dialog, QStringLiteral("reports")))
            return false;
    }

    // The member's own ballot in the contest file, then the same ballot as a package.
    document->signOut();
    const EditResult member = document->signIn(m_packageLogin, demo::DemoAccounts::password());
    if (!member.ok())
        return fail(member.message);
    tabs->setCurrentIndex(tabs->count() - 1); // Ballot
    if (!save(&window, QStringLiteral("ballot")))
        return false;
    return shootPackage(&window);
}

bool ScreenshotMaker::shootImportWizard(QWidget *parent)
{
    auto *window = qobject_cast<MainWindow *>(parent);
    ImportWizard wizard(window->document(), survey::SurveyKind::Population, parent);
    wizard.resize(900, 600);
    wizard.setFilePath(m_surveyPath);
    wizard.show();
    if (!QTest::qWaitForWindowExposed(&wizard))
        return fail(QStringLiteral("the import wizard is not shown"));
    wizard.next();
    auto *sheet = qobject_cast<ImportSheetPage *>(wizard.currentPage());
    if (!sheet || !QTest::qWaitFor([sheet] { return !sheet->isLoading(); }, 60000))
        return fail(QStringLiteral("the sheet page does not load"));
    wizard.next();
    if (!save(&wizard, QStringLiteral("survey-columns")))
        return false;
    wizard.next();
    auto *scale = qobject_cast<ImportScalePage *>(wizard.currentPage());
    if (!scale || !QTest::qWaitFor([scale] { return !scale->isScanning(); }, 60000))
        return fail(QStringLiteral("the answers page does not load"));
    wizard.next();
    auto *match = qobject_cast<ImportMatchPage *>(wizard.currentPage());
    if (!match || !QTest::qWaitFor([match] { return !match->isRunning(); }, 60000))
        return fail(QStringLiteral("the places page does not load"));
    if (!save(&wizard, QStringLiteral("survey-places")))
        return false;
    wizard.next();
    auto *summary = qobject_cast<ImportSummaryPage *>(wizard.currentPage());
    if (!summary || !QTest::qWaitFor([summary] { return !summary->isRunning(); }, 60000))
        return fail(QStringLiteral("the check page does not load"));
    const bool ok = save(&wizard, QStringLiteral("survey-check"));
    wizard.reject();
    return ok;
}

bool ScreenshotMaker::shootPackage(QWidget *parent)
{
    auto *window = qobject_cast<MainWindow *>(parent);
    window->closeContest();
    SignInDialog::setNextAnswer(m_packageLogin, demo::DemoAccounts::password());
    if (!window->openFile(m_packagePath))
        return fail(QStringLiteral("cannot open the ballot package"));
    const bool ok = save(window, QStringLiteral("package"));
    window->closeContest();
    return ok;
}

bool ScreenshotMaker::shootProtocol()
{
    ContestDocument document;
    if (!document.open(m_contestPath))
        return fail(document.errorString());
    report::ReportRequest request;
    request.regionId = m_regionId;
    request.language = m_language;
    const QString pdfPath = m_tmp.filePath(QStringLiteral("protocol-%1.pdf").arg(m_language));
    if (test::writeReport(document, request, pdfPath).isEmpty())
        return fail(QStringLiteral("the protocol is not written"));
    QPdfDocument pdf;
    if (pdf.load(pdfPath) != QPdfDocument::Error::None || pdf.pageCount() < 1)
        return fail(QStringLiteral("the protocol cannot be read back"));
    const QSizeF points = pdf.pagePointSize(0);
    const QSize size(760, int(760 * points.height() / points.width()));
    QImage page(size, QImage::Format_RGB32);
    page.fill(Qt::white);
    QPainter painter(&page);
    painter.drawImage(0, 0, pdf.render(0, size));
    painter.setPen(Qt::gray);
    painter.drawRect(page.rect().adjusted(0, 0, -1, -1));
    painter.end();
    return saveImage(page, QStringLiteral("protocol"));
}

QStringList ScreenshotMaker::referencedImages(const QString &language)
{
    QStringList images;
    static const QRegularExpression reference(QStringLiteral(R"(\]\(images/([\w.-]+\.png)\))"));
    for (const QString &page : GuideWindow::pages()) {
        QFile file(QStringLiteral(":/guide/%1/%2.md").arg(language, page));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromUtf8(file.readAll());
        for (auto it = reference.globalMatch(text); it.hasNext();) {
            const QString name = it.next().captured(1);
            if (!images.contains(name))
                images << name;
        }
    }
    return images;
}

QString ScreenshotMaker::blankReason(const QImage &image)
{
    if (image.isNull())
        return QStringLiteral("missing or unreadable");
    if (image.width() < 200 || image.height() < 100)
        return QStringLiteral("only %1×%2 pixels").arg(image.width()).arg(image.height());
    if (image.width() > kMaxWidth)
        return QStringLiteral("%1 pixels wide, more than %2").arg(image.width()).arg(kMaxWidth);
    // A real window has text: many shades; a blank grab has one or two.
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    QSet<QRgb> colours;
    for (int y = 0; y < rgb.height(); y += 2) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); x += 2)
            colours.insert(line[x]);
    }
    if (colours.size() < 24)
        return QStringLiteral("only %1 colours: blank").arg(colours.size());
    return {};
}

} // namespace akim::guide

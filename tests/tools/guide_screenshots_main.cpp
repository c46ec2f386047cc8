// guide_screenshots [OUTDIR] [--languages ru,kk,en] [--verify]
//
// Makes the user guide's screenshots from the real program, offscreen, into
// OUTDIR/<language>/images/ (resources/guide/make-screenshots.sh passes resources/guide). With
// --verify it then checks that every image the compiled-in guide pages refer to was made and is
// not blank; without OUTDIR it works in a temporary folder (the ctest test does that).
#include "guidescreenshots.h"
#include "testsupport.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTemporaryDir>

#include <cstdio>

using namespace akim;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    test::isolateSettings();
    test::ignoreOffscreenNoise();

    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("outdir"), QStringLiteral("where to write"));
    const QCommandLineOption languagesOption(QStringLiteral("languages"),
                                             QStringLiteral("comma-separated: ru,kk,en"),
                                             QStringLiteral("list"), QStringLiteral("ru,kk,en"));
    const QCommandLineOption verifyOption(QStringLiteral("verify"),
                                          QStringLiteral("check every image the guide uses"));
    parser.addOption(languagesOption);
    parser.addOption(verifyOption);
    parser.addHelpOption();
    parser.process(app);

    QTemporaryDir temporary;
    const QString outDir = parser.positionalArguments().isEmpty()
                               ? temporary.path()
                               : parser.positionalArguments().constFirst();
    const QStringList languages =
        parser.value(languagesOption).split(QLatin1Char(','), Qt::SkipEmptyParts);

    guide::ScreenshotMaker maker(outDir);
    const QString error = maker.prepare();
    if (!error.isEmpty()) {
        std::fprintf(stderr, "guide_screenshots: the demo contest: %s\n", qPrintable(error));
        return 2;
    }
    for (const QString &language : languages) {
        if (!maker.shootLanguage(language))
            return 2;
    }
    if (!parser.isSet(verifyOption))
        return 0;

    int checked = 0;
    int failed = 0;
    const QDir out(outDir);
    for (const QString &language : languages) {
        const QStringList images = guide::ScreenshotMaker::referencedImages(language);
        if (images.isEmpty()) {
            std::fprintf(stderr, "FAIL %s: the guide refers to no image\n", qPrintable(language));
            ++failed;
        }
        for (const QString &name : images) {
            const QString path = out.filePath(language + QStringLiteral("/images/") + name);
            const QString reason = guide::ScreenshotMaker::blankReason(QImage(path));
            ++checked;
            if (!reason.isEmpty()) {
                std::fprintf(stderr, "FAIL %s: %s\n", qPrintable(path), qPrintable(reason));
                ++failed;
            }
        }
    }
    std::printf("%d passed, %d failed\n", checked - failed, failed);
    return failed ? 3 : 0;
}

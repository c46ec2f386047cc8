#pragma once

#include <QDir>
#include <QImage>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

class QWidget;

namespace akim::guide {

// The screenshots the user guide shows, made from the real program: a small demo contest in a
// temporary folder, the main window and its dialogs in one interface language, each saved as
// <out>/<language>/images/<name>.png (resources/guide/<language>/images/ in the source tree).
class ScreenshotMaker
{
public:
    explicit ScreenshotMaker(const QString &outDir);

    // Creates the demo contest (two regions, ballots, survey); a translated error or empty.
    QString prepare();
    // Every screenshot of one language; false (with a message on stderr) on the first failure.
    bool shootLanguage(const QString &language);

    // The images the guide's pages of `language` refer to ("welcome.png", …), from the
    // compiled-in pages.
    static QStringList referencedImages(const QString &language);
    // Why `image` would not do as a screenshot (missing, tiny or one flat colour); empty if fine.
    static QString blankReason(const QImage &image);

private:
    bool save(QWidget *widget, const QString &name);
    bool saveImage(QImage image, const QString &name);
    bool shootMainWindow();
    bool shootImportWizard(QWidget *parent);
    bool shootProtocol();
    bool shootPackage(QWidget *parent);

    QDir m_out;
    QString m_language;
    QTemporaryDir m_tmp;
    QString m_contestPath;
    QString m_registryPath;
    QString m_surveyPath;
    QString m_packagePath;
    QString m_packageLogin;
    qint64 m_regionId = 0;
    qint64 m_memberId = 0;
};

} // namespace akim::guide

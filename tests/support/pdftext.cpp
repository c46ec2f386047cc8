#include "pdftext.h"

#include <QPdfDocument>
#include <QPdfSelection>
#include <QProcess>
#include <QStandardPaths>

namespace akim::test {

QStringList pdfPages(const QString &path)
{
    QPdfDocument document;
    if (document.load(path) != QPdfDocument::Error::None)
        return {};
    QStringList pages;
    for (int page = 0; page < document.pageCount(); ++page)
        pages << document.getAllText(page).text().replace(QLatin1String("\r\n"),
                                                          QLatin1String("\n"));
    return pages;
}

QStringList pdfFonts(const QString &path, QString *error)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdffonts"));
    if (tool.isEmpty()) {
        *error = QStringLiteral("pdffonts is not installed (poppler-utils)");
        return {};
    }
    QProcess process;
    process.start(tool, {path});
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        *error = QString::fromLocal8Bit(process.readAllStandardError());
        return {};
    }
    // name type encoding emb sub uni object ID; the name has no spaces, the type may ("Type 1").
    // The first two lines are the heading and its rule.
    QStringList fonts;
    const QStringList lines = QString::fromUtf8(process.readAllStandardOutput())
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (qsizetype i = 2; i < lines.size(); ++i) {
        const QStringList fields = lines.at(i).simplified().split(QLatin1Char(' '));
        // From the right: object, ID, uni, sub, emb.
        if (fields.size() >= 7)
            fonts << fields.constFirst() + QLatin1Char(' ') + fields.at(fields.size() - 5);
    }
    return fonts;
}

} // namespace akim::test

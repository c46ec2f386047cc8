// The Debian package as a user's machine gets it: `cpack -G DEB` of this build tree into a
// temporary folder, unpacked with dpkg-deb into a temporary root, its control fields and files
// checked, and the unpacked program run from there. Nothing is written to the source tree (the
// build tree gets CPack's install_manifest.txt). Skipped where cpack, dpkg-deb, dpkg-shlibdeps
// (dpkg-dev) or file is missing.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeDatabase>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &arguments, int timeoutMs = 60000)
{
    QProcess process;
    process.start(program, arguments);
    Run result;
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("%1 did not finish: %2").arg(program, process.errorString());
        return result;
    }
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The values of one key of a desktop file's [Desktop Entry] group (untranslated).
QString desktopValue(const QByteArray &desktopFile, const QString &key)
{
    const QStringList lines = QString::fromUtf8(desktopFile).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.startsWith(key + QLatin1Char('=')))
            return line.mid(key.size() + 1).trimmed();
    }
    return {};
}

// The text of every element named `name` in an XML file, or its `type` attribute if it has one.
QStringList xmlValues(const QByteArray &xml, const QString &name)
{
    QStringList values;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement || reader.name() != name)
            continue;
        const QString type = reader.attributes().value(QLatin1String("type")).toString();
        values << (type.isEmpty() ? reader.readElementText() : type);
    }
    return values;
}

} // namespace

class DebPackage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void controlDependsOnRuntimePackages();
    void installsProgramAndDesktopFiles();
    void iconsHaveTheirSizes();
    void desktopFileOpensBothFileTypes();
    void metainfoIsValid();
    void unpackedProgramRuns();
    void mimeTypesRecogniseContestFiles();

private:
    QString path(const QString &relative) const { return m_root.filePath(relative); }

    QTemporaryDir m_work;
    QString m_deb;
    QDir m_root;
    QString m_program;
    QString m_demo;
};

void DebPackage::initTestCase()
{
    const QString dpkgDeb = QStandardPaths::findExecutable(QStringLiteral("dpkg-deb"));
    if (dpkgDeb.isEmpty())
        QSKIP("dpkg-deb not found: the Debian package is not tested on this system");
    // CPack's DEB generator lists the linked libraries with dpkg-shlibdeps, on the files that
    // `file` calls ELF executables.
    if (QStandardPaths::findExecutable(QStringLiteral("dpkg-shlibdeps")).isEmpty())
        QSKIP("dpkg-shlibdeps not found (apt-get install dpkg-dev): the package is not tested");
    if (QStandardPaths::findExecutable(QStringLiteral("file")).isEmpty())
        QSKIP("file not found (apt-get install file): the package is not tested");
    if (!QFileInfo(QStringLiteral(AKIM_CPACK_COMMAND)).isExecutable())
        QSKIP("cpack not found: the Debian package is not tested on this system");
    QVERIFY(m_work.isValid());

    // CPack stages the install and writes the package under -B, a temporary folder. With Ninja it
    // builds nothing first (with Makefiles only the "preinstall/fast" rule): ctest runs after the
    // build.
    const QString out = m_work.filePath(QStringLiteral("cpack"));
    const Run cpack = run(QStringLiteral(AKIM_CPACK_COMMAND),
                          {QStringLiteral("--config"), QStringLiteral(AKIM_CPACK_CONFIG),
                           QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("-B"), out},
                          120000);
    QVERIFY2(cpack.exitCode == 0, qPrintable(cpack.out + cpack.err));
    const QStringList debs = QDir(out).entryList({QStringLiteral("*.deb")}, QDir::Files);
    QCOMPARE(debs.size(), 1);
    m_deb = QDir(out).filePath(debs.first());
    QVERIFY2(debs.first().startsWith(QStringLiteral("akimcontest_" AKIM_VERSION "_")),
             qPrintable(debs.first()));

    m_root.setPath(m_work.filePath(QStringLiteral("root")));
    const Run unpack = run(dpkgDeb, {QStringLiteral("-x"), m_deb, m_root.path()});
    QVERIFY2(unpack.exitCode == 0, qPrintable(unpack.err));
    m_program = path(QStringLiteral("usr/bin/akimcontest"));
}

void DebPackage::controlDependsOnRuntimePackages()
{
    const Run field =
        run(QStringLiteral("dpkg-deb"), {QStringLiteral("-f"), m_deb, QStringLiteral("Depends")});
    QCOMPARE(field.exitCode, 0);
    // "a (>= 1), b | c" -> {{a}, {b, c}}
    QVector<QStringList> depends;
    QStringList all;
    for (const QString &item : field.out.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        QStringList alternatives;
        for (QString name : item.split(QLatin1Char('|'))) {
            name = name.section(QLatin1Char('('), 0, 0).section(QLatin1Char(':'), 0, 0).trimmed();
            alternatives << name;
            all << name;
        }
        depends << alternatives;
    }
    // Loaded at run time, so dpkg-shlibdeps cannot see them: the SQLite driver, the xcb and
    // offscreen platform plugins, libxlsxwriter (dlopen), Qt's Russian strings, the serif face.
    for (const char *runtime :
         {"libqt6sql6-sqlite", "libqt6gui6", "qt6-translations-l10n", "fonts-liberation2"})
        QVERIFY2(all.contains(QLatin1String(runtime)),
                 qPrintable(QLatin1String(runtime) + QLatin1String(": ") + field.out));
    QVERIFY2(all.indexOf(QRegularExpression(QStringLiteral("^libxlsxwriter[0-9]+$"))) >= 0,
             qPrintable(field.out));
    // dpkg-shlibdeps ran: the linked libraries are there too.
    for (const char *linked : {"libqt6core6", "libqt6widgets6", "libsodium23", "libc6"})
        QVERIFY2(all.contains(QLatin1String(linked)),
                 qPrintable(QLatin1String(linked) + QLatin1String(": ") + field.out));
    // Every dependency is a real package: one of its alternatives is installed here, where the
    // program was built and runs.
    for (const QStringList &alternatives : depends) {
        bool installed = false;
        for (const QString &name : alternatives) {
            const Run query = run(QStringLiteral("dpkg-query"),
                                  {QStringLiteral("-W"), QStringLiteral("-f=${Status}"), name});
            installed = installed || query.out.contains(QLatin1String("install ok installed"));
        }
        QVERIFY2(installed, qPrintable(alternatives.join(QLatin1String(" | "))));
    }
}

void DebPackage::installsProgramAndDesktopFiles()
{
    QVERIFY(QFileInfo(m_program).isExecutable());
    for (const char *file : {"usr/share/applications/akimcontest.desktop",
                             "usr/share/metainfo/kz.akimcontest.AkimContest.metainfo.xml",
                             "usr/share/mime/packages/akimcontest.xml",
                             "usr/share/icons/hicolor/scalable/apps/akimcontest.svg"}) {
        const QFileInfo info(path(QLatin1String(file)));
        QVERIFY2(info.isFile() && info.size() > 0, file);
    }
    QCOMPARE(readAll(path(QStringLiteral("usr/share/icons/hicolor/scalable/apps/akimcontest.svg"))),
             readAll(QStringLiteral(AKIM_SOURCE_DIR "/resources/icons/akimcontest.svg")));
}

void DebPackage::iconsHaveTheirSizes()
{
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256}) {
        const QString icon =
            path(QStringLiteral("usr/share/icons/hicolor/%1x%1/apps/akimcontest.png").arg(size));
        QImageReader reader(icon);
        QCOMPARE(reader.format(), QByteArray("png"));
        QCOMPARE(reader.size(), QSize(size, size));
    }
}

void DebPackage::desktopFileOpensBothFileTypes()
{
    const QByteArray desktop =
        readAll(path(QStringLiteral("usr/share/applications/akimcontest.desktop")));
    // The file the user double-clicked reaches main() as its one argument.
    QCOMPARE(desktopValue(desktop, QStringLiteral("Exec")), QStringLiteral("akimcontest %f"));
    QCOMPARE(desktopValue(desktop, QStringLiteral("Icon")), QStringLiteral("akimcontest"));
    QStringList desktopTypes = desktopValue(desktop, QStringLiteral("MimeType"))
                                   .split(QLatin1Char(';'), Qt::SkipEmptyParts);
    desktopTypes.sort();
    // The desktop file, the MIME package and the AppStream file name the same two types.
    QStringList mimeTypes =
        xmlValues(readAll(path(QStringLiteral("usr/share/mime/packages/akimcontest.xml"))),
                  QStringLiteral("mime-type"));
    mimeTypes.sort();
    QCOMPARE(desktopTypes, QStringList({QStringLiteral("application/x-akimcontest"),
                                        QStringLiteral("application/x-akimcontest-ballot")}));
    QCOMPARE(mimeTypes, desktopTypes);
    const QByteArray metainfo =
        readAll(path(QStringLiteral("usr/share/metainfo/kz.akimcontest.AkimContest.metainfo.xml")));
    QStringList provided = xmlValues(metainfo, QStringLiteral("mediatype"));
    provided.sort();
    QCOMPARE(provided, desktopTypes);
    QCOMPARE(xmlValues(metainfo, QStringLiteral("launchable")),
             QStringList({QStringLiteral("desktop-id")}));

    const QString validate =
        QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
    if (validate.isEmpty())
        QSKIP("desktop-file-validate not found (desktop-file-utils): the file's syntax is not "
              "checked");
    const Run check =
        run(validate, {path(QStringLiteral("usr/share/applications/akimcontest.desktop"))});
    QVERIFY2(check.exitCode == 0 && check.out.isEmpty(), qPrintable(check.out + check.err));
}

void DebPackage::metainfoIsValid()
{
    const QString metainfo =
        path(QStringLiteral("usr/share/metainfo/kz.akimcontest.AkimContest.metainfo.xml"));
    QXmlStreamReader reader(readAll(metainfo));
    QVERIFY(reader.readNextStartElement());
    QCOMPARE(reader.name().toString(), QStringLiteral("component"));
    const QString appstreamcli = QStandardPaths::findExecutable(QStringLiteral("appstreamcli"));
    if (appstreamcli.isEmpty())
        QSKIP("appstreamcli not found (appstream): the metainfo file is not validated");
    const Run check = run(appstreamcli, {QStringLiteral("validate"), QStringLiteral("--no-net"),
                                         QStringLiteral("--no-color"), metainfo});
    QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
}

void DebPackage::unpackedProgramRuns()
{
    const Run version = run(m_program, {QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.out.trimmed(), QStringLiteral("akimcontest " AKIM_VERSION));

    m_demo = m_work.filePath(QStringLiteral("demo.akc"));
    const Run demo = run(m_program, {QStringLiteral("demo"), m_demo});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.out + demo.err));
    QVERIFY(QFileInfo(m_demo).size() > 0);

    const Run info = run(m_program, {QStringLiteral("info"), m_demo, QStringLiteral("--json")});
    QVERIFY2(info.exitCode == 0, qPrintable(info.err));
    const QJsonObject counts = QJsonDocument::fromJson(info.out.toUtf8()).object();
    QCOMPARE(counts.value(QLatin1String("regions")).toInt(), 17);
    QVERIFY(counts.value(QLatin1String("nominees")).toInt() > 0);

    // A protocol: the offscreen platform plugin and the serif face come from the dependencies.
    const QString pdf = m_work.filePath(QStringLiteral("protocol.pdf"));
    const Run report = run(m_program, {QStringLiteral("report"), m_demo, QStringLiteral("--stage"),
                                       QStringLiteral("regional"), QStringLiteral("--region"),
                                       QStringLiteral("10"), QStringLiteral("--lang"),
                                       QStringLiteral("kk"), QStringLiteral("--out"), pdf});
    QVERIFY2(report.exitCode == 0, qPrintable(report.out + report.err));
    const QByteArray bytes = readAll(pdf);
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY2(bytes.contains("/BaseFont /LiberationSerif") ||
                 bytes.contains("/BaseFont /TimesNewRoman"),
             "the protocol is not set in Liberation Serif or Times New Roman");
}

void DebPackage::mimeTypesRecogniseContestFiles()
{
    if (m_demo.isEmpty() || !QFileInfo::exists(m_demo))
        QSKIP("no demo contest: unpackedProgramRuns failed");
    // The database as Debian's shared-mime-info trigger compiles it after the install: the
    // system's type definitions and the package's, in one mime.cache. (Qt 6.4 does not weigh
    // magic priorities across two databases, so the unpacked root is not simply added.)
    const QString update = QStandardPaths::findExecutable(QStringLiteral("update-mime-database"));
    const QDir systemPackages(QStringLiteral("/usr/share/mime/packages"));
    if (update.isEmpty() || !systemPackages.exists(QStringLiteral("freedesktop.org.xml")))
        QSKIP("shared-mime-info not installed: the file types are not checked");
    const QDir share(m_work.filePath(QStringLiteral("share")));
    QVERIFY(share.mkpath(QStringLiteral("mime/packages")));
    for (const QString &xml : systemPackages.entryList({QStringLiteral("*.xml")}, QDir::Files))
        QVERIFY(QFile::copy(systemPackages.filePath(xml),
                            share.filePath(QStringLiteral("mime/packages/") + xml)));
    QVERIFY(QFile::copy(path(QStringLiteral("usr/share/mime/packages/akimcontest.xml")),
                        share.filePath(QStringLiteral("mime/packages/akimcontest.xml"))));
    qputenv("PKGSYSTEM_ENABLES_FSYNC", "0"); // a temporary database needs no fsync
    const Run compile = run(update, {share.filePath(QStringLiteral("mime"))});
    QVERIFY2(compile.exitCode == 0, qPrintable(compile.err));
    QVERIFY2(!compile.err.contains(QLatin1String("akimcontest")), qPrintable(compile.err));
    // Only this database: set before QMimeDatabase's first use in this process.
    qputenv("XDG_DATA_DIRS", QFile::encodeName(share.path()));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_work.filePath(QStringLiteral("no-user-data"))));
    const QMimeDatabase mimes;

    const QMimeType contest = mimes.mimeTypeForFile(m_demo);
    QCOMPARE(contest.name(), QStringLiteral("application/x-akimcontest"));
    QVERIFY(contest.inherits(QStringLiteral("application/vnd.sqlite3")));
    QCOMPARE(contest.iconName(), QStringLiteral("akimcontest"));

    // Without its extension a contest file is still known by its content (application_id).
    const QString renamed = m_work.filePath(QStringLiteral("contest-without-extension"));
    QVERIFY(QFile::copy(m_demo, renamed));
    QCOMPARE(mimes.mimeTypeForFile(renamed).name(), QStringLiteral("application/x-akimcontest"));

    // A ballot package is the same kind of database; its extension tells it apart.
    const QString package = m_work.filePath(QStringLiteral("member.akb"));
    QVERIFY(QFile::copy(m_demo, package));
    QCOMPARE(mimes.mimeTypeForFile(package).name(),
             QStringLiteral("application/x-akimcontest-ballot"));
}

QTEST_GUILESS_MAIN(DebPackage)
#include "tst_debpackage.moc"

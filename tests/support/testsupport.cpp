#include "testsupport.h"

#include "report/pdfoutput.h"
#include "report/reportfactory.h"
#include "text/textfold.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDebug>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QKeyEvent>
#include <QPointer>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QWidget>

namespace akim::test {

void isolateSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    static QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("AkimContestTest"));
    QCoreApplication::setApplicationName(QStringLiteral("Akim Contest Test"));
    QSettings().clear();
}

namespace {

QtMessageHandler previousHandler = nullptr;

void filterNoise(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.contains(QLatin1String("propagateSizeHints")))
        return;
    if (previousHandler)
        previousHandler(type, context, message);
}

} // namespace

void ignoreOffscreenNoise()
{
    if (!previousHandler)
        previousHandler = qInstallMessageHandler(filterNoise);
}

TemporaryContest::TemporaryContest(const QString &templateName)
    : m_document(std::make_unique<ContestDocument>())
{
    m_document->setUserName(QStringLiteral("secretary"));
    if (!m_dir.isValid()) {
        m_error = m_dir.errorString();
        return;
    }
    m_path = m_dir.filePath(QStringLiteral("contest.akc"));
    if (!m_document->create(m_path, templateName))
        m_error = m_document->errorString();
}

qint64 TemporaryContest::regionId(const ContestDocument &document, const QString &name)
{
    const QString needle = text::fold(name);
    for (const Region &region : document.geography().regions()) {
        if (text::fold(region.nameRu).contains(needle) ||
            text::fold(region.nameKk).contains(needle))
            return region.id;
    }
    return 0;
}

qint64 TemporaryContest::addNominee(const QString &region, const QString &district,
                                    const QString &okrug, const QString &fullName)
{
    NomineeDraft draft;
    draft.regionId = regionId(region);
    for (const District &d : m_document->geography().districts(draft.regionId)) {
        if (text::fold(d.nameRu) == text::fold(district))
            draft.districtId = d.id;
    }
    if (draft.districtId == 0)
        draft.newDistrictRu = district;
    for (const Okrug &o : m_document->geography().okrugs(draft.districtId)) {
        if (draft.districtId != 0 && text::fold(o.nameRu) == text::fold(okrug))
            draft.okrugId = o.id;
    }
    if (draft.okrugId == 0)
        draft.newOkrugRu = okrug;
    draft.fullName = fullName;
    const EditResult result = m_document->addNominee(draft);
    if (!result.ok()) {
        qWarning("TemporaryContest::addNominee: %s", qUtf8Printable(result.message));
        return 0;
    }
    for (const NomineeRow &row : m_document->nominees().rows()) {
        if (row.nominee.fullName == fullName.simplified() && row.okrugRu == okrug.simplified())
            return row.nominee.id;
    }
    return 0;
}

std::shared_ptr<bool> answerNextModal(std::function<void(QWidget *)> answer, int timeoutMs)
{
    auto answered = std::make_shared<bool>(false);
    auto *timer = new QTimer(QCoreApplication::instance());
    timer->setInterval(20);
    auto elapsed = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, timer, [=] {
        *elapsed += timer->interval();
        QWidget *modal = QApplication::activeModalWidget();
        if (modal && modal->isVisible()) {
            // Stop first: `answer` runs inside the modal's event loop and may open another.
            timer->stop();
            timer->deleteLater();
            answer(modal);
            *answered = true;
            return;
        }
        if (*elapsed >= timeoutMs) {
            qWarning("answerNextModal: no modal window opened within %d ms", timeoutMs);
            timer->stop();
            timer->deleteLater();
        }
    });
    timer->start();
    return answered;
}

void typeText(QWidget *widget, const QString &text)
{
    for (const QChar ch : text) {
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(ch));
        QApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(ch));
        QApplication::sendEvent(widget, &release);
    }
}

bool rawSql(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("akim_test_raw_sql");
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery query(db);
        for (const QString &statement : statements) {
            if (ok && !query.exec(statement)) {
                qWarning() << statement << query.lastError().text();
                ok = false;
            }
        }
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

QStringList row(std::initializer_list<const char *> cells)
{
    QStringList list;
    for (const char *cell : cells)
        list << QString::fromUtf8(cell);
    return list;
}

QString describe(const QVariant &cell)
{
    if (!cell.isValid())
        return QStringLiteral("-");
    switch (cell.metaType().id()) {
    case QMetaType::QString:
        return QStringLiteral("s:") + cell.toString();
    case QMetaType::Double:
        return QStringLiteral("d:") + QString::number(cell.toDouble(), 'g', 17);
    case QMetaType::Bool:
        return cell.toBool() ? QStringLiteral("b:true") : QStringLiteral("b:false");
    case QMetaType::QDate:
        return QStringLiteral("date:") + cell.toDate().toString(Qt::ISODate);
    case QMetaType::QDateTime: {
        const QDateTime dt = cell.toDateTime();
        return QStringLiteral("dt:") + dt.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) +
               (dt.timeSpec() == Qt::LocalTime ? QString() : QStringLiteral(" (not local)"));
    }
    default:
        return QStringLiteral("?") + QString::fromLatin1(cell.typeName());
    }
}

QString goldenMismatch(const QString &actual, const QString &goldenPath)
{
    QFile golden(goldenPath);
    if (qEnvironmentVariableIntValue("AKIM_UPDATE_GOLDEN")) {
        QDir().mkpath(QFileInfo(golden).absolutePath());
        if (!golden.open(QIODevice::WriteOnly) || golden.write(actual.toUtf8()) < 0)
            return QStringLiteral("cannot write %1").arg(goldenPath);
        return {};
    }
    if (!golden.open(QIODevice::ReadOnly))
        return QStringLiteral("%1 is missing: run with AKIM_UPDATE_GOLDEN=1").arg(goldenPath);
    const QStringList expected = QString::fromUtf8(golden.readAll()).split(QLatin1Char('\n'));
    const QStringList got = actual.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < std::min(expected.size(), got.size()); ++i) {
        if (got.at(i) != expected.at(i))
            return QStringLiteral("%1:%2\n  expected: %3\n  actual:   %4")
                .arg(goldenPath)
                .arg(i + 1)
                .arg(expected.at(i), got.at(i));
    }
    if (got.size() != expected.size())
        return QStringLiteral("%1: %2 lines expected, %3 written")
            .arg(goldenPath)
            .arg(expected.size())
            .arg(got.size());
    return {};
}

QString writeReport(ContestDocument &document, const report::ReportRequest &request,
                    const QString &path)
{
    QString error;
    const std::unique_ptr<report::ReportDocument> loaded =
        report::ReportFactory::load(document, request, &error);
    if (loaded)
        error = report::PdfOutput::write(*loaded, path);
    if (!error.isEmpty()) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    return path;
}

} // namespace akim::test

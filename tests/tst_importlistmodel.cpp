#include "itemmodels/importlistmodel.h"
#include "survey/surveyimporter.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QtTest>

using namespace akim;
using namespace akim::test;

namespace {

QString writeUtf8(const TemporaryContest &contest, const QString &name, const QStringList &lines)
{
    QFile file(contest.filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write((lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
    return file.fileName();
}

qint64 importFile(ContestDocument &doc, const QString &path, survey::SurveyKind kind,
                  const QString &code)
{
    survey::ImportOptions options;
    options.filePath = path;
    options.mapping.kind = kind;
    options.mapping.scale =
        kind == survey::SurveyKind::Ethics ? survey::AnswerScale::yesNo() : survey::AnswerScale();
    options.mapping.columns = {{0, QString(), survey::ColumnRole::District, QString()},
                               {1, QString(), survey::ColumnRole::Okrug, QString()},
                               {2, QString(), survey::ColumnRole::Question, code}};
    options.userName = QStringLiteral("secretary");
    QString error;
    const survey::ImportSummary summary =
        survey::SurveyImporter(doc.database().connection()).run(options, {}, &error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    doc.notifyExternalWrite();
    return summary.importId;
}

} // namespace

class TestImportListModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void emptyContest();
    void listsImportsNewestFirstWithCounts();
    void undoneImportsStayListedGreyed();
    void followsTheDocument();
};

void TestImportListModel::initTestCase()
{
    isolateSettings();
}

void TestImportListModel::emptyContest()
{
    TemporaryContest contest;
    QVERIFY2(contest.isValid(), qPrintable(contest.errorString()));
    ImportListModel model(&contest.document());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(ImportListModel::ColumnCount));
    QCOMPARE(model.headerData(ImportListModel::FileColumn, Qt::Horizontal).toString(),
             QStringLiteral("File"));
    ImportListModel detached(nullptr);
    QCOMPARE(detached.rowCount(), 0);
}

void TestImportListModel::listsImportsNewestFirstWithCounts()
{
    TemporaryContest contest;
    QVERIFY2(contest.isValid(), qPrintable(contest.errorString()));
    ContestDocument &doc = contest.document();
    QVERIFY(contest.addNominee(QStringLiteral("кызылорд"), QStringLiteral("Жалагашский район"),
                               QStringLiteral("Мадениетский сельский округ"),
                               QStringLiteral("Ахметов Серик")));
    ImportListModel model(&doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    const QString first =
        writeUtf8(contest, QStringLiteral("опрос.csv"),
                  {QStringLiteral("Район,Сельский округ,S1"),
                   QStringLiteral("Жалагашский район,Мадениетский сельский округ,5"),
                   QStringLiteral("Жалагашский район,Мадениетский сельский округ,5"),
                   QStringLiteral("Жалагашский район,Нет такого,4"),
                   QStringLiteral("Жалагашский район,Мадениетский сельский округ,3")});
    const qint64 firstId =
        importFile(doc, first, survey::SurveyKind::Population, QStringLiteral("S1"));
    QVERIFY(firstId > 0);
    const QString second =
        writeUtf8(contest, QStringLiteral("ethics.csv"),
                  {QStringLiteral("Район,Сельский округ,E1"),
                   QStringLiteral("Жалагашский район,Мадениетский сельский округ,Да")});
    const qint64 secondId =
        importFile(doc, second, survey::SurveyKind::Ethics, QStringLiteral("E1"));
    QVERIFY(secondId > 0);

    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, 0).data(ImportListModel::IdRole).toLongLong(), secondId);
    QCOMPARE(model.rowOfId(firstId), 1);
    const auto text = [&](int column) {
        return model.index(1, column).data().toString();
    };
    QCOMPARE(text(ImportListModel::FileColumn), QStringLiteral("опрос.csv"));
    QCOMPARE(text(ImportListModel::KindColumn), QStringLiteral("Citizens' survey"));
    QCOMPARE(model.index(0, ImportListModel::KindColumn).data().toString(),
             QStringLiteral("Ethics questionnaire"));
    QCOMPARE(text(ImportListModel::ReadColumn), QStringLiteral("4"));
    // Without a timestamp, two equal answers are two citizens, not a duplicate.
    QCOMPARE(text(ImportListModel::ImportedColumn), QStringLiteral("3"));
    QCOMPARE(text(ImportListModel::RejectedColumn), QStringLiteral("1"));
    QCOMPARE(text(ImportListModel::DuplicatesColumn), QStringLiteral("0"));
    QCOMPARE(text(ImportListModel::UserColumn), QStringLiteral("secretary"));
    QCOMPARE(text(ImportListModel::UndoneColumn), QString());
    QVERIFY(!text(ImportListModel::DateColumn).isEmpty());
    QVERIFY(model.index(1, ImportListModel::FileColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(model.recordAt(1).sha256));
    QCOMPARE(
        model.index(1, ImportListModel::ReadColumn).data(ImportListModel::SortRole).toLongLong(),
        4);
    QVERIFY(model.index(1, ImportListModel::ReadColumn).data(Qt::TextAlignmentRole).isValid());
}

void TestImportListModel::undoneImportsStayListedGreyed()
{
    TemporaryContest contest;
    QVERIFY2(contest.isValid(), qPrintable(contest.errorString()));
    ContestDocument &doc = contest.document();
    QVERIFY(contest.addNominee(QStringLiteral("кызылорд"), QStringLiteral("Жалагашский район"),
                               QStringLiteral("Мадениетский сельский округ"),
                               QStringLiteral("Ахметов Серик")));
    const QString path =
        writeUtf8(contest, QStringLiteral("s.csv"),
                  {QStringLiteral("Район,Сельский округ,S1"),
                   QStringLiteral("Жалагашский район,Мадениетский сельский округ,5")});
    const qint64 id = importFile(doc, path, survey::SurveyKind::Population, QStringLiteral("S1"));
    QVERIFY(id > 0);
    ImportListModel model(&doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(!model.index(0, 0).data(ImportListModel::UndoneRole).toBool());
    QCOMPARE(
        survey::SurveyImporter(doc.database().connection()).undoImport(id, QStringLiteral("chair")),
        QString());
    doc.notifyExternalWrite();
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(model.index(0, 0).data(ImportListModel::UndoneRole).toBool());
    QVERIFY(!model.index(0, ImportListModel::UndoneColumn).data().toString().isEmpty());
    QVERIFY(model.index(0, 0).data(Qt::ForegroundRole).isValid());
}

void TestImportListModel::followsTheDocument()
{
    TemporaryContest contest;
    QVERIFY2(contest.isValid(), qPrintable(contest.errorString()));
    ContestDocument &doc = contest.document();
    ImportListModel model(&doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    doc.notifyExternalWrite();
    QCOMPARE(reset.count(), 1);
    doc.close();
    QCOMPARE(reset.count(), 2);
    QCOMPARE(model.rowCount(), 0);
    model.retranslate();
    QCOMPARE(ImportListModel::formatTime(QStringLiteral("not a time")),
             QStringLiteral("not a time"));
}

QTEST_MAIN(TestImportListModel)
#include "tst_importlistmodel.moc"

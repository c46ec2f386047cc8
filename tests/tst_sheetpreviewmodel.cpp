#include "itemmodels/sheetpreviewmodel.h"

#include <QAbstractItemModelTester>
#include <QDate>
#include <QFont>
#include <QSignalSpy>
#include <QtTest>

using namespace akim;

namespace {

QVector<QVector<QVariant>> sampleRows()
{
    return {
        {QStringLiteral("Опрос жителей 2020")},
        {},
        {QStringLiteral("Отметка времени"), QStringLiteral("Район"),
         QStringLiteral("Сельский округ"), QStringLiteral("Q1")},
        {QDateTime(QDate(2020, 6, 15), QTime(10, 21, 5)), QStringLiteral("Жалагашский"),
         QStringLiteral("Мадениет"), 4.0},
        {QDate(2020, 6, 16), QVariant(), QStringLiteral("Жосалы"), 4.5, true},
    };
}

} // namespace

class TestSheetPreviewModel : public QObject
{
    Q_OBJECT

private slots:
    void emptyModel();
    void shapeFollowsTheWidestRow();
    void cellsAreShownAsTheImporterReadsThem();
    void headerRowsAreHighlighted();
    void columnTitlesCombineLetterAndName();
    void longAndMultiLineCellsStayOnOneLine();
    void resetsAreTestedByTheModelTester();
};

void TestSheetPreviewModel::emptyModel()
{
    SheetPreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 0);
    QVERIFY(!model.headerData(0, Qt::Horizontal).isValid());
}

void TestSheetPreviewModel::shapeFollowsTheWidestRow()
{
    SheetPreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(sampleRows());
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.columnCount(), 5);
    // A short row reads as blanks beyond its end.
    QCOMPARE(model.index(0, 3).data().toString(), QString());
    QCOMPARE(model.headerData(3, Qt::Vertical).toInt(), 4);
}

void TestSheetPreviewModel::cellsAreShownAsTheImporterReadsThem()
{
    SheetPreviewModel model;
    model.setRows(sampleRows());
    QCOMPARE(model.index(3, 0).data().toString(), QStringLiteral("2020-06-15 10:21:05"));
    QCOMPARE(model.index(4, 0).data().toString(), QStringLiteral("2020-06-16"));
    QCOMPARE(model.index(3, 3).data().toString(), QStringLiteral("4"));
    QCOMPARE(model.index(4, 3).data().toString(), QStringLiteral("4.5"));
    QCOMPARE(model.index(4, 4).data().toString(), QStringLiteral("TRUE"));
    QCOMPARE(model.index(4, 1).data().toString(), QString());
    QCOMPARE(model.index(3, 2).data().toString(), QStringLiteral("Мадениет"));
    QCOMPARE(model.index(4, 3).data(SheetPreviewModel::CellValueRole).toDouble(), 4.5);
    const auto align = model.index(4, 3).data(Qt::TextAlignmentRole).value<Qt::Alignment>();
    QVERIFY(align & Qt::AlignRight);
}

void TestSheetPreviewModel::headerRowsAreHighlighted()
{
    SheetPreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(sampleRows());
    QVERIFY(!model.index(2, 0).data(SheetPreviewModel::IsHeaderRole).toBool());

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setHeaderRows({2});
    QCOMPARE(changed.count(), 1);
    QVERIFY(model.index(2, 1).data(SheetPreviewModel::IsHeaderRole).toBool());
    QVERIFY(model.index(2, 1).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(model.index(2, 1).data(Qt::BackgroundRole).isValid());
    QVERIFY(!model.index(3, 1).data(Qt::BackgroundRole).isValid());

    // Moving the header repaints the old and the new row; the same rows again repaint nothing.
    changed.clear();
    model.setHeaderRows({0, 2});
    QCOMPARE(changed.count(), 2);
    changed.clear();
    model.setHeaderRows({0, 2});
    QCOMPARE(changed.count(), 0);
    QCOMPARE(model.headerRows(), (QVector<int>{0, 2}));

    // Rows past the end are ignored, and fewer rows drop the header rows they no longer hold.
    model.setHeaderRows({1, 9});
    QCOMPARE(model.headerRows(), QVector<int>{1});
    model.setRows(sampleRows().mid(0, 1));
    QCOMPARE(model.headerRows(), QVector<int>());
}

void TestSheetPreviewModel::columnTitlesCombineLetterAndName()
{
    SheetPreviewModel model;
    model.setRows(sampleRows());
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("A"));
    QSignalSpy changed(&model, &QAbstractItemModel::headerDataChanged);
    model.setColumnNames({QStringLiteral("Отметка времени"), QStringLiteral("Район")});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("B · Район"));
    QCOMPARE(model.headerData(1, Qt::Horizontal, Qt::ToolTipRole).toString(),
             QStringLiteral("Район"));
    QCOMPARE(model.headerData(4, Qt::Horizontal).toString(), QStringLiteral("E"));
}

void TestSheetPreviewModel::longAndMultiLineCellsStayOnOneLine()
{
    SheetPreviewModel model;
    const QString longText(300, QLatin1Char('x'));
    model.setRows({{longText, QStringLiteral("first\nsecond")}});
    const QString shown = model.index(0, 0).data().toString();
    QVERIFY(shown.size() < 130);
    QCOMPARE(model.index(0, 0).data(Qt::ToolTipRole).toString(), longText);
    QVERIFY(!model.index(0, 1).data().toString().contains(QLatin1Char('\n')));
    QCOMPARE(model.index(0, 1).data(Qt::ToolTipRole).toString(), QStringLiteral("first\nsecond"));
}

void TestSheetPreviewModel::resetsAreTestedByTheModelTester()
{
    SheetPreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(sampleRows());
    model.setHeaderRows({2});
    model.setColumnNames({QStringLiteral("a")});
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 0);
    model.setRows(sampleRows());
    QCOMPARE(model.rowCount(), 5);
}

QTEST_MAIN(TestSheetPreviewModel)
#include "tst_sheetpreviewmodel.moc"

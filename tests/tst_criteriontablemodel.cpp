#include "itemmodels/criteriontablemodel.h"
#include "services/contestdocument.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace akim;

namespace {

QStringList codes(const QAbstractItemModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result << model.index(row, CriterionTableModel::CodeColumn).data().toString();
    return result;
}

int rowOfCode(const QAbstractItemModel &model, const QString &code)
{
    return int(codes(model).indexOf(code));
}

const QStringList kDefaultOrder = {
    QStringLiteral("S1"), QStringLiteral("S2"), QStringLiteral("S3"), QStringLiteral("S4"),
    QStringLiteral("S5"), QStringLiteral("S6"), QStringLiteral("E1"), QStringLiteral("K1"),
    QStringLiteral("K2"), QStringLiteral("K3"), QStringLiteral("K4"), QStringLiteral("K5"),
    QStringLiteral("R1"), QStringLiteral("R2"), QStringLiteral("R3")};

} // namespace

class TestCriterionTableModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void listsTheTemplateCriteria();
    void displaysEveryColumn();
    void followsAddEditRemoveAndUndo();
    void dragFlagsAndMimeData();
    void dropMovesWithinTheStageAndUndoRestores();
    void dropOntoARowAndAtTheEnd();
    void dropIntoAnotherStageIsRefused();
    void foreignOrBrokenDropsAreRefused();

private:
    std::unique_ptr<QMimeData> mimeFor(const CriterionTableModel &model, const QString &code);

    QTemporaryDir m_dir;
    std::unique_ptr<ContestDocument> m_doc;
};

void TestCriterionTableModel::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
    m_doc = std::make_unique<ContestDocument>();
    const QString path =
        m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".akc"));
    QVERIFY2(m_doc->create(path), qPrintable(m_doc->errorString()));
}

void TestCriterionTableModel::cleanup()
{
    m_doc.reset();
    QLocale::setDefault(QLocale::c());
}

std::unique_ptr<QMimeData> TestCriterionTableModel::mimeFor(const CriterionTableModel &model,
                                                            const QString &code)
{
    const int row = rowOfCode(model, code);
    return std::unique_ptr<QMimeData>(
        model.mimeData({model.index(row, CriterionTableModel::CodeColumn),
                        model.index(row, CriterionTableModel::TitleRuColumn)}));
}

void TestCriterionTableModel::listsTheTemplateCriteria()
{
    CriterionTableModel model(m_doc.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.columnCount(), int(CriterionTableModel::ColumnCount));
    QCOMPARE(codes(model), kDefaultOrder);
    const Criterion k1 = model.criterionAt(rowOfCode(model, QStringLiteral("K1")));
    QCOMPARE(k1.code, QStringLiteral("K1"));
    QCOMPARE(k1.stage, StageKind::Regional);
    QCOMPARE(model.rowOfId(k1.id), rowOfCode(model, QStringLiteral("K1")));
    QCOMPARE(model.index(7, 0).data(CriterionTableModel::IdRole).toLongLong(), k1.id);
    QCOMPARE(model.criterionAt(99).id, qint64(0));
    QCOMPARE(model.headerData(CriterionTableModel::MaxPointsColumn, Qt::Horizontal).toString(),
             QStringLiteral("Max points"));
    QCOMPARE(model.headerData(CriterionTableModel::TitleKkColumn, Qt::Horizontal).toString(),
             QStringLiteral("Title (Kazakh)"));
}

void TestCriterionTableModel::displaysEveryColumn()
{
    CriterionTableModel model(m_doc.get());
    const int s1 = rowOfCode(model, QStringLiteral("S1"));
    const int k1 = rowOfCode(model, QStringLiteral("K1"));
    const int r2 = rowOfCode(model, QStringLiteral("R2"));
    const Criterion c = model.criterionAt(k1);
    QCOMPARE(model.index(k1, CriterionTableModel::TitleRuColumn).data().toString(), c.titleRu);
    QCOMPARE(model.index(k1, CriterionTableModel::TitleKkColumn).data().toString(), c.titleKk);
    QCOMPARE(model.index(k1, CriterionTableModel::TitleEnColumn).data().toString(), c.titleEn);
    QVERIFY(!c.titleKk.isEmpty());
    QCOMPARE(model.index(k1, CriterionTableModel::StageColumn).data().toString(),
             QStringLiteral("Stage I (regional)"));
    QCOMPARE(model.index(r2, CriterionTableModel::StageColumn).data().toString(),
             QStringLiteral("Stage II (republican)"));
    QCOMPARE(model.index(k1, CriterionTableModel::SourceColumn).data().toString(),
             QStringLiteral("Commission"));
    QCOMPARE(model.index(s1, CriterionTableModel::SourceColumn).data().toString(),
             QStringLiteral("Citizens' survey"));
    QCOMPARE(model.index(rowOfCode(model, QStringLiteral("E1")), CriterionTableModel::SourceColumn)
                 .data()
                 .toString(),
             QStringLiteral("Ethics questionnaire"));
    QCOMPARE(model.index(k1, CriterionTableModel::MaxPointsColumn).data().toString(),
             QStringLiteral("10"));
    QCOMPARE(model.index(k1, CriterionTableModel::MaxPointsColumn).data(Qt::EditRole).toDouble(),
             10.0);

    // A decimal weight in the locale's notation.
    Criterion edited = c;
    edited.weight = 1.5;
    QVERIFY(m_doc->editCriterion(edited).ok());
    QCOMPARE(model.index(k1, CriterionTableModel::WeightColumn).data().toString(),
             QStringLiteral("1.5"));
    QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Kazakhstan));
    QCOMPARE(model.index(k1, CriterionTableModel::WeightColumn).data().toString(),
             QStringLiteral("1,5"));
}

void TestCriterionTableModel::followsAddEditRemoveAndUndo()
{
    CriterionTableModel model(m_doc.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Criterion k6;
    k6.stage = StageKind::Regional;
    k6.code = QStringLiteral("K6");
    k6.titleRu = QStringLiteral("Работа с молодёжью");
    k6.titleKk = QStringLiteral("Жастармен жұмыс");
    QVERIFY(m_doc->addCriterion(k6).ok());
    QCOMPARE(model.rowCount(), 16);
    // Last of stage I, before R1.
    QCOMPARE(rowOfCode(model, QStringLiteral("K6")), 12);
    QCOMPARE(rowOfCode(model, QStringLiteral("R1")), 13);

    // An edit keeps the rows: no reset, the cell changes.
    Criterion edited = model.criterionAt(12);
    edited.titleEn = QStringLiteral("Work with the young");
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QVERIFY(m_doc->editCriterion(edited).ok());
    QCOMPARE(resets.count(), 0);
    QCOMPARE(model.index(12, CriterionTableModel::TitleEnColumn).data().toString(),
             QStringLiteral("Work with the young"));

    QVERIFY(m_doc->removeCriterion(edited.id).ok());
    QCOMPARE(codes(model), kDefaultOrder);
    m_doc->undoStack()->undo();
    QCOMPARE(model.rowCount(), 16);
    m_doc->undoStack()->undo();
    QCOMPARE(model.index(12, CriterionTableModel::TitleEnColumn).data().toString(), QString());
    m_doc->undoStack()->undo();
    QCOMPARE(codes(model), kDefaultOrder);
}

void TestCriterionTableModel::dragFlagsAndMimeData()
{
    CriterionTableModel model(m_doc.get());
    const QModelIndex cell = model.index(3, CriterionTableModel::TitleRuColumn);
    QVERIFY(model.flags(cell).testFlag(Qt::ItemIsDragEnabled));
    QVERIFY(model.flags(cell).testFlag(Qt::ItemIsSelectable));
    QVERIFY(!model.flags(cell).testFlag(Qt::ItemIsDropEnabled)); // drops go between rows
    QVERIFY(model.flags(QModelIndex()).testFlag(Qt::ItemIsDropEnabled));
    QCOMPARE(model.supportedDropActions(), Qt::DropActions(Qt::MoveAction));
    QCOMPARE(model.mimeTypes(),
             QStringList{QStringLiteral("application/x-akimcontest-criterion-id")});

    const std::unique_ptr<QMimeData> mime = mimeFor(model, QStringLiteral("K3"));
    QVERIFY(mime);
    QCOMPARE(mime->formats(), model.mimeTypes());
    QCOMPARE(mime->data(CriterionTableModel::mimeType()).toLongLong(),
             model.criterionAt(rowOfCode(model, QStringLiteral("K3"))).id);
}

void TestCriterionTableModel::dropMovesWithinTheStageAndUndoRestores()
{
    CriterionTableModel model(m_doc.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QPersistentModelIndex k5(model.index(rowOfCode(model, QStringLiteral("K5")), 0));
    const int k1Row = rowOfCode(model, QStringLiteral("K1"));

    // K5 dropped between E1 and K1 (that is, before K1's row).
    const std::unique_ptr<QMimeData> mime = mimeFor(model, QStringLiteral("K5"));
    QVERIFY(model.canDropMimeData(mime.get(), Qt::MoveAction, k1Row, 0, {}));
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QVERIFY(model.dropMimeData(mime.get(), Qt::MoveAction, k1Row, 0, {}));
    QCOMPARE(model.lastError(), QString());
    QStringList expected = kDefaultOrder;
    expected.move(11, 7);
    QCOMPARE(codes(model), expected);
    // A layout change, not a reset: the selection follows the moved row.
    QCOMPARE(resets.count(), 0);
    QCOMPARE(k5.row(), 7);
    QCOMPARE(k5.data().toString(), QStringLiteral("K5"));

    // Stored, not only shown: the repository has the new order.
    QStringList stored;
    for (const Criterion &c : m_doc->criteria().all())
        stored << c.code;
    QCOMPARE(stored, expected);

    m_doc->undoStack()->undo();
    QCOMPARE(codes(model), kDefaultOrder);
    QCOMPARE(k5.row(), 11);
    m_doc->undoStack()->redo();
    QCOMPARE(codes(model), expected);

    // Downwards: S1 dropped after S3 (before S4's row) lands third.
    const std::unique_ptr<QMimeData> s1 = mimeFor(model, QStringLiteral("S1"));
    QVERIFY(model.dropMimeData(s1.get(), Qt::MoveAction, rowOfCode(model, QStringLiteral("S4")), 0,
                               {}));
    QCOMPARE(codes(model).mid(0, 4), QStringList({QStringLiteral("S2"), QStringLiteral("S3"),
                                                  QStringLiteral("S1"), QStringLiteral("S4")}));

    // Dropping a row where it already is changes nothing and adds no undo step.
    const int steps = m_doc->undoStack()->count();
    const std::unique_ptr<QMimeData> again = mimeFor(model, QStringLiteral("S1"));
    QVERIFY(model.dropMimeData(again.get(), Qt::MoveAction, rowOfCode(model, QStringLiteral("S1")),
                               0, {}));
    QCOMPARE(m_doc->undoStack()->count(), steps);
}

void TestCriterionTableModel::dropOntoARowAndAtTheEnd()
{
    CriterionTableModel model(m_doc.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    // Onto R1 itself (a view without the root flag would send the parent): before R1.
    const std::unique_ptr<QMimeData> r3 = mimeFor(model, QStringLiteral("R3"));
    QVERIFY(model.dropMimeData(r3.get(), Qt::MoveAction, -1, -1,
                               model.index(rowOfCode(model, QStringLiteral("R1")), 0)));
    QCOMPARE(codes(model).mid(12),
             QStringList({QStringLiteral("R3"), QStringLiteral("R1"), QStringLiteral("R2")}));

    // Onto the empty area below the last row: the end of the list, which is stage II's end.
    const std::unique_ptr<QMimeData> again = mimeFor(model, QStringLiteral("R3"));
    QVERIFY(model.dropMimeData(again.get(), Qt::MoveAction, -1, -1, {}));
    QCOMPARE(codes(model), kDefaultOrder);

    // The gap after K5 (row of R1) still belongs to stage I: K1 goes last of its stage.
    const std::unique_ptr<QMimeData> k1 = mimeFor(model, QStringLiteral("K1"));
    QVERIFY(model.dropMimeData(k1.get(), Qt::MoveAction, rowOfCode(model, QStringLiteral("R1")), 0,
                               {}));
    QCOMPARE(codes(model).mid(7, 6),
             QStringList({QStringLiteral("K2"), QStringLiteral("K3"), QStringLiteral("K4"),
                          QStringLiteral("K5"), QStringLiteral("K1"), QStringLiteral("R1")}));
}

void TestCriterionTableModel::dropIntoAnotherStageIsRefused()
{
    CriterionTableModel model(m_doc.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int steps = m_doc->undoStack()->count();

    const std::unique_ptr<QMimeData> k2 = mimeFor(model, QStringLiteral("K2"));
    const int r2Row = rowOfCode(model, QStringLiteral("R2"));
    QVERIFY(!model.canDropMimeData(k2.get(), Qt::MoveAction, r2Row, 0, {}));
    QVERIFY(!model.dropMimeData(k2.get(), Qt::MoveAction, r2Row, 0, {}));
    QVERIFY(!model.lastError().isEmpty());
    QVERIFY(!model.dropMimeData(k2.get(), Qt::MoveAction, -1, -1, model.index(r2Row, 0)));
    QVERIFY(!model.dropMimeData(k2.get(), Qt::MoveAction, -1, -1, {})); // end = stage II

    const std::unique_ptr<QMimeData> r1 = mimeFor(model, QStringLiteral("R1"));
    QVERIFY(!model.dropMimeData(r1.get(), Qt::MoveAction, 0, 0, {}));
    QVERIFY(!model.dropMimeData(r1.get(), Qt::MoveAction, rowOfCode(model, QStringLiteral("K5")), 0,
                                {}));

    QCOMPARE(codes(model), kDefaultOrder);
    QCOMPARE(m_doc->undoStack()->count(), steps);
}

void TestCriterionTableModel::foreignOrBrokenDropsAreRefused()
{
    CriterionTableModel model(m_doc.get());
    QMimeData text;
    text.setText(QStringLiteral("K1"));
    QVERIFY(!model.canDropMimeData(&text, Qt::MoveAction, 0, 0, {}));
    QVERIFY(!model.dropMimeData(&text, Qt::MoveAction, 0, 0, {}));

    QMimeData unknownId;
    unknownId.setData(CriterionTableModel::mimeType(), QByteArrayLiteral("987654"));
    QVERIFY(!model.dropMimeData(&unknownId, Qt::MoveAction, 0, 0, {}));
    QMimeData garbage;
    garbage.setData(CriterionTableModel::mimeType(), QByteArrayLiteral("K1"));
    QVERIFY(!model.dropMimeData(&garbage, Qt::MoveAction, 0, 0, {}));

    // Only moves: a copy would duplicate a criterion.
    const std::unique_ptr<QMimeData> k2 = mimeFor(model, QStringLiteral("K2"));
    QVERIFY(!model.canDropMimeData(k2.get(), Qt::CopyAction, 7, 0, {}));
    QVERIFY(!model.dropMimeData(k2.get(), Qt::CopyAction, 7, 0, {}));
    QCOMPARE(codes(model), kDefaultOrder);
}

QTEST_GUILESS_MAIN(TestCriterionTableModel)
#include "tst_criteriontablemodel.moc"

#include "ui/itemmodels/DataTableModel.h"
#include "core/data/SampleData.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace churnlab;

class DataTableModelTest : public QObject
{
    Q_OBJECT

private slots:
    void showsColumnsWithoutCopies()
    {
        DataTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto data = std::make_shared<const Dataset>(SampleData::generate(1000, 3));
        model.setDataset(data);
        QCOMPARE(model.rowCount(), 1000);
        QCOMPARE(model.columnCount(), data->columnCount());
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("customer_id"));
        QCOMPARE(model.data(model.index(0, 0)).toString(), QStringLiteral("CL-000001"));
        QCOMPARE(model.headerData(0, Qt::Vertical).toInt(), 1);
        const int tenure = data->indexOf(QStringLiteral("tenure_months"));
        QCOMPARE(model.data(model.index(0, tenure), Qt::TextAlignmentRole).toInt(),
                 int(Qt::AlignRight | Qt::AlignVCenter));
    }

    void sortsAndKeepsSelectionOnItsRow()
    {
        DataTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto data = std::make_shared<const Dataset>(SampleData::generate(500, 3));
        model.setDataset(data);
        const int tenure = data->indexOf(QStringLiteral("tenure_months"));
        QPersistentModelIndex first(model.index(0, 0));
        model.sort(tenure, Qt::DescendingOrder);
        double previous = 1e9;
        for (int r = 0; r < model.rowCount(); ++r) {
            const double v = model.data(model.index(r, tenure)).toDouble();
            QVERIFY(v <= previous);
            previous = v;
        }
        QVERIFY(first.isValid());
        QCOMPARE(first.data().toString(), QStringLiteral("CL-000001"));
        model.setRowOrder({4, 2});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.headerData(0, Qt::Vertical).toInt(), 5);
    }

    void sortsLargeTablesOffTheUiThread()
    {
        DataTableModel model;
        auto data = std::make_shared<const Dataset>(
            SampleData::generate(qsizetype(DataTableModel::asyncSortRows) + 5000, 4));
        model.setDataset(data);
        const int charges = data->indexOf(QStringLiteral("monthly_charges"));
        QSignalSpy done(&model, &DataTableModel::sortFinished);
        model.sort(charges, Qt::AscendingOrder);
        QVERIFY(done.count() == 1 || done.wait(20000));
        double previous = -1;
        for (int r = 0; r < model.rowCount(); r += 97) {
            const QString text = model.data(model.index(r, charges)).toString();
            if (text.isEmpty())
                break; // missing values sort last
            QVERIFY(text.toDouble() >= previous);
            previous = text.toDouble();
        }
        // A new dataset while a sort runs: the stale order is dropped.
        model.sort(charges, Qt::DescendingOrder);
        model.setDataset(std::make_shared<const Dataset>(SampleData::generate(10, 4)));
        QTest::qWait(500);
        QCOMPARE(model.rowCount(), 10);
    }
};

QTEST_MAIN(DataTableModelTest)
#include "DataTableModelTest.moc"

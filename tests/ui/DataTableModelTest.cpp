#include "DataTableModel.h"
#include "data/SampleData.h"

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
};

QTEST_MAIN(DataTableModelTest)
#include "DataTableModelTest.moc"

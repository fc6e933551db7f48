#include "core/data/RowQuery.h"
#include "core/data/csv/CsvReader.h"

#include <QtTest>

using namespace churnlab;

class RowQueryTest : public QObject
{
    Q_OBJECT

private slots:
    void sortsWithMissingLast()
    {
        auto r = CsvReader().readBytes("n,s\n3,b\n,a\n1,c\n2,\n");
        QVERIFY(r.ok());
        const auto rows = RowQuery::allRows(4);
        QCOMPARE(RowQuery::sorted(r->dataset.column(0), rows, true),
                 (std::vector<quint32> {2, 3, 0, 1}));
        QCOMPARE(RowQuery::sorted(r->dataset.column(0), rows, false),
                 (std::vector<quint32> {0, 3, 2, 1}));
        QCOMPARE(RowQuery::sorted(r->dataset.column(1), rows, true),
                 (std::vector<quint32> {1, 0, 2, 3}));
    }

    void filtersAcrossColumns()
    {
        auto r = CsvReader().readBytes("n,s\n31,Fiber\n2,DSL\n13,none\n");
        QVERIFY(r.ok());
        QCOMPARE(RowQuery::filtered(r->dataset, QStringLiteral("fib")), (std::vector<quint32> {0}));
        QCOMPARE(RowQuery::filtered(r->dataset, QStringLiteral("3")),
                 (std::vector<quint32> {0, 2}));
        QCOMPARE(RowQuery::filtered(r->dataset, QString()).size(), size_t(3));
    }
};

QTEST_GUILESS_MAIN(RowQueryTest)
#include "RowQueryTest.moc"

#include "core/data/ColumnProfile.h"
#include "core/data/csv/CsvReader.h"

#include <QtTest>

using namespace churnlab;

class ColumnProfileTest : public QObject
{
    Q_OBJECT

private slots:
    void summarisesNumbers()
    {
        // pandas: s = pd.Series([1, 2, 3, 4, 10, None]); s.describe() gives mean 4,
        // std 3.535534, 25% 2, 50% 3, 75% 4.
        auto r = CsvReader().readBytes("x\n1\n2\n3\n4\n10\n\n");
        QVERIFY(r.ok());
        const auto p = ColumnProfile::compute(r->dataset.column(0));
        QCOMPARE(p.count, 5); // the trailing blank line is not a row
        auto r2 = CsvReader().readBytes("x\n1\n2\n3\n4\n10\nNA\n");
        const auto q = ColumnProfile::compute(r2->dataset.column(0));
        QCOMPARE(q.count, 6);
        QCOMPARE(q.missing, 1);
        QCOMPARE(q.distinct, 5);
        QCOMPARE(q.min, 1.0);
        QCOMPARE(q.max, 10.0);
        QCOMPARE(q.mean, 4.0);
        QVERIFY(qAbs(q.stddev - 3.5355339059327378) < 1e-12);
        QCOMPARE(q.q25, 2.0);
        QCOMPARE(q.median, 3.0);
        QCOMPARE(q.q75, 4.0);
        qint64 inBins = 0;
        for (const auto &b : q.histogram)
            inBins += b.count;
        QCOMPARE(inBins, 5);
        QCOMPARE(q.histogram.size(), 10); // one bin per integer from 1 to 10
    }

    void countsCategories()
    {
        auto r = CsvReader().readBytes("plan\nb\nc\nb\nc\nb\na\n\n");
        QVERIFY(r.ok());
        const auto p = ColumnProfile::compute(r->dataset.column(0));
        QCOMPARE(p.distinct, 3);
        QCOMPARE(p.topCategories.size(), 3);
        QCOMPARE(p.topCategories[0].value, QStringLiteral("b"));
        QCOMPARE(p.topCategories[0].count, 3);
        QCOMPARE(p.topCategories[1].value, QStringLiteral("c"));
    }

    void profilesEveryColumnInParallel()
    {
        auto r = CsvReader().readBytes("a,b,c\n1,x,2024-01-01\n2,y,2024-01-03\n");
        const auto all = ColumnProfile::computeAll(r->dataset);
        QCOMPARE(all.size(), 3);
        QCOMPARE(all[2].formatValue(all[2].mean), QStringLiteral("2024-01-02"));
        QCOMPARE(all[0].toJson().value(QStringLiteral("type")).toString(),
                 QStringLiteral("integer"));
    }
};

QTEST_GUILESS_MAIN(ColumnProfileTest)
#include "ColumnProfileTest.moc"

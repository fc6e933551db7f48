#include "core/data/SampleData.h"
#include "core/data/csv/CsvReader.h"
#include "core/explore/BoxPlotStats.h"
#include "core/explore/ClassHistogram.h"
#include "core/explore/CorrelationMatrix.h"
#include "core/explore/ScatterSample.h"

#include <QtTest>

using namespace churnlab;

class ChartDataTest : public QObject
{
    Q_OBJECT

private slots:
    void histogramSplitsByClass()
    {
        auto r = CsvReader().readBytes("x,y\n1,No\n1,Yes\n2,No\n3,Yes\n3,Yes\n,No\n");
        auto t = BinaryTarget::fromColumn(r->dataset, "y");
        const auto h = ClassHistogram::compute(r->dataset.column(0), &*t);
        QCOMPARE(h.labels, QStringList({"1", "2", "3"}));
        QCOMPARE(h.negatives, (std::vector<qint64> {1, 1, 0}));
        QCOMPARE(h.positives, (std::vector<qint64> {1, 0, 2}));
        QCOMPARE(h.rate[0], 0.5);
        QCOMPARE(h.rate[2], 1.0);
        QCOMPARE(h.missing, 1);
    }

    void barsKeepTopLevelsAndOther()
    {
        QByteArray csv = "c\n";
        for (int i = 0; i < 30; ++i)
            csv += "L" + QByteArray::number(i % 25) + '\n';
        auto r = CsvReader().readBytes(csv);
        const auto h = ClassHistogram::compute(r->dataset.column(0), nullptr, 20, 5);
        QCOMPARE(h.labels.size(), 6);
        QVERIFY(h.labels.last().startsWith("Other"));
        qint64 total = 0;
        for (qint64 n : h.negatives)
            total += n;
        QCOMPARE(total, 30);
        QCOMPARE(h.negatives[0], 2); // L0…L4 appear twice
    }

    void boxPlotFollowsTukey()
    {
        // numpy.percentile([1, 2, 3, 4, 5, 6, 100], [25, 50, 75]) == [2.5, 4, 5.5]; 100 > 5.5 + 1.5
        // * 3.
        const auto b = BoxPlotStats::compute({1, 2, 3, 4, 5, 6, 100}, "all");
        QCOMPARE(b.median, 4.0);
        QCOMPARE(b.q1, 2.5);
        QCOMPARE(b.q3, 5.5);
        QCOMPARE(b.whiskerLow, 1.0);
        QCOMPARE(b.whiskerHigh, 6.0);
        QCOMPARE(b.outlierCount, 1);
        QCOMPARE(b.outliers.front(), 100.0);
    }

    void scatterSamplesLargeData()
    {
        const Dataset d = SampleData::generate(5000, 1);
        const Column &x = d.column(d.indexOf("tenure_months")),
                     &y = d.column(d.indexOf("monthly_charges"));
        const auto all = ScatterSample::compute(x, y, nullptr);
        QVERIFY(!all.sampled());
        QCOMPARE(qint64(all.x.size()), all.completeRows);
        const auto some = ScatterSample::compute(x, y, nullptr, 1000, 7);
        QVERIFY(some.sampled());
        QCOMPARE(some.x.size(), size_t(1000));
        const auto again = ScatterSample::compute(x, y, nullptr, 1000, 7);
        QCOMPARE(again.x, some.x);
    }

    void correlationsMatchDefinitions()
    {
        // x = 1..5, y = x² : Pearson 0.9811049102515929 (numpy.corrcoef), Spearman 1.
        auto r = CsvReader().readBytes("x,y,z,c\n1,1,5,a\n2,4,4,b\n3,9,3,a\n4,16,2,b\n5,25,1,a\n");
        const auto m = CorrelationMatrix::compute(r->dataset);
        QCOMPARE(m.columns, QStringList({"x", "y", "z"}));
        QVERIFY(qAbs(m.at(m.pearson, 0, 1) - 0.9811049102515929) < 1e-12);
        QCOMPARE(m.at(m.spearman, 0, 1), 1.0);
        QCOMPARE(m.at(m.pearson, 0, 2), -1.0);
        QCOMPARE(m.at(m.pearson, 1, 1), 1.0);
    }
};

QTEST_GUILESS_MAIN(ChartDataTest)
#include "ChartDataTest.moc"

#include "core/eval/ThresholdSweep.h"
#include "core/eval/CalibrationCurve.h"

#include <QtTest>

using namespace churnlab;

// The fixture of MetricsTest: scores with ties (0.35 ×3, 0.5 ×2) and the extremes 0 and 1.
// References from /usr/bin/python3, scikit-learn 1.2.1: roc_curve(drop_intermediate=False),
// precision_recall_curve and calibration_curve(n_bins=5) on these y and s.
class ThresholdSweepTest : public QObject
{
    Q_OBJECT

    const std::vector<qint8> y = {0, 1, 1, 0, 1, 0, 0, 1, 1, 0, 0, 0, 1, 0, 1, 1, 0, 0, 1, 0};
    const std::vector<double> s = {0.1,  0.9, 0.8,  0.3, 0.35, 0.35, 0.2, 0.7, 0.5,  0.5,
                                   0.05, 0.6, 0.65, 0.4, 0.99, 0.35, 0.0, 1.0, 0.55, 0.45};

private slots:
    void rocMatchesScikitLearn()
    {
        const ThresholdSweep sweep = ThresholdSweep::compute(s, y);
        QCOMPARE(sweep.positives(), 9);
        QCOMPARE(sweep.negatives(), 11);
        QCOMPARE(sweep.points().size(), size_t(18)); // 17 distinct scores + "nobody flagged"
        const ThresholdSweep::Curve roc = sweep.roc();
        const std::vector<std::pair<double, double>> expected = {{0, 0},
                                                                 {1. / 11, 0},
                                                                 {1. / 11, 1. / 9},
                                                                 {1. / 11, 2. / 9},
                                                                 {1. / 11, 3. / 9},
                                                                 {1. / 11, 4. / 9},
                                                                 {1. / 11, 5. / 9},
                                                                 {2. / 11, 5. / 9},
                                                                 {2. / 11, 6. / 9},
                                                                 {3. / 11, 7. / 9},
                                                                 {4. / 11, 7. / 9},
                                                                 {5. / 11, 7. / 9},
                                                                 {6. / 11, 1},
                                                                 {7. / 11, 1},
                                                                 {8. / 11, 1},
                                                                 {9. / 11, 1},
                                                                 {10. / 11, 1},
                                                                 {1, 1}};
        QCOMPARE(roc.size(), expected.size());
        for (size_t i = 0; i < roc.size(); ++i) {
            QVERIFY2(qAbs(roc[i].first - expected[i].first) < 1e-12,
                     qPrintable(QString::number(i)));
            QVERIFY2(qAbs(roc[i].second - expected[i].second) < 1e-12,
                     qPrintable(QString::number(i)));
        }
    }

    void precisionRecallAndGains()
    {
        const ThresholdSweep sweep = ThresholdSweep::compute(s, y);
        const ThresholdSweep::Curve pr = sweep.precisionRecall();
        // scikit-learn lists from low threshold to high; ours runs high to low.
        QCOMPARE(pr.front(), std::make_pair(0.0, 1.0));
        QCOMPARE(pr[1], std::make_pair(0.0, 0.0)); // score 1.0 is a non-churner
        QVERIFY(qAbs(pr[8].first - 6. / 9) < 1e-12 && qAbs(pr[8].second - 0.75) < 1e-12);
        QCOMPARE(pr.back(), std::make_pair(1.0, 0.45));
        const ThresholdSweep::Curve gains = sweep.gains();
        QCOMPARE(gains.back(), std::make_pair(1.0, 1.0));
        QVERIFY(qAbs(gains[6].first - 6. / 20) < 1e-12 && qAbs(gains[6].second - 5. / 9) < 1e-12);
    }

    void thinsLongCurvesKeepingEnds()
    {
        std::vector<double> scores;
        std::vector<qint8> labels;
        for (int i = 0; i < 10000; ++i) {
            scores.push_back(i / 10000.0);
            labels.push_back(qint8(i % 3 == 0));
        }
        const ThresholdSweep::Curve roc = ThresholdSweep::compute(scores, labels).roc(100);
        QVERIFY(roc.size() <= 102);
        QCOMPARE(roc.front(), std::make_pair(0.0, 0.0));
        QCOMPARE(roc.back(), std::make_pair(1.0, 1.0));
    }

    void confusionAtThreshold()
    {
        const ThresholdSweep sweep = ThresholdSweep::compute(s, y);
        // Same counts as confusion_matrix(y, s >= 0.5): tn=8, fp=3, fn=2, tp=7.
        const ThresholdSweep::Confusion c = sweep.confusionAt(0.5);
        QCOMPARE(c.tp, 7);
        QCOMPARE(c.fp, 3);
        QCOMPARE(c.tn, 8);
        QCOMPARE(c.fn, 2);
        const ThresholdSweep::Confusion between = sweep.confusionAt(0.47);
        QCOMPARE(between.tp + between.fp, 10); // everything ≥ 0.5
        QCOMPARE(sweep.confusionAt(1.5).tp + sweep.confusionAt(1.5).fp, 0);
        QCOMPARE(sweep.confusionAt(0.0).fn + sweep.confusionAt(0.0).tn, 0);
    }

    void minimumCostThreshold()
    {
        const ThresholdSweep sweep = ThresholdSweep::compute(s, y);
        // Missing a churner costs 5, a needless offer 1. Brute force over every threshold
        // gives its least cost, 6/20 = 0.3, flagging everyone from 0.35 up (fp=6, fn=0).
        const ThresholdSweep::CostChoice choice = sweep.minimumCost(1, 5);
        QVERIFY(qAbs(choice.costPerCustomer - 0.3) < 1e-12);
        QCOMPARE(choice.confusion.fp, 6);
        QCOMPARE(choice.confusion.fn, 0);
        QVERIFY(choice.threshold > 0.3 && choice.threshold <= 0.35);
        const ThresholdSweep::Confusion at = sweep.confusionAt(choice.threshold);
        QCOMPARE(at.fp, 6);
        QCOMPARE(at.fn, 0);
        // Offers that cost far more than a lost customer: flag nobody.
        const ThresholdSweep::CostChoice none = sweep.minimumCost(100, 1);
        QCOMPARE(none.confusion.tp + none.confusion.fp, 0);
        QVERIFY(none.threshold > 1.0);
        QCOMPARE(sweep.confusionAt(none.threshold).fp, 0);
    }

    // The button and its label name a threshold of three decimals: it must flag the rows the
    // minimum flags (0.215 here), where flooring the midpoint 0.21485 gave 0.214 and one more
    // needless offer.
    void minimumCostRoundsInsideItsInterval()
    {
        const std::vector<double> scores = {0.9, 0.5, 0.2151, 0.2146, 0.1, 0.05};
        const std::vector<qint8> labels = {1, 1, 1, 0, 0, 0};
        const ThresholdSweep sweep = ThresholdSweep::compute(scores, labels);
        const ThresholdSweep::CostChoice choice = sweep.minimumCost(1, 5);
        QCOMPARE(choice.costPerCustomer, 0.0);
        const double t = choice.rounded(3);
        QCOMPARE(t, 0.215);
        QCOMPARE(sweep.confusionAt(t).fp, 0);
        QCOMPARE(sweep.confusionAt(t).fn, 0);
        QCOMPARE(sweep.expectedCost(t, {1, 5}), choice.costPerCustomer);
        // Two scores closer than a step: no three-decimal threshold separates them, and the
        // midpoint rounded is what the box can do.
        const ThresholdSweep tight =
            ThresholdSweep::compute({0.9, 0.21541, 0.21539, 0.1}, {1, 1, 0, 0});
        const auto close = tight.minimumCost(1, 5);
        QCOMPARE(close.rounded(3), 0.215);
        QVERIFY(close.rounded(4) > 0.21539 && close.rounded(4) <= 0.21541);
    }

    void calibrationMatchesScikitLearn()
    {
        const CalibrationCurve c = CalibrationCurve::compute(s, y, 5);
        const double observed[] = {0, 0.4, 0.4, 1, 2. / 3};
        const double predicted[] = {0.0875, 0.35, 0.52, 0.71666666666666667, 0.96333333333333333};
        QCOMPARE(c.bins.size(), size_t(5));
        for (size_t i = 0; i < 5; ++i) {
            QVERIFY(qAbs(c.bins[i].observedRate - observed[i]) < 1e-12);
            QVERIFY(qAbs(c.bins[i].meanPredicted - predicted[i]) < 1e-12);
        }
        QCOMPARE(c.bins[0].count, 4);
    }
};

QTEST_GUILESS_MAIN(ThresholdSweepTest)
#include "ThresholdSweepTest.moc"

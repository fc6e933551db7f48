#include "core/eval/Metrics.h"

#include <QtTest>

using namespace churnlab;

class MetricsTest : public QObject
{
    Q_OBJECT

private slots:
    // Reference: /usr/bin/python3, scikit-learn 1.2.1, on the y and s below:
    //   roc_auc_score(y, s), average_precision_score(y, s), log_loss(y, s), brier_score_loss(y, s);
    //   with p = (s >= 0.5): accuracy_score, precision_score, recall_score, f1_score,
    //   confusion_matrix(y, p).ravel() == [tn=8, fp=3, fn=2, tp=7].
    // The scores include ties (0.35 ×3, 0.5 ×2) and the extremes 0 and 1 (log loss clipping).
    void matchesScikitLearn()
    {
        const std::vector<qint8> y = {0, 1, 1, 0, 1, 0, 0, 1, 1, 0, 0, 0, 1, 0, 1, 1, 0, 0, 1, 0};
        const std::vector<double> s = {0.1,  0.9, 0.8,  0.3, 0.35, 0.35, 0.2, 0.7, 0.5,  0.5,
                                       0.05, 0.6, 0.65, 0.4, 0.99, 0.35, 0.0, 1.0, 0.55, 0.45};
        const BinaryMetrics m = BinaryMetrics::compute(s, y, 0.5);
        QVERIFY(qAbs(m.auc - 0.7929292929292929) < 1e-12);
        QVERIFY(qAbs(m.prAuc - 0.688888888888889) < 1e-12);
        QVERIFY(qAbs(m.logLoss - 2.222282492031664) < 1e-9);
        QVERIFY(qAbs(m.brier - 0.18988) < 1e-12);
        QCOMPARE(m.tn, 8);
        QCOMPARE(m.fp, 3);
        QCOMPARE(m.fn, 2);
        QCOMPARE(m.tp, 7);
        QCOMPARE(m.accuracy(), 0.75);
        QVERIFY(qAbs(m.precision() - 0.7) < 1e-12);
        QVERIFY(qAbs(m.recall() - 0.7777777777777778) < 1e-12);
        QVERIFY(qAbs(m.f1() - 0.7368421052631577) < 1e-12);
        QCOMPARE(m.toJson().value(QStringLiteral("pr_auc")).toDouble(), m.prAuc);
    }

    void handlesDegenerateCases()
    {
        const BinaryMetrics none = BinaryMetrics::compute({0.2, 0.3}, {0, 1}, 0.9);
        QCOMPARE(none.precision(), 0.0); // nothing predicted positive: 0, as scikit-learn
        QCOMPARE(none.f1(), 0.0);
        const BinaryMetrics skipped = BinaryMetrics::compute({0.2, 0.9, 0.5}, {0, 1, -1});
        QCOMPARE(skipped.tp + skipped.fp + skipped.tn + skipped.fn, 2);
        QCOMPARE(skipped.auc, 1.0);
        QCOMPARE(BinaryMetrics::averagePrecision({0.1, 0.2}, {0, 0}), 0.0);
    }
};

QTEST_GUILESS_MAIN(MetricsTest)
#include "MetricsTest.moc"

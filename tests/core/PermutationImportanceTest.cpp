#include "core/eval/PermutationImportance.h"
#include "core/models/LogisticRegression.h"

#include <QtTest>

#include <random>

using namespace churnlab;

class PermutationImportanceTest : public QObject
{
    Q_OBJECT

private slots:
    // Churn follows column a strongly and the two-level category c weakly; b is noise.
    void ranksColumnsByWhatTheModelUses()
    {
        const Eigen::Index n = 4000;
        std::mt19937_64 rng(7);
        std::normal_distribution<double> normal;
        std::uniform_real_distribution<double> uniform;
        Eigen::MatrixXd x(n, 4);
        Eigen::VectorXd y(n);
        std::vector<qint8> labels(static_cast<size_t>(n));
        for (Eigen::Index i = 0; i < n; ++i) {
            const double a = normal(rng), b = normal(rng);
            const bool c = uniform(rng) < 0.5;
            x.row(i) << a, b, c ? 1 : 0, c ? 0 : 1;
            const double logit = 2.5 * a + (c ? 0.8 : -0.8);
            y(i) = uniform(rng) < 1 / (1 + std::exp(-logit)) ? 1 : 0;
            labels[size_t(i)] = qint8(y(i));
        }
        LogisticRegression model;
        QVERIFY(bool(model.fit(x, y)));
        const QStringList sources = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                                     QStringLiteral("c")};
        const PermutationImportance imp =
            PermutationImportance::compute(model, x, labels, sources, 3, 1);
        QCOMPARE(imp.entries.size(), size_t(3)); // c's two indicators are one column
        QCOMPARE(imp.entries[0].column, QStringLiteral("a"));
        QCOMPARE(imp.entries[2].column, QStringLiteral("c"));
        QVERIFY(imp.baselineAuc > 0.85);
        QVERIFY2(imp.entries[0].meanDrop > 0.2,
                 qPrintable(QString::number(imp.entries[0].meanDrop)));
        QVERIFY(imp.entries[2].meanDrop > 0.01);
        QVERIFY(imp.entries[0].meanDrop > imp.entries[2].meanDrop);
        QVERIFY(qAbs(imp.entries[1].meanDrop) < 0.005);

        // Seeded: the same answer again; a row cap uses a sample and still ranks a first.
        const PermutationImportance again =
            PermutationImportance::compute(model, x, labels, sources, 3, 1);
        QCOMPARE(again.entries[0].meanDrop, imp.entries[0].meanDrop);
        const PermutationImportance capped =
            PermutationImportance::compute(model, x, labels, sources, 2, 1, 500);
        QVERIFY(capped.entries[0].meanDrop > capped.entries[1].meanDrop);
    }

    void stopsOnCancel()
    {
        Eigen::MatrixXd x = Eigen::MatrixXd::Random(200, 3);
        Eigen::VectorXd y = (x.col(0).array() > 0).cast<double>();
        std::vector<qint8> labels(200);
        for (int i = 0; i < 200; ++i)
            labels[size_t(i)] = qint8(y(i));
        LogisticRegression model;
        QVERIFY(bool(model.fit(x, y)));
        Progress progress;
        progress.cancel();
        const PermutationImportance imp = PermutationImportance::compute(
            model, x, labels, {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}, 3, 1,
            20000, progress);
        QVERIFY(imp.entries.empty());
    }
};

QTEST_GUILESS_MAIN(PermutationImportanceTest)
#include "PermutationImportanceTest.moc"

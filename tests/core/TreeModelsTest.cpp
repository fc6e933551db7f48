#include "core/eval/Metrics.h"
#include "core/models/DecisionTree.h"
#include "core/models/FeatureBins.h"
#include "core/models/GradientBoosting.h"
#include "core/models/LogisticRegression.h"
#include "core/models/RandomForest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

#include <random>

using namespace churnlab;

namespace {

// A problem no linear model solves: churn when exactly one of two signals is high (XOR),
// plus noise features and 5 % label noise.
void xorFixture(int n, quint64 seed, Eigen::MatrixXd &x, Eigen::VectorXd &y)
{
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> u(-1, 1);
    std::bernoulli_distribution flip(0.05);
    x.resize(n, 5);
    y.resize(n);
    for (int i = 0; i < n; ++i) {
        for (int f = 0; f < 5; ++f)
            x(i, f) = u(rng);
        const bool churn = (x(i, 0) > 0) != (x(i, 1) > 0.2);
        y(i) = (churn != flip(rng)) ? 1.0 : 0.0;
    }
}

double auc(const Model &m, const Eigen::MatrixXd &x, const Eigen::VectorXd &y)
{
    const Eigen::VectorXd p = m.predictProba(x);
    std::vector<qint8> labels(size_t(y.size()));
    for (Eigen::Index i = 0; i < y.size(); ++i)
        labels[size_t(i)] = qint8(y(i));
    return BinaryMetrics::compute(std::vector<double>(p.data(), p.data() + p.size()), labels).auc;
}

QByteArray json(const Model &m)
{
    return QJsonDocument(m.toJson()).toJson(QJsonDocument::Compact);
}

} // namespace

class TreeModelsTest : public QObject
{
    Q_OBJECT

private slots:
    void binsCutBetweenDistinctValues()
    {
        Eigen::MatrixXd x(6, 2);
        x << 1, 0, 2, 0, 2, 5, 3, 5, 3, 5, 10, 5;
        const FeatureBins bins = FeatureBins::fit(x);
        QCOMPARE(bins.binCount(0), 4);
        QCOMPARE(bins.upper(0, 0), 1.5);
        QCOMPARE(bins.upper(0, 2), 6.5);
        QCOMPARE(bins.binCount(1), 2);
        const BinnedRows codes = bins.apply(x);
        const std::vector<std::uint8_t> want = {0, 0, 1, 0, 1, 1, 2, 1, 2, 1, 3, 1};
        QCOMPARE(codes.byRow, want);
        QCOMPARE(codes.byColumn, std::vector<std::uint8_t>({0, 1, 1, 2, 2, 3, 0, 0, 1, 1, 1, 1}));
    }

    void binsFollowQuantilesOnManyValues()
    {
        Eigen::MatrixXd x(10000, 1);
        for (int i = 0; i < 10000; ++i)
            x(i, 0) = i < 5000 ? 0.0 : double(i); // half the rows share one value
        const FeatureBins bins = FeatureBins::fit(x, 64);
        QVERIFY(bins.binCount(0) <= 64);
        QCOMPARE(bins.upper(0, 0), 2500.0); // the repeated value has a bin of its own
        const BinnedRows codes = bins.apply(x);
        std::vector<int> perBin(size_t(bins.binCount(0)), 0);
        for (auto c : codes.byRow)
            ++perBin[c];
        QCOMPARE(perBin[0], 5000);
        for (size_t b = 1; b < perBin.size(); ++b)
            QVERIFY2(perBin[b] > 40 && perBin[b] < 200, qPrintable(QString::number(perBin[b])));
    }

    void treeLearnsWhatALinearModelCannot()
    {
        Eigen::MatrixXd x, xt;
        Eigen::VectorXd y, yt;
        xorFixture(4000, 1, x, y);
        xorFixture(2000, 2, xt, yt);
        DecisionTree tree;
        QVERIFY(tree.fit(x, y).ok());
        LogisticRegression lr;
        QVERIFY(lr.fit(x, y).ok());
        QVERIFY2(auc(tree, xt, yt) > 0.9, qPrintable(QString::number(auc(tree, xt, yt))));
        QVERIFY(auc(lr, xt, yt) < 0.65);
        QVERIFY(tree.tree().depth() <= 8);
        // The two signals carry nearly all the split gain.
        const auto importance = tree.featureImportance();
        QVERIFY(importance[0] + importance[1] > 0.9);
        // The raw-value walk agrees with the training leaves: thresholds equal bin cuts.
        const FeatureBins bins = FeatureBins::fit(x);
        const BinnedRows codes = bins.apply(x);
        for (Eigen::Index i = 0; i < x.rows(); i += 97)
            QCOMPARE(tree.tree().predict(x, i), tree.tree().predictBinned([&](int f) {
                return bins.bin(codes.row(size_t(i)), f);
            }));
    }

    void treeJsonRoundTripsAndRejectsMalformedTrees()
    {
        Eigen::MatrixXd x;
        Eigen::VectorXd y;
        xorFixture(1000, 3, x, y);
        DecisionTree tree;
        QVERIFY(tree.fit(x, y).ok());
        const QJsonObject saved = tree.tree().toJson();
        auto back = Tree::fromJson(saved, 5);
        QVERIFY(back.ok());
        for (Eigen::Index i = 0; i < x.rows(); i += 13)
            QCOMPARE(back->predict(x, i), tree.tree().predict(x, i));
        QVERIFY(!Tree::fromJson(saved, 1).ok()); // splits on features it does not have
        QJsonObject cyclic = saved;
        QJsonArray left = cyclic.value("left").toArray();
        left[0] = 0; // the root its own child: a walk would never end
        cyclic.insert("left", left);
        QVERIFY(!Tree::fromJson(cyclic, 5).ok());
        QVERIFY(!Tree::fromJson({}, 5).ok());
    }

    void forestIsAccurateAndTheSameOnAnyThreadCount()
    {
        Eigen::MatrixXd x, xt;
        Eigen::VectorXd y, yt;
        xorFixture(3000, 4, x, y);
        xorFixture(2000, 5, xt, yt);
        RandomForest::Options o;
        o.trees = 30;
        o.threads = 1;
        RandomForest one(o);
        QVERIFY(one.fit(x, y).ok());
        o.threads = 2;
        RandomForest two(o);
        QVERIFY(two.fit(x, y).ok());
        QCOMPARE(json(one), json(two));
        QVERIFY2(auc(one, xt, yt) > 0.9, qPrintable(QString::number(auc(one, xt, yt))));
        o.seed = 7;
        RandomForest other(o);
        QVERIFY(other.fit(x, y).ok());
        QVERIFY(json(other) != json(one));
        const Eigen::VectorXd p = one.predictProba(xt);
        QVERIFY(p.minCoeff() >= 0 && p.maxCoeff() <= 1);
    }

    void boostingIsAccurateStopsEarlyAndIsDeterministic()
    {
        Eigen::MatrixXd x, xt;
        Eigen::VectorXd y, yt;
        xorFixture(6000, 6, x, y);
        xorFixture(2000, 7, xt, yt);
        GradientBoosting::Options o;
        o.threads = 1;
        GradientBoosting one(o);
        QVERIFY(one.fit(x, y).ok());
        // Early stopping on the validation share ends well before 500 rounds.
        QVERIFY2(one.rounds() > 5 && one.rounds() < o.maxIterations,
                 qPrintable(QString::number(one.rounds())));
        QVERIFY2(auc(one, xt, yt) > 0.92, qPrintable(QString::number(auc(one, xt, yt))));
        o.threads = 2;
        GradientBoosting two(o);
        QVERIFY(two.fit(x, y).ok());
        QCOMPARE(json(one), json(two));
        // Subsampling still learns, and differs from the full model.
        o.rowSubsample = 0.5;
        o.featureSubsample = 0.6;
        GradientBoosting sub(o);
        QVERIFY(sub.fit(x, y).ok());
        QVERIFY(auc(sub, xt, yt) > 0.9);
        QVERIFY(json(sub) != json(one));
        // Without a validation share every round runs.
        GradientBoosting::Options fixed;
        fixed.validationFraction = 0;
        fixed.maxIterations = 40;
        GradientBoosting all(fixed);
        QVERIFY(all.fit(x, y).ok());
        QCOMPARE(all.rounds(), 40);
    }

    void boostingLogLossDecreasesWithRounds()
    {
        Eigen::MatrixXd x;
        Eigen::VectorXd y;
        xorFixture(3000, 8, x, y);
        std::vector<qint8> labels(size_t(y.size()));
        for (Eigen::Index i = 0; i < y.size(); ++i)
            labels[size_t(i)] = qint8(y(i));
        double previous = 1e9;
        for (int rounds : {1, 10, 50}) {
            GradientBoosting::Options o;
            o.validationFraction = 0;
            o.maxIterations = rounds;
            GradientBoosting m(o);
            QVERIFY(m.fit(x, y).ok());
            const Eigen::VectorXd p = m.predictProba(x);
            const double loss =
                BinaryMetrics::compute(std::vector<double>(p.data(), p.data() + p.size()), labels)
                    .logLoss;
            QVERIFY(loss < previous);
            previous = loss;
        }
    }

    void everyTreeLearnerStopsWhenCancelled()
    {
        Eigen::MatrixXd x;
        Eigen::VectorXd y;
        xorFixture(500, 9, x, y);
        Progress progress;
        progress.cancel();
        auto rf = RandomForest().fit(x, y, progress);
        QVERIFY(!rf.ok());
        QCOMPARE(rf.error().kind, Error::Kind::Cancelled);
        auto gbt = GradientBoosting().fit(x, y, progress);
        QVERIFY(!gbt.ok());
        QCOMPARE(gbt.error().kind, Error::Kind::Cancelled);
        auto tree = DecisionTree().fit(x, y, progress);
        QVERIFY(!tree.ok());
        QCOMPARE(tree.error().kind, Error::Kind::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TreeModelsTest)
#include "TreeModelsTest.moc"

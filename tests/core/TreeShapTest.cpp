#include "core/explain/TreeShap.h"
#include "core/data/SampleData.h"
#include "core/explain/FastTreeShap.h"
#include "core/models/DecisionTree.h"
#include "core/models/GradientBoosting.h"
#include "core/models/RandomForest.h"
#include "core/models/Tree.h"
#include "core/train/TrainingSession.h"

#include <QRandomGenerator>
#include <QtTest>

#include <cmath>
#include <functional>

using namespace churnlab;

// Exact TreeSHAP: on small random trees its values equal the Shapley values computed by brute
// force over every coalition of features (the same cover-weighted "path-dependent" value
// function), and on trained boosting, forests and trees the contributions plus the expected
// value give each row's margin.
class TreeShapTest : public QObject
{
    Q_OBJECT

    // A random tree over `features` features, covers consistent (parent = sum of children).
    static Tree randomTree(QRandomGenerator &rng, int features, int depth)
    {
        Tree t;
        std::function<int(int, double)> grow = [&](int level, double cover) -> int {
            const int index = int(t.nodes.size());
            t.nodes.push_back({});
            t.nodes[size_t(index)].cover = cover;
            if (level == depth || rng.bounded(5) == 0) {
                t.nodes[size_t(index)].value = rng.generateDouble() * 4 - 2;
                return index;
            }
            const double share = 0.1 + 0.8 * rng.generateDouble();
            t.nodes[size_t(index)].feature = int(rng.bounded(features));
            t.nodes[size_t(index)].threshold = rng.generateDouble();
            const int left = grow(level + 1, cover * share);
            const int right = grow(level + 1, cover * (1 - share));
            t.nodes[size_t(index)].left = left;
            t.nodes[size_t(index)].right = right;
            return index;
        };
        grow(0, 100);
        return t;
    }

    // The value of coalition S: the tree's output when the features in S take the row's
    // values and the others are integrated out by cover.
    static double value(const Tree &t, int node, const std::vector<double> &row, unsigned set)
    {
        const TreeNode &n = t.nodes[size_t(node)];
        if (n.feature < 0)
            return n.value;
        if (set & (1u << n.feature))
            return value(t, row[size_t(n.feature)] <= n.threshold ? n.left : n.right, row, set);
        const double l = t.nodes[size_t(n.left)].cover, r = t.nodes[size_t(n.right)].cover;
        return (l * value(t, n.left, row, set) + r * value(t, n.right, row, set)) / (l + r);
    }

    static std::vector<double> bruteForce(const Tree &t, const std::vector<double> &row)
    {
        const int m = int(row.size());
        std::vector<double> phi(static_cast<size_t>(m), 0.0);
        std::vector<double> factorial(size_t(m) + 1, 1.0);
        for (int i = 1; i <= m; ++i)
            factorial[size_t(i)] = factorial[size_t(i) - 1] * i;
        for (int i = 0; i < m; ++i)
            for (unsigned s = 0; s < (1u << m); ++s) {
                if (s & (1u << i))
                    continue;
                const int size = std::popcount(s);
                const double weight = factorial[size_t(size)] * factorial[size_t(m - size - 1)]
                    / factorial[size_t(m)];
                phi[size_t(i)] += weight * (value(t, 0, row, s | (1u << i)) - value(t, 0, row, s));
            }
        return phi;
    }

private slots:
    void equalsBruteForceShapleyOnSmallTrees()
    {
        QRandomGenerator rng(20261129);
        const int features = 6;
        for (int trial = 0; trial < 200; ++trial) {
            const Tree t = randomTree(rng, features, 2 + trial % 5);
            std::vector<double> row(features);
            for (double &v : row)
                v = rng.generateDouble();
            if (trial % 7 == 0)
                row[size_t(trial % features)] = std::nan(""); // NaN goes right
            std::vector<double> phi(features, 0.0);
            const double expected = TreeShap::tree(t, row.data(), phi.data());
            const std::vector<double> exact = bruteForce(t, row);
            double sum = expected;
            for (int f = 0; f < features; ++f) {
                QVERIFY2(std::abs(phi[size_t(f)] - exact[size_t(f)]) < 1e-12,
                         qPrintable(QStringLiteral("trial %1 feature %2: %3 vs %4")
                                        .arg(trial)
                                        .arg(f)
                                        .arg(phi[size_t(f)], 0, 'g', 17)
                                        .arg(exact[size_t(f)], 0, 'g', 17)));
                sum += phi[size_t(f)];
            }
            QVERIFY(std::abs(sum - t.predict(row.data())) < 1e-12);
            QVERIFY(std::abs(expected - value(t, 0, row, 0)) < 1e-12);
            // The per-leaf precomputed form gives the same values (these trees have at most six
            // unique features on a path, within its limit).
            const auto fast = FastTreeShap::prepare(t);
            QVERIFY(fast);
            std::vector<double> quick(features, 0.0);
            fast->add(row.data(), quick.data(), 1.0);
            for (int f = 0; f < features; ++f)
                QVERIFY2(std::abs(quick[size_t(f)] - exact[size_t(f)]) < 1e-12,
                         qPrintable(QStringLiteral("fast, trial %1 feature %2: %3 vs %4")
                                        .arg(trial)
                                        .arg(f)
                                        .arg(quick[size_t(f)], 0, 'g', 17)
                                        .arg(exact[size_t(f)], 0, 'g', 17)));
        }
    }

    // Deep trees (more unique path features than the precomputed form takes) fall back to the
    // general algorithm, and a whole model mixes both.
    void deepTreesUseTheGeneralAlgorithm()
    {
        // A chain: feature i splits at depth i, its left child a leaf.
        auto chain = [](int length) {
            Tree t;
            for (int i = 0; i < length; ++i) {
                const int at = int(t.nodes.size());
                t.nodes.push_back({});
                t.nodes[size_t(at)].feature = i;
                t.nodes[size_t(at)].threshold = 0.5;
                t.nodes[size_t(at)].cover = 100.0 / (i + 1);
                t.nodes.push_back({});
                t.nodes[size_t(at + 1)].value = i;
                t.nodes[size_t(at + 1)].cover = 100.0 / (i + 1) / 3;
                t.nodes[size_t(at)].left = at + 1;
                t.nodes[size_t(at)].right = at + 2;
            }
            t.nodes.push_back({});
            t.nodes.back().value = -1;
            t.nodes.back().cover = 100.0 / (length + 1);
            return t;
        };
        QVERIFY(!FastTreeShap::prepare(chain(FastTreeShap::kMaxPathFeatures + 1)));
        const Tree longest = chain(FastTreeShap::kMaxPathFeatures);
        const auto fast = FastTreeShap::prepare(longest);
        QVERIFY(fast);
        const int n = FastTreeShap::kMaxPathFeatures;
        std::vector<double> row(size_t(n), 0.9), walk(size_t(n), 0.0), quick(size_t(n), 0.0);
        row[3] = 0.1;
        TreeShap::tree(longest, row.data(), walk.data());
        fast->add(row.data(), quick.data(), 1.0);
        for (int f = 0; f < n; ++f)
            QVERIFY(std::abs(walk[size_t(f)] - quick[size_t(f)]) < 1e-12);
    }

    // Trained models on generated data: for every test row, expected + Σ contributions equals
    // the margin the model scores with (log-odds for boosting, probability otherwise) to 1e-9.
    void addsUpToTheMarginOfTrainedModels_data()
    {
        QTest::addColumn<QString>("learner");
        QTest::newRow("gbt") << "gbt";
        QTest::newRow("rf") << "rf";
        QTest::newRow("tree") << "tree";
    }
    void addsUpToTheMarginOfTrainedModels()
    {
        QFETCH(QString, learner);
        auto data = std::make_shared<const Dataset>(SampleData::generate(3000, 5));
        TrainSpec spec;
        spec.target.column = SampleData::targetColumn();
        spec.learners = {{learner, {}}};
        TrainingSession session(data, spec);
        QVERIFY(session.prepare().ok());
        auto report = session.train(spec.learners.first());
        QVERIFY(report.ok());
        const auto *model = dynamic_cast<const TreeModel *>(report->run.model.get());
        QVERIFY(model);
        const Eigen::MatrixXd &x = session.trainingData()->xTest;
        double expected = 0;
        const Eigen::MatrixXd phi = TreeShap::explainAll(*model, x, &expected);
        const Eigen::VectorXd p = model->predictProba(x);
        for (Eigen::Index i = 0; i < x.rows(); ++i) {
            const double margin = expected + phi.row(i).sum();
            const double prob = learner == "gbt" ? 1 / (1 + std::exp(-margin)) : margin;
            QVERIFY2(std::abs(prob - p(i)) < 1e-9,
                     qPrintable(QStringLiteral("row %1: %2 vs %3").arg(i).arg(prob).arg(p(i))));
        }
        // One row by itself gives the same numbers as the batch.
        std::vector<double> row(static_cast<size_t>(x.cols()));
        for (Eigen::Index f = 0; f < x.cols(); ++f)
            row[size_t(f)] = x(7, f);
        const TreeShap::Explanation one = TreeShap::explain(*model, row.data(), int(x.cols()));
        QVERIFY(std::abs(one.expected - expected) < 1e-12);
        for (Eigen::Index f = 0; f < x.cols(); ++f)
            QVERIFY(std::abs(one.contributions[size_t(f)] - phi(7, f)) < 1e-12);
    }
};

QTEST_GUILESS_MAIN(TreeShapTest)
#include "TreeShapTest.moc"

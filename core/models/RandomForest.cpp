#include "core/models/RandomForest.h"

#include "core/Parallel.h"
#include "core/models/FeatureBins.h"
#include "core/models/TreeGrower.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QThread>

#include <atomic>
#include <cmath>
#include <mutex>
#include <random>

namespace churnlab {

Result<bool> RandomForest::fit(const Eigen::MatrixXd &x, const Eigen::VectorXd &y,
                               Progress &progress)
{
    const Eigen::Index n = x.rows();
    if (n == 0 || y.size() != n)
        return Error {Error::Kind::InvalidArgument, RandomForest::tr("No training rows.")};
    const Options &o = m_options;
    const FeatureBins bins = FeatureBins::fit(x, o.maxBins, 200000, o.seed, m_groups);
    const BinnedRows codes = bins.apply(x);
    const int p = bins.features();

    TreeGrowth growth;
    growth.featuresPerNode =
        o.featuresPerNode > 0 ? o.featuresPerNode : std::max(1, int(std::sqrt(double(p))));
    growth.minSamplesLeaf = o.minSamplesLeaf;
    growth.maxDepth = o.maxDepth;

    m_ensemble = {};
    m_ensemble.trees.resize(size_t(o.trees));
    std::vector<std::vector<double>> gains(size_t(o.trees), std::vector<double>(size_t(p), 0.0));
    std::atomic<int> done = 0;
    std::atomic<bool> stop = false;
    const quint32 draws = quint32(std::max<double>(1, std::round(double(n) * o.sampleFraction)));
    parallelFor(o.trees, (m_options.threads > 0 ? m_options.threads : QThread::idealThreadCount()),
                [&](int t, bool) {
                    if (stop.load() || progress.isCancelled()) {
                        stop = true;
                        return;
                    }
                    // Each tree's generator depends only on the seed and the tree's index.
                    std::mt19937_64 rng(o.seed * 0x9e3779b97f4a7c15ull + quint64(t) + 1);
                    std::vector<float> g(static_cast<size_t>(n), 0.0f),
                        h(static_cast<size_t>(n), 0.0f);
                    std::uniform_int_distribution<quint32> pick(0, quint32(n - 1));
                    for (quint32 d = 0; d < draws; ++d)
                        h[pick(rng)] += 1.0f;
                    std::vector<quint32> rows;
                    rows.reserve(size_t(draws));
                    for (Eigen::Index i = 0; i < n; ++i) {
                        if (h[size_t(i)] > 0) {
                            rows.push_back(quint32(i));
                            g[size_t(i)] = -float(y(i)) * h[size_t(i)];
                        }
                    }
                    TreeGrower grower(codes, bins, 1);
                    m_ensemble.trees[size_t(t)] =
                        grower.grow(rows, g.data(), h.data(), growth, rng, &gains[size_t(t)]);
                    progress.report(double(++done) / o.trees);
                });
    if (stop)
        return Error {Error::Kind::Cancelled, RandomForest::tr("Training was cancelled.")};
    m_ensemble.gain.assign(size_t(p), 0.0);
    for (const auto &treeGain : gains)
        for (int f = 0; f < p; ++f)
            m_ensemble.gain[size_t(f)] += treeGain[size_t(f)];
    m_ensemble.pack();
    return true;
}

Eigen::VectorXd RandomForest::predictProba(const Eigen::MatrixXd &x) const
{
    return m_ensemble.sum(x) / double(std::max<size_t>(1, m_ensemble.trees.size()));
}

const ParamTable<RandomForest::Options> &RandomForest::table()
{
    static const ParamTable<Options> t =
        ParamTable<Options>()
            .integer("trees", &Options::trees, 1, 5000,
                     QT_TRANSLATE_NOOP("churnlab::ModelCatalog", "Number of trees averaged"))
            .integer("features_per_node", &Options::featuresPerNode, 0, 100000,
                     QT_TRANSLATE_NOOP(
                         "churnlab::ModelCatalog",
                         "Features tried at each split; 0 for the square root of their number"),
                     true)
            .integer("min_samples_leaf", &Options::minSamplesLeaf, 1, 1000000,
                     QT_TRANSLATE_NOOP("churnlab::ModelCatalog", "Fewest training rows in a leaf"))
            .integer("max_depth", &Options::maxDepth, 0, 64,
                     QT_TRANSLATE_NOOP("churnlab::ModelCatalog",
                                       "Deepest level of a tree; 0 for no limit"),
                     true)
            .real("sample_fraction", &Options::sampleFraction, 0.01, 1,
                  QT_TRANSLATE_NOOP("churnlab::ModelCatalog",
                                    "Size of each tree's bootstrap sample, as a share of the rows"))
            .seed(&Options::seed);
    return t;
}

} // namespace churnlab

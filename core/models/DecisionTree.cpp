#include "core/models/DecisionTree.h"

#include "core/models/FeatureBins.h"
#include "core/models/TreeGrower.h"

#include <QCoreApplication>
#include <QThread>

#include <random>

namespace churnlab {

Result<bool> DecisionTree::fit(const Eigen::MatrixXd &x, const Eigen::VectorXd &y,
                               Progress &progress)
{
    const Eigen::Index n = x.rows();
    if (n == 0 || y.size() != n)
        return Error {Error::Kind::InvalidArgument, DecisionTree::tr("No training rows.")};
    const FeatureBins bins =
        FeatureBins::fit(x, m_options.maxBins, 200000, m_options.seed, m_groups);
    const BinnedRows codes = bins.apply(x);
    // Binning is most of the work; one tree then grows in a fraction of it.
    if (progress.isCancelled())
        return Error {Error::Kind::Cancelled, DecisionTree::tr("Training was cancelled.")};
    progress.report(0.5);
    std::vector<float> g(static_cast<size_t>(n)), h(static_cast<size_t>(n), 1.0f);
    for (Eigen::Index i = 0; i < n; ++i)
        g[size_t(i)] = -float(y(i));
    std::vector<quint32> rows(static_cast<size_t>(n));
    for (Eigen::Index i = 0; i < n; ++i)
        rows[size_t(i)] = quint32(i);
    TreeGrowth growth;
    growth.maxDepth = m_options.maxDepth;
    growth.minSamplesLeaf = m_options.minSamplesLeaf;
    std::mt19937_64 rng(m_options.seed);
    TreeGrower grower(codes, bins,
                      (m_options.threads > 0 ? m_options.threads : QThread::idealThreadCount()));
    m_ensemble = {};
    m_ensemble.gain.assign(size_t(bins.features()), 0.0);
    m_ensemble.trees.push_back(
        grower.grow(rows, g.data(), h.data(), growth, rng, &m_ensemble.gain));
    progress.report(1.0);
    m_ensemble.pack();
    return true;
}

Eigen::VectorXd DecisionTree::predictProba(const Eigen::MatrixXd &x) const
{
    return m_ensemble.sum(x);
}

const ParamTable<DecisionTree::Options> &DecisionTree::table()
{
    static const ParamTable<Options> t =
        ParamTable<Options>()
            .integer("max_depth", &Options::maxDepth, 0, 64,
                     QT_TRANSLATE_NOOP("churnlab::ModelCatalog",
                                       "Deepest level of the tree; 0 for no limit"),
                     true)
            .integer("min_samples_leaf", &Options::minSamplesLeaf, 1, 1000000,
                     QT_TRANSLATE_NOOP("churnlab::ModelCatalog", "Fewest training rows in a leaf"))
            .seed(&Options::seed);
    return t;
}

} // namespace churnlab

#pragma once

#include "Model.h"
#include "TreeEnsemble.h"

namespace churnlab {

// A single CART classification tree (Gini), grown depth-first on binned features. The
// defaults limit depth and leaf size: an unpruned tree memorises the training rows and ranks
// new customers poorly, which is not what an analyst wants from a readable model.
class DecisionTree final : public Model
{
public:
    struct Options
    {
        int maxDepth = 8;
        int minSamplesLeaf = 20;
        int maxBins = 256;
        quint64 seed = 42;
        int threads = 0; // 0: all cores; the model is the same for any count
    };

    DecisionTree() = default;
    explicit DecisionTree(Options options)
        : m_options(options)
    {
    }

    QString name() const override { return QStringLiteral("tree"); }
    Result<bool> fit(const Eigen::MatrixXd &x, const Eigen::VectorXd &y,
                     Progress &progress = Progress::none()) override;
    Eigen::VectorXd predictProba(const Eigen::MatrixXd &x) const override;
    QJsonObject toJson() const override;
    std::vector<double> featureImportance() const override { return m_ensemble.normalisedGain(); }
    // One-hot groups are bundled into one code column each (see FeatureBins).
    void setFeatureGroups(std::vector<int> groups) override { m_groups = std::move(groups); }

    const Tree &tree() const { return m_ensemble.trees.front(); }

private:
    Options m_options;
    TreeEnsemble m_ensemble;
    std::vector<int> m_groups;
};

} // namespace churnlab

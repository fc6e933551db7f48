#pragma once

#include "core/models/Tree.h"

#include <QJsonArray>

#include <memory>
#include <vector>

namespace churnlab {

// What the tree learners share once fitted: their trees, a way to sum or average them over the
// rows of a feature matrix, and their summed split gains.
class TreeEnsemble
{
public:
    std::vector<Tree> trees;
    std::vector<double> gain; // per feature

    // Σ over trees of each row's leaf value, rows spread over the cores.
    Eigen::VectorXd sum(const Eigen::MatrixXd &x) const;
    std::vector<double> normalisedGain() const;
    // {"trees": […], "gain": […]}: what every tree learner saves.
    QJsonObject toJson() const;
    // Loads and packs; errors name the tree and field.
    [[nodiscard]] Result<bool> load(const QJsonObject &json, int features);
    // Packs the trees for fast prediction; call once the trees are final (after fitting or
    // loading). sum() packs on the fly, more slowly, when this is stale.
    void pack();

private:
    // A tree packed for prediction: 16 bytes a node in depth-first order (the left child is
    // the next node), the threshold of an inner node or the value of a leaf in one field.
    struct FlatNode
    {
        double value;
        qint32 feature;
        qint32 right;
    };
    std::vector<std::vector<FlatNode>> flatten() const;
    std::shared_ptr<const std::vector<std::vector<FlatNode>>> m_packed;
};

} // namespace churnlab

#pragma once

#include "Tree.h"

#include <QJsonArray>

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
    QJsonArray treesJson() const;
};

} // namespace churnlab

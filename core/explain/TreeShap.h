#pragma once

#include <Eigen/Dense>

#include <vector>

namespace churnlab {

class Tree;
class TreeModel;

// Exact TreeSHAP (Lundberg, Erion and Lee, "Consistent individualized feature attribution for
// tree ensembles", 2018, Algorithm 2): each feature's Shapley contribution to one row's output
// of a tree, where a feature left out of a coalition is integrated out along the tree by the
// training weight (cover) that reached each branch. Polynomial in depth rather than exponential
// in features; for a tree model the contributions of its trees add up, scaled as the model
// combines them (a forest averages, boosting adds to a base score), so that
//     expected + Σ contributions = the model's margin for the row
// (the log-odds for boosting, the probability for a tree or a forest).
class TreeShap
{
public:
    struct Explanation
    {
        std::vector<double> contributions; // per model feature
        double expected = 0; // the margin with every feature integrated out
        double margin = 0; // the model's margin for the row
    };

    // One tree: adds scale × each feature's contribution to phi and returns the tree's
    // expected output (cover-weighted mean of its leaves).
    static double tree(const Tree &tree, const double *row, double *phi, double scale = 1);
    static Explanation explain(const TreeModel &model, const double *row, int features);
    // Every row of x (column-major, as models take it), rows spread over the cores: a rows ×
    // features matrix of contributions; expected receives the expected margin.
    static Eigen::MatrixXd explainAll(const TreeModel &model, const Eigen::MatrixXd &x,
                                      double *expected = nullptr);
};

} // namespace churnlab

#pragma once

#include "core/Result.h"
#include <QCoreApplication>

#include <Eigen/Dense>

#include <QJsonObject>

#include <cstdint>
#include <vector>

namespace churnlab {

struct TreeNode
{
    qint32 feature = -1; // −1 marks a leaf
    qint32 left = -1, right = -1;
    std::uint8_t bin = 0; // the training-time split "code ≤ bin", same as "value ≤ threshold"
    double threshold = 0;
    double value = 0; // the leaf's output (also kept on inner nodes, for inspection)
    // How much training weight reached the node: rows (times their bootstrap weight) for CART
    // and forests, the hessian sum for boosting. Exact TreeSHAP weighs the two branches of a
    // split by it.
    double cover = 0;
};

// A fitted binary decision tree as plain data: what every tree learner saves and predicts with.
class Tree
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::Tree)

public:
    std::vector<TreeNode> nodes;

    double predict(const Eigen::MatrixXd &x, Eigen::Index row) const
    {
        int n = 0;
        while (nodes[size_t(n)].feature >= 0) {
            const TreeNode &node = nodes[size_t(n)];
            // NaN goes right, as it was binned into the last bin.
            n = x(row, node.feature) <= node.threshold ? node.left : node.right;
        }
        return nodes[size_t(n)].value;
    }
    // The same walk over one row stored contiguously (a row-major block): far fewer cache
    // misses than striding through a column-major matrix.
    double predict(const double *row) const
    {
        int n = 0;
        while (nodes[size_t(n)].feature >= 0) {
            const TreeNode &node = nodes[size_t(n)];
            n = row[node.feature] <= node.threshold ? node.left : node.right;
        }
        return nodes[size_t(n)].value;
    }
    // The same walk over binned data: binOf(feature) gives the row's bin of a feature.
    template<typename BinOf> double predictBinned(BinOf &&binOf) const
    {
        int n = 0;
        while (nodes[size_t(n)].feature >= 0) {
            const TreeNode &node = nodes[size_t(n)];
            n = binOf(node.feature) <= node.bin ? node.left : node.right;
        }
        return nodes[size_t(n)].value;
    }

    int leafCount() const;
    int depth() const;
    QJsonObject toJson() const;
    // Refuses node arrays of unequal length, features out of range, and children that do not
    // come after their parent (a walk must always end at a leaf).
    static Result<Tree> fromJson(const QJsonObject &json, int features);
};

} // namespace churnlab

#include "core/models/TreeEnsemble.h"

#include "core/JsonFields.h"
#include "core/Parallel.h"

#include <QCoreApplication>

#include <QJsonArray>
#include <QThread>

#include <numeric>

namespace churnlab {

Eigen::VectorXd TreeEnsemble::sum(const Eigen::MatrixXd &x) const
{
    Eigen::VectorXd out = Eigen::VectorXd::Zero(x.rows());
    std::shared_ptr<const std::vector<std::vector<FlatNode>>> packed = m_packed;
    if (!packed || packed->size() != trees.size())
        packed = std::make_shared<const std::vector<std::vector<FlatNode>>>(flatten());
    const std::vector<std::vector<FlatNode>> &flat = *packed;
    // Blocks of rows copied row-major, small enough to stay in L2 with a tree's nodes; within
    // a block, tree-major order keeps one tree's nodes hot for every row.
    using RowBlock = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
    constexpr Eigen::Index kBlock = 256;
    const int blocks = int((x.rows() + kBlock - 1) / kBlock);
    parallelFor(blocks, QThread::idealThreadCount(), [&](int b, bool) {
        const Eigen::Index begin = b * kBlock, count = std::min(x.rows(), begin + kBlock) - begin;
        const RowBlock block = x.middleRows(begin, count);
        for (const std::vector<FlatNode> &tree : flat) {
            const FlatNode *nodes = tree.data();
            for (Eigen::Index r = 0; r < count; ++r) {
                const double *row = block.row(r).data();
                const FlatNode *n = nodes;
                while (n->feature >= 0)
                    n = row[n->feature] <= n->value ? n + 1 : nodes + n->right;
                out(begin + r) += n->value;
            }
        }
    });
    return out;
}

std::vector<std::vector<TreeEnsemble::FlatNode>> TreeEnsemble::flatten() const
{
    std::vector<std::vector<FlatNode>> out(trees.size());
    for (size_t t = 0; t < trees.size(); ++t) {
        const std::vector<TreeNode> &nodes = trees[t].nodes;
        std::vector<FlatNode> &flat = out[t];
        flat.reserve(nodes.size());
        // Depth-first pre-order: the left child follows its parent, so a walk mostly moves
        // forward through memory.
        std::vector<std::pair<int, qint32>> stack = {{0, -1}}; // (node, parent slot to patch)
        while (!stack.empty()) {
            const auto [index, patch] = stack.back();
            stack.pop_back();
            if (patch >= 0)
                flat[size_t(patch)].right = qint32(flat.size());
            const TreeNode &node = nodes[size_t(index)];
            if (node.feature < 0) {
                flat.push_back({node.value, -1, -1});
                continue;
            }
            const qint32 slot = qint32(flat.size());
            flat.push_back({node.threshold, node.feature, -1});
            stack.push_back({node.right, slot});
            stack.push_back({node.left, -1});
        }
    }
    return out;
}

void TreeEnsemble::pack()
{
    m_packed = std::make_shared<const std::vector<std::vector<FlatNode>>>(flatten());
}

std::vector<double> TreeEnsemble::normalisedGain() const
{
    const double total = std::accumulate(gain.begin(), gain.end(), 0.0);
    std::vector<double> out(gain.size(), 0.0);
    if (total > 0)
        for (size_t i = 0; i < gain.size(); ++i)
            out[i] = gain[i] / total;
    return out;
}

QJsonObject TreeEnsemble::toJson() const
{
    QJsonArray out;
    for (const Tree &t : trees)
        out.append(t.toJson());
    return {{QStringLiteral("trees"), out}, {QStringLiteral("gain"), toJsonArray(gain)}};
}

Result<bool> TreeEnsemble::load(const QJsonObject &json, int features)
{
    JsonFields f(json, Tree::tr("tree ensemble"));
    const QJsonArray list = f.array("trees");
    std::vector<double> gains = f.numbers("gain", features);
    if (!f.ok())
        return f.error();
    std::vector<Tree> loaded;
    loaded.reserve(size_t(list.size()));
    for (qsizetype i = 0; i < list.size(); ++i) {
        auto tree = Tree::fromJson(list[i].toObject(), features);
        if (!tree) {
            Error e = tree.error();
            e.message = Tree::tr("tree %1 of %2: %3").arg(i + 1).arg(list.size()).arg(e.message);
            return e;
        }
        loaded.push_back(std::move(tree.value()));
    }
    trees = std::move(loaded);
    gain = std::move(gains);
    pack();
    return true;
}

} // namespace churnlab

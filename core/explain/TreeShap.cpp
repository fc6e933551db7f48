#include "core/explain/TreeShap.h"

#include "core/Parallel.h"
#include "core/explain/FastTreeShap.h"
#include "core/models/Tree.h"
#include "core/models/TreeModel.h"

namespace churnlab {

namespace {

// One element of the path of unique features from the root (the paper's m): the feature, the
// share of coalitions without it that reach here (zero), whether the row itself goes this way
// (one), and the permutation weight.
struct PathElement
{
    int feature = -1;
    double zero = 0, one = 0, weight = 0;
};

void extend(PathElement *path, int depth, double zero, double one, int feature)
{
    path[depth] = {feature, zero, one, depth == 0 ? 1.0 : 0.0};
    for (int i = depth - 1; i >= 0; --i) {
        path[i + 1].weight += one * path[i].weight * (i + 1) / double(depth + 1);
        path[i].weight = zero * path[i].weight * (depth - i) / double(depth + 1);
    }
}

void unwind(PathElement *path, int depth, int index)
{
    const double one = path[index].one, zero = path[index].zero;
    double next = path[depth].weight;
    for (int i = depth - 1; i >= 0; --i) {
        if (one != 0) {
            const double t = path[i].weight;
            path[i].weight = next * (depth + 1) / ((i + 1) * one);
            next = t - path[i].weight * zero * (depth - i) / double(depth + 1);
        } else {
            path[i].weight = path[i].weight * (depth + 1) / (zero * (depth - i));
        }
    }
    for (int i = index; i < depth; ++i) {
        path[i].feature = path[i + 1].feature;
        path[i].zero = path[i + 1].zero;
        path[i].one = path[i + 1].one;
    }
}

double unwoundSum(const PathElement *path, int depth, int index)
{
    const double one = path[index].one, zero = path[index].zero;
    double next = path[depth].weight, total = 0;
    for (int i = depth - 1; i >= 0; --i) {
        if (one != 0) {
            const double t = next * (depth + 1) / ((i + 1) * one);
            total += t;
            next = path[i].weight - t * zero * (depth - i) / double(depth + 1);
        } else {
            total += path[i].weight / zero / ((depth - i) / double(depth + 1));
        }
    }
    return total;
}

struct Walk
{
    const std::vector<TreeNode> &nodes;
    const double *row;
    double *phi;
    double scale;

    void recurse(int node, int depth, PathElement *parent, double zero, double one, int feature)
    {
        PathElement *path = parent + depth + 1;
        std::copy(parent, parent + depth + 1, path);
        extend(path, depth, zero, one, feature);
        const TreeNode &n = nodes[size_t(node)];
        if (n.feature < 0) {
            for (int i = 1; i <= depth; ++i)
                phi[path[i].feature] +=
                    scale * unwoundSum(path, depth, i) * (path[i].one - path[i].zero) * n.value;
            return;
        }
        // The row's way (NaN goes right, as prediction sends it) and the other.
        const bool left = row[n.feature] <= n.threshold;
        const int hot = left ? n.left : n.right, cold = left ? n.right : n.left;
        const double cover = n.cover;
        const double hotShare = cover > 0 ? nodes[size_t(hot)].cover / cover : 0.5;
        const double coldShare = cover > 0 ? nodes[size_t(cold)].cover / cover : 0.5;
        double incomingZero = 1, incomingOne = 1;
        int index = 0;
        while (index <= depth && path[index].feature != n.feature)
            ++index;
        if (index <= depth) { // a feature met before on this path: undo, then redo it here
            incomingZero = path[index].zero;
            incomingOne = path[index].one;
            unwind(path, depth, index);
            --depth;
        }
        recurse(hot, depth + 1, path, hotShare * incomingZero, incomingOne, n.feature);
        recurse(cold, depth + 1, path, coldShare * incomingZero, 0, n.feature);
    }
};

double expectedValue(const std::vector<TreeNode> &nodes, int node)
{
    const TreeNode &n = nodes[size_t(node)];
    if (n.feature < 0)
        return n.value;
    const double l = nodes[size_t(n.left)].cover, r = nodes[size_t(n.right)].cover;
    const double total = l + r;
    const double wl = total > 0 ? l / total : 0.5;
    return wl * expectedValue(nodes, n.left) + (1 - wl) * expectedValue(nodes, n.right);
}

} // namespace

namespace {

// What explaining a tree needs besides the row, computed once per tree, and the path storage,
// reused for every row: the walk itself then allocates nothing.
struct Prepared
{
    const Tree *tree = nullptr;
    int depth = 0;
    double expected = 0;
    std::optional<FastTreeShap> fast; // when its paths are short enough
};

std::vector<Prepared> prepare(const TreeEnsemble &ensemble, size_t *storage)
{
    std::vector<Prepared> out;
    int deepest = 0;
    for (const Tree &t : ensemble.trees) {
        if (t.nodes.empty())
            continue;
        out.push_back({&t, t.depth(), expectedValue(t.nodes, 0), FastTreeShap::prepare(t)});
        deepest = std::max(deepest, out.back().depth);
    }
    const size_t d = size_t(deepest) + 2;
    *storage = d * (d + 1) / 2 + d + 1;
    return out;
}

void explainRow(const std::vector<Prepared> &trees, double scale, const double *row, double *phi,
                std::vector<PathElement> &storage)
{
    for (const Prepared &p : trees) {
        if (p.fast) {
            p.fast->add(row, phi, scale);
            continue;
        }
        Walk walk {p.tree->nodes, row, phi, scale};
        walk.recurse(0, 0, storage.data(), 1, 1, -1);
    }
}

} // namespace

double TreeShap::tree(const Tree &tree, const double *row, double *phi, double scale)
{
    if (tree.nodes.empty())
        return 0;
    const size_t d = size_t(tree.depth()) + 2;
    std::vector<PathElement> storage(d * (d + 1) / 2 + d + 1);
    Walk walk {tree.nodes, row, phi, scale};
    walk.recurse(0, 0, storage.data(), 1, 1, -1);
    return expectedValue(tree.nodes, 0);
}

TreeShap::Explanation TreeShap::explain(const TreeModel &model, const double *row, int features)
{
    Explanation e;
    e.contributions.assign(size_t(features), 0.0);
    size_t size = 0;
    const std::vector<Prepared> trees = prepare(model.ensemble(), &size);
    std::vector<PathElement> storage(size);
    const double scale = model.marginScale();
    explainRow(trees, scale, row, e.contributions.data(), storage);
    e.expected = e.margin = model.marginOffset();
    for (const Prepared &p : trees) {
        e.expected += scale * p.expected;
        e.margin += scale * p.tree->predict(row);
    }
    return e;
}

Eigen::MatrixXd TreeShap::explainAll(const TreeModel &model, const Eigen::MatrixXd &x,
                                     double *expected)
{
    const Eigen::Index rows = x.rows(), features = x.cols();
    Eigen::MatrixXd out = Eigen::MatrixXd::Zero(rows, features);
    size_t size = 0;
    const std::vector<Prepared> trees = prepare(model.ensemble(), &size);
    const double scale = model.marginScale();
    // Blocks of rows, taken by whichever core is free.
    constexpr Eigen::Index kBlock = 256;
    const int blocks = int((rows + kBlock - 1) / kBlock);
    parallelFor(blocks, int(std::thread::hardware_concurrency()), [&](int b, bool) {
        std::vector<double> r(static_cast<size_t>(features)), phi(r.size());
        std::vector<PathElement> storage(size);
        for (Eigen::Index i = b * kBlock; i < std::min(rows, (b + 1) * kBlock); ++i) {
            for (Eigen::Index f = 0; f < features; ++f)
                r[size_t(f)] = x(i, f);
            std::fill(phi.begin(), phi.end(), 0.0);
            explainRow(trees, scale, r.data(), phi.data(), storage);
            for (Eigen::Index f = 0; f < features; ++f)
                out(i, f) = phi[size_t(f)];
        }
    });
    if (expected) {
        *expected = model.marginOffset();
        for (const Prepared &p : trees)
            *expected += scale * p.expected;
    }
    return out;
}

} // namespace churnlab

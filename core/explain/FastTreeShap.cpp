#include "core/explain/FastTreeShap.h"

#include "core/models/Tree.h"

#include <array>

namespace churnlab {

namespace {

// The leaf's B table: for each mask O of the path features the row agrees with and each path
// feature i (see the header).
void leafTable(double value, const std::vector<double> &z, std::vector<double> &table)
{
    const int d = int(z.size());
    const int masks = 1 << d;
    // Shapley weights w(k) = k!(d−k−1)!/d!.
    std::array<double, FastTreeShap::kMaxPathFeatures> w {};
    for (int k = 0; k < d; ++k) {
        double x = 1.0 / d;
        for (int i = 1; i <= k; ++i)
            x *= double(i) / double(d - i);
        w[size_t(k)] = x;
    }
    // e[Q][m]: the elementary symmetric polynomial of degree m of z over the mask Q; p[Q]: the
    // product of z over Q.
    std::vector<std::array<double, FastTreeShap::kMaxPathFeatures + 1>> e(
        static_cast<size_t>(masks));
    std::vector<double> p(size_t(masks), 1.0);
    e[0].fill(0.0);
    e[0][0] = 1;
    for (int q = 1; q < masks; ++q) {
        const int low = __builtin_ctz(unsigned(q));
        const int rest = q & (q - 1);
        const double zl = z[size_t(low)];
        p[size_t(q)] = p[size_t(rest)] * zl;
        e[size_t(q)][0] = 1;
        for (int m = 1; m <= d; ++m)
            e[size_t(q)][size_t(m)] =
                e[size_t(rest)][size_t(m)] + zl * e[size_t(rest)][size_t(m - 1)];
    }
    const int all = masks - 1;
    const size_t base = table.size();
    table.resize(base + size_t(masks) * size_t(d));
    for (int o = 0; o < masks; ++o)
        for (int i = 0; i < d; ++i) {
            const int q = o & ~(1 << i); // O without i: the features S is drawn from
            const int r = all & ~o & ~(1 << i); // the others: never in S
            const int size = __builtin_popcount(unsigned(q));
            // Σ_{S ⊆ Q} w(|S|) Π_{Q∖S} z = Σ_k w(k) e_{|Q|−k}(z_Q)
            double sum = 0;
            for (int k = 0; k <= size; ++k)
                sum += w[size_t(k)] * e[size_t(q)][size_t(size - k)];
            const double one = (o >> i) & 1;
            table[base + size_t(o) * size_t(d) + size_t(i)] =
                value * p[size_t(r)] * sum * (one - z[size_t(i)]);
        }
}

} // namespace

std::optional<FastTreeShap> FastTreeShap::prepare(const Tree &tree)
{
    if (tree.nodes.empty())
        return std::nullopt;
    FastTreeShap f;
    f.m_nodes.resize(tree.nodes.size());
    // Depth-first from the root, with the path's unique features and their cover shares.
    struct Frame
    {
        int node;
        std::vector<int> features;
        std::vector<double> z;
    };
    std::vector<Frame> stack {{0, {}, {}}};
    while (!stack.empty()) {
        Frame frame = std::move(stack.back());
        stack.pop_back();
        const TreeNode &n = tree.nodes[size_t(frame.node)];
        Node &out = f.m_nodes[size_t(frame.node)];
        if (n.feature < 0) {
            out.leaf = int(f.m_leaves.size());
            f.m_leaves.push_back(
                {int(frame.features.size()), int(f.m_table.size()), int(f.m_featureIds.size())});
            f.m_featureIds.insert(f.m_featureIds.end(), frame.features.begin(),
                                  frame.features.end());
            leafTable(n.value, frame.z, f.m_table);
            continue;
        }
        out.feature = n.feature;
        out.left = n.left;
        out.right = n.right;
        out.threshold = n.threshold;
        int slot = 0;
        while (slot < int(frame.features.size()) && frame.features[size_t(slot)] != n.feature)
            ++slot;
        out.slot = slot;
        out.newSlot = slot == int(frame.features.size());
        if (out.newSlot && slot == kMaxPathFeatures)
            return std::nullopt;
        for (const int child : {n.left, n.right}) {
            const double share = n.cover > 0 ? tree.nodes[size_t(child)].cover / n.cover : 0.5;
            Frame next {child, frame.features, frame.z};
            if (out.newSlot) {
                next.features.push_back(n.feature);
                next.z.push_back(share);
            } else {
                next.z[size_t(slot)] *= share;
            }
            stack.push_back(std::move(next));
        }
    }
    return f;
}

void FastTreeShap::add(const double *row, double *phi, double scale) const
{
    // Every leaf is visited: a leaf the row does not reach still shares in the values.
    struct Frame
    {
        int node;
        unsigned mask;
    };
    std::array<Frame, 2 * 64 + 2> small;
    std::vector<Frame> big;
    int top = 0;
    auto push = [&](Frame fr) {
        if (top < int(small.size()))
            small[size_t(top)] = fr;
        else
            big.push_back(fr);
        ++top;
    };
    auto pop = [&]() {
        --top;
        if (top >= int(small.size())) {
            const Frame fr = big.back();
            big.pop_back();
            return fr;
        }
        return small[size_t(top)];
    };
    push({0, 0u});
    while (top > 0) {
        const Frame fr = pop();
        const Node &n = m_nodes[size_t(fr.node)];
        if (n.feature < 0) {
            const Leaf &leaf = m_leaves[size_t(n.leaf)];
            const double *b = m_table.data() + leaf.table + size_t(fr.mask) * size_t(leaf.features);
            const int *ids = m_featureIds.data() + leaf.featureIds;
            for (int i = 0; i < leaf.features; ++i)
                phi[ids[i]] += scale * b[i];
            continue;
        }
        // NaN goes right, as prediction sends it.
        const bool left = row[n.feature] <= n.threshold;
        const unsigned bit = 1u << n.slot;
        const unsigned agree = n.newSlot ? fr.mask | bit : fr.mask;
        const unsigned disagree = n.newSlot ? fr.mask : fr.mask & ~bit;
        push({n.left, left ? agree : disagree});
        push({n.right, left ? disagree : agree});
    }
}

} // namespace churnlab

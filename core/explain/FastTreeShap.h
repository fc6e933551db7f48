#pragma once

#include <optional>
#include <vector>

namespace churnlab {

class Tree;

// Exact path-dependent TreeSHAP for one tree with its per-leaf work done once (the idea of Fast
// TreeSHAP v2, Yang 2021): a leaf's share of feature i's Shapley value depends on the row only
// through which of the leaf's path features the row agrees with — a bit mask O over its at most
// kMaxPathFeatures unique path features. For every leaf, mask and path feature the tree
// precomputes
//     B(O, i) = v · Σ_{S ⊆ O∖{i}} |S|!(d−|S|−1)!/d! · Π_{j ∉ S, j ≠ i} z_j · ([i ∈ O] − z_i)
// (v the leaf value, d its number of unique path features, z_j the share of cover that follows
// the path at feature j's splits), from elementary symmetric polynomials of the z_j. A row then
// costs one walk over the tree's nodes and d additions per leaf, instead of Algorithm 2's d²
// per leaf. Trees with a leaf deeper than kMaxPathFeatures unique features are left to the
// general algorithm (prepare returns nothing).
class FastTreeShap
{
public:
    static constexpr int kMaxPathFeatures = 8;

    static std::optional<FastTreeShap> prepare(const Tree &tree);
    // Adds scale × each feature's contribution for the row to phi.
    void add(const double *row, double *phi, double scale) const;

private:
    struct Node
    {
        int feature = -1; // −1: a leaf
        int left = -1, right = -1;
        double threshold = 0;
        int slot = 0; // the feature's place among the path's unique features
        bool newSlot = false; // the feature's first split on the path
        int leaf = -1; // leaves: index into m_leaves
    };
    struct Leaf
    {
        int features = 0; // d
        int table = 0; // offset of B: 2^d masks × d
        int featureIds = 0; // offset into m_featureIds: the d features in slot order
    };
    std::vector<Node> m_nodes;
    std::vector<Leaf> m_leaves;
    std::vector<int> m_featureIds;
    std::vector<double> m_table;
};

} // namespace churnlab

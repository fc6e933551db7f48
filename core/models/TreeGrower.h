#pragma once

#include "core/models/FeatureBins.h"
#include "core/models/Tree.h"

#include <cstdint>
#include <random>
#include <vector>

namespace churnlab {

// How a tree grows. With maxLeaves set, the leaf with the largest gain splits next
// (leaf-wise, as LightGBM); otherwise every splittable node splits (depth-first).
struct TreeGrowth
{
    int maxDepth = 0; // 0: unlimited
    int maxLeaves = 0; // 0: unlimited
    int minSamplesLeaf = 1;
    double minHessianLeaf = 0;
    double lambda = 0; // L2 on leaf values
    double minGain = 1e-12;
    int featuresPerNode = 0; // 0: all features, with histogram subtraction
    std::vector<int> features; // the features a tree may use; empty: all
};

// Grows one tree on binned features by histograms of gradient sums (LightGBM-style). One
// grower serves every tree learner: gradient boosting passes the log-loss gradient and
// hessian; CART and random forests pass g = −y·w, h = w, for which the gain is the weighted
// reduction of the Gini impurity and the leaf value is the churn rate in the leaf.
class TreeGrower
{
public:
    TreeGrower(const BinnedRows &codes, const FeatureBins &bins, int threads);

    // `rows` lists the rows to grow on (weights are in h); it is reordered so that each
    // node's rows are contiguous, see nodeRows(). gainPerFeature, if given, accumulates the
    // split gains.
    Tree grow(std::vector<quint32> &rows, const float *g, const float *h, const TreeGrowth &growth,
              std::mt19937_64 &rng, std::vector<double> *gainPerFeature = nullptr);

    struct Range
    {
        quint32 begin = 0, end = 0;
    };
    // After grow(): node i's rows are rows[begin, end) of the reordered list.
    const std::vector<Range> &nodeRows() const { return m_ranges; }

private:
    struct Sums
    {
        double g = 0, h = 0;
        double n = 0;
    };
    struct Split
    {
        double gain = 0;
        int feature = -1;
        int bin = 0;
        Sums left;
    };
    struct Pending
    {
        int node = 0, depth = 0;
        Sums total;
        Split split;
        int histogram = -1; // slot in m_pool (all-features mode), −1 if none kept
    };

    // Histograms are indexed by code column: kMaxBins entries per column.
    void buildHistogram(Sums *hist, const quint32 *rows, quint32 count,
                        const std::vector<int> &columns) const;
    Split bestSplit(const Sums *hist, const std::vector<int> &features, const Sums &total,
                    const TreeGrowth &growth) const;
    Split evaluateSampled(const quint32 *rows, quint32 count, const Sums &total,
                          const TreeGrowth &growth, std::mt19937_64 &rng);
    std::vector<int> columnsOf(const std::vector<int> &features) const;
    int takeSlot();

    const BinnedRows &m_codes;
    const FeatureBins &m_bins;
    int m_features;
    int m_columns;
    int m_threads;
    const float *m_g = nullptr;
    const float *m_h = nullptr;
    std::vector<Range> m_ranges;
    std::vector<std::vector<Sums>> m_pool; // histograms of pending leaves
    std::vector<int> m_free;
    std::vector<int> m_allFeatures;
    std::vector<int> m_order; // sampled-features mode: shuffled features
    std::vector<quint32> m_scratch; // rows going right during a partition
};

} // namespace churnlab

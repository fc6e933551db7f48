#include "TreeGrower.h"

#include "Parallel.h"

#include <algorithm>
#include <numeric>

namespace churnlab {

namespace {

constexpr int kBins = FeatureBins::kMaxBins;

double score(double g, double h, double lambda)
{
    return g * g / (h + lambda);
}

} // namespace

TreeGrower::TreeGrower(const std::uint8_t *codes, const FeatureBins &bins, int threads)
    : m_codes(codes)
    , m_bins(bins)
    , m_features(bins.features())
    , m_threads(std::max(1, threads))
{
    m_allFeatures.resize(size_t(m_features));
    std::iota(m_allFeatures.begin(), m_allFeatures.end(), 0);
    m_order = m_allFeatures;
}

int TreeGrower::takeSlot()
{
    if (m_free.empty()) {
        m_pool.emplace_back(size_t(m_features) * kBins);
        return int(m_pool.size()) - 1;
    }
    const int slot = m_free.back();
    m_free.pop_back();
    return slot;
}

// hist holds kBins entries per listed feature, in list order; it is overwritten.
void TreeGrower::buildHistogram(Sums *hist, const quint32 *rows, quint32 count,
                                const std::vector<int> &features) const
{
    const size_t p = size_t(m_features);
    const int listed = int(features.size());
    auto fill = [&](int first, int last) {
        std::fill(hist + size_t(first) * kBins, hist + size_t(last) * kBins, Sums {});
        for (quint32 i = 0; i < count; ++i) {
            const quint32 r = rows[i];
            const std::uint8_t *c = m_codes + size_t(r) * p;
            const double g = m_g[r], h = m_h[r];
            for (int k = first; k < last; ++k) {
                Sums &s = hist[size_t(k) * kBins + c[features[size_t(k)]]];
                s.g += g;
                s.h += h;
                s.n += 1;
            }
        }
    };
    // Threads split the features, never the rows: every sum is then added in row order, so
    // the tree is the same on one thread or many.
    const int parts = (double(count) * listed > 2e5) ? std::min(m_threads, listed) : 1;
    if (parts == 1) {
        fill(0, listed);
        return;
    }
    parallelFor(parts, parts,
                [&](int part, bool) { fill(listed * part / parts, listed * (part + 1) / parts); });
}

TreeGrower::Split TreeGrower::bestSplit(const Sums *hist, const std::vector<int> &features,
                                        const Sums &total, const TreeGrowth &growth) const
{
    Split best;
    const double parent = score(total.g, total.h, growth.lambda);
    for (size_t k = 0; k < features.size(); ++k) {
        const int f = features[k];
        const int bins = m_bins.binCount(f);
        const Sums *row = hist + k * kBins;
        Sums left;
        for (int b = 0; b + 1 < bins; ++b) {
            left.g += row[b].g;
            left.h += row[b].h;
            left.n += row[b].n;
            if (left.n < growth.minSamplesLeaf || left.h < growth.minHessianLeaf)
                continue;
            const double rn = total.n - left.n, rh = total.h - left.h;
            if (rn < growth.minSamplesLeaf || rh < growth.minHessianLeaf)
                break;
            if (row[b].n == 0)
                continue; // same partition as the previous cut
            const double gain = score(left.g, left.h, growth.lambda)
                + score(total.g - left.g, rh, growth.lambda) - parent;
            if (gain > best.gain) {
                best.gain = gain;
                best.feature = f;
                best.bin = b;
                best.left = left;
            }
        }
    }
    return best;
}

// Random-forest mode: draws features in random order and evaluates them in batches until
// featuresPerNode of them vary within the node (as scikit-learn does), or none are left.
TreeGrower::Split TreeGrower::evaluateSampled(const quint32 *rows, quint32 count, const Sums &total,
                                              const TreeGrowth &growth, std::mt19937_64 &rng)
{
    Split best;
    if (m_pool.empty())
        m_pool.emplace_back(size_t(m_features) * kBins);
    Sums *hist = m_pool.front().data();
    int varying = 0;
    size_t next = 0;
    std::vector<int> batch;
    while (varying < growth.featuresPerNode && next < m_order.size()) {
        batch.clear();
        while (batch.size() < size_t(growth.featuresPerNode - varying) && next < m_order.size()) {
            // Partial Fisher–Yates: the next feature is a uniform draw from those left.
            std::uniform_int_distribution<size_t> pick(next, m_order.size() - 1);
            std::swap(m_order[next], m_order[pick(rng)]);
            batch.push_back(m_order[next++]);
        }
        buildHistogram(hist, rows, count, batch);
        for (size_t k = 0; k < batch.size(); ++k) {
            const Sums *row = hist + k * kBins;
            const int bins = m_bins.binCount(batch[k]);
            int populated = 0;
            for (int b = 0; b < bins && populated < 2; ++b)
                populated += row[b].n > 0;
            varying += populated > 1;
        }
        const Split split = bestSplit(hist, batch, total, growth);
        if (split.gain > best.gain)
            best = split;
    }
    return best;
}

Tree TreeGrower::grow(std::vector<quint32> &rows, const float *g, const float *h,
                      const TreeGrowth &growth, std::mt19937_64 &rng,
                      std::vector<double> *gainPerFeature)
{
    m_g = g;
    m_h = h;
    Tree tree;
    m_ranges.clear();
    m_free.clear();
    for (int i = 0; i < int(m_pool.size()); ++i)
        m_free.push_back(i);
    const bool sampled = growth.featuresPerNode > 0
        && growth.featuresPerNode
            < int(growth.features.empty() ? m_features : int(growth.features.size()));
    const size_t p = size_t(m_features);
    const std::vector<int> &active = growth.features.empty() ? m_allFeatures : growth.features;
    m_order = active;

    auto addNode = [&](const Sums &s, quint32 begin, quint32 end) {
        TreeNode node;
        node.value = s.h + growth.lambda > 0 ? -s.g / (s.h + growth.lambda) : 0;
        tree.nodes.push_back(node);
        m_ranges.push_back({begin, end});
        return int(tree.nodes.size()) - 1;
    };
    auto splittable = [&](const Pending &c) {
        return (growth.maxDepth <= 0 || c.depth < growth.maxDepth)
            && c.total.n >= 2.0 * growth.minSamplesLeaf;
    };
    // Finds a pending leaf's best split; in all-features mode from its histogram.
    auto evaluate = [&](Pending &c) {
        if (!splittable(c)) {
            c.split = {};
            return;
        }
        const Range r = m_ranges[size_t(c.node)];
        if (sampled)
            c.split = evaluateSampled(rows.data() + r.begin, r.end - r.begin, c.total, growth, rng);
        else
            c.split = bestSplit(m_pool[size_t(c.histogram)].data(), active, c.total, growth);
    };
    auto release = [&](Pending &c) {
        if (c.histogram >= 0)
            m_free.push_back(c.histogram);
        c.histogram = -1;
    };

    Sums total;
    for (quint32 r : rows) {
        total.g += g[r];
        total.h += h[r];
        total.n += 1;
    }
    std::vector<Pending> pending;
    Pending root {addNode(total, 0, quint32(rows.size())), 0, total, {}, -1};
    if (!sampled && splittable(root)) {
        root.histogram = takeSlot();
        buildHistogram(m_pool[size_t(root.histogram)].data(), rows.data(), quint32(rows.size()),
                       active);
    }
    evaluate(root);
    pending.push_back(root);
    int leaves = 1;
    while (!pending.empty() && (growth.maxLeaves <= 0 || leaves < growth.maxLeaves)) {
        // Leaf-wise: the best gain next (first on ties, for determinism); else depth-first.
        size_t pick = pending.size() - 1;
        if (growth.maxLeaves > 0) {
            for (size_t i = 0; i < pending.size(); ++i)
                if (pending[i].split.gain > pending[pick].split.gain
                    || (pending[i].split.gain == pending[pick].split.gain && i < pick))
                    pick = i;
        }
        Pending c = pending[pick];
        pending.erase(pending.begin() + std::ptrdiff_t(pick));
        if (c.split.feature < 0 || c.split.gain <= growth.minGain) {
            release(c);
            continue;
        }
        const Split s = c.split;
        const Range r = m_ranges[size_t(c.node)];
        const auto mid =
            std::partition(rows.begin() + r.begin, rows.begin() + r.end, [&](quint32 row) {
                return m_codes[size_t(row) * p + size_t(s.feature)] <= s.bin;
            });
        const quint32 split = quint32(mid - rows.begin());
        const Sums right {c.total.g - s.left.g, c.total.h - s.left.h, c.total.n - s.left.n};
        const int leftNode = addNode(s.left, r.begin, split);
        const int rightNode = addNode(right, split, r.end);
        TreeNode &node = tree.nodes[size_t(c.node)];
        node.feature = s.feature;
        node.bin = std::uint8_t(s.bin);
        node.threshold = m_bins.upper(s.feature, s.bin);
        node.left = leftNode;
        node.right = rightNode;
        if (gainPerFeature)
            (*gainPerFeature)[size_t(s.feature)] += s.gain;
        ++leaves;

        Pending l {leftNode, c.depth + 1, s.left, {}, -1};
        Pending rr {rightNode, c.depth + 1, right, {}, -1};
        if (!sampled && (splittable(l) || splittable(rr))) {
            // Histogram subtraction: build the smaller child, the larger is parent − smaller.
            Pending &small = l.total.n <= rr.total.n ? l : rr;
            Pending &large = l.total.n <= rr.total.n ? rr : l;
            const Range sr = m_ranges[size_t(small.node)];
            small.histogram = takeSlot();
            Sums *sh = m_pool[size_t(small.histogram)].data();
            buildHistogram(sh, rows.data() + sr.begin, sr.end - sr.begin, active);
            large.histogram = c.histogram;
            c.histogram = -1;
            Sums *lh = m_pool[size_t(large.histogram)].data();
            for (size_t i = 0; i < active.size() * kBins; ++i) {
                lh[i].g -= sh[i].g;
                lh[i].h -= sh[i].h;
                lh[i].n -= sh[i].n;
            }
        }
        release(c);
        for (Pending *child : {&l, &rr}) {
            evaluate(*child);
            if (child->split.feature >= 0)
                pending.push_back(*child);
            else
                release(*child);
        }
    }
    return tree;
}

} // namespace churnlab

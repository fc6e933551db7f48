#include "core/models/TreeGrower.h"

#include "core/Parallel.h"

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

TreeGrower::TreeGrower(const BinnedRows &codes, const FeatureBins &bins, int threads)
    : m_codes(codes)
    , m_bins(bins)
    , m_features(bins.features())
    , m_columns(bins.columns())
    , m_threads(std::max(1, threads))
{
    m_allFeatures.resize(size_t(m_features));
    std::iota(m_allFeatures.begin(), m_allFeatures.end(), 0);
}

int TreeGrower::takeSlot()
{
    if (m_free.empty()) {
        m_pool.emplace_back(size_t(m_columns) * kBins);
        return int(m_pool.size()) - 1;
    }
    const int slot = m_free.back();
    m_free.pop_back();
    return slot;
}

std::vector<int> TreeGrower::columnsOf(const std::vector<int> &features) const
{
    std::vector<int> columns;
    columns.reserve(features.size());
    for (int f : features)
        columns.push_back(m_bins.columnOf(f));
    std::sort(columns.begin(), columns.end());
    columns.erase(std::unique(columns.begin(), columns.end()), columns.end());
    return columns;
}

void TreeGrower::buildHistogram(Sums *hist, const quint32 *rows, quint32 count,
                                const std::vector<int> &columns) const
{
    const int listed = int(columns.size());
    auto fill = [&](int first, int last) {
        for (int k = first; k < last; ++k) {
            Sums *h = hist + size_t(columns[size_t(k)]) * kBins;
            std::fill(h, h + m_bins.columnBins(columns[size_t(k)]), Sums {});
        }
        for (quint32 i = 0; i < count; ++i) {
            const quint32 r = rows[i];
            const std::uint8_t *c = m_codes.row(r);
            const double g = m_g[r], h = m_h[r];
            for (int k = first; k < last; ++k) {
                const int column = columns[size_t(k)];
                Sums &s = hist[size_t(column) * kBins + c[column]];
                s.g += g;
                s.h += h;
                s.n += 1;
            }
        }
    };
    // Threads split the columns, never the rows: every sum is then added in row order, so
    // the tree is the same on one thread or many.
    const int parts = (double(count) * listed > 1e6) ? std::min(m_threads, listed) : 1;
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
    auto consider = [&](const Sums &left, int f, int b) {
        const double rn = total.n - left.n, rh = total.h - left.h;
        if (left.n < growth.minSamplesLeaf || left.h < growth.minHessianLeaf
            || rn < growth.minSamplesLeaf || rh < growth.minHessianLeaf)
            return;
        const double gain = score(left.g, left.h, growth.lambda)
            + score(total.g - left.g, rh, growth.lambda) - parent;
        if (gain > best.gain) {
            best.gain = gain;
            best.feature = f;
            best.bin = b;
            best.left = left;
        }
    };
    for (int f : features) {
        const Sums *row = hist + size_t(m_bins.columnOf(f)) * kBins;
        if (const int member = m_bins.memberCode(f); member > 0) {
            // A bundled indicator has one cut: not set (left) against set (right).
            const Sums &set = row[member];
            if (set.n > 0)
                consider({total.g - set.g, total.h - set.h, total.n - set.n}, f, 0);
            continue;
        }
        const int bins = m_bins.binCount(f);
        Sums left;
        for (int b = 0; b + 1 < bins; ++b) {
            left.g += row[b].g;
            left.h += row[b].h;
            left.n += row[b].n;
            if (total.n - left.n < growth.minSamplesLeaf)
                break;
            if (row[b].n == 0)
                continue; // same partition as the previous cut
            consider(left, f, b);
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
        m_pool.emplace_back(size_t(m_columns) * kBins);
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
        buildHistogram(hist, rows, count, columnsOf(batch));
        for (int f : batch) {
            const Sums *row = hist + size_t(m_bins.columnOf(f)) * kBins;
            if (const int member = m_bins.memberCode(f); member > 0) {
                varying += row[member].n > 0 && row[member].n < total.n;
                continue;
            }
            int populated = 0;
            for (int b = 0; b < m_bins.binCount(f) && populated < 2; ++b)
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
    const std::vector<int> &active = growth.features.empty() ? m_allFeatures : growth.features;
    const std::vector<int> activeColumns = columnsOf(active);
    m_order = active;
    const bool sampled = growth.featuresPerNode > 0 && growth.featuresPerNode < int(active.size());

    auto addNode = [&](const Sums &s, quint32 begin, quint32 end) {
        TreeNode node;
        node.value = s.h + growth.lambda > 0 ? -s.g / (s.h + growth.lambda) : 0;
        node.cover = s.h;
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
                       activeColumns);
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
        // A stable partition keeps each node's rows in ascending order, so that histogram
        // building reads codes and gradients front to back (prefetch-friendly at 1M rows).
        quint32 split = r.begin;
        m_scratch.clear();
        const std::uint8_t *column =
            m_codes.byColumn.data() + size_t(m_bins.columnOf(s.feature)) * m_codes.rows;
        // A code goes left when its bin is ≤ the split's: for a bundled indicator, when it is
        // not that indicator's code.
        const int member = m_bins.memberCode(s.feature);
        for (quint32 i = r.begin; i < r.end; ++i) {
            const quint32 row = rows[i];
            if (member > 0 ? column[row] != member : column[row] <= s.bin)
                rows[split++] = row;
            else
                m_scratch.push_back(row);
        }
        std::copy(m_scratch.begin(), m_scratch.end(), rows.begin() + split);
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
            buildHistogram(sh, rows.data() + sr.begin, sr.end - sr.begin, activeColumns);
            large.histogram = c.histogram;
            c.histogram = -1;
            Sums *lh = m_pool[size_t(large.histogram)].data();
            for (int column : activeColumns) {
                const size_t first = size_t(column) * kBins;
                for (size_t i = first; i < first + size_t(m_bins.columnBins(column)); ++i) {
                    lh[i].g -= sh[i].g;
                    lh[i].h -= sh[i].h;
                    lh[i].n -= sh[i].n;
                }
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

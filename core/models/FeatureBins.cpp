#include "FeatureBins.h"

#include "Parallel.h"

#include <QThread>

#include <algorithm>
#include <cmath>
#include <random>

namespace churnlab {

namespace {

// Cut points between equally filled bins over the sorted sample. A value repeated more
// often than one bin's share gets a bin of its own, and a column with few distinct values
// gets one bin per value, cut half way between neighbours.
std::vector<double> quantileCuts(std::vector<double> values, int maxBins)
{
    std::sort(values.begin(), values.end());
    std::vector<double> distinct;
    std::vector<size_t> counts;
    for (double v : values) {
        if (distinct.empty() || v != distinct.back()) {
            distinct.push_back(v);
            counts.push_back(0);
        }
        ++counts.back();
    }
    std::vector<double> cuts;
    if (distinct.size() <= size_t(maxBins)) {
        for (size_t i = 0; i + 1 < distinct.size(); ++i)
            cuts.push_back(distinct[i] + (distinct[i + 1] - distinct[i]) / 2);
        return cuts;
    }
    size_t remaining = values.size();
    int binsLeft = maxBins;
    size_t filled = 0;
    for (size_t i = 0; i + 1 < distinct.size() && binsLeft > 1; ++i) {
        filled += counts[i];
        const double share = double(remaining) / binsLeft;
        // Close the bin when it is full, or when the next value alone would overfill it.
        if (double(filled) >= share || double(filled + counts[i + 1]) > 1.5 * share) {
            cuts.push_back(distinct[i] + (distinct[i + 1] - distinct[i]) / 2);
            remaining -= filled;
            filled = 0;
            --binsLeft;
        }
    }
    return cuts;
}

} // namespace

FeatureBins FeatureBins::fit(const Eigen::MatrixXd &x, int maxBins, Eigen::Index sampleRows,
                             quint64 seed)
{
    maxBins = std::clamp(maxBins, 2, kMaxBins);
    std::vector<Eigen::Index> rows;
    if (x.rows() > sampleRows) {
        std::mt19937_64 rng(seed);
        std::uniform_int_distribution<Eigen::Index> pick(0, x.rows() - 1);
        rows.resize(size_t(sampleRows));
        for (auto &r : rows)
            r = pick(rng);
    } else {
        rows.resize(size_t(x.rows()));
        for (Eigen::Index r = 0; r < x.rows(); ++r)
            rows[size_t(r)] = r;
    }
    FeatureBins bins;
    bins.m_upper.resize(size_t(x.cols()));
    parallelFor(int(x.cols()), QThread::idealThreadCount(), [&](int f, bool) {
        std::vector<double> values;
        values.reserve(rows.size());
        for (Eigen::Index r : rows) {
            const double v = x(r, f);
            if (!std::isnan(v))
                values.push_back(v);
        }
        bins.m_upper[size_t(f)] = quantileCuts(std::move(values), maxBins);
    });
    return bins;
}

std::vector<std::uint8_t> FeatureBins::apply(const Eigen::MatrixXd &x) const
{
    const size_t p = m_upper.size();
    std::vector<std::uint8_t> codes(size_t(x.rows()) * p);
    parallelFor(int(p), QThread::idealThreadCount(), [&](int f, bool) {
        const std::vector<double> &cuts = m_upper[size_t(f)];
        const double *column = x.col(f).data();
        for (Eigen::Index r = 0; r < x.rows(); ++r) {
            // NaN compares false with every cut and lands in the last bin.
            const double v = column[r];
            const auto bin = std::isnan(v)
                ? cuts.size()
                : size_t(std::lower_bound(cuts.begin(), cuts.end(), v) - cuts.begin());
            codes[size_t(r) * p + size_t(f)] = std::uint8_t(bin);
        }
    });
    return codes;
}

} // namespace churnlab

#include "core/models/FeatureBins.h"

#include "core/Parallel.h"

#include <QThread>

#include <algorithm>
#include <cmath>
#include <map>
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
                             quint64 seed, const std::vector<int> &groups,
                             const std::vector<quint32> &onlyRows)
{
    maxBins = std::clamp(maxBins, 2, kMaxBins);
    const Eigen::Index available = onlyRows.empty() ? x.rows() : Eigen::Index(onlyRows.size());
    auto rowAt = [&](Eigen::Index i) {
        return onlyRows.empty() ? i : Eigen::Index(onlyRows[size_t(i)]);
    };
    std::vector<Eigen::Index> rows;
    if (available > sampleRows) {
        std::mt19937_64 rng(seed);
        std::uniform_int_distribution<Eigen::Index> pick(0, available - 1);
        rows.resize(size_t(sampleRows));
        for (auto &r : rows)
            r = rowAt(pick(rng));
    } else {
        rows.resize(size_t(available));
        for (Eigen::Index i = 0; i < available; ++i)
            rows[size_t(i)] = rowAt(i);
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
    bins.bundle(x, groups);
    return bins;
}

void FeatureBins::bundle(const Eigen::MatrixXd &x, const std::vector<int> &groups)
{
    const int p = features();
    m_column.assign(size_t(p), -1);
    m_member.assign(size_t(p), 0);
    m_columnBins.clear();
    m_columnFeatures.clear();
    // Members: the group's features that are 0/1 indicators (two bins, the cut at ½).
    std::map<int, std::vector<int>> members;
    for (int f = 0; f < p && size_t(f) < groups.size(); ++f) {
        if (groups[size_t(f)] >= 0 && binCount(f) == 2 && upper(f, 0) == 0.5)
            members[groups[size_t(f)]].push_back(f);
    }
    for (auto &[group, list] : members) {
        if (list.size() < 2 || list.size() >= size_t(kMaxBins))
            continue;
        // Exclusive on every training row, or not bundled at all.
        bool exclusive = true;
        for (Eigen::Index r = 0; r < x.rows() && exclusive; ++r) {
            int set = 0;
            for (int f : list) {
                const double v = x(r, f);
                if (v != 0.0 && v != 1.0) {
                    exclusive = false;
                    break;
                }
                set += v == 1.0;
            }
            exclusive = exclusive && set <= 1;
        }
        if (!exclusive)
            continue;
        const int column = int(m_columnBins.size());
        for (size_t k = 0; k < list.size(); ++k) {
            m_column[size_t(list[k])] = column;
            m_member[size_t(list[k])] = int(k) + 1;
        }
        m_columnBins.push_back(int(list.size()) + 1);
        m_columnFeatures.push_back(list);
    }
    for (int f = 0; f < p; ++f) {
        if (m_column[size_t(f)] >= 0)
            continue;
        m_column[size_t(f)] = int(m_columnBins.size());
        m_columnBins.push_back(binCount(f));
        m_columnFeatures.push_back({f});
    }
}

BinnedRows FeatureBins::apply(const Eigen::MatrixXd &x) const
{
    BinnedRows out;
    out.rows = size_t(x.rows());
    out.columns = m_columnBins.size();
    out.byColumn.assign(out.rows * out.columns, 0);
    parallelFor(int(out.columns), QThread::idealThreadCount(), [&](int c, bool) {
        std::uint8_t *codes = out.byColumn.data() + size_t(c) * out.rows;
        const std::vector<int> &list = m_columnFeatures[size_t(c)];
        if (m_member[size_t(list.front())] > 0) {
            // A bundle: the code of the indicator that is set (rows are exclusive, checked
            // in fit; on new rows the first set indicator wins).
            for (auto it = list.rbegin(); it != list.rend(); ++it) {
                const double *column = x.col(*it).data();
                const auto code = std::uint8_t(m_member[size_t(*it)]);
                for (Eigen::Index r = 0; r < x.rows(); ++r)
                    if (column[r] > 0.5)
                        codes[r] = code;
            }
            return;
        }
        const int f = list.front();
        const std::vector<double> &cuts = m_upper[size_t(f)];
        const double *column = x.col(f).data();
        for (Eigen::Index r = 0; r < x.rows(); ++r) {
            // NaN compares false with every cut and lands in the last bin.
            const double v = column[r];
            codes[r] = std::uint8_t(
                std::isnan(v)
                    ? cuts.size()
                    : size_t(std::lower_bound(cuts.begin(), cuts.end(), v) - cuts.begin()));
        }
    });
    out.byRow.resize(out.rows * out.columns);
    constexpr size_t kBlock = 65536;
    parallelFor(int((out.rows + kBlock - 1) / kBlock), QThread::idealThreadCount(),
                [&](int b, bool) {
                    const size_t end = std::min(out.rows, (size_t(b) + 1) * kBlock);
                    for (size_t c = 0; c < out.columns; ++c) {
                        const std::uint8_t *from = out.byColumn.data() + c * out.rows;
                        for (size_t r = size_t(b) * kBlock; r < end; ++r)
                            out.byRow[r * out.columns + c] = from[r];
                    }
                });
    return out;
}

} // namespace churnlab

#pragma once

#include <Eigen/Dense>

#include <QtGlobal>

#include <cstdint>
#include <vector>

namespace churnlab {

// Quantile bins per feature, fitted on training rows: the tree learners split on bin codes
// (one byte per value) instead of sorting raw values, as LightGBM and XGBoost `hist` do.
// A value v falls in bin b when upper(b−1) < v ≤ upper(b), so the split "bin ≤ b" is the
// same test as "v ≤ upper(b)" and a fitted tree predicts from raw values.
class FeatureBins
{
public:
    static constexpr int kMaxBins = 256;

    // Samples at most sampleRows rows (seeded) to place the quantiles.
    static FeatureBins fit(const Eigen::MatrixXd &x, int maxBins = kMaxBins,
                           Eigen::Index sampleRows = 200000, quint64 seed = 0);

    // Row-major codes: row r's codes are [r·features(), (r+1)·features()).
    std::vector<std::uint8_t> apply(const Eigen::MatrixXd &x) const;

    int features() const { return int(m_upper.size()); }
    int binCount(int feature) const { return int(m_upper[size_t(feature)].size()) + 1; }
    // The largest value in bin b (the split threshold "≤ upper"), for b < binCount − 1.
    double upper(int feature, int bin) const { return m_upper[size_t(feature)][size_t(bin)]; }

private:
    std::vector<std::vector<double>> m_upper;
};

} // namespace churnlab

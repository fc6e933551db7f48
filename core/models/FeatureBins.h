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
//
// The one-hot indicators of one categorical column are never 1 together, so they share one
// code column (LightGBM's exclusive feature bundling): code 0 when none is set, else 1 + the
// index of the one that is. A 50-level column then costs one histogram update per row
// instead of 50.
// Binned rows in two layouts: row-major for building histograms (all of a row's codes in one
// cache line), column-major for partitioning a node on one feature.
struct BinnedRows
{
    std::vector<std::uint8_t> byRow; // row r: [r·columns, (r+1)·columns)
    std::vector<std::uint8_t> byColumn; // column c: [c·rows, (c+1)·rows)
    size_t rows = 0;
    size_t columns = 0;

    const std::uint8_t *row(size_t r) const { return byRow.data() + r * columns; }
};

class FeatureBins
{
public:
    static constexpr int kMaxBins = 256;

    // Samples at most sampleRows rows (seeded) to place the quantiles. groups, if given, marks
    // each feature's one-hot column (as FeaturePipeline::featureGroups()); a group is bundled
    // only if its 0/1 indicators are indeed exclusive on every row of x.
    // rows, if given, are the training rows of x (others, e.g. validation rows, are not seen).
    static FeatureBins fit(const Eigen::MatrixXd &x, int maxBins = kMaxBins,
                           Eigen::Index sampleRows = 200000, quint64 seed = 0,
                           const std::vector<int> &groups = {},
                           const std::vector<quint32> &rows = {});

    BinnedRows apply(const Eigen::MatrixXd &x) const;

    int features() const { return int(m_upper.size()); }
    int binCount(int feature) const { return int(m_upper[size_t(feature)].size()) + 1; }
    // The largest value in bin b (the split threshold "≤ upper"), for b < binCount − 1.
    double upper(int feature, int bin) const { return m_upper[size_t(feature)][size_t(bin)]; }

    int columns() const { return int(m_columnBins.size()); }
    int columnOf(int feature) const { return m_column[size_t(feature)]; }
    int columnBins(int column) const { return m_columnBins[size_t(column)]; }
    // A bundled indicator's code in its column (≥ 1), or 0 for a feature with its own column.
    int memberCode(int feature) const { return m_member[size_t(feature)]; }
    // The bin of a feature from one row's codes.
    int bin(const std::uint8_t *rowCodes, int feature) const
    {
        return binOfCode(feature, rowCodes[m_column[size_t(feature)]]);
    }
    int binOfCode(int feature, int code) const
    {
        const int member = m_member[size_t(feature)];
        return member == 0 ? code : int(code == member);
    }

private:
    void bundle(const Eigen::MatrixXd &x, const std::vector<int> &groups);

    std::vector<std::vector<double>> m_upper;
    std::vector<int> m_column; // per feature
    std::vector<int> m_member; // per feature
    std::vector<int> m_columnBins; // per column
    std::vector<std::vector<int>> m_columnFeatures; // per column
};

} // namespace churnlab

#pragma once

#include "data/Dataset.h"

#include <Eigen/Dense>

#include <QJsonObject>

#include <utility>
#include <vector>

namespace churnlab {

// Turns dataset columns into a numeric feature matrix, fitted on training rows only (no
// leakage into test scores): numbers, dates and booleans get median imputation, a missing
// indicator when training rows had gaps, and standardisation; categories get one-hot columns
// for levels seen at least minLevelCount times in training, the rest grouped as "other".
// Text, ID-like, constant and high-cardinality columns and the target are left out. Plain data, so
// that it can be saved with the model.
class FeaturePipeline
{
public:
    struct Options
    {
        bool standardize = true;
        qint64 minLevelCount = 10;
        int maxLevels = 50;
        qint64 maxDistinctLevels = 200; // more and the column is left out (high cardinality)
    };

    static FeaturePipeline fit(const Dataset &dataset, const std::vector<quint32> &rows,
                               int targetColumn, Options options);
    static FeaturePipeline fit(const Dataset &dataset, const std::vector<quint32> &rows,
                               int targetColumn)
    {
        return fit(dataset, rows, targetColumn, Options {});
    }
    // Rows of any dataset with the same column names (a separate test file, new data).
    Eigen::MatrixXd transform(const Dataset &dataset, const std::vector<quint32> &rows) const;

    const QStringList &featureNames() const { return m_names; }
    const QStringList &ignoredColumns() const { return m_ignored; }
    // For each output feature, the categorical column it one-hot encodes (an index shared by
    // that column's indicators), or −1 for numeric features and missing indicators.
    std::vector<int> featureGroups() const;
    // For each output feature, the dataset column it was made from: what an analyst thinks of
    // as "the feature" when asking how much it matters.
    QStringList sourceColumns() const;
    QJsonObject toJson() const;

private:
    struct Numeric
    {
        QString column;
        double median = 0, mean = 0, scale = 1;
        bool indicator = false;
    };
    struct Categorical
    {
        QString column;
        QStringList levels; // one output column each, then one for "other" if any were grouped
        bool other = false;
    };

    std::vector<Numeric> m_numeric;
    std::vector<Categorical> m_categorical;
    std::vector<std::pair<bool, size_t>> m_blocks; // output order: (numeric?, index)
    QStringList m_names;
    QStringList m_ignored;
};

} // namespace churnlab

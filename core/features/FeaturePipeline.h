#pragma once

#include "core/data/Dataset.h"
#include "core/features/FeatureConfig.h"
#include <QCoreApplication>

#include <Eigen/Dense>

#include <QJsonObject>

#include <functional>
#include <utility>
#include <vector>

namespace churnlab {

// Turns dataset columns into a numeric feature matrix, fitted on training rows only (no
// leakage into test scores). By default numbers, dates and booleans get median imputation, a
// missing indicator when training rows had gaps, and standardisation; categories get one-hot
// columns for levels seen at least minLevelCount times in training, the rest grouped as
// "other"; text, ID-like, constant and high-cardinality columns and the target are left out.
// A FeatureConfig overrides any of this per column: role, imputation (mean, median, most
// frequent, constant), scaling (standard, min-max, none), log, equal-frequency bins, and
// one-hot, ordinal or target encoding. Target encoding is smoothed towards the training churn
// rate and, for the training rows themselves, cross-fitted over five folds so that a row's own
// label never feeds its feature. Plain data, so that it can be saved with the model.
class FeaturePipeline
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::FeaturePipeline)

public:
    struct Options
    {
        bool standardize = true;
        qint64 minLevelCount = 10;
        int maxLevels = 50;
        qint64 maxDistinctLevels = 200; // more and the column is left out (high cardinality)
        FeatureConfig config;
        // 0/1/−1 per dataset row; needed by target encoding (without it, one-hot is used).
        const std::vector<qint8> *labels = nullptr;
    };

    static FeaturePipeline fit(const Dataset &dataset, const std::vector<quint32> &rows,
                               int targetColumn, Options options);
    static FeaturePipeline fit(const Dataset &dataset, const std::vector<quint32> &rows,
                               int targetColumn)
    {
        return fit(dataset, rows, targetColumn, Options {});
    }
    // Finds an input column by name (nullptr when absent: its features read as missing).
    using ColumnLookup = std::function<const Column *(const QString &name)>;

    // Rows of any dataset with the same column names (a separate test file, new data).
    Eigen::MatrixXd transform(const Dataset &dataset, const std::vector<quint32> &rows) const;
    // The same for columns found by name, so that a scorer can mix the input's own columns
    // with converted ones without copying either.
    Eigen::MatrixXd transform(const ColumnLookup &columns, const std::vector<quint32> &rows) const;
    // The training rows the pipeline was fitted on, with cross-fitted target encodings.
    Eigen::MatrixXd transformTraining(const Dataset &dataset) const;

    const QStringList &featureNames() const { return m_names; }
    const QStringList &ignoredColumns() const { return m_ignored; }
    // For each output feature, the categorical column it one-hot encodes (an index shared by
    // that column's indicators), or −1 for numeric features and missing indicators.
    std::vector<int> featureGroups() const;
    // For each output feature, the dataset column it was made from: what an analyst thinks of
    // as "the feature" when asking how much it matters.
    QStringList sourceColumns() const;
    // The columns the features are made from, each once, in output order.
    QStringList inputColumns() const;

    // Versioned plain data: {"format": "churnlab-pipeline", "version": 1, "numeric": […],
    // "categorical": […], "order": ["numeric", "categorical", …], "features": […],
    // "ignored": […]}. fromJson refuses malformed or inconsistent data naming the field, and a
    // loaded pipeline transforms exactly as the saved one (bit for bit).
    QJsonObject toJson() const;
    static Result<FeaturePipeline> fromJson(const QJsonObject &json);
    static constexpr int kFormatVersion = 1;

private:
    struct Numeric
    {
        QString column;
        double median = 0; // the fill value for missing cells (whatever the imputation)
        double mean = 0, scale = 1; // output = (value − mean) / scale
        bool indicator = false;
        bool log = false;
        std::vector<double> binEdges; // upper edges; the bin index replaces the value
        double prepared(double raw) const; // fill, log, bin: everything but the scaling
    };
    struct Categorical
    {
        QString column;
        QStringList levels; // one output column each, then one for "other" if any were grouped
        bool other = false;
        FeatureConfig::Encoding encoding = FeatureConfig::Encoding::OneHot;
        std::vector<double> targetRate; // per level, smoothed; then "other"/missing
        int width() const
        {
            return encoding == FeatureConfig::Encoding::OneHot
                ? int(levels.size()) + (other ? 1 : 0)
                : 1;
        }
    };
    Eigen::MatrixXd transform(const ColumnLookup &columns, const std::vector<quint32> &rows,
                              bool training) const;
    static ColumnLookup lookup(const Dataset &dataset);
    void rebuildNames();
    // Each adds the column's block, or returns false when it is left out (constant, an ID,
    // nothing to learn, too many levels).
    bool fitCategorical(const Column &col, const std::vector<quint32> &rows,
                        const FeatureConfig::Transform &t, const Options &options, double prior);
    bool fitNumeric(const Column &col, const std::vector<quint32> &rows,
                    const FeatureConfig::Transform &t, const Options &options);
    static std::vector<double> fitTargetRates(Categorical &cat, const Column &col,
                                              const std::vector<quint32> &rows,
                                              const std::vector<qint8> &labels, double prior);

    std::vector<Numeric> m_numeric;
    std::vector<Categorical> m_categorical;
    std::vector<std::pair<bool, size_t>> m_blocks; // output order: (numeric?, index)
    QStringList m_names;
    QStringList m_ignored;
    // Transient, not saved: the fitted rows and their cross-fitted target encodings.
    std::vector<quint32> m_fitRows;
    std::vector<std::vector<double>> m_crossFitted; // per categorical block
};

} // namespace churnlab

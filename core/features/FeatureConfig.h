#pragma once

#include "core/Result.h"
#include <QCoreApplication>

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace churnlab {

// What the analyst chose for each column before training: its role and its transforms. Columns
// not mentioned keep the automatic choices (FeaturePipeline's defaults by type). Plain data:
// saved with the model and read by `churnlab-cli train --features`.
class FeatureConfig
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::FeatureConfig)

public:
    // Id: identifies the customer (kept for scored output, never a feature).
    // Sensitive: never a feature, but analysed for fairness (and checked for proxies).
    // Leakage: left out because it knows the outcome (LeakageScreen sets it on automatic
    // columns; Feature keeps such a column in).
    enum class Role { Auto, Feature, Ignore, Id, Sensitive, Leakage };
    enum class Impute { Median, Mean, MostFrequent, Constant };
    enum class Scaling { Standard, MinMax, None };
    enum class Encoding { OneHot, Ordinal, Target };

    struct Transform
    {
        Role role = Role::Auto;
        Impute impute = Impute::Median;
        double constant = 0; // the fill value of Impute::Constant
        bool missingIndicator = true; // adds a 0/1 feature when training rows had gaps
        Scaling scaling = Scaling::Standard;
        Encoding encoding = Encoding::OneHot;
        bool log = false; // signed log1p, for long-tailed amounts
        int bins = 0; // > 1: equal-frequency bins (their index replaces the value)

        bool operator==(const Transform &) const = default;
        QJsonObject toJson() const;
        static Result<Transform> fromJson(const QJsonObject &json);
    };

    Transform transform(const QString &column) const { return m_columns.value(column); }
    void setTransform(const QString &column, const Transform &t);
    bool isEmpty() const { return m_columns.isEmpty(); }
    // The columns given this role, sorted by name.
    QStringList columnsWithRole(Role role) const;
    bool operator==(const FeatureConfig &) const = default;

    QJsonObject toJson() const;
    // Errors name the column and the field that is wrong.
    static Result<FeatureConfig> fromJson(const QJsonObject &json);
    // The JSON file the Features tab saves and `train --features` reads; written atomically.
    // Errors name the file.
    static Result<FeatureConfig> load(const QString &path);
    Result<bool> save(const QString &path) const;

    // The names used in JSON and shown (translated) in the GUI, in enum order.
    static QStringList roleNames();
    static QStringList imputeNames();
    static QStringList scalingNames();
    static QStringList encodingNames();

private:
    QHash<QString, Transform> m_columns; // only columns that differ from the defaults
};

} // namespace churnlab

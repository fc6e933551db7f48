#pragma once

#include "core/Progress.h"
#include "core/data/Dataset.h"

#include <QJsonObject>
#include <QList>

namespace churnlab {

struct CategoryCount
{
    QString value;
    qint64 count = 0;
};

struct HistogramBin
{
    double lower = 0;
    double upper = 0;
    qint64 count = 0;
};

// Summary statistics of one column, as the profile panel and `inspect` show them. Numeric
// figures are NaN where they mean nothing (text columns); dates are in days, datetimes in ms.
struct ColumnProfile
{
    QString name;
    ColumnType type = ColumnType::Real;
    qint64 count = 0; // rows
    qint64 missing = 0;
    qint64 distinct = 0;
    double min = qQNaN(), max = qQNaN(), mean = qQNaN(), stddev = qQNaN();
    double q25 = qQNaN(), median = qQNaN(), q75 = qQNaN();
    QList<CategoryCount> topCategories; // most frequent first
    QList<HistogramBin> histogram;

    static ColumnProfile compute(const Column &column, int bins = 20, int top = 10);
    // Every column, in parallel; cancellable between columns.
    static QList<ColumnProfile> computeAll(const Dataset &dataset,
                                           Progress &progress = Progress::none());
    QJsonObject toJson() const;
    // A value of this column's scale (number, date or datetime) as text.
    QString formatValue(double v) const;
};

// Quantile of sorted values with linear interpolation (numpy's and pandas' default).
double sortedQuantile(const std::vector<double> &sorted, double q);

} // namespace churnlab

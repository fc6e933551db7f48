#include "core/explore/BoxPlotStats.h"

#include "core/data/ColumnProfile.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace churnlab {

BoxPlotStats BoxPlotStats::compute(std::vector<double> values, const QString &label,
                                   int maxOutliers)
{
    BoxPlotStats b;
    b.label = label;
    std::erase_if(values, [](double v) { return !std::isfinite(v); });
    b.count = qint64(values.size());
    if (values.empty())
        return b;
    std::sort(values.begin(), values.end());
    b.q1 = sortedQuantile(values, 0.25);
    b.median = sortedQuantile(values, 0.5);
    b.q3 = sortedQuantile(values, 0.75);
    const double lo = b.q1 - 1.5 * (b.q3 - b.q1), hi = b.q3 + 1.5 * (b.q3 - b.q1);
    b.whiskerLow = *std::lower_bound(values.begin(), values.end(), lo);
    b.whiskerHigh = *(std::upper_bound(values.begin(), values.end(), hi) - 1);
    std::vector<double> outside;
    for (double v : values) {
        if (v < lo || v > hi)
            outside.push_back(v);
    }
    b.outlierCount = qint64(outside.size());
    const size_t keep = std::min(outside.size(), size_t(maxOutliers));
    for (size_t i = 0; i < keep; ++i)
        b.outliers.push_back(outside[i * outside.size() / keep]);
    return b;
}

QList<BoxPlotStats> BoxPlotStats::byClass(const Column &column, const BinaryTarget *target)
{
    if (!target) {
        std::vector<double> all;
        for (qsizetype r = 0; r < column.size(); ++r)
            all.push_back(column.number(r));
        return {compute(std::move(all), BoxPlotStats::tr("All rows"))};
    }
    std::vector<double> neg, pos;
    for (qsizetype r = 0; r < column.size(); ++r) {
        const qint8 y = target->label(r);
        if (y >= 0)
            (y ? pos : neg).push_back(column.number(r));
    }
    return {compute(std::move(neg), target->negativeLabel()),
            compute(std::move(pos), target->positiveLabel())};
}

} // namespace churnlab

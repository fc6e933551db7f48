#pragma once

#include "core/data/BinaryTarget.h"
#include <QCoreApplication>

#include <vector>

namespace churnlab {

// Tukey box-plot figures of a numeric column for one group of rows: quartiles, whiskers at
// the furthest values within 1.5 IQR, and (at most maxOutliers, evenly picked) outliers.
struct BoxPlotStats
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::BoxPlotStats)

public:
    QString label;
    qint64 count = 0;
    double q1 = 0, median = 0, q3 = 0, whiskerLow = 0, whiskerHigh = 0;
    std::vector<double> outliers;
    qint64 outlierCount = 0;

    static BoxPlotStats compute(std::vector<double> values, const QString &label,
                                int maxOutliers = 200);
    // One box per target class (negative first), or one for all rows without a target.
    static QList<BoxPlotStats> byClass(const Column &column, const BinaryTarget *target);
};

} // namespace churnlab

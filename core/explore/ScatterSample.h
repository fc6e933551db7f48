#pragma once

#include "core/data/BinaryTarget.h"

#include <vector>

namespace churnlab {

// The points of a scatter plot of two numeric columns: every complete row, or a seeded
// uniform sample of maxPoints of them when there are more (the chart says so).
struct ScatterSample
{
    QString xColumn, yColumn;
    std::vector<double> x, y;
    std::vector<qint8> label; // target class per point, -1 without a target
    qint64 completeRows = 0;
    bool sampled() const { return qint64(x.size()) < completeRows; }

    static ScatterSample compute(const Column &x, const Column &y, const BinaryTarget *target,
                                 qsizetype maxPoints = 20000, quint64 seed = 42);
};

} // namespace churnlab

#pragma once

#include "core/Progress.h"
#include "core/data/Dataset.h"

#include <vector>

namespace churnlab {

// Pearson and Spearman correlations between every pair of numeric columns (integer, real,
// boolean, date), each pair over the rows where both are present.
struct CorrelationMatrix
{
    QStringList columns;
    std::vector<double> pearson; // columns² values, row-major; NaN where undefined
    std::vector<double> spearman;

    double at(const std::vector<double> &m, int i, int j) const
    {
        return m[size_t(i) * size_t(columns.size()) + size_t(j)];
    }

    static CorrelationMatrix compute(const Dataset &dataset, Progress &progress = Progress::none());
};

} // namespace churnlab

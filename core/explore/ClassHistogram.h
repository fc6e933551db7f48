#pragma once

#include "core/data/BinaryTarget.h"
#include <QCoreApplication>

#include <vector>

namespace churnlab {

// Counts of a column per bin (numbers, dates) or per level (categories), split by target
// class when a target is given, with the churn rate of each bin: the data of the histogram
// and bar charts. Without a target, all counts are in `negatives`.
struct ClassHistogram
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::ClassHistogram)

public:
    QString column;
    bool categorical = false;
    QStringList labels; // one per bin or level
    std::vector<double> lower, upper; // bin edges (numeric only)
    std::vector<qint64> negatives, positives;
    std::vector<double> rate; // positives / (positives + negatives), NaN for an empty bin
    qint64 missing = 0;
    bool hasTarget = false;

    // Numbers: `bins` equal-width bins over the finite range (one per value for small integer
    // ranges). Categories: the `maxLevels` most frequent levels, the rest as one "Other" bar.
    static ClassHistogram compute(const Column &column, const BinaryTarget *target, int bins = 20,
                                  int maxLevels = 20);
};

} // namespace churnlab

#include "core/eval/CalibrationCurve.h"

#include <algorithm>

namespace churnlab {

CalibrationCurve CalibrationCurve::compute(const std::vector<double> &scores,
                                           const std::vector<qint8> &labels, int binCount)
{
    binCount = std::max(1, binCount);
    // Edges as numpy's linspace makes them (i · step), so that a score lying on an edge falls
    // in the same bin as in scikit-learn.
    const double step = 1.0 / binCount;
    std::vector<double> inner(size_t(binCount - 1));
    for (int i = 1; i < binCount; ++i)
        inner[size_t(i - 1)] = i * step;
    std::vector<double> sumScore(size_t(binCount), 0.0), sumLabel(size_t(binCount), 0.0);
    std::vector<qint64> count(size_t(binCount), 0);
    for (size_t r = 0; r < scores.size() && r < labels.size(); ++r) {
        if (labels[r] < 0)
            continue;
        const double s = std::clamp(scores[r], 0.0, 1.0);
        const size_t b = size_t(std::lower_bound(inner.begin(), inner.end(), s) - inner.begin());
        sumScore[b] += s;
        sumLabel[b] += labels[r];
        ++count[b];
    }
    CalibrationCurve c;
    for (size_t b = 0; b < count.size(); ++b)
        if (count[b] > 0)
            c.bins.push_back(
                {sumScore[b] / double(count[b]), sumLabel[b] / double(count[b]), count[b]});
    return c;
}

} // namespace churnlab

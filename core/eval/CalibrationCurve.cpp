#include "core/eval/CalibrationCurve.h"

#include "core/JsonFields.h"

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

QJsonArray CalibrationCurve::toJson() const
{
    QJsonArray out;
    for (const Bin &b : bins)
        out.append(QJsonObject {{QStringLiteral("mean_predicted"), b.meanPredicted},
                                {QStringLiteral("observed_rate"), b.observedRate},
                                {QStringLiteral("count"), b.count}});
    return out;
}

Result<CalibrationCurve> CalibrationCurve::fromJson(const QJsonArray &json)
{
    CalibrationCurve c;
    for (qsizetype i = 0; i < json.size(); ++i) {
        JsonFields f(json.at(i).toObject(), QStringLiteral("calibration[%1]").arg(i));
        Bin b;
        b.meanPredicted = f.number("mean_predicted", 0, 1);
        b.observedRate = f.number("observed_rate", 0, 1);
        b.count = qint64(f.number("count", 0, 9.0e15));
        if (!f.ok())
            return f.error();
        c.bins.push_back(b);
    }
    return c;
}

} // namespace churnlab

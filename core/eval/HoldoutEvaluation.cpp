#include "core/eval/HoldoutEvaluation.h"

#include "core/eval/CalibrationCurve.h"

#include <cmath>

namespace churnlab {

HoldoutEvaluation HoldoutEvaluation::of(const std::vector<double> &scores,
                                        const std::vector<qint8> &labels, double threshold,
                                        const CostMatrix &costs)
{
    HoldoutEvaluation e;
    e.metrics = BinaryMetrics::compute(scores, labels, threshold);
    e.expectedCost = costs.perCustomer(e.metrics.fp, e.metrics.fn,
                                       e.metrics.tp + e.metrics.fp + e.metrics.tn + e.metrics.fn);
    const CalibrationCurve curve = CalibrationCurve::compute(scores, labels);
    qint64 counted = 0;
    for (const CalibrationCurve::Bin &b : curve.bins) {
        e.calibrationError += double(b.count) * std::abs(b.meanPredicted - b.observedRate);
        counted += b.count;
    }
    if (counted > 0)
        e.calibrationError /= double(counted);
    return e;
}

QJsonObject HoldoutEvaluation::toJson() const
{
    QJsonObject o = metrics.toJson();
    o.insert(QStringLiteral("expected_cost"), expectedCost);
    o.insert(QStringLiteral("calibration_error"), calibrationError);
    return o;
}

} // namespace churnlab

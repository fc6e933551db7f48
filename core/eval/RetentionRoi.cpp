#include "core/eval/RetentionRoi.h"

#include "core/JsonFields.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace churnlab {

QJsonObject RetentionRoi::Inputs::toJson() const
{
    return {{QStringLiteral("customers_per_month"), customersPerMonth},
            {QStringLiteral("offer_cost"), offerCost},
            {QStringLiteral("success_rate"), successRate},
            {QStringLiteral("retained_value"), retainedValue}};
}

Result<RetentionRoi::Inputs> RetentionRoi::Inputs::fromJson(const QJsonObject &json)
{
    JsonFields f(json, RetentionRoi::tr("ROI inputs"));
    Inputs in;
    in.customersPerMonth = f.number("customers_per_month", 0, 1e12);
    in.offerCost = f.number("offer_cost", 0, 1e12);
    in.successRate = f.number("success_rate", 0, 1);
    in.retainedValue = f.number("retained_value", 0, 1e12);
    if (!f.ok())
        return f.error();
    return in;
}

RetentionRoi::Outcome RetentionRoi::valueOf(const Inputs &inputs, qint64 tp, qint64 fp, qint64 n)
{
    Outcome o;
    if (n <= 0)
        return o;
    const double caught = double(tp) / double(n);
    const double flagged = double(tp + fp) / double(n);
    o.contactedPerMonth = inputs.customersPerMonth * flagged;
    o.savedPerMonth = inputs.customersPerMonth * caught * inputs.successRate;
    o.monthlyValue =
        o.savedPerMonth * inputs.retainedValue - o.contactedPerMonth * inputs.offerCost;
    return o;
}

RetentionRoi RetentionRoi::compute(const ThresholdSweep &sweep, const Inputs &inputs,
                                   double threshold, int maxCurvePoints)
{
    RetentionRoi roi;
    const qint64 n = sweep.positives() + sweep.negatives();
    const ThresholdSweep::Confusion at = sweep.confusionAt(threshold);
    roi.atThreshold = valueOf(inputs, at.tp, at.fp, n);
    roi.atThreshold.threshold = threshold;
    roi.contactEveryone = valueOf(inputs, sweep.positives(), sweep.negatives(), n).monthlyValue;
    roi.contactNobody = 0;

    const auto &points = sweep.points();
    roi.best.monthlyValue = -std::numeric_limits<double>::infinity();
    for (const ThresholdSweep::Point &p : points) {
        const Outcome o = valueOf(inputs, p.tp, p.fp, n);
        if (o.monthlyValue > roi.best.monthlyValue) {
            roi.best = o;
            // Above every score means "flag nobody": threshold 1 says the same on the slider.
            roi.best.threshold = std::min(1.0, p.threshold);
        }
    }
    const size_t step = std::max<size_t>(1, points.size() / size_t(std::max(2, maxCurvePoints)));
    for (size_t i = 0; i < points.size(); i += step)
        roi.curve.emplace_back(std::min(1.0, points[i].threshold),
                               valueOf(inputs, points[i].tp, points[i].fp, n).monthlyValue);
    if (!points.empty() && (points.size() - 1) % step != 0)
        roi.curve.emplace_back(std::min(1.0, points.back().threshold),
                               valueOf(inputs, points.back().tp, points.back().fp, n).monthlyValue);
    return roi;
}

} // namespace churnlab

#pragma once

#include "core/eval/CostMatrix.h"
#include "core/eval/Metrics.h"

#include <QJsonObject>

#include <vector>

namespace churnlab {

// One model judged on a set of rows at a decision (the recent holdout of a retraining, one group
// of a fairness report): its metrics at the threshold, its expected cost per customer under the
// costs, and its expected calibration error (the count-weighted gap between mean score and
// churn rate over ten equal-width bins).
struct HoldoutEvaluation
{
    BinaryMetrics metrics;
    double expectedCost = 0;
    double calibrationError = 0;

    static HoldoutEvaluation of(const std::vector<double> &scores, const std::vector<qint8> &labels,
                                double threshold, const CostMatrix &costs);
    QJsonObject toJson() const;
};

} // namespace churnlab

#pragma once

#include "core/eval/CostMatrix.h"

#include "core/Result.h"

#include <QJsonObject>
#include <QtGlobal>

#include <utility>
#include <vector>

namespace churnlab {

// Every distinct threshold of a model's test scores, from high to low, with the true and false
// positives when customers scoring at or above it are flagged. The ROC, precision-recall and
// cumulative-gains curves, the confusion matrix at any threshold and the threshold of least
// expected cost all read from it; curves are thinned to a drawable number of points.
class ThresholdSweep
{
public:
    struct Point
    {
        double threshold;
        qint64 tp, fp;
    };
    struct Confusion
    {
        qint64 tp = 0, fp = 0, tn = 0, fn = 0;
    };
    struct CostChoice
    {
        double threshold = 0.5;
        double costPerCustomer = 0; // expected cost per scored customer
        Confusion confusion;
        // Every threshold in (low, high] flags the same rows, at the same cost.
        double low = 0, high = 1;

        // The threshold as a box of `decimals` decimals can hold it that still flags these
        // rows (the one nearest the midpoint); when no such value exists, because two scores
        // lie closer than a step, the midpoint rounded.
        double rounded(int decimals) const;
    };
    using Curve = std::vector<std::pair<double, double>>;

    // Rows labelled −1 are skipped.
    static ThresholdSweep compute(const std::vector<double> &scores,
                                  const std::vector<qint8> &labels);

    qint64 positives() const { return m_positives; }
    qint64 negatives() const { return m_negatives; }
    const std::vector<Point> &points() const { return m_points; }

    Confusion confusionAt(double threshold) const;
    // Expected cost per customer of deciding at `threshold`.
    double expectedCost(double threshold, const CostMatrix &costs) const;
    Curve roc(int maxPoints = 400) const; // (false positive rate, true positive rate)
    Curve precisionRecall(int maxPoints = 400) const; // (recall, precision)
    Curve
    gains(int maxPoints = 400) const; // (share of customers flagged, share of churners caught)
    // Expected cost per customer at each threshold: (threshold, cost).
    Curve cost(double falsePositiveCost, double falseNegativeCost, int maxPoints = 400) const;
    CostChoice minimumCost(double falsePositiveCost, double falseNegativeCost) const;

    // Saved with a project, so that a reopened model shows its curves without retraining.
    QJsonObject toJson() const;
    [[nodiscard]] static Result<ThresholdSweep> fromJson(const QJsonObject &json);

private:
    template<typename F> Curve thinned(int maxPoints, F &&pointOf) const;

    std::vector<Point> m_points; // first: above every score (nothing flagged)
    qint64 m_positives = 0, m_negatives = 0;
};

} // namespace churnlab

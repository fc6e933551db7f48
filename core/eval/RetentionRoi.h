#pragma once

#include "core/Result.h"
#include "core/eval/ThresholdSweep.h"
#include <QCoreApplication>

#include <QJsonObject>

namespace churnlab {

// What acting on a churn model is worth per month. Every customer flagged at the threshold is
// sent a retention offer that costs offerCost; a flagged customer who would have churned
// stays with probability successRate and is then worth retainedValue. On the test set the
// flagged share is (tp + fp) / n and the share of churners caught is tp / n, so
//   value(t) = customersPerMonth · (tp/n · successRate · retainedValue − (tp + fp)/n · offerCost).
// Contacting nobody is worth 0; contacting everyone flags every row.
struct RetentionRoi
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::RetentionRoi)

public:
    struct Inputs
    {
        double customersPerMonth = 10000;
        double offerCost = 10;
        double successRate = 0.3; // of churners who receive the offer, the share who stay
        double retainedValue = 200;

        bool operator==(const Inputs &) const = default;
        QJsonObject toJson() const;
        [[nodiscard]] static Result<Inputs> fromJson(const QJsonObject &json);
    };
    struct Outcome
    {
        double threshold = 0.5;
        double monthlyValue = 0;
        double contactedPerMonth = 0;
        double savedPerMonth = 0; // churners who stay thanks to the offer
    };

    Outcome atThreshold; // at the threshold asked for
    Outcome best; // at the threshold of the highest value
    double contactNobody = 0;
    double contactEveryone = 0;
    ThresholdSweep::Curve curve; // (threshold, monthly value), thinned for drawing

    static RetentionRoi compute(const ThresholdSweep &sweep, const Inputs &inputs, double threshold,
                                int maxCurvePoints = 400);
    // Monthly value when the given counts are flagged out of n test rows.
    static Outcome valueOf(const Inputs &inputs, qint64 tp, qint64 fp, qint64 n);
};

} // namespace churnlab

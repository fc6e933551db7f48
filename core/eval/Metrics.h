#pragma once

#include "core/Result.h"

#include <QJsonObject>

#include <vector>

namespace churnlab {

// The scores of a binary classifier on labelled rows, computed the way scikit-learn 1.2
// computes them so that ChurnLab's figures can be checked against it: ROC AUC with ties
// counted half, average precision (PR AUC) as a step sum over distinct thresholds, log loss
// with probabilities clipped to [2.2e-16, 1 - 2.2e-16], Brier score, and the confusion
// counts at a threshold (score ≥ threshold predicts churn).
struct BinaryMetrics
{
    double auc = 0;
    double prAuc = 0;
    double logLoss = 0;
    double brier = 0;
    double threshold = 0.5;
    qint64 tp = 0, fp = 0, tn = 0, fn = 0;

    double accuracy() const;
    double precision() const; // 0 when nothing is predicted positive, as scikit-learn
    double recall() const;
    double f1() const;

    // labels are 0/1; rows with a label of -1 are skipped.
    static BinaryMetrics compute(const std::vector<double> &scores,
                                 const std::vector<qint8> &labels, double threshold = 0.5);
    static double averagePrecision(const std::vector<double> &scores,
                                   const std::vector<qint8> &labels);
    QJsonObject toJson() const;
    // What toJson wrote (the derived rates are recomputed); errors name the field.
    [[nodiscard]] static Result<BinaryMetrics> fromJson(const QJsonObject &json);
};

} // namespace churnlab

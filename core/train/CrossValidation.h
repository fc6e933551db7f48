#pragma once

#include "ModelReport.h"

namespace churnlab {

// Stratified k-fold cross-validation of one learner: each fold refits the feature pipeline and
// the model on its training rows only and scores its held-out rows. Every labelled row is
// scored once, by a model that never saw it; the pooled out-of-fold scores give the report's
// metrics and curves, and each fold's own AUC is kept for its spread. Importance comes from
// the last fold.
class CrossValidation
{
public:
    [[nodiscard]] static Result<ModelReport>
    run(const QString &id, const QString &title, const QJsonObject &params, quint64 seed,
        const Dataset &dataset, const BinaryTarget &target, int folds,
        const FeaturePipeline::Options &options = {}, Progress &progress = Progress::none());
};

} // namespace churnlab

#pragma once

#include "core/train/ModelReport.h"
#include "core/train/TrainSpec.h"
#include <QCoreApplication>

namespace churnlab {

// Stratified k-fold cross-validation of one learner, the one definition the Model tab and
// the CLI share: each fold refits the feature pipeline and the model on its training rows
// only and scores its held-out rows. Every labelled row is scored once, by a model that never
// saw it; the pooled out-of-fold scores give the report's metrics and curves, and each fold's
// own metrics are kept for their spread. Importance and the scorer come from the last fold.
class CrossValidation
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::CrossValidation)

public:
    [[nodiscard]] static Result<ModelReport> run(const LearnerSpec &learner, const QString &title,
                                                 const TrainSpec &spec, const Dataset &dataset,
                                                 const BinaryTarget &target,
                                                 Progress &progress = Progress::none());
};

} // namespace churnlab

#pragma once

#include "core/eval/Metrics.h"
#include "core/models/Model.h"
#include "core/train/TrainingData.h"

#include <memory>

namespace churnlab {

// One learner trained and scored: the fitted model, its test-set probabilities and metrics,
// its times and its importance per feature.
struct ModelRun
{
    QString id;
    std::shared_ptr<Model> model;
    std::vector<double> scores; // P(churn) per test row
    BinaryMetrics metrics;
    double trainSeconds = 0;
    double predictSeconds = 0;
    std::vector<double> importance; // the model's own measure; empty if it has none

    static Result<ModelRun> train(const QString &id, const QJsonObject &params, quint64 seed,
                                  const TrainingData &data, double threshold,
                                  Progress &progress = Progress::none());
    // The leaderboard row of the CLI's --json output.
    QJsonObject toJson() const;
};

} // namespace churnlab

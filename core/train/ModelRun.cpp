#include "core/train/ModelRun.h"

#include "core/models/ModelCatalog.h"

#include <QElapsedTimer>

namespace churnlab {

Result<ModelRun> ModelRun::train(const QString &id, const QJsonObject &params, quint64 seed,
                                 const TrainingData &data, double threshold, Progress &progress)
{
    auto made = ModelCatalog::create(id, params, seed);
    if (!made)
        return made.error();
    ModelRun run;
    run.id = id;
    run.model = std::move(made.value());
    run.model->setFeatureGroups(data.pipeline.featureGroups());
    QElapsedTimer clock;
    clock.start();
    auto fitted = run.model->fit(data.xTrain, data.yTrain, progress);
    if (!fitted)
        return fitted.error();
    run.trainSeconds = double(clock.nsecsElapsed()) / 1e9;
    clock.restart();
    const Eigen::VectorXd p = run.model->predictProba(data.xTest);
    run.predictSeconds = double(clock.nsecsElapsed()) / 1e9;
    run.scores.assign(p.data(), p.data() + p.size());
    run.metrics = BinaryMetrics::compute(run.scores, data.yTest, threshold);
    run.importance = run.model->featureImportance();
    return run;
}

QJsonObject ModelRun::toJson() const
{
    QJsonObject row = metrics.toJson();
    row.insert(QStringLiteral("name"), id);
    row.insert(QStringLiteral("train_seconds"), trainSeconds);
    row.insert(QStringLiteral("predict_seconds"), predictSeconds);
    // How long iterative learners ran: boosting rounds, network epochs, Newton steps.
    const QJsonObject saved = model->state();
    for (const QString &key :
         {QStringLiteral("rounds"), QStringLiteral("epochs"), QStringLiteral("iterations")})
        if (saved.contains(key))
            row.insert(key, saved.value(key));
    return row;
}

} // namespace churnlab

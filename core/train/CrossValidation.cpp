#include "core/train/CrossValidation.h"

#include "core/eval/Split.h"

#include <QCoreApplication>

namespace churnlab {

Result<ModelReport> CrossValidation::run(const LearnerSpec &learner, const QString &title,
                                         const TrainSpec &spec, const Dataset &dataset,
                                         const BinaryTarget &target, Progress &progress)
{
    const int folds = spec.validation.folds;
    const std::vector<Split> splits = Split::stratifiedFolds(target.labels(), folds, spec.seed);
    if (folds < 2 || splits.empty())
        return Error {Error::Kind::InvalidArgument,
                      CrossValidation::tr("Cross-validation needs at least 2 folds.")};
    FeaturePipeline::Options options;
    options.config = spec.features;
    std::vector<double> pooled(size_t(dataset.rowCount()), 0.0);
    std::vector<qint8> pooledLabels(size_t(dataset.rowCount()), -1);
    std::vector<double> foldAuc;
    std::vector<BinaryMetrics> foldMetrics;
    double trainSeconds = 0, predictSeconds = 0;
    std::optional<ModelRun> last;
    std::optional<TrainingData> lastData;
    for (size_t f = 0; f < splits.size(); ++f) {
        if (progress.isCancelled())
            return Error {Error::Kind::Cancelled, CrossValidation::tr("Cancelled")};
        // This fold's share of the bar, 0–90 %; importance takes the rest.
        Progress fold([&](double fraction, const QString &message) {
            progress.report(0.9 * (double(f) + fraction) / double(splits.size()),
                            CrossValidation::tr("Fold %1 of %2: %3")
                                .arg(f + 1)
                                .arg(splits.size())
                                .arg(message));
        });
        fold.setCancelCheck([&progress] { return progress.isCancelled(); });
        TrainingData data =
            TrainingData::prepare(dataset, target, splits[f].train, splits[f].test, options);
        auto run =
            ModelRun::train(learner.id, learner.params, spec.seed, data, spec.threshold, fold);
        if (!run)
            return run.error();
        for (size_t i = 0; i < data.testRows.size(); ++i) {
            pooled[data.testRows[i]] = run->scores[i];
            pooledLabels[data.testRows[i]] = data.yTest[i];
        }
        foldAuc.push_back(run->metrics.auc);
        foldMetrics.push_back(run->metrics);
        trainSeconds += run->trainSeconds;
        predictSeconds += run->predictSeconds;
        last = std::move(run.value());
        lastData = std::move(data);
    }
    SubProgress importance(progress, 0.9, 1.0);
    ModelReport report =
        ModelReport::build(std::move(*last), title, *lastData, spec.seed, *importance);
    // Metrics and curves from every row's out-of-fold score.
    std::vector<double> scores;
    std::vector<qint8> labels;
    for (size_t r = 0; r < pooled.size(); ++r)
        if (pooledLabels[r] >= 0) {
            scores.push_back(pooled[r]);
            labels.push_back(pooledLabels[r]);
        }
    report.run.metrics = BinaryMetrics::compute(scores, labels, spec.threshold);
    report.sweep = ThresholdSweep::compute(scores, labels);
    report.calibration = CalibrationCurve::compute(scores, labels);
    report.run.scores = std::move(scores);
    report.run.trainSeconds = trainSeconds;
    report.run.predictSeconds = predictSeconds;
    report.foldAuc = std::move(foldAuc);
    report.foldMetrics = std::move(foldMetrics);
    auto attached =
        report.attach(std::make_shared<const Scorer>(
                          lastData->schema, lastData->pipeline, report.run.model, spec.threshold,
                          spec.costs, ClassLabels {target.positiveLabel(), target.negativeLabel()}),
                      *lastData, spec.seed, *SubProgress(progress, 0.99, 1.0));
    if (!attached)
        return attached.error();
    return report;
}

} // namespace churnlab

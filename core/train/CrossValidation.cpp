#include "CrossValidation.h"

#include "eval/Split.h"

#include <QCoreApplication>

namespace churnlab {

Result<ModelReport> CrossValidation::run(const QString &id, const QString &title,
                                         const QJsonObject &params, quint64 seed,
                                         const Dataset &dataset, const BinaryTarget &target,
                                         int folds, const FeaturePipeline::Options &options,
                                         Progress &progress)
{
    const std::vector<Split> splits = Split::stratifiedFolds(target.labels(), folds, seed);
    if (folds < 2 || splits.empty())
        return Error {Error::Kind::InvalidArgument,
                      QCoreApplication::translate("CrossValidation",
                                                  "Cross-validation needs at least 2 folds.")};
    std::vector<double> pooled(size_t(dataset.rowCount()), 0.0);
    std::vector<qint8> pooledLabels(size_t(dataset.rowCount()), -1);
    std::vector<double> foldAuc;
    double trainSeconds = 0, predictSeconds = 0;
    std::optional<ModelRun> last;
    std::optional<TrainingData> lastData;
    for (size_t f = 0; f < splits.size(); ++f) {
        if (progress.isCancelled())
            return Error {Error::Kind::Cancelled,
                          QCoreApplication::translate("CrossValidation", "Cancelled")};
        // This fold's share of the bar, 0–90 %; importance takes the rest.
        Progress fold([&](double fraction, const QString &message) {
            progress.report(0.9 * (double(f) + fraction) / double(splits.size()),
                            QCoreApplication::translate("CrossValidation", "Fold %1 of %2: %3")
                                .arg(f + 1)
                                .arg(splits.size())
                                .arg(message));
        });
        fold.setCancelCheck([&progress] { return progress.isCancelled(); });
        TrainingData data = TrainingData::prepare(dataset, target, splits[f].train, dataset, target,
                                                  splits[f].test, options);
        auto run = ModelRun::train(id, params, seed, data, 0.5, fold);
        if (!run)
            return run.error();
        for (size_t i = 0; i < data.testRows.size(); ++i) {
            pooled[data.testRows[i]] = run->scores[i];
            pooledLabels[data.testRows[i]] = data.yTest[i];
        }
        foldAuc.push_back(run->metrics.auc);
        trainSeconds += run->trainSeconds;
        predictSeconds += run->predictSeconds;
        last = std::move(run.value());
        lastData = std::move(data);
    }
    Progress importance([&](double fraction, const QString &message) {
        progress.report(0.9 + 0.1 * fraction, message);
    });
    importance.setCancelCheck([&progress] { return progress.isCancelled(); });
    ModelReport report = ModelReport::build(std::move(*last), title, *lastData, seed, importance);
    // Metrics and curves from every row's out-of-fold score.
    std::vector<double> scores;
    std::vector<qint8> labels;
    for (size_t r = 0; r < pooled.size(); ++r)
        if (pooledLabels[r] >= 0) {
            scores.push_back(pooled[r]);
            labels.push_back(pooledLabels[r]);
        }
    report.run.metrics = BinaryMetrics::compute(scores, labels, 0.5);
    report.sweep = ThresholdSweep::compute(scores, labels);
    report.calibration = CalibrationCurve::compute(scores, labels);
    report.run.scores = std::move(scores);
    report.run.trainSeconds = trainSeconds;
    report.run.predictSeconds = predictSeconds;
    report.foldAuc = std::move(foldAuc);
    return report;
}

} // namespace churnlab

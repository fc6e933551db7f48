#pragma once

#include "core/eval/CalibrationCurve.h"
#include "core/eval/PermutationImportance.h"
#include "core/eval/ThresholdSweep.h"
#include "core/explain/Explainer.h"
#include "core/explore/LeakageScreen.h"
#include "core/scoring/Scorer.h"
#include "core/train/EvaluationRows.h"
#include "core/train/ModelRun.h"

#include <QJsonArray>
#include <QStringList>

#include <functional>

namespace churnlab {

// Everything the comparison view shows about one trained model, computed off the UI thread
// so that drawing it is cheap: the run and its metrics, the threshold sweep behind the ROC,
// precision-recall, gains and cost curves, the reliability curve, and two importance
// measures (the model's own per feature, and permutation importance per column).
struct ModelReport
{
    QString id; // the leaderboard's key: the learner, or "automl-gbt" for AutoML's result
    QString title;
    ModelRun run;
    ThresholdSweep sweep;
    CalibrationCurve calibration;
    QStringList featureNames;
    std::vector<double> nativeImportance; // per feature; empty if the model has none
    PermutationImportance permutation;
    std::vector<double> foldAuc; // cross-validation: each fold's test AUC; empty for a holdout
    std::vector<BinaryMetrics> foldMetrics; // cross-validation: each fold's metrics
    // Schema, pipeline, model, threshold and costs: what scores new data as this run did.
    std::shared_ptr<const Scorer> scorer;
    // Per-customer contributions (see Explainer); its background goes into the bundle.
    std::shared_ptr<const Explainer> explainer;
    // Mean |contribution| per source column on a sample of the test rows, beside the
    // permutation importance; with the method and scale it was measured in.
    QStringList shapColumns;
    std::vector<double> shapImportance;
    QString shapMethod; // Explainer::methodId
    bool shapLogOdds = false;
    // The rows it was judged on (see ModelEvaluation).
    EvaluationRows evaluation;
    // Columns the leakage screen flagged that the model still uses (kept on purpose, or only
    // suspicious): the leaderboard and the report warn about them.
    QList<LeakageFinding> flagged;

    // Metrics at another threshold: the ranking metrics stay, the confusion counts move.
    BinaryMetrics metricsAt(double threshold) const;

    // Everything but the scorer (a project keeps that as the model's bundle) and the run's
    // per-row scores and model: a reopened project shows the leaderboard, curves and
    // importance from this alone.
    QJsonObject toJson() const;
    QJsonArray flaggedJson() const;
    [[nodiscard]] static Result<ModelReport> fromJson(const QJsonObject &json);
    // The shelf is additive: a learner trained again joins it beside its first model, as the
    // first of "rf", "rf-2", "rf-3", … that `taken` does not hold (the app and
    // `project train` alike).
    static QString freeShelfId(const QString &learner,
                               const std::function<bool(const QString &)> &taken);
    // This report under another shelf id, its title numbered ("Random forest (2)").
    ModelReport onShelf(const QString &shelfId) const;
    static constexpr int kFormatVersion = 1;

    // Sets the scorer and its explainer (background from the training rows) and measures
    // the SHAP importance on up to kShapRows test rows.
    [[nodiscard]] Result<bool> attach(std::shared_ptr<const Scorer> scorer,
                                      const TrainingData &data, quint64 seed,
                                      Progress &progress = Progress::none());
    // The SHAP importance from an explainer's contributions.
    void setShapImportance(const Explainer::Explanations &e);
    static constexpr Eigen::Index kShapRows = 1000;
    static constexpr double kShapSteps = 4e8;
    static constexpr Eigen::Index kShapLeastRows = 50;
    static ModelReport build(ModelRun run, const QString &title, const TrainingData &data,
                             quint64 seed, Progress &progress = Progress::none());
};

} // namespace churnlab

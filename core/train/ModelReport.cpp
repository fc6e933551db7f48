#include "core/train/ModelReport.h"

#include "core/JsonFields.h"

#include <QJsonArray>

namespace churnlab {

BinaryMetrics ModelReport::metricsAt(double threshold) const
{
    BinaryMetrics m = run.metrics;
    const ThresholdSweep::Confusion c = sweep.confusionAt(threshold);
    m.threshold = threshold;
    m.tp = c.tp;
    m.fp = c.fp;
    m.tn = c.tn;
    m.fn = c.fn;
    return m;
}

QString ModelReport::freeShelfId(const QString &learner,
                                 const std::function<bool(const QString &)> &taken)
{
    QString id = learner;
    for (int n = 2; taken(id); ++n)
        id = QStringLiteral("%1-%2").arg(learner).arg(n);
    return id;
}

ModelReport ModelReport::onShelf(const QString &shelfId) const
{
    ModelReport r = *this;
    if (shelfId != id)
        r.title += QStringLiteral(" (%1)").arg(shelfId.section(QLatin1Char('-'), -1));
    r.id = shelfId;
    return r;
}

ModelReport ModelReport::build(ModelRun run, const QString &title, const TrainingData &data,
                               quint64 seed, Progress &progress)
{
    ModelReport r;
    r.id = run.id;
    r.title = title;
    r.sweep = ThresholdSweep::compute(run.scores, data.yTest);
    r.calibration = CalibrationCurve::compute(run.scores, data.yTest);
    r.featureNames = data.pipeline.featureNames();
    r.nativeImportance = run.importance;
    r.permutation = PermutationImportance::compute(
        *run.model, data.xTest, data.yTest, data.pipeline.sourceColumns(), 3, seed, 5000, progress);
    r.run = std::move(run);
    return r;
}

Result<bool> ModelReport::attach(std::shared_ptr<const Scorer> fitted, const TrainingData &data,
                                 quint64 seed, Progress &progress)
{
    scorer = std::move(fitted);
    explainer = std::make_shared<const Explainer>(
        scorer, Explainer::sampleBackground(data.xTrain, seed), seed);
    // Evenly spaced test rows: the same rows for every model of a session.
    const Eigen::Index n = data.xTest.rows();
    // As many rows as about a second's work allows: a thousand for boosting, a few dozen for a
    // forest of deep trees (whose exact values cost leaves × depth² per tree and row).
    const Eigen::Index take = std::min(n, explainer->affordableRows(kShapSteps, 0, kShapRows));
    if (take < kShapLeastRows)
        return true; // too costly to measure now: the Explain tab does, on a sample
    Eigen::MatrixXd sample(take, data.xTest.cols());
    for (Eigen::Index i = 0; i < take; ++i)
        sample.row(i) = data.xTest.row(i * n / std::max<Eigen::Index>(take, 1));
    auto e = explainer->explainFeatures(sample, progress);
    if (!e)
        return e.error();
    setShapImportance(*e);
    return true;
}

void ModelReport::setShapImportance(const Explainer::Explanations &e)
{
    shapColumns = e.columns;
    shapImportance = e.meanAbsolute();
    shapMethod = Explainer::methodId(e.method);
    shapLogOdds = e.logOdds;
}

QJsonObject ModelReport::toJson() const
{
    QJsonArray folds;
    for (const BinaryMetrics &m : foldMetrics)
        folds.append(m.toJson());
    return {{QStringLiteral("format"), QStringLiteral("churnlab-model-report")},
            {QStringLiteral("version"), kFormatVersion},
            {QStringLiteral("id"), id},
            {QStringLiteral("learner"), run.id},
            {QStringLiteral("title"), title},
            {QStringLiteral("metrics"), run.metrics.toJson()},
            {QStringLiteral("train_seconds"), run.trainSeconds},
            {QStringLiteral("predict_seconds"), run.predictSeconds},
            {QStringLiteral("sweep"), sweep.toJson()},
            {QStringLiteral("calibration"), calibration.toJson()},
            {QStringLiteral("feature_names"), QJsonArray::fromStringList(featureNames)},
            {QStringLiteral("native_importance"), toJsonArray(nativeImportance)},
            {QStringLiteral("permutation"), permutation.toJson()},
            {QStringLiteral("fold_auc"), toJsonArray(foldAuc)},
            {QStringLiteral("fold_metrics"), folds},
            {QStringLiteral("shap"),
             QJsonObject {{QStringLiteral("columns"), QJsonArray::fromStringList(shapColumns)},
                          {QStringLiteral("mean_abs"), toJsonArray(shapImportance)},
                          {QStringLiteral("method"), shapMethod},
                          {QStringLiteral("log_odds"), shapLogOdds}}},
            {QStringLiteral("evaluation"), evaluation.toJson()},
            {QStringLiteral("flagged_columns"), flaggedJson()}};
}

QJsonArray ModelReport::flaggedJson() const
{
    return LeakageFinding::toJsonArray(flagged);
}

Result<ModelReport> ModelReport::fromJson(const QJsonObject &json)
{
    JsonFields f(json, QStringLiteral("model report"));
    ModelReport r;
    if (!f.header("churnlab-model-report", kFormatVersion))
        return f.error();
    r.id = f.text("id");
    r.title = f.text("title");
    // Reports saved before AutoML name no learner: it is their id.
    r.run.id = json.value(QStringLiteral("learner")).toString(r.id);
    r.run.trainSeconds = f.number("train_seconds", 0, 1e9);
    r.run.predictSeconds = f.number("predict_seconds", 0, 1e9);
    r.featureNames = f.texts("feature_names");
    r.nativeImportance = f.numbers("native_importance");
    r.foldAuc = f.numbers("fold_auc");
    const QJsonArray folds = f.array("fold_metrics");
    const QJsonObject metrics = f.object("metrics");
    const QJsonObject sweep = f.object("sweep");
    const QJsonArray calibration = f.array("calibration");
    const QJsonObject permutation = f.object("permutation");
    if (f.ok() && !r.nativeImportance.empty()
        && r.nativeImportance.size() != size_t(r.featureNames.size()))
        f.fail(QStringLiteral("native_importance"),
               QStringLiteral("has %1 values for %2 features")
                   .arg(r.nativeImportance.size())
                   .arg(r.featureNames.size()));
    if (!f.ok())
        return f.error();
    auto m = BinaryMetrics::fromJson(metrics);
    auto s = ThresholdSweep::fromJson(sweep);
    auto c = CalibrationCurve::fromJson(calibration);
    auto p = PermutationImportance::fromJson(permutation);
    if (!m)
        return m.error();
    if (!s)
        return s.error();
    if (!c)
        return c.error();
    if (!p)
        return p.error();
    r.run.metrics = *m;
    r.run.importance = r.nativeImportance;
    r.sweep = std::move(*s);
    r.calibration = std::move(*c);
    r.permutation = std::move(*p);
    // Reports saved before explanations have no "shap".
    const QJsonObject shap = json.value(QStringLiteral("shap")).toObject();
    r.shapColumns = shap.value(QStringLiteral("columns")).toVariant().toStringList();
    for (const QJsonValue &v : shap.value(QStringLiteral("mean_abs")).toArray())
        r.shapImportance.push_back(v.toDouble());
    r.shapMethod = shap.value(QStringLiteral("method")).toString();
    r.shapLogOdds = shap.value(QStringLiteral("log_odds")).toBool();
    if (r.shapImportance.size() != size_t(r.shapColumns.size()))
        return Error {Error::Kind::Malformed,
                      QStringLiteral("model report: shap: %1 values for %2 columns")
                          .arg(r.shapImportance.size())
                          .arg(r.shapColumns.size())};
    auto evaluated = EvaluationRows::fromJson(json.value(QStringLiteral("evaluation")));
    if (!evaluated)
        return evaluated.error();
    r.evaluation = std::move(*evaluated);
    // Reports saved before the leakage screen have none.
    for (const QJsonValue &v : json.value(QStringLiteral("flagged_columns")).toArray()) {
        auto finding = LeakageFinding::fromJson(v.toObject());
        if (!finding)
            return Error {
                finding.error().kind,
                QStringLiteral("model report: flagged_columns: %1").arg(finding.error().message)};
        r.flagged << *finding;
    }
    for (const QJsonValue &v : folds) {
        auto fm = BinaryMetrics::fromJson(v.toObject());
        if (!fm)
            return fm.error();
        r.foldMetrics.push_back(*fm);
    }
    return r;
}

} // namespace churnlab

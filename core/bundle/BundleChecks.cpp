#include "core/bundle/BundleChecks.h"

#include "core/JsonFields.h"
#include "core/eval/Metrics.h"
#include "core/models/Model.h"
#include "core/scoring/Scorer.h"

#include <QRegularExpression>

namespace churnlab {

namespace {

// The most keys a metrics object of ours holds, with room for later additions: a million keys
// is a made-up file, not a newer ChurnLab.
constexpr qsizetype kMaxMetricKeys = 64;
constexpr qsizetype kMaxFolds = 1000;

} // namespace

Result<bool> BundleChecks::manifest(const QJsonObject &manifest, const Model &model)
{
    JsonFields f(manifest, QStringLiteral("manifest.json"));
    const QString name = f.text("name");
    JsonFields target = f.nested(f.object("target"), QStringLiteral("target"));
    const QString column = target.text("column");
    const QString positive = target.text("positive");
    const QString negative = target.text("negative");
    JsonFields modelFields = f.nested(f.object("model"), QStringLiteral("model"));
    const QString learner = modelFields.text("learner");
    const int features = modelFields.integer("features", 1, std::numeric_limits<int>::max());
    f.number("threshold", 0, 1);
    JsonFields costs = f.nested(f.object("costs"), QStringLiteral("costs"));
    costs.number("false_positive", 0, CostMatrix::kMaxCost);
    costs.number("false_negative", 0, CostMatrix::kMaxCost);
    if (f.has("model_version"))
        f.integer("model_version", 1, 1000000000);
    if (!f.ok())
        return f.error();
    // The name is a URL path segment (/v2/models/{name}) and a metric label.
    static const QRegularExpression safeName(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"));
    if (!safeName.match(name).hasMatch())
        f.fail(QStringLiteral("name"),
               tr("must be 1 to 64 letters, digits, “_”, “.” or “-”, not “%1”").arg(name.left(80)));
    else if (column.isEmpty())
        f.fail(QStringLiteral("target.column"), tr("is empty"));
    else if (positive.isEmpty() || negative.isEmpty())
        f.fail(QStringLiteral("target"), tr("names an empty class; both classes need a label"));
    else if (positive == negative)
        f.fail(QStringLiteral("target"),
               tr("names “%1” as both the positive and the negative class").arg(positive));
    else if ((learner.startsWith(QLatin1String("automl-")) ? learner.mid(7) : learner)
             != model.name()) // AutoML's results keep the learner behind their prefix
        f.fail(QStringLiteral("model.learner"),
               tr("is “%1”, but model.json holds a “%2” model").arg(learner, model.name()));
    else if (features != model.featureCount())
        f.fail(QStringLiteral("model.features"),
               tr("is %1, but the model takes %2").arg(features).arg(model.featureCount()));
    if (!f.ok())
        return f.error();
    return true;
}

Result<bool> BundleChecks::metrics(const QJsonObject &metrics)
{
    JsonFields f(metrics, QStringLiteral("metrics.json"));
    if (!f.header("churnlab-metrics", 1))
        return f.error();
    const QJsonObject test = f.object("test");
    const QJsonObject split = f.object("split");
    if (!f.ok())
        return f.error();
    if (metrics.size() > kMaxMetricKeys || test.size() > kMaxMetricKeys
        || split.size() > kMaxMetricKeys)
        return Error {Error::Kind::Malformed,
                      tr("metrics.json: more than %1 fields in one object").arg(kMaxMetricKeys)};
    auto measured = BinaryMetrics::fromJson(test);
    if (!measured)
        return Error {Error::Kind::Malformed,
                      tr("metrics.json: test: %1").arg(measured.error().message)};
    JsonFields s = f.nested(split, QStringLiteral("split"));
    const QString kind = s.text("kind");
    if (s.ok() && kind != QLatin1String("kfold") && kind != QLatin1String("holdout")
        && kind != QLatin1String("test_file"))
        s.fail(QStringLiteral("kind"), tr("is “%1”, not kfold, holdout or test_file").arg(kind));
    for (const char *count : {"n_train", "n_test"})
        if (s.has(count))
            s.number(count, 0, 9.0e15);
    if (!f.ok())
        return f.error();
    const QJsonArray folds = split.value(QStringLiteral("fold_metrics")).toArray();
    if (folds.size() > kMaxFolds)
        return Error {Error::Kind::Malformed,
                      tr("metrics.json: split.fold_metrics lists %1 folds").arg(folds.size())};
    for (qsizetype i = 0; i < folds.size(); ++i) {
        const QJsonObject fold = folds[i].toObject();
        auto m = fold.size() > kMaxMetricKeys
            ? Result<BinaryMetrics>(Error {Error::Kind::Malformed, tr("too many fields")})
            : BinaryMetrics::fromJson(fold);
        if (!m)
            return Error {
                Error::Kind::Malformed,
                tr("metrics.json: split.fold_metrics[%1]: %2").arg(i).arg(m.error().message)};
    }
    return true;
}

} // namespace churnlab

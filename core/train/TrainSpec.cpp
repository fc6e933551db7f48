#include "core/train/TrainSpec.h"

#include "core/EnumNames.h"
#include "core/JsonFields.h"
#include "core/models/ModelCatalog.h"

#include <QCoreApplication>

namespace churnlab {

namespace {

const EnumNames<ValidationSpec::Kind> &validationNames()
{
    static const EnumNames<ValidationSpec::Kind> names {{ValidationSpec::Kind::Holdout, "holdout"},
                                                        {ValidationSpec::Kind::KFold, "kfold"}};
    return names;
}

Error invalid(const QString &message)
{
    return Error {Error::Kind::InvalidArgument, message};
}

} // namespace

QList<LearnerSpec> TrainSpec::defaultLearners()
{
    return {{QStringLiteral("lr"), {}}, {QStringLiteral("rf"), {}}, {QStringLiteral("gbt"), {}}};
}

QStringList TrainSpec::learnerIds() const
{
    QStringList out;
    for (const LearnerSpec &l : learners)
        out << l.id;
    return out;
}

QJsonObject TrainSpec::paramsOf(const QString &id) const
{
    for (const LearnerSpec &l : learners)
        if (l.id == id)
            return l.params;
    return {};
}

Result<bool> TrainSpec::validate() const
{
    if (learners.isEmpty())
        return invalid(tr("Choose at least one model to train."));
    for (const LearnerSpec &l : learners) {
        auto made = ModelCatalog::validate(l.id, l.params);
        if (!made)
            return made.error();
    }
    if (validation.kind == ValidationSpec::Kind::Holdout
        && !(validation.testFraction > 0 && validation.testFraction < 1))
        return invalid(tr("The test share must be between 0 and 1."));
    if (validation.kind == ValidationSpec::Kind::KFold
        && (validation.folds < 2 || validation.folds > 50))
        return invalid(tr("Cross-validation needs from 2 to 50 folds."));
    if (!(threshold >= 0 && threshold <= 1))
        return invalid(tr("The threshold must be between 0 and 1."));
    if (!(costs.falsePositive >= 0) || !(costs.falseNegative >= 0))
        return invalid(tr("Costs must not be negative."));
    if (!(costs.falsePositive <= CostMatrix::kMaxCost)
        || !(costs.falseNegative <= CostMatrix::kMaxCost))
        return invalid(tr("A cost may be at most %L1 per wrong prediction.")
                           .arg(CostMatrix::kMaxCost, 0, 'g', 3));
    return true;
}

QJsonObject TrainSpec::toJson() const
{
    QJsonArray list;
    for (const LearnerSpec &l : learners)
        list.append(
            QJsonObject {{QStringLiteral("id"), l.id}, {QStringLiteral("params"), l.params}});
    return {{QStringLiteral("format"), QStringLiteral("churnlab-train-spec")},
            {QStringLiteral("version"), kFormatVersion},
            {QStringLiteral("target"), target.toJson()},
            {QStringLiteral("features"), features.toJson()},
            {QStringLiteral("validation"),
             QJsonObject {{QStringLiteral("kind"), validationNames().name(validation.kind)},
                          {QStringLiteral("test_fraction"), validation.testFraction},
                          {QStringLiteral("folds"), validation.folds}}},
            {QStringLiteral("seed"), QString::number(seed)},
            {QStringLiteral("learners"), list},
            {QStringLiteral("threshold"), threshold},
            {QStringLiteral("costs"),
             QJsonObject {{QStringLiteral("false_positive"), costs.falsePositive},
                          {QStringLiteral("false_negative"), costs.falseNegative}}},
            {QStringLiteral("keep_leaking_columns"), keepLeakingColumns}};
}

Result<TrainSpec> TrainSpec::fromJson(const QJsonObject &json)
{
    JsonFields f(json, tr("training settings"));
    if (!f.header("churnlab-train-spec", kFormatVersion))
        return f.error();
    TrainSpec s;
    auto target = TargetSpec::fromJson(f.object("target"));
    auto features = FeatureConfig::fromJson(f.object("features"));
    JsonFields v = f.nested(f.object("validation"), QStringLiteral("validation"));
    const auto kind = validationNames().value(v.text("kind"));
    if (v.ok() && !kind)
        v.fail(QStringLiteral("kind"), tr("must be holdout or kfold"));
    s.validation.kind = kind.value_or(ValidationSpec::Kind::Holdout);
    s.validation.testFraction = v.number("test_fraction");
    s.validation.folds = v.integer("folds", 0, 1000);
    bool seedOk = false;
    s.seed = f.text("seed").toULongLong(&seedOk);
    if (f.ok() && !seedOk)
        f.fail(QStringLiteral("seed"), tr("must be a whole number"));
    s.learners.clear();
    const QJsonArray learners = f.array("learners");
    for (qsizetype i = 0; i < learners.size() && f.ok(); ++i) {
        JsonFields l = f.nested(learners[i].toObject(), QStringLiteral("learners[%1]").arg(i));
        s.learners << LearnerSpec {l.text("id"), l.object("params")};
    }
    s.threshold = f.number("threshold");
    JsonFields c = f.nested(f.object("costs"), QStringLiteral("costs"));
    s.costs.falsePositive = c.number("false_positive");
    s.costs.falseNegative = c.number("false_negative");
    // Settings saved before the leakage screen have no such field: screening is the default.
    s.keepLeakingColumns = json.value(QStringLiteral("keep_leaking_columns")).toBool(false);
    if (!f.ok())
        return f.error();
    if (!target)
        return target.error();
    if (!features)
        return features.error();
    s.target = target.value();
    s.features = features.value();
    if (auto valid = s.validate(); !valid)
        return valid.error();
    return s;
}

} // namespace churnlab

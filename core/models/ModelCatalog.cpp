#include "core/models/ModelCatalog.h"

#include "core/JsonFields.h"
#include "core/models/DecisionTree.h"
#include "core/models/GradientBoosting.h"
#include "core/models/LogisticRegression.h"
#include "core/models/NaiveBayes.h"
#include "core/models/NeuralNetwork.h"
#include "core/models/RandomForest.h"
#include "core/models/VotingEnsemble.h"

namespace churnlab {

namespace {

using Factory = std::function<Result<std::unique_ptr<Model>>(const QJsonObject &)>;

struct Learner
{
    const char *id;
    const char *title;
    const char *description;
    QList<HyperParameter> parameters;
    Factory make;
};

template<typename L> Learner learner(const char *id, const char *title, const char *description)
{
    return {id, title, description, L::table().parameters(),
            [](const QJsonObject &params) -> Result<std::unique_ptr<Model>> {
                auto options = L::table().read(params);
                if (!options)
                    return options.error();
                return std::unique_ptr<Model>(std::make_unique<L>(options.value()));
            }};
}

const QList<Learner> &learners()
{
    static const QList<Learner> all = {
        learner<LogisticRegression>(
            "lr", QT_TRANSLATE_NOOP("churnlab::ModelCatalog", "Logistic regression"),
            QT_TRANSLATE_NOOP("churnlab::ModelCatalog",
                              "A linear model of the log-odds of churn; fast, readable "
                              "coefficients. Penalty L2, L1 (sparse) or elastic net; C is the "
                              "inverse penalty strength.")),
        learner<DecisionTree>("tree", QT_TRANSLATE_NOOP("churnlab::ModelCatalog", "Decision tree"),
                              QT_TRANSLATE_NOOP("churnlab::ModelCatalog",
                                                "One CART tree: a readable set of rules, less "
                                                "accurate than the ensembles.")),
        learner<RandomForest>("rf", QT_TRANSLATE_NOOP("churnlab::ModelCatalog", "Random forest"),
                              QT_TRANSLATE_NOOP("churnlab::ModelCatalog",
                                                "Many deep trees on bootstrap samples, averaged; "
                                                "robust with little tuning.")),
        learner<GradientBoosting>(
            "gbt", QT_TRANSLATE_NOOP("churnlab::ModelCatalog", "Gradient boosting"),
            QT_TRANSLATE_NOOP("churnlab::ModelCatalog",
                              "Histogram gradient-boosted trees (LightGBM-style) with early "
                              "stopping; usually the most accurate on tabular churn data.")),
        learner<NaiveBayes>("nb", QT_TRANSLATE_NOOP("churnlab::ModelCatalog", "Naive Bayes"),
                            QT_TRANSLATE_NOOP("churnlab::ModelCatalog",
                                              "Gaussian for numbers, categorical for categories; "
                                              "a fast, simple baseline.")),
        learner<NeuralNetwork>(
            "mlp", QT_TRANSLATE_NOOP("churnlab::ModelCatalog", "Neural network"),
            QT_TRANSLATE_NOOP("churnlab::ModelCatalog",
                              "A small multilayer perceptron (one hidden layer) trained with Adam "
                              "and early stopping.")),
    };
    return all;
}

const Learner *findLearner(const QString &id)
{
    for (const Learner &l : learners())
        if (id == QLatin1StringView(l.id))
            return &l;
    return nullptr;
}

const char *const kEnsemble = "ensemble";

// The ensemble is made by AutoML, never picked from the list, so it stands apart from the
// learners: create, find and load know it; ids() and models() do not offer it.
Result<std::unique_ptr<Model>> make(const QString &id, const QJsonObject &params);

Error unknown(const QString &id)
{
    return Error {Error::Kind::InvalidArgument,
                  ModelCatalog::tr("unknown model “%1”; available: %2")
                      .arg(id, ModelCatalog::ids().join(QStringLiteral(", ")))};
}

} // namespace

QJsonObject ModelInfo::defaults() const
{
    QJsonObject out;
    for (const HyperParameter &p : parameters)
        out.insert(p.name, p.defaultValue);
    return out;
}

const HyperParameter *ModelInfo::parameter(const QString &name) const
{
    for (const HyperParameter &p : parameters)
        if (p.name == name)
            return &p;
    return nullptr;
}

QList<ModelInfo> ModelCatalog::models()
{
    QList<ModelInfo> out;
    for (const Learner &l : learners())
        out << ModelInfo {QLatin1StringView(l.id).toString(), tr(l.title), tr(l.description),
                          l.parameters};
    return out;
}

QStringList ModelCatalog::ids()
{
    QStringList out;
    for (const Learner &l : learners())
        out << QLatin1StringView(l.id).toString();
    return out;
}

std::optional<ModelInfo> ModelCatalog::find(const QString &id)
{
    if (id == QLatin1StringView(kEnsemble))
        return ModelInfo {id,
                          tr("Soft-voting ensemble"),
                          tr("The mean of the probabilities of AutoML's best few models."),
                          {}};
    for (const ModelInfo &m : models())
        if (m.id == id)
            return m;
    return std::nullopt;
}

Result<std::unique_ptr<Model>> ModelCatalog::create(const QString &id, const QJsonObject &given,
                                                    quint64 seed)
{
    QJsonObject params = given;
    if (!params.contains(QStringLiteral("seed")))
        params.insert(QStringLiteral("seed"), QString::number(seed));
    return make(id, params);
}

Result<QJsonObject> ModelCatalog::validate(const QString &id, const QJsonObject &params)
{
    auto made = create(id, params);
    if (!made)
        return made.error();
    return made.value()->params();
}

Result<std::unique_ptr<Model>> ModelCatalog::load(const QJsonObject &json)
{
    JsonFields f(json, tr("model"));
    if (!f.header("churnlab-model", Model::kFormatVersion))
        return f.error();
    const QString id = f.text("learner");
    const int features = f.integer("features", 1, 100000000);
    const QJsonObject params = f.object("params");
    const QJsonObject state = f.object("state");
    if (!f.ok())
        return f.error();
    if (!findLearner(id) && id != QLatin1StringView(kEnsemble))
        return Error {Error::Kind::Malformed,
                      tr("model: field “learner”: %1").arg(unknown(id).message)};
    auto model = make(id, params);
    if (!model)
        return Error {Error::Kind::Malformed,
                      tr("model: field “params”: %1").arg(model.error().message)};
    auto loaded = model.value()->loadState(state, features);
    if (!loaded)
        return Error {Error::Kind::Malformed,
                      tr("model: field “state”: %1").arg(loaded.error().message)};
    return std::move(model.value());
}

namespace {

// The catalog as the factory an ensemble makes its members with.
class CatalogFactory final : public ModelFactory
{
public:
    Result<QJsonObject> validate(const QString &learner, const QJsonObject &params) const override
    {
        return ModelCatalog::validate(learner, params);
    }
    Result<std::unique_ptr<Model>> create(const QString &learner, const QJsonObject &params,
                                          quint64 seed) const override
    {
        return ModelCatalog::create(learner, params, seed);
    }
    Result<std::unique_ptr<Model>> load(const QJsonObject &json) const override
    {
        return ModelCatalog::load(json);
    }
};

Result<std::unique_ptr<Model>> make(const QString &id, const QJsonObject &params)
{
    static const CatalogFactory catalog;
    if (id == QLatin1StringView(kEnsemble))
        return VotingEnsemble::create(params, catalog);
    const Learner *l = findLearner(id);
    if (!l)
        return unknown(id);
    return l->make(params);
}

} // namespace

} // namespace churnlab

#include "ModelCatalog.h"

#include "DecisionTree.h"
#include "GradientBoosting.h"
#include "LogisticRegression.h"
#include "NaiveBayes.h"
#include "NeuralNetwork.h"
#include "RandomForest.h"

#include <QCoreApplication>

namespace churnlab {

namespace {

// Reads hyperparameters over the defaults, checking each against its range.
class Params
{
public:
    Params(const QJsonObject &given, const QJsonObject &defaults)
        : m_given(given)
        , m_defaults(defaults)
    {
        for (auto it = given.begin(); it != given.end(); ++it)
            if (!defaults.contains(it.key()) && m_error.isEmpty())
                m_error = ModelCatalog::tr("unknown hyperparameter “%1”").arg(it.key());
    }
    double number(const char *key, double low, double high)
    {
        const QString k = QLatin1String(key);
        const QJsonValue v = m_given.contains(k) ? m_given.value(k) : m_defaults.value(k);
        if (!v.isDouble() || v.toDouble() < low || v.toDouble() > high) {
            if (m_error.isEmpty())
                m_error = ModelCatalog::tr("hyperparameter “%1” must be a number from %2 to %3")
                              .arg(k)
                              .arg(low)
                              .arg(high);
            return m_defaults.value(k).toDouble();
        }
        return v.toDouble();
    }
    int integer(const char *key, int low, int high)
    {
        return int(std::lround(number(key, low, high)));
    }
    QString text(const char *key, const QStringList &allowed)
    {
        const QString k = QLatin1String(key);
        const QString v = (m_given.contains(k) ? m_given.value(k) : m_defaults.value(k)).toString();
        if (!allowed.contains(v) && m_error.isEmpty())
            m_error = ModelCatalog::tr("hyperparameter “%1” must be one of %2")
                          .arg(k, allowed.join(QStringLiteral(", ")));
        return v;
    }
    const QString &error() const { return m_error; }

private:
    QJsonObject m_given, m_defaults;
    QString m_error;
};

} // namespace

QList<ModelInfo> ModelCatalog::models()
{
    return {
        {QStringLiteral("lr"),
         ModelCatalog::tr("Logistic regression"),
         ModelCatalog::tr(
             "A linear model of the log-odds of churn; fast, readable coefficients. Penalty L2, "
             "L1 (sparse) or elastic net; C is the inverse penalty strength."),
         {{QStringLiteral("c"), 1.0},
          {QStringLiteral("penalty"), QStringLiteral("l2")},
          {QStringLiteral("l1_ratio"), 0.5}}},
        {QStringLiteral("tree"),
         ModelCatalog::tr("Decision tree"),
         ModelCatalog::tr(
             "One CART tree: a readable set of rules, less accurate than the ensembles."),
         {{QStringLiteral("max_depth"), 8}, {QStringLiteral("min_samples_leaf"), 20}}},
        {QStringLiteral("rf"),
         ModelCatalog::tr("Random forest"),
         ModelCatalog::tr(
             "Many deep trees on bootstrap samples, averaged; robust with little tuning."),
         {{QStringLiteral("trees"), 100},
          {QStringLiteral("features_per_node"), 0},
          {QStringLiteral("min_samples_leaf"), 5},
          {QStringLiteral("max_depth"), 0}}},
        {QStringLiteral("gbt"),
         ModelCatalog::tr("Gradient boosting"),
         ModelCatalog::tr(
             "Histogram gradient-boosted trees (LightGBM-style) with early stopping; usually "
             "the most accurate on tabular churn data."),
         {{QStringLiteral("max_iterations"), 500},
          {QStringLiteral("learning_rate"), 0.3},
          {QStringLiteral("max_leaves"), 31},
          {QStringLiteral("max_depth"), 0},
          {QStringLiteral("min_samples_leaf"), 20},
          {QStringLiteral("lambda"), 1.0},
          {QStringLiteral("row_subsample"), 1.0},
          {QStringLiteral("feature_subsample"), 1.0},
          {QStringLiteral("validation_fraction"), 0.1}}},
        {QStringLiteral("nb"),
         ModelCatalog::tr("Naive Bayes"),
         ModelCatalog::tr(
             "Gaussian for numbers, categorical for categories; a fast, simple baseline."),
         {{QStringLiteral("alpha"), 1.0}, {QStringLiteral("variance_smoothing"), 1e-9}}},
        {QStringLiteral("mlp"),
         ModelCatalog::tr("Neural network"),
         ModelCatalog::tr(
             "A small multilayer perceptron (one hidden layer) trained with Adam and early "
             "stopping."),
         {{QStringLiteral("hidden_units"), 64},
          {QStringLiteral("learning_rate"), 0.001},
          {QStringLiteral("batch_size"), 256},
          {QStringLiteral("max_epochs"), 200},
          {QStringLiteral("alpha"), 0.0001}}},
    };
}

QStringList ModelCatalog::ids()
{
    QStringList out;
    for (const ModelInfo &m : models())
        out << m.id;
    return out;
}

std::optional<ModelInfo> ModelCatalog::find(const QString &id)
{
    for (const ModelInfo &m : models())
        if (m.id == id)
            return m;
    return std::nullopt;
}

Result<std::unique_ptr<Model>> ModelCatalog::create(const QString &id, const QJsonObject &given,
                                                    quint64 seed)
{
    const auto info = find(id);
    if (!info)
        return Error {Error::Kind::InvalidArgument,
                      ModelCatalog::tr("unknown model “%1”; available: %2")
                          .arg(id, ids().join(QStringLiteral(", ")))};
    Params p(given, info->defaults);
    std::unique_ptr<Model> model;
    if (id == QLatin1String("lr")) {
        LogisticRegression::Options o;
        o.c = p.number("c", 1e-9, 1e9);
        const QString penalty = p.text(
            "penalty", {QStringLiteral("l2"), QStringLiteral("l1"), QStringLiteral("elasticnet")});
        o.penalty = penalty == QLatin1String("l1") ? LogisticRegression::Options::Penalty::L1
            : penalty == QLatin1String("elasticnet")
            ? LogisticRegression::Options::Penalty::ElasticNet
            : LogisticRegression::Options::Penalty::L2;
        o.l1Ratio = p.number("l1_ratio", 0, 1);
        model = std::make_unique<LogisticRegression>(o);
    } else if (id == QLatin1String("tree")) {
        DecisionTree::Options o;
        o.maxDepth = p.integer("max_depth", 0, 64);
        o.minSamplesLeaf = p.integer("min_samples_leaf", 1, 1000000);
        o.seed = seed;
        model = std::make_unique<DecisionTree>(o);
    } else if (id == QLatin1String("rf")) {
        RandomForest::Options o;
        o.trees = p.integer("trees", 1, 5000);
        o.featuresPerNode = p.integer("features_per_node", 0, 100000);
        o.minSamplesLeaf = p.integer("min_samples_leaf", 1, 1000000);
        o.maxDepth = p.integer("max_depth", 0, 64);
        o.seed = seed;
        model = std::make_unique<RandomForest>(o);
    } else if (id == QLatin1String("gbt")) {
        GradientBoosting::Options o;
        o.maxIterations = p.integer("max_iterations", 1, 100000);
        o.learningRate = p.number("learning_rate", 1e-6, 1);
        o.maxLeaves = p.integer("max_leaves", 2, 65536);
        o.maxDepth = p.integer("max_depth", 0, 64);
        o.minSamplesLeaf = p.integer("min_samples_leaf", 1, 1000000);
        o.lambda = p.number("lambda", 0, 1e6);
        o.rowSubsample = p.number("row_subsample", 0.01, 1);
        o.featureSubsample = p.number("feature_subsample", 0.01, 1);
        o.validationFraction = p.number("validation_fraction", 0, 0.5);
        o.seed = seed;
        model = std::make_unique<GradientBoosting>(o);
    } else if (id == QLatin1String("nb")) {
        NaiveBayes::Options o;
        o.alpha = p.number("alpha", 0, 1e6);
        o.varianceSmoothing = p.number("variance_smoothing", 0, 1);
        model = std::make_unique<NaiveBayes>(o);
    } else {
        NeuralNetwork::Options o;
        o.hiddenUnits = p.integer("hidden_units", 1, 4096);
        o.learningRate = p.number("learning_rate", 1e-7, 1);
        o.batchSize = p.integer("batch_size", 1, 1 << 20);
        o.maxEpochs = p.integer("max_epochs", 1, 100000);
        o.alpha = p.number("alpha", 0, 1e3);
        o.seed = seed;
        model = std::make_unique<NeuralNetwork>(o);
    }
    if (!p.error().isEmpty())
        return Error {Error::Kind::InvalidArgument, p.error()};
    return model;
}

} // namespace churnlab

#include "core/automl/AutoMlSpec.h"

#include "core/automl/SearchSpace.h"

#include <QJsonArray>

namespace churnlab {

QString AutoMlSpec::metricId(Metric m)
{
    switch (m) {
    case Metric::Auc:
        return QStringLiteral("auc");
    case Metric::PrAuc:
        return QStringLiteral("pr_auc");
    case Metric::LogLoss:
        return QStringLiteral("logloss");
    case Metric::Cost:
        break;
    }
    return QStringLiteral("cost");
}

QString AutoMlSpec::metricTitle(Metric m)
{
    switch (m) {
    case Metric::Auc:
        return tr("ROC AUC");
    case Metric::PrAuc:
        return tr("PR AUC");
    case Metric::LogLoss:
        return tr("Log loss");
    case Metric::Cost:
        break;
    }
    return tr("Expected cost");
}

std::optional<AutoMlSpec::Metric> AutoMlSpec::metricFromId(const QString &id)
{
    for (const Metric m : {Metric::Auc, Metric::PrAuc, Metric::LogLoss, Metric::Cost})
        if (metricId(m) == id)
            return m;
    return std::nullopt;
}

Result<bool> AutoMlSpec::validate() const
{
    if (!(budgetSeconds >= 1 && budgetSeconds <= 86400))
        return Error {Error::Kind::InvalidArgument,
                      tr("The time budget must lie between 1 second and a day.")};
    if (maxTrials < 0)
        return Error {Error::Kind::InvalidArgument, tr("The number of trials cannot be negative.")};
    for (const QString &l : learners)
        if (!SearchSpace::learners().contains(l))
            return Error {Error::Kind::InvalidArgument,
                          tr("AutoML has no search space for “%1”; it searches %2.")
                              .arg(l, SearchSpace::learners().join(QStringLiteral(", ")))};
    return true;
}

QJsonObject AutoMlSpec::toJson() const
{
    return {{QStringLiteral("budget_seconds"), budgetSeconds},
            {QStringLiteral("metric"), metricId(metric)},
            {QStringLiteral("seed"), QString::number(seed)},
            {QStringLiteral("max_trials"), maxTrials},
            {QStringLiteral("ensemble"), ensemble},
            {QStringLiteral("learners"),
             QJsonArray::fromStringList(learners.isEmpty() ? SearchSpace::learners() : learners)}};
}

} // namespace churnlab

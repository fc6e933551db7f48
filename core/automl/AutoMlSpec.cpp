#include "core/automl/AutoMlSpec.h"

#include "core/EnumNames.h"
#include "core/automl/SearchSpace.h"

#include <QJsonArray>

namespace churnlab {

namespace {

const EnumNames<AutoMlSpec::Metric> &metricNames()
{
    using M = AutoMlSpec::Metric;
    static const EnumNames<M> names {
        {M::Auc, "auc"}, {M::PrAuc, "pr_auc"}, {M::LogLoss, "logloss"}, {M::Cost, "cost"}};
    return names;
}

} // namespace

QString AutoMlSpec::metricId(Metric m)
{
    return metricNames().name(m);
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
    return metricNames().value(id);
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

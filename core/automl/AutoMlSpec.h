#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace churnlab {

// What an AutoML search is asked to do: how long it may take, what it maximises, which
// learners it may use, and whether it may try an ensemble of its best few.
struct AutoMlSpec
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::AutoMlSpec)

public:
    enum class Metric { Auc, PrAuc, LogLoss, Cost };

    double budgetSeconds = 120;
    Metric metric = Metric::Auc;
    quint64 seed = 42;
    int maxTrials = 0; // 0: as many as the budget allows
    bool ensemble = true;
    QStringList learners; // empty: every learner with a search space

    static QString metricId(Metric m); // "auc", "pr_auc", "logloss", "cost"
    static QString metricTitle(Metric m);
    static std::optional<Metric> metricFromId(const QString &id);
    // Whether larger values of the metric are better.
    static bool higherIsBetter(Metric m) { return m == Metric::Auc || m == Metric::PrAuc; }

    // A budget below one second or above a day, a negative trial count and unknown learners
    // are errors that say which.
    [[nodiscard]] Result<bool> validate() const;
    QJsonObject toJson() const;
};

} // namespace churnlab

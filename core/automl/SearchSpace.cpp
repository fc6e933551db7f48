#include "core/automl/SearchSpace.h"

#include <cmath>

namespace churnlab {

QStringList SearchSpace::learners()
{
    return {QStringLiteral("lr"),  QStringLiteral("tree"), QStringLiteral("rf"),
            QStringLiteral("gbt"), QStringLiteral("nb"),   QStringLiteral("mlp")};
}

QList<SearchSpace::Range> SearchSpace::ranges(const QString &learner)
{
    using R = Range;
    if (learner == QLatin1String("lr"))
        return {R {QStringLiteral("c"), 1e-3, 1e2, false, true, {}},
                R {QStringLiteral("penalty"),
                   0,
                   0,
                   false,
                   false,
                   {QStringLiteral("l2"), QStringLiteral("l1")}}};
    if (learner == QLatin1String("tree"))
        return {R {QStringLiteral("max_depth"), 3, 16, true, false, {}},
                R {QStringLiteral("min_samples_leaf"), 2, 200, true, true, {}}};
    if (learner == QLatin1String("rf"))
        return {R {QStringLiteral("min_samples_leaf"), 1, 50, true, true, {}},
                R {QStringLiteral("max_depth"), 8, 24, true, false, {}},
                R {QStringLiteral("sample_fraction"), 0.3, 1.0, false, false, {}}};
    if (learner == QLatin1String("gbt"))
        return {R {QStringLiteral("learning_rate"), 0.02, 0.3, false, true, {}},
                R {QStringLiteral("max_leaves"), 4, 128, true, true, {}},
                R {QStringLiteral("min_samples_leaf"), 5, 300, true, true, {}},
                R {QStringLiteral("lambda"), 1e-3, 30, false, true, {}},
                R {QStringLiteral("row_subsample"), 0.5, 1.0, false, false, {}},
                R {QStringLiteral("feature_subsample"), 0.4, 1.0, false, false, {}}};
    if (learner == QLatin1String("nb"))
        return {R {QStringLiteral("alpha"), 1e-2, 10, false, true, {}},
                R {QStringLiteral("variance_smoothing"), 1e-11, 1e-3, false, true, {}}};
    if (learner == QLatin1String("mlp"))
        return {R {QStringLiteral("hidden_units"), 8, 256, true, true, {}},
                R {QStringLiteral("learning_rate"), 1e-4, 1e-2, false, true, {}},
                R {QStringLiteral("alpha"), 1e-6, 1e-1, false, true, {}},
                R {QStringLiteral("batch_size"),
                   0,
                   0,
                   false,
                   false,
                   {QStringLiteral("64"), QStringLiteral("256"), QStringLiteral("1024")}}};
    return {};
}

QJsonObject SearchSpace::fixed(const QString &learner)
{
    if (learner == QLatin1String("gbt"))
        return {{QStringLiteral("max_iterations"), 2000}, {QStringLiteral("patience"), 30}};
    return {};
}

QJsonObject SearchSpace::sample(const QString &learner, std::mt19937_64 &random)
{
    QJsonObject out = fixed(learner);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    for (const Range &r : ranges(learner)) {
        const double u = unit(random);
        if (!r.choices.isEmpty()) {
            const QString pick = r.choices[std::min<qsizetype>(
                qsizetype(u * double(r.choices.size())), r.choices.size() - 1)];
            bool number = false;
            const int n = pick.toInt(&number);
            out.insert(r.name, number ? QJsonValue(n) : QJsonValue(pick));
            continue;
        }
        double v = r.logScale ? std::exp(std::log(r.low) + u * (std::log(r.high) - std::log(r.low)))
                              : r.low + u * (r.high - r.low);
        if (r.integer)
            out.insert(r.name, int(std::lround(v)));
        else
            out.insert(r.name, v);
    }
    return out;
}

} // namespace churnlab

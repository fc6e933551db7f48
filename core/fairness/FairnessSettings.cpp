#include "core/fairness/FairnessSettings.h"

#include "core/JsonFields.h"

#include <QJsonArray>

#include <cmath>

namespace churnlab {

QJsonObject FairnessSettings::toJson() const
{
    QJsonArray edgeList;
    for (double e : edges)
        edgeList.append(e);
    QJsonObject thresholds;
    for (auto it = groupThresholds.cbegin(); it != groupThresholds.cend(); ++it)
        thresholds.insert(it.key(), it.value());
    return {{QStringLiteral("column"), column},
            {QStringLiteral("bins"), bins},
            {QStringLiteral("edges"), edgeList},
            {QStringLiteral("group_thresholds"), thresholds}};
}

Result<FairnessSettings> FairnessSettings::fromJson(const QJsonObject &json)
{
    JsonFields f(json, tr("fairness settings"));
    FairnessSettings s;
    s.column = f.text("column");
    s.bins = f.integer("bins", 2, 20);
    const QJsonArray edges = f.array("edges");
    const QJsonObject thresholds = f.object("group_thresholds");
    if (!f.ok())
        return f.error();
    for (const QJsonValue &e : edges) {
        const double v = e.toDouble(NAN);
        if (!e.isDouble() || !std::isfinite(v) || (!s.edges.empty() && v <= s.edges.back())) {
            f.fail(QStringLiteral("edges"), tr("must be ascending numbers"));
            return f.error();
        }
        s.edges.push_back(v);
    }
    for (auto it = thresholds.constBegin(); it != thresholds.constEnd(); ++it) {
        const double t = it.value().toDouble(NAN);
        if (!it.value().isDouble() || !(t >= 0 && t <= 1)) {
            f.fail(QStringLiteral("group_thresholds"),
                   tr("gives “%1” a threshold outside 0 to 1").arg(it.key()));
            return f.error();
        }
        s.groupThresholds.insert(it.key(), t);
    }
    return s;
}

} // namespace churnlab

#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QString>

#include <vector>

namespace churnlab {

// What the analyst chose on the Fairness tab, kept with the analysis: the sensitive column
// compared, how its numbers are binned (quantiles, or edges typed in), and the groups given a
// threshold of their own. Saved in the project, so a reopened analysis judges the same groups
// at the same thresholds.
struct FairnessSettings
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::FairnessSettings)

public:
    QString column; // empty: the first sensitive column
    int bins = 4;
    std::vector<double> edges; // ascending; empty: equal-frequency bins
    QHash<QString, double> groupThresholds;

    bool operator==(const FairnessSettings &) const = default;

    // {"column", "bins", "edges": [...], "group_thresholds": {"group": t}}
    QJsonObject toJson() const;
    // Refuses a bin count outside 2..20, edges that are not finite or not ascending, and a
    // threshold outside [0, 1], naming the field.
    static Result<FairnessSettings> fromJson(const QJsonObject &json);
};

} // namespace churnlab

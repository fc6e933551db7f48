#pragma once

#include "core/Progress.h"
#include "core/train/BinaryTarget.h"

#include <QJsonObject>
#include <QList>

namespace churnlab {

// How strongly one column alone tells churners from stayers, on a scale shared by every
// column type: the ROC AUC of the column used as a score, folded to ≥ 0.5 (0.5 = no signal,
// 1 = perfect). Numbers, dates and datetimes score by value (rows with a missing value are
// left out); categories and booleans score by their level's churn rate (missing is a level),
// and also get Cramér's V (no continuity correction, as scipy's association()).
struct Association
{
    QString column;
    QString measure; // "auc_value" or "auc_level_rate"
    double auc = 0; // folded
    double cramersV = qQNaN();
    qint64 rows = 0; // rows used

    QJsonObject toJson() const;

    // All columns except the target and text (IDs, free text), strongest first.
    static QList<Association> rank(const Dataset &dataset, const BinaryTarget &target,
                                   Progress &progress = Progress::none());
    static Association compute(const Column &column, const BinaryTarget &target);
};

} // namespace churnlab

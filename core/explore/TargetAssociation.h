#pragma once

#include "core/Progress.h"
#include "core/data/BinaryTarget.h"

#include <QJsonObject>
#include <QList>

namespace churnlab {

// How strongly one column alone tells churners from stayers, on a scale shared by every
// column type: the ROC AUC of the column used as a score (0.5 = no signal, 1 = perfect).
// Numbers, dates and datetimes score by value, folded to ≥ 0.5 (rows with a missing value are
// left out): one direction is all a value can learn, so it cannot memorise. Categories and
// booleans score by their level's churn rate (missing is a level) cross-fitted over
// kFolds folds: each row gets the rate of its level on the other folds, shrunk towards the
// overall rate, so a column of many small levels cannot win by remembering each level's few
// rows (a level's own rows would make it look perfect). They also get the in-sample AUC and
// Cramér's V (no continuity correction, as scipy's association()).
struct Association
{
    QString column;
    QString measure; // "auc_value" or "auc_level_rate"
    double auc = 0; // value: folded; level rate: out of fold, at least 0.5
    double inSampleAuc = qQNaN(); // level rate on the rows it was counted on
    double cramersV = qQNaN();
    qint64 rows = 0; // rows used
    qint64 levels = 0; // categories and booleans: the levels that occur (missing is one)

    double rowsPerLevel() const { return levels > 0 ? double(rows) / double(levels) : 0.0; }
    static constexpr int kFolds = 5;

    QJsonObject toJson() const;

    // All columns except the target and text (IDs, free text), strongest first.
    static QList<Association> rank(const Dataset &dataset, const BinaryTarget &target,
                                   Progress &progress = Progress::none());
    static Association compute(const Column &column, const BinaryTarget &target);
};

} // namespace churnlab

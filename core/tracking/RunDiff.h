#pragma once

#include "core/tracking/RunRecord.h"

namespace churnlab {

// Two runs side by side, field by field: every setting and metric flattened to a dotted key
// ("params.max_leaves", "metrics.auc", "spec.validation.folds"), with each run's value as text;
// the Runs tab and `churnlab-cli runs diff` show the same rows.
struct RunDiff
{
    struct Row
    {
        QString key;
        QString a, b;
        bool differs = false;
    };

    static QList<Row> compare(const RunRecord &a, const RunRecord &b, bool differencesOnly = true);
    static QJsonObject toJson(const QList<Row> &rows, qint64 a, qint64 b);
};

} // namespace churnlab

#pragma once

#include "core/data/ColumnProfile.h"

#include <QString>
#include <QWidget>

#include <vector>

// What the UI tests share: the distinct counts a panel takes with a dataset, and the
// screenshots saved for docs/ when CHURNLAB_SCREENSHOTS names a folder.
inline std::vector<qint64> distinctCounts(const churnlab::Dataset &d)
{
    std::vector<qint64> distinct;
    for (const churnlab::ColumnProfile &p : churnlab::ColumnProfile::computeAll(d))
        distinct.push_back(p.distinct);
    return distinct;
}

inline void screenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("CHURNLAB_SCREENSHOTS");
    if (!dir.isEmpty())
        w->grab().save(dir + QLatin1Char('/') + name);
}

#pragma once

#include "core/data/Dataset.h"
#include "core/explore/DataQuality.h"

#include <QCoreApplication>
#include <QStringList>

#include <vector>

namespace churnlab {

// Columns that stand in for a sensitive one: leaving gender out of the features does little
// if a feature predicts gender. The strength is Cramér's V between the two columns' groups
// (numbers in quintiles, categories by level; see SensitiveGroups): 0 means unrelated, 1 means
// one determines the other.
struct ProxyCheck
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::ProxyCheck)

public:
    struct Proxy
    {
        QString column;
        double cramersV = 0;
    };

    static constexpr double kStrong = 0.5; // a warning
    static constexpr double kModerate = 0.3; // a note

    // Every candidate column against the sensitive one, strongest first; candidates that
    // cannot be grouped (free text, dates) are left out.
    static std::vector<Proxy> measure(const Dataset &dataset, const std::vector<quint32> &rows,
                                      const QString &sensitive, const QStringList &candidates);
    static double cramersV(const std::vector<int> &a, int levelsA, const std::vector<int> &b,
                           int levelsB);
    // Every other column (but the target and free text) of every row against each sensitive
    // column: the quality checks' findings when columns are marked sensitive.
    static QList<QualityFinding> assess(const Dataset &dataset, const QStringList &sensitive,
                                        const QString &target = {});
    // Quality findings ("sensitive_proxy") for the moderate and strong proxies.
    static QList<QualityFinding> findings(const QString &sensitive,
                                          const std::vector<Proxy> &proxies);
};

} // namespace churnlab

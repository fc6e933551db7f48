#pragma once

#include "core/data/Dataset.h"

namespace churnlab {

// A built-in, seeded churn dataset so that the app has something real to show on first
// start: telco-like customers with missing values, about a quarter churning, and effects
// that are non-linear and interacting (as real churn is), so that model choice matters.
class SampleData
{
public:
    static constexpr qsizetype defaultRows = 5000;
    static constexpr quint64 defaultSeed = 42;

    static Dataset generate(qsizetype rows = defaultRows, quint64 seed = defaultSeed);
    static QString targetColumn() { return QStringLiteral("churn"); }
    static QString positiveClass() { return QStringLiteral("Yes"); }
};

} // namespace churnlab

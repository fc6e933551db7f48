#pragma once

#include "core/Result.h"
#include "core/data/Column.h"
#include <QCoreApplication>

#include <QStringList>

#include <vector>

namespace churnlab {

// The groups a sensitive column splits customers into: its levels for categories and booleans,
// its values for numbers with few of them (a 0/1 flag), and otherwise equal-frequency bins
// (quartiles by default) or bins at edges the analyst gives (an age band: 30, 45, 60). A
// missing value is a group of its own, "(missing)".
struct SensitiveGroups
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::SensitiveGroups)

public:
    QString column;
    QStringList names;
    std::vector<int> index; // per row asked for, into names

    static constexpr int kMaxDistinctNumbers = 10;
    static constexpr int kMaxLevels = 50;

    // Rows of column; edges, when given, must increase. More than kMaxLevels categories is
    // an error (an ID or free text is not a group).
    [[nodiscard]] static Result<SensitiveGroups> of(const Column &column,
                                                    const std::vector<quint32> &rows, int bins = 4,
                                                    const std::vector<double> &edges = {});
};

} // namespace churnlab

#include "core/fairness/SensitiveGroups.h"

#include <QHash>

#include <algorithm>
#include <map>

namespace churnlab {

namespace {

QString numberText(double v)
{
    return QString::number(v, 'g', 6);
}

} // namespace

Result<SensitiveGroups> SensitiveGroups::of(const Column &column, const std::vector<quint32> &rows,
                                            int bins, const std::vector<double> &edgesGiven)
{
    SensitiveGroups g;
    g.column = column.name();
    g.index.resize(rows.size(), -1);
    const QString missing = tr("(missing)");
    int missingGroup = -1;
    auto missingIndex = [&]() {
        if (missingGroup < 0) {
            missingGroup = int(g.names.size());
            g.names << missing;
        }
        return missingGroup;
    };
    if (!isNumericType(column.type())) {
        if (column.type() == ColumnType::Date || column.type() == ColumnType::DateTime)
            return Error {Error::Kind::InvalidArgument,
                          tr("Column “%1” holds dates; make a band of them (a year, an age) to "
                             "analyse it.")
                              .arg(g.column)};
        // Levels in order of first appearance would depend on the rows; sorted is stable.
        std::map<QString, int> levels;
        for (const quint32 r : rows)
            if (!column.isMissing(r))
                levels.emplace(column.text(r), 0);
        if (levels.size() > size_t(kMaxLevels))
            return Error {Error::Kind::InvalidArgument,
                          tr("Column “%1” has %2 distinct values; a sensitive column needs at "
                             "most %3 groups.")
                              .arg(g.column)
                              .arg(levels.size())
                              .arg(kMaxLevels)};
        for (auto &[name, at] : levels) {
            at = int(g.names.size());
            g.names << name;
        }
        for (size_t i = 0; i < rows.size(); ++i)
            g.index[i] =
                column.isMissing(rows[i]) ? missingIndex() : levels.at(column.text(rows[i]));
        return g;
    }
    std::vector<double> values;
    for (const quint32 r : rows)
        if (!column.isMissing(r))
            values.push_back(column.number(r));
    std::sort(values.begin(), values.end());
    std::vector<double> distinct = values;
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    std::vector<double> edges = edgesGiven;
    if (!std::is_sorted(edges.begin(), edges.end())
        || std::adjacent_find(edges.begin(), edges.end()) != edges.end())
        return Error {Error::Kind::InvalidArgument, tr("Bin edges must increase.")};
    if (edges.empty() && distinct.size() <= size_t(kMaxDistinctNumbers)) {
        for (const double v : distinct)
            g.names << numberText(v);
        for (size_t i = 0; i < rows.size(); ++i)
            g.index[i] = column.isMissing(rows[i])
                ? missingIndex()
                : int(std::lower_bound(distinct.begin(), distinct.end(), column.number(rows[i]))
                      - distinct.begin());
        return g;
    }
    if (edges.empty()) {
        // Equal-frequency cut points, each a value of the column; ties merge bins.
        for (int b = 1; b < std::max(bins, 2); ++b) {
            const double q = values[size_t(double(values.size() - 1) * b / std::max(bins, 2))];
            if (q > values.front() && (edges.empty() || q > edges.back()))
                edges.push_back(q);
        }
    }
    // Bins [−∞, e0), [e0, e1), …, [e_last, ∞).
    for (size_t b = 0; b <= edges.size(); ++b) {
        if (b == 0)
            g.names << QStringLiteral("< %1").arg(numberText(edges[0]));
        else if (b == edges.size())
            g.names << QStringLiteral("≥ %1").arg(numberText(edges[b - 1]));
        else
            g.names << QStringLiteral("%1 – %2").arg(numberText(edges[b - 1]),
                                                     numberText(edges[b]));
    }
    for (size_t i = 0; i < rows.size(); ++i)
        g.index[i] = column.isMissing(rows[i])
            ? missingIndex()
            : int(std::upper_bound(edges.begin(), edges.end(), column.number(rows[i]))
                  - edges.begin());
    return g;
}

} // namespace churnlab

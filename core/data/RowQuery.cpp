#include "core/data/RowQuery.h"

#include <algorithm>
#include <numeric>

namespace churnlab::RowQuery {

std::vector<quint32> allRows(qsizetype count)
{
    std::vector<quint32> rows(static_cast<size_t>(count));
    std::iota(rows.begin(), rows.end(), 0u);
    return rows;
}

std::vector<quint32> sorted(const Column &column, std::vector<quint32> rows, bool ascending)
{
    // Missing rows go last in both directions, so partition them off first.
    auto firstMissing = std::stable_partition(rows.begin(), rows.end(),
                                              [&](quint32 r) { return !column.isMissing(r); });
    if (isCodedType(column.type())) {
        const StringPool &levels = column.levels();
        std::vector<quint32> byText(levels.size());
        std::iota(byText.begin(), byText.end(), 0u);
        std::sort(byText.begin(), byText.end(),
                  [&](quint32 a, quint32 b) { return levels.view(a) < levels.view(b); });
        std::vector<quint32> rank(levels.size());
        for (quint32 i = 0; i < byText.size(); ++i)
            rank[byText[i]] = i;
        std::stable_sort(rows.begin(), firstMissing, [&](quint32 a, quint32 b) {
            const quint32 ra = rank[column.code(a)], rb = rank[column.code(b)];
            return ascending ? ra < rb : rb < ra;
        });
    } else {
        std::stable_sort(rows.begin(), firstMissing, [&](quint32 a, quint32 b) {
            const double va = column.number(a), vb = column.number(b);
            return ascending ? va < vb : vb < va;
        });
    }
    return rows;
}

std::vector<quint32> filtered(const Dataset &dataset, const QString &needle, Progress &progress)
{
    const qsizetype n = dataset.rowCount();
    if (needle.isEmpty())
        return allRows(n);
    std::vector<bool> keep(static_cast<size_t>(n), false);
    for (int c = 0; c < dataset.columnCount(); ++c) {
        if (progress.isCancelled())
            return {};
        const Column &column = dataset.column(c);
        if (isCodedType(column.type())) {
            // Match each level once, then scan the codes.
            std::vector<bool> matches(column.levels().size());
            for (quint32 l = 0; l < column.levels().size(); ++l)
                matches[l] = column.levels().at(l).contains(needle, Qt::CaseInsensitive);
            for (qsizetype r = 0; r < n; ++r) {
                const quint32 code = column.code(r);
                if (code != Column::missingCode32 && matches[code])
                    keep[size_t(r)] = true;
            }
        } else {
            for (qsizetype r = 0; r < n; ++r) {
                if (!keep[size_t(r)] && !column.isMissing(r)
                    && column.text(r).contains(needle, Qt::CaseInsensitive))
                    keep[size_t(r)] = true;
            }
        }
        progress.report(double(c + 1) / dataset.columnCount());
    }
    std::vector<quint32> rows;
    for (qsizetype r = 0; r < n; ++r) {
        if (keep[size_t(r)])
            rows.push_back(quint32(r));
    }
    return rows;
}

} // namespace churnlab::RowQuery

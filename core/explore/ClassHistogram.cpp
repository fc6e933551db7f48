#include "core/explore/ClassHistogram.h"

#include "core/data/ColumnProfile.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace churnlab {

ClassHistogram ClassHistogram::compute(const Column &column, const BinaryTarget *target, int bins,
                                       int maxLevels)
{
    ClassHistogram h;
    h.column = column.name();
    h.hasTarget = target != nullptr;
    h.categorical = isCodedType(column.type());
    auto labelOf = [&](qsizetype r) -> qint8 { return target ? target->label(r) : qint8(0); };
    std::vector<qint64> slot(size_t(column.size()), -1);

    if (h.categorical) {
        const Column::FoldedLevels levels = column.foldedLevels();
        std::vector<qint64> counts(levels.representative.size(), 0);
        for (qsizetype r = 0; r < column.size(); ++r) {
            const quint32 code = column.code(r);
            if (code == Column::missingCode32) {
                ++h.missing;
                continue;
            }
            slot[size_t(r)] = levels.canonical[code];
            ++counts[levels.canonical[code]];
        }
        auto names = [&](qint64 k) { return column.levels().at(levels.representative[size_t(k)]); };
        std::vector<qint64> order(counts.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(),
                         [&](qint64 a, qint64 b) { return counts[a] > counts[b]; });
        const size_t shown = std::min(order.size(), size_t(maxLevels));
        std::vector<qint64> bar(counts.size(), qint64(shown)); // rest → "Other"
        for (size_t i = 0; i < shown; ++i) {
            bar[size_t(order[i])] = qint64(i);
            h.labels << names(order[i]);
        }
        if (shown < order.size())
            h.labels << ClassHistogram::tr("Other (%1 levels)").arg(order.size() - shown);
        for (auto &s : slot) {
            if (s >= 0)
                s = bar[size_t(s)];
        }
    } else {
        const ColumnProfile p = ColumnProfile::compute(column, bins, 0);
        h.missing = p.missing;
        for (const HistogramBin &b : p.histogram) {
            h.lower.push_back(b.lower);
            h.upper.push_back(b.upper);
            const bool unit = column.type() != ColumnType::Real && b.upper - b.lower == 1.0;
            h.labels << (unit || isTemporalType(column.type())
                             ? p.formatValue(b.lower)
                             : QLocale().toString(b.lower, 'g', 4));
        }
        const int n = int(h.lower.size());
        if (n > 0) {
            const double lo = h.lower.front(), width = h.upper.front() - h.lower.front();
            for (qsizetype r = 0; r < column.size(); ++r) {
                const double v = column.number(r);
                if (std::isfinite(v))
                    slot[size_t(r)] = std::clamp(int((v - lo) / width), 0, n - 1);
            }
        }
    }
    const size_t n = size_t(h.labels.size());
    h.negatives.assign(n, 0);
    h.positives.assign(n, 0);
    for (qsizetype r = 0; r < column.size(); ++r) {
        const qint64 s = slot[size_t(r)];
        const qint8 y = labelOf(r);
        if (s < 0 || y < 0)
            continue;
        (y ? h.positives : h.negatives)[size_t(s)]++;
    }
    h.rate.resize(n);
    for (size_t i = 0; i < n; ++i) {
        const qint64 total = h.positives[i] + h.negatives[i];
        h.rate[i] = total ? double(h.positives[i]) / double(total) : std::nan("");
    }
    return h;
}

} // namespace churnlab

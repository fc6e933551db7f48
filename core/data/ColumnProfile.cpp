#include "core/data/ColumnProfile.h"

#include "core/Parallel.h"

#include <QJsonArray>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <numeric>

namespace churnlab {

double sortedQuantile(const std::vector<double> &sorted, double q)
{
    if (sorted.empty())
        return qQNaN();
    const double pos = q * double(sorted.size() - 1);
    const size_t lo = size_t(std::floor(pos));
    const size_t hi = std::min(lo + 1, sorted.size() - 1);
    return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - double(lo));
}

namespace {

template<typename LevelName>
void fillCategories(ColumnProfile &p, const std::vector<qint64> &counts, LevelName levelName,
                    int top)
{
    std::vector<quint32> order(counts.size());
    std::iota(order.begin(), order.end(), 0u);
    const size_t shown = std::min(order.size(), size_t(std::max(top, 0)));
    std::partial_sort(order.begin(), order.begin() + qsizetype(shown), order.end(),
                      [&](quint32 a, quint32 b) {
                          return counts[a] > counts[b] || (counts[a] == counts[b] && a < b);
                      });
    for (size_t i = 0; i < shown && counts[order[i]] > 0; ++i)
        p.topCategories.append({levelName(order[i]), counts[order[i]]});
    p.distinct = std::count_if(counts.begin(), counts.end(), [](qint64 c) { return c > 0; });
}

} // namespace

ColumnProfile ColumnProfile::compute(const Column &column, int bins, int top)
{
    ColumnProfile p;
    p.name = column.name();
    p.type = column.type();
    p.count = column.size();
    p.missing = column.missingCount();

    if (isCodedType(column.type())) {
        std::vector<qint64> counts(column.levels().size(), 0);
        std::visit(
            [&](const auto &codes) {
                using T = typename std::decay_t<decltype(codes)>::value_type;
                for (T c : codes) {
                    if (c != std::numeric_limits<T>::max())
                        ++counts[c];
                }
            },
            column.codes());
        const Column::FoldedLevels levels = column.foldedLevels();
        if (levels.representative.size() != counts.size()) {
            std::vector<qint64> folded(levels.representative.size(), 0);
            for (quint32 l = 0; l < counts.size(); ++l)
                folded[levels.canonical[l]] += counts[l];
            counts = std::move(folded);
        }
        fillCategories(
            p, counts, [&](quint32 k) { return column.levels().at(levels.representative[k]); },
            top);
        if (column.type() != ColumnType::Boolean)
            return p;
    }

    std::vector<double> values;
    values.reserve(size_t(column.size() - column.missingCount()));
    for (qsizetype r = 0; r < column.size(); ++r) {
        if (!column.isMissing(r))
            values.push_back(column.number(r));
    }
    if (values.empty())
        return p;
    std::sort(values.begin(), values.end());
    if (!isCodedType(column.type())) {
        p.distinct = 1;
        for (size_t i = 1; i < values.size(); ++i)
            p.distinct += values[i] != values[i - 1];
    }
    p.min = values.front();
    p.max = values.back();
    p.q25 = sortedQuantile(values, 0.25);
    p.median = sortedQuantile(values, 0.5);
    p.q75 = sortedQuantile(values, 0.75);
    double sum = 0, n = 0;
    for (double v : values) {
        if (std::isfinite(v))
            sum += v, ++n;
    }
    if (n > 0) {
        p.mean = sum / n;
        double ss = 0;
        for (double v : values) {
            if (std::isfinite(v))
                ss += (v - p.mean) * (v - p.mean);
        }
        p.stddev = n > 1 ? std::sqrt(ss / (n - 1)) : 0.0;
    }

    // Equal-width bins over the finite range; integer-like columns with few values get one
    // bin per value so that bars do not straddle two integers.
    double lo = p.min, hi = p.max;
    if (!std::isfinite(lo) || !std::isfinite(hi)) {
        auto first =
            std::find_if(values.begin(), values.end(), [](double v) { return std::isfinite(v); });
        auto last =
            std::find_if(values.rbegin(), values.rend(), [](double v) { return std::isfinite(v); });
        if (first == values.end())
            return p;
        lo = *first, hi = *last;
    }
    int binCount = bins;
    const bool integral = column.type() != ColumnType::Real;
    if (integral && hi - lo + 1 <= bins)
        binCount = int(hi - lo + 1), hi = hi + 1;
    if (hi <= lo)
        binCount = 1, hi = lo + 1;
    const double width = (hi - lo) / binCount;
    for (int b = 0; b < binCount; ++b)
        p.histogram.append({lo + b * width, lo + (b + 1) * width, 0});
    for (double v : values) {
        if (!std::isfinite(v))
            continue;
        int b = int((v - lo) / width);
        p.histogram[std::clamp(b, 0, binCount - 1)].count++;
    }
    return p;
}

QList<ColumnProfile> ColumnProfile::computeAll(const Dataset &dataset, Progress &progress)
{
    // Own threads, not QThreadPool: callers often run inside the pool already, and a blocking
    // wait there for more pool work can deadlock a small pool.
    QList<ColumnProfile> out(dataset.columnCount());
    std::atomic<int> done = 0;
    parallelFor(dataset.columnCount(), QThread::idealThreadCount(), [&](int i, bool calling) {
        if (progress.isCancelled())
            return;
        out[i] = compute(dataset.column(i));
        ++done;
        if (calling)
            progress.report(double(done) / std::max(1, dataset.columnCount()));
    });
    return out;
}

QString ColumnProfile::formatValue(double v) const
{
    if (std::isnan(v))
        return {};
    if (type == ColumnType::Date)
        return formatDate(qint64(std::floor(v)));
    if (type == ColumnType::DateTime)
        return formatDateTime(qint64(v));
    return formatReal(v);
}

QJsonObject ColumnProfile::toJson() const
{
    auto num = [](double v) -> QJsonValue {
        return std::isfinite(v) ? QJsonValue(v) : QJsonValue();
    };
    QJsonObject o {{QStringLiteral("name"), name},
                   {QStringLiteral("type"), columnTypeName(type)},
                   {QStringLiteral("count"), count},
                   {QStringLiteral("missing"), missing},
                   {QStringLiteral("distinct"), distinct}};
    if (!std::isnan(min)) {
        const bool temporal = isTemporalType(type);
        auto val = [&](double v) -> QJsonValue {
            return temporal ? QJsonValue(formatValue(v)) : num(v);
        };
        o.insert(QStringLiteral("min"), val(min));
        o.insert(QStringLiteral("max"), val(max));
        o.insert(QStringLiteral("mean"), val(mean));
        o.insert(QStringLiteral("std"), temporal ? QJsonValue(stddev) : num(stddev));
        o.insert(QStringLiteral("q25"), val(q25));
        o.insert(QStringLiteral("median"), val(median));
        o.insert(QStringLiteral("q75"), val(q75));
    }
    if (!topCategories.isEmpty()) {
        QJsonArray top;
        for (const auto &c : topCategories)
            top.append(QJsonObject {{QStringLiteral("value"), c.value},
                                    {QStringLiteral("count"), c.count}});
        o.insert(QStringLiteral("top"), top);
    }
    if (!histogram.isEmpty()) {
        QJsonArray h;
        for (const auto &b : histogram)
            h.append(QJsonObject {{QStringLiteral("lower"), b.lower},
                                  {QStringLiteral("upper"), b.upper},
                                  {QStringLiteral("count"), b.count}});
        o.insert(QStringLiteral("histogram"), h);
    }
    return o;
}

} // namespace churnlab

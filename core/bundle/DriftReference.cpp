#include "core/bundle/DriftReference.h"

#include "core/JsonFields.h"
#include "core/data/ColumnProfile.h"
#include "core/scoring/InputSchema.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace churnlab {

namespace {

DriftReference::Numeric numericReference(const Column &c, const std::vector<quint32> &rows)
{
    DriftReference::Numeric n;
    n.column = c.name();
    std::vector<double> values;
    values.reserve(rows.size());
    for (quint32 r : rows) {
        const double v = c.number(r);
        if (!std::isnan(v))
            values.push_back(v);
    }
    n.missingRate = rows.empty() ? 0 : 1 - double(values.size()) / double(rows.size());
    if (values.empty())
        return n;
    std::sort(values.begin(), values.end());
    for (int b = 1; b < DriftReference::kBins; ++b) {
        const double edge = sortedQuantile(values, double(b) / DriftReference::kBins);
        if (n.edges.empty() || edge > n.edges.back())
            n.edges.push_back(edge);
    }
    n.shares.assign(n.edges.size() + 1, 0.0);
    double sum = 0, sumSq = 0;
    for (const double v : values) {
        ++n.shares[size_t(std::lower_bound(n.edges.begin(), n.edges.end(), v) - n.edges.begin())];
        sum += v;
        sumSq += v * v;
    }
    for (double &s : n.shares)
        s /= double(values.size());
    n.mean = sum / double(values.size());
    n.std = std::sqrt(std::max(0.0, sumSq / double(values.size()) - n.mean * n.mean));
    // Evenly spaced order statistics of the sorted values: a sample that keeps the
    // distribution's shape exactly at its quantiles, and the same for the same rows every time.
    n.min = values.front();
    n.max = values.back();
    const size_t k = std::min<size_t>(values.size(), DriftReference::kSampleSize);
    n.sample.reserve(k);
    for (size_t i = 0; i < k; ++i)
        n.sample.push_back(values[size_t((double(i) + 0.5) * double(values.size()) / double(k))]);
    return n;
}

DriftReference::Categorical categoricalReference(const Column &c, const std::vector<quint32> &rows)
{
    DriftReference::Categorical cat;
    cat.column = c.name();
    QHash<QString, qint64> counts;
    qint64 missing = 0, present = 0;
    std::vector<qint64> byCode(c.levels().size(), 0);
    for (quint32 r : rows) {
        const quint32 code = c.code(r);
        code == Column::missingCode32 ? void(++missing) : void(++byCode[code]);
    }
    for (quint32 l = 0; l < byCode.size(); ++l)
        if (byCode[l] > 0) {
            counts[c.levels().at(l)] += byCode[l];
            present += byCode[l];
        }
    QStringList levels = counts.keys();
    std::sort(levels.begin(), levels.end(), [&](const QString &a, const QString &b) {
        return counts[a] != counts[b] ? counts[a] > counts[b] : a < b;
    });
    double other = 1;
    for (qsizetype i = 0; i < levels.size() && i < DriftReference::kMaxLevels; ++i) {
        cat.levels << levels[i];
        cat.shares.push_back(present ? double(counts[levels[i]]) / double(present) : 0);
        other -= cat.shares.back();
    }
    cat.shares.push_back(present ? std::max(0.0, other) : 0);
    cat.missingRate = rows.empty() ? 0 : double(missing) / double(rows.size());
    return cat;
}

} // namespace

DriftReference DriftReference::compute(const Dataset &d, const std::vector<quint32> &rows,
                                       const InputSchema &schema, const std::vector<double> &scores,
                                       const QHash<QString, double> &importance)
{
    DriftReference ref;
    ref.rows = qint64(rows.size());
    for (const InputSchema::Column &s : schema.columns()) {
        if (!s.required)
            continue; // the ID column: every value new by design
        const int index = d.indexOf(s.name);
        if (index < 0)
            continue;
        const Column &c = d.column(index);
        if (isCodedType(c.type()) && c.type() != ColumnType::Boolean) {
            ref.categorical.push_back(categoricalReference(c, rows));
            ref.categorical.back().importance = importance.value(s.name);
        } else {
            ref.numeric.push_back(numericReference(c, rows));
            ref.numeric.back().importance = importance.value(s.name);
        }
    }
    ref.scoreShares.assign(kScoreBins, 0.0);
    for (const double p : scores)
        ++ref.scoreShares[size_t(std::clamp(int(p * kScoreBins), 0, kScoreBins - 1))];
    for (double &s : ref.scoreShares)
        s /= std::max<double>(1, double(scores.size()));
    return ref;
}

QJsonObject DriftReference::toJson() const
{
    QJsonArray numbers, categories;
    for (const Numeric &n : numeric)
        numbers.append(QJsonObject {{QStringLiteral("column"), n.column},
                                    {QStringLiteral("edges"), toJsonArray(n.edges)},
                                    {QStringLiteral("shares"), toJsonArray(n.shares)},
                                    {QStringLiteral("missing_rate"), n.missingRate},
                                    {QStringLiteral("mean"), n.mean},
                                    {QStringLiteral("std"), n.std},
                                    {QStringLiteral("sample"), toJsonArray(n.sample)},
                                    {QStringLiteral("min"), n.min},
                                    {QStringLiteral("max"), n.max},
                                    {QStringLiteral("importance"), n.importance}});
    for (const Categorical &c : categorical)
        categories.append(
            QJsonObject {{QStringLiteral("column"), c.column},
                         {QStringLiteral("levels"), QJsonArray::fromStringList(c.levels)},
                         {QStringLiteral("shares"), toJsonArray(c.shares)},
                         {QStringLiteral("missing_rate"), c.missingRate},
                         {QStringLiteral("importance"), c.importance}});
    return {{QStringLiteral("format"), QStringLiteral("churnlab-drift-reference")},
            {QStringLiteral("version"), kFormatVersion},
            {QStringLiteral("rows"), rows},
            {QStringLiteral("numeric"), numbers},
            {QStringLiteral("categorical"), categories},
            {QStringLiteral("score_bins"), kScoreBins},
            {QStringLiteral("score_shares"), toJsonArray(scoreShares)}};
}

Result<DriftReference> DriftReference::fromJson(const QJsonObject &json)
{
    JsonFields f(json, DriftReference::tr("drift reference"));
    if (!f.header("churnlab-drift-reference", kFormatVersion))
        return f.error();
    DriftReference ref;
    ref.rows = f.integer("rows", 0, std::numeric_limits<int>::max());
    const QJsonArray numbers = f.array("numeric"), categories = f.array("categorical");
    for (qsizetype i = 0; i < numbers.size() && f.ok(); ++i) {
        JsonFields e = f.nested(numbers[i].toObject(), QStringLiteral("numeric[%1]").arg(i));
        Numeric n;
        n.column = e.text("column");
        n.edges = e.numbers("edges");
        n.shares = e.numbers("shares", qsizetype(n.edges.size()) + 1);
        n.missingRate = e.number("missing_rate", 0, 1);
        n.mean = e.number("mean");
        n.std = e.number("std");
        if (e.has("sample")) {
            n.sample = e.numbers("sample");
            if (e.ok() && !std::is_sorted(n.sample.begin(), n.sample.end()))
                e.fail(QStringLiteral("sample"), QStringLiteral("must be sorted"));
        }
        if (e.has("min")) {
            n.min = e.number("min");
            n.max = e.number("max");
        } else { // version 1 did not record the range: nothing is out of it
            n.min = -std::numeric_limits<double>::infinity();
            n.max = std::numeric_limits<double>::infinity();
        }
        if (e.has("importance"))
            n.importance = e.number("importance");
        ref.numeric.push_back(std::move(n));
    }
    for (qsizetype i = 0; i < categories.size() && f.ok(); ++i) {
        JsonFields e = f.nested(categories[i].toObject(), QStringLiteral("categorical[%1]").arg(i));
        Categorical c;
        c.column = e.text("column");
        c.levels = e.texts("levels");
        c.shares = e.numbers("shares", c.levels.size() + 1);
        c.missingRate = e.number("missing_rate", 0, 1);
        if (e.has("importance"))
            c.importance = e.number("importance");
        ref.categorical.push_back(std::move(c));
    }
    ref.scoreShares = f.numbers("score_shares", kScoreBins);
    if (!f.ok())
        return f.error();
    return ref;
}

} // namespace churnlab

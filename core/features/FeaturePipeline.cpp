#include "core/features/FeaturePipeline.h"

#include "core/JsonFields.h"
#include "core/data/ColumnProfile.h"

#include <QCoreApplication>

#include <QHash>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace churnlab {

namespace {

using Config = FeatureConfig;

// Signed log1p: keeps zero at zero and the order of negative values.
double signedLog(double v)
{
    return v >= 0 ? std::log1p(v) : -std::log1p(-v);
}

// Additive smoothing towards the overall rate: a level seen a few times says little.
constexpr double kTargetSmoothing = 10;
constexpr int kCrossFitFolds = 5;

} // namespace

double FeaturePipeline::Numeric::prepared(double v) const
{
    if (!std::isfinite(v))
        v = median;
    if (log)
        v = signedLog(v);
    if (!binEdges.empty())
        v = double(std::lower_bound(binEdges.begin(), binEdges.end(), v) - binEdges.begin());
    return v;
}

namespace {

// The overall positive rate of the labelled fitting rows: where target encoding smooths to.
double priorOf(const std::vector<qint8> *labels, const std::vector<quint32> &rows)
{
    if (!labels)
        return 0;
    qint64 n = 0, pos = 0;
    for (quint32 r : rows)
        if ((*labels)[r] >= 0) {
            ++n;
            pos += (*labels)[r];
        }
    return n ? double(pos) / double(n) : 0;
}

// The fill value for a column's missing cells, from its sorted finite training values.
double fillValue(const std::vector<double> &values, const Config::Transform &t)
{
    switch (t.impute) {
    case Config::Impute::Median:
        return sortedQuantile(values, 0.5);
    case Config::Impute::Mean:
        return std::accumulate(values.begin(), values.end(), 0.0) / double(values.size());
    case Config::Impute::MostFrequent: {
        // The longest run in the sorted values; the smallest such value on ties.
        size_t best = 0, bestLength = 0;
        for (size_t i = 0, j; i < values.size(); i = j) {
            for (j = i; j < values.size() && values[j] == values[i]; ++j) { }
            if (j - i > bestLength) {
                bestLength = j - i;
                best = i;
            }
        }
        return values[best];
    }
    case Config::Impute::Constant:
        return t.constant;
    }
    return 0;
}

// Integers unique on (nearly) every row are row numbers or customer IDs.
bool looksLikeId(const Column &col, const std::vector<double> &sortedValues, size_t rows)
{
    if (col.type() != ColumnType::Integer || sortedValues.size() < 20)
        return false;
    std::vector<double> distinct = sortedValues;
    const auto count = std::unique(distinct.begin(), distinct.end()) - distinct.begin();
    return double(count) >= 0.9 * double(rows);
}

} // namespace

FeaturePipeline FeaturePipeline::fit(const Dataset &d, const std::vector<quint32> &rows, int target,
                                     Options options)
{
    FeaturePipeline f;
    f.m_fitRows = rows;
    const double prior = priorOf(options.labels, rows);
    for (int c = 0; c < d.columnCount(); ++c) {
        if (c == target)
            continue;
        const Column &col = d.column(c);
        const Config::Transform t = options.config.transform(col.name());
        const bool skipped = col.type() == ColumnType::Text || t.role == Config::Role::Ignore
            || t.role == Config::Role::Id || t.role == Config::Role::Sensitive
            || t.role == Config::Role::Leakage;
        const bool fitted = !skipped
            && (isCodedType(col.type()) && col.type() != ColumnType::Boolean
                    ? f.fitCategorical(col, rows, t, options, prior)
                    : f.fitNumeric(col, rows, t, options));
        if (!fitted)
            f.m_ignored << col.name();
    }
    f.m_crossFitted.resize(f.m_categorical.size());
    f.rebuildNames();
    return f;
}

bool FeaturePipeline::fitCategorical(const Column &col, const std::vector<quint32> &rows,
                                     const FeatureConfig::Transform &t, const Options &options,
                                     double prior)
{
    const bool chosen = t.role == Config::Role::Feature;
    std::vector<qint64> counts(col.levels().size(), 0);
    qint64 missing = 0;
    for (quint32 r : rows) {
        const quint32 code = col.code(r);
        code == Column::missingCode32 ? ++missing : ++counts[code];
    }
    std::vector<quint32> order;
    for (quint32 l = 0; l < counts.size(); ++l) {
        if (counts[l] > 0)
            order.push_back(l);
    }
    Categorical cat {col.name(), {}, false, t.encoding, {}};
    if (cat.encoding == Config::Encoding::Target && !options.labels)
        cat.encoding = Config::Encoding::OneHot;
    // Hundreds of levels (surnames, cities) one-hot encode into noise; such a column is left
    // out unless the analyst chose it or a compact encoding.
    if (qint64(order.size()) > options.maxDistinctLevels && !chosen
        && cat.encoding == Config::Encoding::OneHot)
        return false;
    if (cat.encoding == Config::Encoding::Ordinal) {
        // Ordinal codes follow the levels' natural order ("1 year" < "2 years").
        std::sort(order.begin(), order.end(), [&](quint32 a, quint32 b) {
            return QString::localeAwareCompare(col.levels().at(a), col.levels().at(b)) < 0;
        });
    } else {
        std::stable_sort(order.begin(), order.end(),
                         [&](quint32 a, quint32 b) { return counts[a] > counts[b]; });
    }
    const bool onehot = cat.encoding == Config::Encoding::OneHot;
    for (quint32 l : order) {
        if (!onehot
            || (counts[l] >= options.minLevelCount && cat.levels.size() < options.maxLevels))
            cat.levels << col.levels().at(l);
        else
            cat.other = true;
    }
    if (cat.levels.size() + (cat.other ? 1 : 0) + (missing ? 1 : 0) < 2 || cat.levels.isEmpty())
        return false; // constant, or every level rare: nothing to learn
    cat.other = cat.other || missing > 0; // missing values join "other"
    if (cat.encoding == Config::Encoding::Target) {
        m_crossFitted.resize(m_categorical.size() + 1);
        m_crossFitted.back() = fitTargetRates(cat, col, rows, *options.labels, prior);
    }
    m_blocks.emplace_back(false, m_categorical.size());
    m_categorical.push_back(std::move(cat));
    return true;
}

// Per level: (positives + m·prior) / (count + m). Training rows get the same from the other
// folds only, returned per fitting row.
std::vector<double> FeaturePipeline::fitTargetRates(Categorical &cat, const Column &col,
                                                    const std::vector<quint32> &rows,
                                                    const std::vector<qint8> &labels, double prior)
{
    QHash<QString, int> slotOf;
    for (int l = 0; l < cat.levels.size(); ++l)
        slotOf.insert(cat.levels[l], l);
    const size_t k = size_t(cat.levels.size()) + 1; // the last slot: other and missing
    std::vector<size_t> slot(col.levels().size(), k - 1);
    for (quint32 l = 0; l < col.levels().size(); ++l)
        if (const int s = slotOf.value(col.levels().at(l), -1); s >= 0)
            slot[l] = size_t(s);
    auto slotOfRow = [&](quint32 row) {
        const quint32 code = col.code(row);
        return code == Column::missingCode32 ? k - 1 : slot[code];
    };
    std::vector<double> pos(k * kCrossFitFolds, 0), cnt(k * kCrossFitFolds, 0);
    for (size_t i = 0; i < rows.size(); ++i) {
        const qint8 y = labels[rows[i]];
        if (y < 0)
            continue;
        const size_t at = (i % kCrossFitFolds) * k + slotOfRow(rows[i]);
        pos[at] += y;
        cnt[at] += 1;
    }
    auto rate = [&](size_t s, int exceptFold) {
        double p = 0, n = 0;
        for (int fold = 0; fold < kCrossFitFolds; ++fold)
            if (fold != exceptFold) {
                p += pos[size_t(fold) * k + s];
                n += cnt[size_t(fold) * k + s];
            }
        return (p + kTargetSmoothing * prior) / (n + kTargetSmoothing);
    };
    for (size_t s = 0; s < k; ++s)
        cat.targetRate.push_back(rate(s, -1));
    std::vector<double> crossFitted(rows.size());
    for (size_t i = 0; i < rows.size(); ++i)
        crossFitted[i] = rate(slotOfRow(rows[i]), int(i % kCrossFitFolds));
    return crossFitted;
}

bool FeaturePipeline::fitNumeric(const Column &col, const std::vector<quint32> &rows,
                                 const FeatureConfig::Transform &t, const Options &options)
{
    std::vector<double> values;
    values.reserve(rows.size());
    for (quint32 r : rows) {
        const double v = col.number(r);
        if (std::isfinite(v))
            values.push_back(v);
    }
    if (values.empty())
        return false;
    std::sort(values.begin(), values.end());
    if (values.front() == values.back() && values.size() == rows.size())
        return false; // constant
    if (t.role != Config::Role::Feature && looksLikeId(col, values, rows.size()))
        return false;
    Numeric num;
    num.column = col.name();
    num.indicator = t.missingIndicator && values.size() < rows.size();
    num.log = t.log;
    num.median = fillValue(values, t);
    if (t.bins > 1) {
        // Equal-frequency edges on the training values (after log; the order is the same).
        std::vector<double> logged = values;
        if (num.log)
            for (double &v : logged)
                v = signedLog(v);
        for (int b = 1; b < t.bins; ++b) {
            const double edge = sortedQuantile(logged, double(b) / t.bins);
            if (num.binEdges.empty() || edge > num.binEdges.back())
                num.binEdges.push_back(edge);
        }
    }
    double sum = 0, sumSq = 0, low = INFINITY, high = -INFINITY;
    for (quint32 r : rows) {
        const double v = num.prepared(col.number(r));
        sum += v;
        sumSq += v * v;
        low = std::min(low, v);
        high = std::max(high, v);
    }
    const double n = double(rows.size());
    const Config::Scaling scaling = options.standardize || t.scaling != Config::Scaling::Standard
        ? t.scaling
        : Config::Scaling::None;
    if (scaling == Config::Scaling::Standard) {
        num.mean = sum / n;
        const double var = std::max(0.0, sumSq / n - num.mean * num.mean);
        num.scale = var > 0 ? std::sqrt(var) : 1.0;
    } else if (scaling == Config::Scaling::MinMax) {
        num.mean = low;
        num.scale = high > low ? high - low : 1.0;
    }
    m_blocks.emplace_back(true, m_numeric.size());
    m_numeric.push_back(std::move(num));
    return true;
}

void FeaturePipeline::rebuildNames()
{
    m_names.clear();
    for (const auto &[isNumeric, block] : m_blocks) {
        if (isNumeric) {
            m_names << m_numeric[block].column;
            if (m_numeric[block].indicator)
                m_names << m_numeric[block].column + QStringLiteral("=(missing)");
            continue;
        }
        const Categorical &cat = m_categorical[block];
        if (cat.encoding != Config::Encoding::OneHot) {
            m_names << cat.column;
            continue;
        }
        for (const QString &l : cat.levels)
            m_names << cat.column + QLatin1Char('=') + l;
        if (cat.other)
            m_names << cat.column + QStringLiteral("=(other)");
    }
}

QStringList FeaturePipeline::inputColumns() const
{
    QStringList out;
    for (const auto &[isNumeric, block] : m_blocks)
        out << (isNumeric ? m_numeric[block].column : m_categorical[block].column);
    return out;
}

FeaturePipeline::ColumnLookup FeaturePipeline::lookup(const Dataset &d)
{
    return [&d](const QString &name) -> const Column * {
        const int c = d.indexOf(name);
        return c >= 0 ? &d.column(c) : nullptr;
    };
}

Eigen::MatrixXd FeaturePipeline::transform(const Dataset &d, const std::vector<quint32> &rows) const
{
    return transform(lookup(d), rows, false);
}

Eigen::MatrixXd FeaturePipeline::transform(const ColumnLookup &columns,
                                           const std::vector<quint32> &rows) const
{
    return transform(columns, rows, false);
}

Eigen::MatrixXd FeaturePipeline::transformTraining(const Dataset &d) const
{
    return transform(lookup(d), m_fitRows, true);
}

Eigen::MatrixXd FeaturePipeline::transform(const ColumnLookup &columns,
                                           const std::vector<quint32> &rows, bool training) const
{
    Eigen::MatrixXd x =
        Eigen::MatrixXd::Zero(Eigen::Index(rows.size()), Eigen::Index(m_names.size()));
    Eigen::Index out = 0;
    for (const auto &[isNumeric, block] : m_blocks) {
        if (isNumeric) {
            const Numeric &num = m_numeric[block];
            const Column *source = columns(num.column);
            for (size_t i = 0; i < rows.size(); ++i) {
                const double raw = source ? source->number(rows[i]) : std::nan("");
                x(Eigen::Index(i), out) = (num.prepared(raw) - num.mean) / num.scale;
                if (num.indicator)
                    x(Eigen::Index(i), out + 1) = std::isfinite(raw) ? 0.0 : 1.0;
            }
            out += num.indicator ? 2 : 1;
            continue;
        }
        const Categorical &cat = m_categorical[block];
        const Column *source = columns(cat.column);
        const Eigen::Index width = cat.width();
        const bool crossFit =
            training && block < m_crossFitted.size() && m_crossFitted[block].size() == rows.size();
        if (crossFit) {
            for (size_t i = 0; i < rows.size(); ++i)
                x(Eigen::Index(i), out) = m_crossFitted[block][i];
            out += width;
            continue;
        }
        const Column *col = source && isCodedType(source->type()) ? source : nullptr;
        QHash<QString, int> index;
        for (int l = 0; l < cat.levels.size(); ++l)
            index.insert(cat.levels[l], l);
        std::vector<int> slot(col ? col->levels().size() : 0, -1);
        for (size_t l = 0; l < slot.size(); ++l)
            slot[l] = index.value(col->levels().at(qsizetype(l)), -1);
        for (size_t i = 0; i < rows.size(); ++i) {
            const quint32 code = col ? col->code(rows[i]) : Column::missingCode32;
            const int s = code == Column::missingCode32 ? -1 : slot[code];
            switch (cat.encoding) {
            case Config::Encoding::OneHot:
                if (s >= 0)
                    x(Eigen::Index(i), out + s) = 1.0;
                else if (cat.other)
                    x(Eigen::Index(i), out + width - 1) = 1.0;
                break;
            case Config::Encoding::Ordinal:
                // Unseen and missing levels come after every known one.
                x(Eigen::Index(i), out) = s >= 0 ? s : double(cat.levels.size());
                break;
            case Config::Encoding::Target:
                x(Eigen::Index(i), out) =
                    cat.targetRate[s >= 0 ? size_t(s) : cat.targetRate.size() - 1];
                break;
            }
        }
        out += width;
    }
    return x;
}

std::vector<int> FeaturePipeline::featureGroups() const
{
    std::vector<int> groups;
    for (const auto &[isNumeric, block] : m_blocks) {
        if (isNumeric) {
            groups.insert(groups.end(), m_numeric[block].indicator ? 2 : 1, -1);
            continue;
        }
        const Categorical &cat = m_categorical[block];
        // Only one-hot indicators form a group; an ordinal or target code is one number.
        groups.insert(groups.end(), size_t(cat.width()),
                      cat.encoding == Config::Encoding::OneHot ? int(block) : -1);
    }
    return groups;
}

QStringList FeaturePipeline::sourceColumns() const
{
    QStringList columns;
    for (const auto &[isNumeric, block] : m_blocks) {
        if (isNumeric) {
            columns << m_numeric[block].column;
            if (m_numeric[block].indicator)
                columns << m_numeric[block].column;
            continue;
        }
        for (int i = 0; i < m_categorical[block].width(); ++i)
            columns << m_categorical[block].column;
    }
    return columns;
}

QJsonObject FeaturePipeline::toJson() const
{
    QJsonArray numeric, categorical, order;
    for (const Numeric &n : m_numeric) {
        QJsonObject o {{QStringLiteral("column"), n.column},
                       {QStringLiteral("median"), n.median},
                       {QStringLiteral("mean"), n.mean},
                       {QStringLiteral("scale"), n.scale},
                       {QStringLiteral("missing_indicator"), n.indicator}};
        if (n.log)
            o.insert(QStringLiteral("log"), true);
        if (!n.binEdges.empty())
            o.insert(QStringLiteral("bin_edges"), toJsonArray(n.binEdges));
        numeric.append(o);
    }
    for (const Categorical &c : m_categorical) {
        QJsonObject o {
            {QStringLiteral("column"), c.column},
            {QStringLiteral("levels"), QJsonArray::fromStringList(c.levels)},
            {QStringLiteral("other"), c.other},
            {QStringLiteral("encoding"), FeatureConfig::encodingNames().at(int(c.encoding))}};
        if (!c.targetRate.empty())
            o.insert(QStringLiteral("target_rate"), toJsonArray(c.targetRate));
        categorical.append(o);
    }
    for (const auto &block : m_blocks)
        order.append(block.first ? QStringLiteral("numeric") : QStringLiteral("categorical"));
    return {{QStringLiteral("format"), QStringLiteral("churnlab-pipeline")},
            {QStringLiteral("version"), kFormatVersion},
            {QStringLiteral("numeric"), numeric},
            {QStringLiteral("categorical"), categorical},
            {QStringLiteral("order"), order},
            {QStringLiteral("features"), QJsonArray::fromStringList(m_names)},
            {QStringLiteral("ignored"), QJsonArray::fromStringList(m_ignored)}};
}

Result<FeaturePipeline> FeaturePipeline::fromJson(const QJsonObject &json)
{
    JsonFields f(json, tr("feature pipeline"));
    if (!f.header("churnlab-pipeline", kFormatVersion))
        return f.error();
    FeaturePipeline p;
    const QJsonArray numeric = f.array("numeric"), categorical = f.array("categorical");
    for (qsizetype i = 0; i < numeric.size() && f.ok(); ++i) {
        JsonFields e = f.nested(numeric[i].toObject(), QStringLiteral("numeric[%1]").arg(i));
        Numeric n;
        n.column = e.text("column");
        n.median = e.number("median");
        n.mean = e.number("mean");
        n.scale = e.number("scale");
        n.indicator = e.boolean("missing_indicator");
        n.log = e.has("log") && e.boolean("log");
        if (e.has("bin_edges")) {
            n.binEdges = e.numbers("bin_edges");
            if (!std::is_sorted(n.binEdges.begin(), n.binEdges.end()))
                e.fail(QStringLiteral("bin_edges"), tr("must be in ascending order"));
        }
        if (e.ok() && (n.scale == 0 || n.column.isEmpty()))
            e.fail(n.column.isEmpty() ? QStringLiteral("column") : QStringLiteral("scale"),
                   tr("must not be empty or zero"));
        p.m_numeric.push_back(std::move(n));
    }
    for (qsizetype i = 0; i < categorical.size() && f.ok(); ++i) {
        JsonFields e =
            f.nested(categorical[i].toObject(), QStringLiteral("categorical[%1]").arg(i));
        Categorical c;
        c.column = e.text("column");
        c.levels = e.texts("levels");
        c.other = e.boolean("other");
        const qsizetype encoding = FeatureConfig::encodingNames().indexOf(e.text("encoding"));
        if (e.ok() && encoding < 0)
            e.fail(QStringLiteral("encoding"), tr("is not a known encoding"));
        c.encoding = FeatureConfig::Encoding(std::max<qsizetype>(encoding, 0));
        if (c.encoding == Config::Encoding::Target)
            c.targetRate = e.numbers("target_rate", c.levels.size() + 1);
        if (e.ok() && c.levels.isEmpty())
            e.fail(QStringLiteral("levels"), tr("must not be empty"));
        p.m_categorical.push_back(std::move(c));
    }
    size_t nextNumeric = 0, nextCategorical = 0;
    for (const QString &kind : f.texts("order")) {
        const bool isNumeric = kind == QLatin1String("numeric");
        if (!isNumeric && kind != QLatin1String("categorical"))
            f.fail(QStringLiteral("order"),
                   tr("names a block that is neither numeric nor categorical"));
        p.m_blocks.emplace_back(isNumeric, isNumeric ? nextNumeric++ : nextCategorical++);
    }
    if (f.ok() && (nextNumeric != p.m_numeric.size() || nextCategorical != p.m_categorical.size()))
        f.fail(QStringLiteral("order"), tr("does not list every block once"));
    const QStringList names = f.texts("features");
    p.m_ignored = f.texts("ignored");
    if (!f.ok())
        return f.error();
    p.rebuildNames();
    if (p.m_names != names)
        return Error {Error::Kind::Malformed,
                      tr("feature pipeline: field “features” does not match the blocks")};
    p.m_crossFitted.resize(p.m_categorical.size());
    return p;
}

} // namespace churnlab

#include "FeaturePipeline.h"

#include "data/ColumnProfile.h"

#include <QHash>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace churnlab {

FeaturePipeline FeaturePipeline::fit(const Dataset &d, const std::vector<quint32> &rows, int target,
                                     Options options)
{
    FeaturePipeline f;
    for (int c = 0; c < d.columnCount(); ++c) {
        if (c == target)
            continue;
        const Column &col = d.column(c);
        if (col.type() == ColumnType::Text) {
            f.m_ignored << col.name();
            continue;
        }
        if (isCodedType(col.type()) && col.type() != ColumnType::Boolean) {
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
            // Hundreds of levels (surnames, cities) one-hot encode into noise; such a column
            // needs target encoding, so it is left out until that is chosen for it.
            if (qint64(order.size()) > options.maxDistinctLevels) {
                f.m_ignored << col.name();
                continue;
            }
            std::stable_sort(order.begin(), order.end(),
                             [&](quint32 a, quint32 b) { return counts[a] > counts[b]; });
            Categorical cat {col.name(), {}, false};
            for (quint32 l : order) {
                if (counts[l] >= options.minLevelCount && cat.levels.size() < options.maxLevels)
                    cat.levels << col.levels().at(l);
                else
                    cat.other = true;
            }
            if (cat.levels.size() + (cat.other ? 1 : 0) + (missing ? 1 : 0) < 2
                || cat.levels.isEmpty()) {
                f.m_ignored << col.name(); // constant, or every level rare: nothing to learn
                continue;
            }
            cat.other = cat.other || missing > 0; // missing values join "other"
            for (const QString &l : cat.levels)
                f.m_names << col.name() + QLatin1Char('=') + l;
            if (cat.other)
                f.m_names << col.name() + QStringLiteral("=(other)");
            f.m_blocks.emplace_back(false, f.m_categorical.size());
            f.m_categorical.push_back(std::move(cat));
            continue;
        }
        std::vector<double> values;
        values.reserve(rows.size());
        for (quint32 r : rows) {
            const double v = col.number(r);
            if (std::isfinite(v))
                values.push_back(v);
        }
        if (values.empty()) {
            f.m_ignored << col.name();
            continue;
        }
        std::sort(values.begin(), values.end());
        if (values.front() == values.back() && values.size() == rows.size()) {
            f.m_ignored << col.name(); // constant
            continue;
        }
        // Integers unique on (nearly) every row are row numbers or customer IDs.
        if (col.type() == ColumnType::Integer && values.size() >= 20) {
            const auto distinct = std::unique(values.begin(), values.end()) - values.begin();
            if (double(distinct) >= 0.9 * double(rows.size())) {
                f.m_ignored << col.name();
                continue;
            }
            values.clear();
            for (quint32 r : rows) {
                const double v = col.number(r);
                if (std::isfinite(v))
                    values.push_back(v);
            }
            std::sort(values.begin(), values.end());
        }
        Numeric num {col.name(), sortedQuantile(values, 0.5), 0, 1, values.size() < rows.size()};
        double sum = 0, sumSq = 0;
        for (quint32 r : rows) {
            double v = col.number(r);
            if (!std::isfinite(v))
                v = num.median;
            sum += v;
            sumSq += v * v;
        }
        const double n = double(rows.size());
        num.mean = sum / n;
        const double var = std::max(0.0, sumSq / n - num.mean * num.mean);
        num.scale = options.standardize && var > 0 ? std::sqrt(var) : 1.0;
        if (!options.standardize)
            num.mean = 0;
        f.m_names << col.name();
        if (num.indicator)
            f.m_names << col.name() + QStringLiteral("=(missing)");
        f.m_blocks.emplace_back(true, f.m_numeric.size());
        f.m_numeric.push_back(num);
    }
    return f;
}

Eigen::MatrixXd FeaturePipeline::transform(const Dataset &d, const std::vector<quint32> &rows) const
{
    Eigen::MatrixXd x =
        Eigen::MatrixXd::Zero(Eigen::Index(rows.size()), Eigen::Index(m_names.size()));
    Eigen::Index out = 0;
    for (const auto &[isNumeric, block] : m_blocks) {
        if (isNumeric) {
            const Numeric &num = m_numeric[block];
            const int c = d.indexOf(num.column);
            for (size_t i = 0; i < rows.size(); ++i) {
                double v = c >= 0 ? d.column(c).number(rows[i]) : std::nan("");
                const bool missing = !std::isfinite(v);
                if (missing)
                    v = num.median;
                x(Eigen::Index(i), out) = (v - num.mean) / num.scale;
                if (num.indicator)
                    x(Eigen::Index(i), out + 1) = missing ? 1.0 : 0.0;
            }
            out += num.indicator ? 2 : 1;
            continue;
        }
        const Categorical &cat = m_categorical[block];
        const int c = d.indexOf(cat.column);
        const Eigen::Index width = Eigen::Index(cat.levels.size()) + (cat.other ? 1 : 0);
        if (c >= 0 && isCodedType(d.column(c).type())) {
            const Column &col = d.column(c);
            QHash<QString, int> index;
            for (int l = 0; l < cat.levels.size(); ++l)
                index.insert(cat.levels[l], l);
            std::vector<int> slot(col.levels().size(), -1);
            for (quint32 l = 0; l < col.levels().size(); ++l)
                slot[l] = index.value(col.levels().at(l), -1);
            for (size_t i = 0; i < rows.size(); ++i) {
                const quint32 code = col.code(rows[i]);
                const int s = code == Column::missingCode32 ? -1 : slot[code];
                if (s >= 0)
                    x(Eigen::Index(i), out + s) = 1.0;
                else if (cat.other)
                    x(Eigen::Index(i), out + width - 1) = 1.0;
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
        groups.insert(groups.end(), size_t(cat.levels.size()) + (cat.other ? 1 : 0), int(block));
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
        const Categorical &cat = m_categorical[block];
        for (qsizetype i = 0; i < cat.levels.size() + (cat.other ? 1 : 0); ++i)
            columns << cat.column;
    }
    return columns;
}

QJsonObject FeaturePipeline::toJson() const
{
    QJsonArray numeric, categorical;
    for (const Numeric &n : m_numeric)
        numeric.append(QJsonObject {{QStringLiteral("column"), n.column},
                                    {QStringLiteral("median"), n.median},
                                    {QStringLiteral("mean"), n.mean},
                                    {QStringLiteral("scale"), n.scale},
                                    {QStringLiteral("missing_indicator"), n.indicator}});
    for (const Categorical &c : m_categorical)
        categorical.append(
            QJsonObject {{QStringLiteral("column"), c.column},
                         {QStringLiteral("levels"), QJsonArray::fromStringList(c.levels)},
                         {QStringLiteral("other"), c.other}});
    return {{QStringLiteral("numeric"), numeric},
            {QStringLiteral("categorical"), categorical},
            {QStringLiteral("features"), QJsonArray::fromStringList(m_names)},
            {QStringLiteral("ignored"), QJsonArray::fromStringList(m_ignored)}};
}

} // namespace churnlab

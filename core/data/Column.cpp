#include "core/data/Column.h"

#include "core/Memory.h"

#include "core/data/StringIndex.h"
#include "core/data/ValueParser.h"

#include <QDateTime>
#include <QTimeZone>

#include <numeric>

namespace churnlab {

namespace {

template<typename T> constexpr quint32 sentinel()
{
    return quint32(std::numeric_limits<T>::max());
}

} // namespace

Column Column::makeReal(QString name, std::vector<double> values, MissingMask missing)
{
    Column c;
    c.m_name = std::move(name);
    c.m_type = ColumnType::Real;
    c.m_size = qsizetype(values.size());
    for (qsizetype r = 0; missing.any() && r < c.m_size; ++r) {
        if (missing.test(r))
            values[size_t(r)] = std::numeric_limits<double>::quiet_NaN();
    }
    c.m_reals = std::move(values);
    c.m_missingCount = missing.count();
    c.m_missing = std::move(missing);
    return c;
}

Column Column::makeInt(QString name, ColumnType type, std::vector<qint64> values,
                       MissingMask missing)
{
    Column c;
    c.m_name = std::move(name);
    c.m_type = type;
    c.m_size = qsizetype(values.size());
    c.m_ints = std::move(values);
    c.m_missingCount = missing.count();
    c.m_missing = std::move(missing);
    return c;
}

Column Column::makeCoded(QString name, ColumnType type, StringPool levels, Codes codes)
{
    Column c;
    c.m_name = std::move(name);
    c.m_type = type;
    c.m_levels = std::move(levels);
    std::visit(
        [&](const auto &v) {
            using T = typename std::decay_t<decltype(v)>::value_type;
            c.m_size = qsizetype(v.size());
            for (T code : v)
                c.m_missingCount += (code == T(sentinel<T>()));
        },
        codes);
    c.m_codes = std::move(codes);
    return c;
}

Column::Codes Column::allocateCodes(qsizetype rows, quint32 levelCount)
{
    if (levelCount < sentinel<quint8>())
        return filledVector(size_t(rows), quint8(sentinel<quint8>()));
    if (levelCount < sentinel<quint16>())
        return filledVector(size_t(rows), quint16(sentinel<quint16>()));
    return filledVector(size_t(rows), quint32(sentinel<quint32>()));
}

Column::Codes Column::narrowCodes(const std::vector<quint32> &codes, quint32 levelCount)
{
    Codes out = allocateCodes(qsizetype(codes.size()), levelCount);
    std::visit(
        [&](auto &v) {
            using T = typename std::decay_t<decltype(v)>::value_type;
            for (size_t i = 0; i < codes.size(); ++i)
                v[i] = codes[i] == missingCode32 ? T(sentinel<T>()) : T(codes[i]);
        },
        out);
    return out;
}

bool Column::isMissing(qsizetype row) const
{
    if (isCodedType(m_type))
        return code(row) == missingCode32;
    return m_missing.test(row);
}

quint32 Column::code(qsizetype row) const
{
    return std::visit(
        [row](const auto &v) -> quint32 {
            using T = typename std::decay_t<decltype(v)>::value_type;
            const T c = v[size_t(row)];
            return c == T(sentinel<T>()) ? missingCode32 : quint32(c);
        },
        m_codes);
}

double Column::number(qsizetype row) const
{
    switch (m_type) {
    case ColumnType::Real:
        return m_reals[size_t(row)];
    case ColumnType::Integer:
    case ColumnType::Date:
    case ColumnType::DateTime:
        return m_missing.test(row) ? std::numeric_limits<double>::quiet_NaN()
                                   : double(m_ints[size_t(row)]);
    case ColumnType::Boolean: {
        const quint32 c = code(row);
        return c == missingCode32 ? std::numeric_limits<double>::quiet_NaN() : double(c);
    }
    case ColumnType::Categorical:
    case ColumnType::Text:
        break;
    }
    return std::numeric_limits<double>::quiet_NaN();
}

Column::FoldedLevels Column::foldedLevels() const
{
    FoldedLevels f;
    const quint32 n = m_levels.size();
    f.canonical.resize(n);
    if (m_type != ColumnType::Text) {
        std::iota(f.canonical.begin(), f.canonical.end(), 0u);
        f.representative = f.canonical;
        return f;
    }
    StringIndex index;
    for (quint32 l = 0; l < n; ++l) {
        f.canonical[l] = index.insert(m_levels.view(l), false);
        if (f.canonical[l] == f.representative.size())
            f.representative.push_back(l);
    }
    return f;
}

QString Column::text(qsizetype row) const
{
    if (isMissing(row))
        return {};
    switch (m_type) {
    case ColumnType::Real:
        return formatReal(m_reals[size_t(row)]);
    case ColumnType::Integer:
        return QString::number(m_ints[size_t(row)]);
    case ColumnType::Date:
        return formatDate(m_ints[size_t(row)]);
    case ColumnType::DateTime:
        return formatDateTime(m_ints[size_t(row)]);
    case ColumnType::Boolean:
    case ColumnType::Categorical:
    case ColumnType::Text:
        return m_levels.at(code(row));
    }
    return {};
}

Column Column::convertedTo(ColumnType type, qsizetype *failed) const
{
    qsizetype bad = 0;
    Column out;
    if (isCodedType(type)) {
        // Levels are rebuilt from the text so that a number column gains sorted-by-appearance
        // levels and a boolean keeps its labels.
        StringPool pool;
        QHash<QString, quint32> index;
        std::vector<quint32> codes(size_t(m_size), missingCode32);
        for (qsizetype r = 0; r < m_size; ++r) {
            if (isMissing(r))
                continue;
            QString t = text(r);
            if (type == ColumnType::Boolean) {
                const auto b = ValueParser::parseBoolean(t.toUtf8().toStdString());
                if (!b) {
                    ++bad;
                    continue;
                }
                codes[size_t(r)] = *b ? 1 : 0;
                continue;
            }
            auto it = index.find(t);
            if (it == index.end())
                it = index.insert(t, pool.append(t.toUtf8().toStdString()));
            codes[size_t(r)] = it.value();
        }
        if (type == ColumnType::Boolean) {
            pool = StringPool();
            pool.append("false");
            pool.append("true");
        }
        const quint32 levelCount = pool.size();
        out = makeCoded(m_name, type, std::move(pool), narrowCodes(codes, levelCount));
    } else {
        std::vector<double> reals;
        std::vector<qint64> ints;
        MissingMask missing;
        if (type == ColumnType::Real)
            reals.assign(size_t(m_size), 0.0);
        else
            ints.assign(size_t(m_size), 0);
        for (qsizetype r = 0; r < m_size; ++r) {
            if (isMissing(r)) {
                missing.set(r, m_size);
                continue;
            }
            const QByteArray utf8 = text(r).toUtf8();
            const std::string_view v(utf8.constData(), size_t(utf8.size()));
            bool okValue = false;
            switch (type) {
            case ColumnType::Real:
                if (auto d = ValueParser::parseReal(v, false)) {
                    reals[size_t(r)] = *d;
                    okValue = true;
                }
                break;
            case ColumnType::Integer:
                if (auto i = ValueParser::parseInteger(v)) {
                    ints[size_t(r)] = *i;
                    okValue = true;
                } else if (auto d = ValueParser::parseReal(v, false);
                           d && std::isfinite(*d) && *d == std::trunc(*d)) {
                    ints[size_t(r)] = qint64(*d);
                    okValue = true;
                }
                break;
            case ColumnType::Date:
                if (auto d = ValueParser::parseDate(v, DateOrder::Unknown)) {
                    ints[size_t(r)] = *d;
                    okValue = true;
                }
                break;
            case ColumnType::DateTime:
                if (auto d = ValueParser::parseDateTime(v, DateOrder::Unknown)) {
                    ints[size_t(r)] = *d;
                    okValue = true;
                }
                break;
            default:
                break;
            }
            if (!okValue) {
                ++bad;
                missing.set(r, m_size);
            }
        }
        out = type == ColumnType::Real ? makeReal(m_name, std::move(reals), std::move(missing))
                                       : makeInt(m_name, type, std::move(ints), std::move(missing));
    }
    if (failed)
        *failed = bad;
    return out;
}

Column Column::rows(const std::vector<quint32> &rows) const
{
    const qsizetype n = qsizetype(rows.size());
    MissingMask missing;
    if (m_missing.any())
        for (qsizetype i = 0; i < n; ++i)
            if (m_missing.test(rows[size_t(i)]))
                missing.set(i, n);
    switch (m_type) {
    case ColumnType::Real: {
        std::vector<double> v(static_cast<size_t>(n));
        for (qsizetype i = 0; i < n; ++i)
            v[size_t(i)] = m_reals[rows[size_t(i)]];
        return makeReal(m_name, std::move(v), std::move(missing));
    }
    case ColumnType::Integer:
    case ColumnType::Date:
    case ColumnType::DateTime: {
        std::vector<qint64> v(static_cast<size_t>(n));
        for (qsizetype i = 0; i < n; ++i)
            v[size_t(i)] = m_ints[rows[size_t(i)]];
        return makeInt(m_name, m_type, std::move(v), std::move(missing));
    }
    case ColumnType::Boolean:
    case ColumnType::Categorical:
    case ColumnType::Text:
        break;
    }
    Codes codes = std::visit(
        [&](const auto &v) -> Codes {
            std::decay_t<decltype(v)> out(static_cast<size_t>(n));
            for (qsizetype i = 0; i < n; ++i)
                out[size_t(i)] = v[rows[size_t(i)]];
            return out;
        },
        m_codes);
    return makeCoded(m_name, m_type, m_levels, std::move(codes));
}

Column Column::appended(const Column &other) const
{
    Q_ASSERT(other.m_type == m_type);
    const qsizetype n = m_size + other.m_size;
    MissingMask missing;
    for (qsizetype r = 0; r < m_size && m_missing.any(); ++r)
        if (m_missing.test(r))
            missing.set(r, n);
    for (qsizetype r = 0; r < other.m_size && other.m_missing.any(); ++r)
        if (other.m_missing.test(r))
            missing.set(m_size + r, n);
    switch (m_type) {
    case ColumnType::Real: {
        std::vector<double> v = m_reals;
        v.insert(v.end(), other.m_reals.begin(), other.m_reals.end());
        return makeReal(m_name, std::move(v), std::move(missing));
    }
    case ColumnType::Integer:
    case ColumnType::Date:
    case ColumnType::DateTime: {
        std::vector<qint64> v = m_ints;
        v.insert(v.end(), other.m_ints.begin(), other.m_ints.end());
        return makeInt(m_name, m_type, std::move(v), std::move(missing));
    }
    case ColumnType::Boolean:
    case ColumnType::Categorical:
    case ColumnType::Text:
        break;
    }
    // Other's levels map onto ours by text; the ones we lack are added after ours. Text
    // columns may repeat a string among their levels, so index codes and pool positions differ.
    StringIndex index;
    StringPool levels = m_levels;
    std::vector<quint32> poolOf; // index code → level in the merged pool
    for (quint32 l = 0; l < m_levels.size(); ++l)
        if (index.insert(m_levels.view(l), false) == poolOf.size())
            poolOf.push_back(l);
    std::vector<quint32> otherToMerged(other.m_levels.size());
    for (quint32 l = 0; l < other.m_levels.size(); ++l) {
        const quint32 code = index.insert(other.m_levels.view(l), true);
        if (code == poolOf.size())
            poolOf.push_back(levels.append(other.m_levels.view(l)));
        otherToMerged[l] = poolOf[code];
    }
    std::vector<quint32> codes(static_cast<size_t>(n));
    for (qsizetype r = 0; r < m_size; ++r)
        codes[size_t(r)] = code(r);
    for (qsizetype r = 0; r < other.m_size; ++r) {
        const quint32 c = other.code(r);
        codes[size_t(m_size + r)] = c == missingCode32 ? c : otherToMerged[c];
    }
    Codes narrow = narrowCodes(codes, levels.size());
    return makeCoded(m_name, m_type, std::move(levels), std::move(narrow));
}

qsizetype Column::byteSize() const
{
    qsizetype codeBytes =
        std::visit([](const auto &v) { return qsizetype(v.capacity() * sizeof(v[0])); }, m_codes);
    return qsizetype(m_reals.capacity() * sizeof(double) + m_ints.capacity() * sizeof(qint64))
        + m_missing.byteSize() + m_levels.byteSize() + codeBytes;
}

QString formatReal(double v)
{
    if (std::isinf(v))
        return v > 0 ? QStringLiteral("inf") : QStringLiteral("-inf");
    return QString::number(v, 'g', 15);
}

QString formatDate(qint64 days)
{
    return QDate(1970, 1, 1).addDays(days).toString(Qt::ISODate);
}

QString formatDateTime(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone::utc())
        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace churnlab

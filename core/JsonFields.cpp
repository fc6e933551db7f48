#include "core/JsonFields.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>
#include <memory>

namespace churnlab {

namespace {

} // namespace

JsonFields::JsonFields(const QJsonObject &object, QString where)
    : m_object(object)
    , m_where(std::move(where))
    , m_error(std::make_shared<QString>())
    , m_kind(std::make_shared<Error::Kind>(Error::Kind::Malformed))
{
}

JsonFields JsonFields::nested(const QJsonObject &object, const QString &name) const
{
    JsonFields child(object, m_where);
    child.m_prefix = path(name) + QLatin1Char('.');
    child.m_error = m_error;
    child.m_kind = m_kind;
    return child;
}

QString JsonFields::path(const QString &field) const
{
    return m_prefix + field;
}

void JsonFields::fail(const QString &field, const QString &problem)
{
    if (m_error->isEmpty())
        *m_error = tr("%1: field “%2” %3").arg(m_where, path(field), problem);
}

Error JsonFields::error() const
{
    return Error {*m_kind, *m_error};
}

bool JsonFields::header(const char *format, int supported)
{
    const QString name = text("format");
    if (ok() && name != QLatin1StringView(format))
        fail(QStringLiteral("format"),
             tr("is “%1”, not “%2”").arg(name, QLatin1StringView(format)));
    const int version = integer("version", 1, std::numeric_limits<int>::max());
    if (ok() && version > supported) {
        *m_error = tr("%1 has format version %2, made by a newer ChurnLab; this one reads up to "
                      "version %3.")
                       .arg(m_where)
                       .arg(version)
                       .arg(supported);
        *m_kind = Error::Kind::NewerFormat;
    }
    return ok();
}

QJsonValue JsonFields::value(const char *key)
{
    const QString k = QLatin1StringView(key).toString();
    if (!m_object.contains(k)) {
        fail(k, tr("is missing"));
        return {};
    }
    return m_object.value(k);
}

double JsonFields::number(const char *key)
{
    const QJsonValue v = value(key);
    if (v.isUndefined())
        return 0;
    if (!v.isDouble()) {
        fail(QLatin1StringView(key).toString(), tr("must be a number"));
        return 0;
    }
    return v.toDouble();
}

double JsonFields::number(const char *key, double low, double high)
{
    const double v = number(key);
    if (!std::isfinite(v) || v < low || v > high) {
        fail(QLatin1StringView(key).toString(),
             tr("must be a number from %1 to %2").arg(low).arg(high));
        return low;
    }
    return v;
}

int JsonFields::integer(const char *key, qint64 low, qint64 high)
{
    const double v = number(key);
    if (v != std::floor(v) || v < double(low) || v > double(high)) {
        fail(QLatin1StringView(key).toString(),
             tr("must be a whole number from %1 to %2").arg(low).arg(high));
        return int(low);
    }
    return int(v);
}

bool JsonFields::boolean(const char *key)
{
    const QJsonValue v = value(key);
    if (!v.isUndefined() && !v.isBool())
        fail(QLatin1StringView(key).toString(), tr("must be true or false"));
    return v.toBool();
}

QString JsonFields::text(const char *key)
{
    const QJsonValue v = value(key);
    if (!v.isUndefined() && !v.isString())
        fail(QLatin1StringView(key).toString(), tr("must be text"));
    return v.toString();
}

QStringList JsonFields::texts(const char *key)
{
    QStringList out;
    const QJsonArray a = array(key);
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!a[i].isString()) {
            fail(QStringLiteral("%1[%2]").arg(QLatin1StringView(key)).arg(i), tr("must be text"));
            return {};
        }
        out << a[i].toString();
    }
    return out;
}

QJsonObject JsonFields::object(const char *key)
{
    const QJsonValue v = value(key);
    if (!v.isUndefined() && !v.isObject())
        fail(QLatin1StringView(key).toString(), tr("must be an object"));
    return v.toObject();
}

QJsonArray JsonFields::array(const char *key)
{
    const QJsonValue v = value(key);
    if (!v.isUndefined() && !v.isArray())
        fail(QLatin1StringView(key).toString(), tr("must be a list"));
    return v.toArray();
}

std::vector<double> JsonFields::numbers(const char *key, qsizetype expected)
{
    const QJsonArray a = array(key);
    const QString k = QLatin1StringView(key).toString();
    if (expected >= 0 && a.size() != expected) {
        if (ok())
            fail(k, tr("has %1 values where %2 are expected").arg(a.size()).arg(expected));
        return std::vector<double>(size_t(std::max<qsizetype>(expected, 0)), 0.0);
    }
    std::vector<double> out(size_t(a.size()));
    for (qsizetype i = 0; i < a.size(); ++i) {
        // JSON has no NaN or infinity: a fitted number is always finite.
        if (!a[i].isDouble()) {
            fail(QStringLiteral("%1[%2]").arg(k).arg(i), tr("must be a number"));
            return out;
        }
        out[size_t(i)] = a[i].toDouble();
    }
    return out;
}

std::vector<int> JsonFields::integers(const char *key, qsizetype expected, qint64 low, qint64 high)
{
    const std::vector<double> v = numbers(key, expected);
    std::vector<int> out(v.size(), int(low));
    for (size_t i = 0; i < v.size(); ++i) {
        if (v[i] != std::floor(v[i]) || v[i] < double(low) || v[i] > double(high)) {
            fail(QStringLiteral("%1[%2]").arg(QLatin1StringView(key)).arg(i),
                 tr("must be a whole number from %1 to %2").arg(low).arg(high));
            return out;
        }
        out[i] = int(v[i]);
    }
    return out;
}

QJsonArray toJsonArray(const std::vector<double> &values)
{
    QJsonArray out;
    for (const double v : values)
        out.append(v);
    return out;
}

QJsonArray toJsonArray(const std::vector<int> &values)
{
    QJsonArray out;
    for (const int v : values)
        out.append(v);
    return out;
}

} // namespace churnlab

#include "core/bundle/BinaryArrays.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <utility>
#include <vector>

namespace churnlab {

namespace {

QJsonValue packValue(const QJsonValue &v, QByteArray &blob, int minLength);

QJsonArray packArray(const QJsonArray &a, QByteArray &blob, int minLength)
{
    QJsonArray out;
    for (const QJsonValue &v : a)
        out.append(packValue(v, blob, minLength));
    return out;
}

QJsonValue packValue(const QJsonValue &v, QByteArray &blob, int minLength)
{
    if (v.isObject())
        return BinaryArrays::pack(v.toObject(), blob, minLength);
    if (!v.isArray())
        return v;
    const QJsonArray a = v.toArray();
    bool numbers = a.size() >= minLength, whole = true;
    for (qsizetype i = 0; numbers && i < a.size(); ++i) {
        numbers = a[i].isDouble();
        const double d = a[i].toDouble();
        whole = whole && d == std::floor(d) && d >= std::numeric_limits<qint32>::min()
            && d <= std::numeric_limits<qint32>::max() && !(d == 0 && std::signbit(d));
    }
    if (!numbers)
        return packArray(a, blob, minLength);
    blob.append(QByteArray((8 - blob.size() % 8) % 8, '\0'));
    const qsizetype offset = blob.size();
    if (whole) {
        blob.resize(offset + a.size() * 4);
        for (qsizetype i = 0; i < a.size(); ++i)
            qToLittleEndian<qint32>(qint32(a[i].toDouble()), blob.data() + offset + i * 4);
    } else {
        blob.resize(offset + a.size() * 8);
        for (qsizetype i = 0; i < a.size(); ++i) {
            const double d = a[i].toDouble();
            quint64 bits;
            std::memcpy(&bits, &d, 8);
            qToLittleEndian<quint64>(bits, blob.data() + offset + i * 8);
        }
    }
    return QJsonObject {{QStringLiteral("$binary"),
                         QJsonObject {{QStringLiteral("offset"), offset},
                                      {QStringLiteral("count"), a.size()},
                                      {QStringLiteral("type"),
                                       whole ? QStringLiteral("i32") : QStringLiteral("f64")}}}};
}

// What one unpacking has seen: the blob, its member's name, and the byte ranges taken so far
// (every array owns its bytes: pack never lets two share, so a reference into another array is
// a tampered file, not a saving).
struct Unpacking
{
    const QByteArray &blob;
    const QString &member;
    struct Range
    {
        qint64 begin, end;
        QString path;
    };
    std::vector<Range> taken;
};

Result<QJsonObject> unpackObject(const QJsonObject &json, Unpacking &u, const QString &prefix);

Result<QJsonValue> unpackValue(const QJsonValue &v, Unpacking &u, const QString &path)
{
    const QByteArray &blob = u.blob;
    auto bad = [&](const QString &why) {
        return Error {Error::Kind::Malformed,
                      BinaryArrays::tr("%1: field “%2”: %3").arg(u.member, path, why)};
    };
    if (v.isArray()) {
        QJsonArray out;
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            auto e = unpackValue(a[i], u, QStringLiteral("%1[%2]").arg(path).arg(i));
            if (!e)
                return e;
            out.append(e.value());
        }
        return QJsonValue(out);
    }
    if (!v.isObject())
        return v;
    const QJsonObject o = v.toObject();
    if (!o.contains(QStringLiteral("$binary"))) {
        auto inner = unpackObject(o, u, path + QLatin1Char('.'));
        if (!inner)
            return inner.error();
        return QJsonValue(inner.value());
    }
    const QJsonObject ref = o.value(QStringLiteral("$binary")).toObject();
    const double offset = ref.value(QStringLiteral("offset")).toDouble(-1);
    const double count = ref.value(QStringLiteral("count")).toDouble(-1);
    const QString type = ref.value(QStringLiteral("type")).toString();
    const int width = type == QLatin1String("i32") ? 4 : type == QLatin1String("f64") ? 8 : 0;
    if (width == 0)
        return bad(BinaryArrays::tr("unknown type “%1”").arg(type));
    if (offset < 0 || count < 0 || offset != std::floor(offset) || count != std::floor(count)
        || offset + count * width > double(blob.size()))
        return bad(BinaryArrays::tr("points outside the binary data"));
    if (qint64(offset) % 8 != 0)
        return bad(BinaryArrays::tr("its offset %1 is not 8-byte aligned").arg(qint64(offset)));
    const qint64 begin = qint64(offset), end = begin + qint64(count) * width;
    if (end > begin)
        u.taken.push_back({begin, end, path});
    QJsonArray out;
    const char *p = blob.constData() + qsizetype(offset);
    for (qsizetype i = 0; i < qsizetype(count); ++i) {
        if (width == 4) {
            out.append(qFromLittleEndian<qint32>(p + i * 4));
        } else {
            const quint64 bits = qFromLittleEndian<quint64>(p + i * 8);
            double d;
            std::memcpy(&d, &bits, 8);
            if (!std::isfinite(d))
                return bad(BinaryArrays::tr("holds a value that is not a number"));
            out.append(d);
        }
    }
    return QJsonValue(out);
}

Result<QJsonObject> unpackObject(const QJsonObject &json, Unpacking &u, const QString &prefix)
{
    QJsonObject out;
    for (auto it = json.begin(); it != json.end(); ++it) {
        auto v = unpackValue(*it, u, prefix + it.key());
        if (!v)
            return v.error();
        out.insert(it.key(), v.value());
    }
    return out;
}

} // namespace

QJsonObject BinaryArrays::pack(const QJsonObject &json, QByteArray &blob, int minLength)
{
    QJsonObject out;
    for (auto it = json.begin(); it != json.end(); ++it)
        out.insert(it.key(), packValue(*it, blob, minLength));
    return out;
}

Result<QJsonObject> BinaryArrays::unpack(const QJsonObject &json, const QByteArray &blob,
                                         const QString &member)
{
    Unpacking u {blob, member, {}};
    auto out = unpackObject(json, u, QString());
    if (!out)
        return out;
    std::sort(
        u.taken.begin(), u.taken.end(),
        [](const Unpacking::Range &a, const Unpacking::Range &b) { return a.begin < b.begin; });
    for (size_t i = 1; i < u.taken.size(); ++i)
        if (u.taken[i].begin < u.taken[i - 1].end)
            return Error {Error::Kind::Malformed,
                          BinaryArrays::tr("%1: field “%2”: overlaps the bytes of "
                                           "field “%3”")
                              .arg(member, u.taken[i].path, u.taken[i - 1].path)};
    return out;
}

} // namespace churnlab

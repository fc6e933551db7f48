#include "core/tracking/RunDiff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <map>

namespace churnlab {

namespace {

QString text(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    return {};
}

void flatten(const QJsonObject &o, const QString &prefix, std::map<QString, QString> &out)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString key = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key();
        if (it.value().isObject())
            flatten(it.value().toObject(), key, out);
        else
            out[key] = text(it.value());
    }
}

std::map<QString, QString> fields(const RunRecord &r)
{
    QJsonObject o = r.toJson();
    o.remove(QStringLiteral("id"));
    o.remove(QStringLiteral("fold_metrics")); // per-fold arrays: long, and in metrics anyway
    std::map<QString, QString> out;
    flatten(o, {}, out);
    return out;
}

} // namespace

QList<RunDiff::Row> RunDiff::compare(const RunRecord &a, const RunRecord &b, bool differencesOnly)
{
    const auto fa = fields(a), fb = fields(b);
    std::map<QString, std::pair<QString, QString>> merged;
    for (const auto &[k, v] : fa)
        merged[k].first = v;
    for (const auto &[k, v] : fb)
        merged[k].second = v;
    QList<Row> rows;
    for (const auto &[key, values] : merged) {
        const bool differs = values.first != values.second;
        if (differs || !differencesOnly)
            rows.append({key, values.first, values.second, differs});
    }
    return rows;
}

QJsonObject RunDiff::toJson(const QList<Row> &rows, qint64 a, qint64 b)
{
    QJsonArray list;
    for (const Row &r : rows)
        list.append(QJsonObject {{QStringLiteral("key"), r.key},
                                 {QStringLiteral("a"), r.a},
                                 {QStringLiteral("b"), r.b},
                                 {QStringLiteral("differs"), r.differs}});
    return {{QStringLiteral("a"), a}, {QStringLiteral("b"), b}, {QStringLiteral("rows"), list}};
}

} // namespace churnlab

#include "core/features/FeatureConfig.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace churnlab {

QStringList FeatureConfig::roleNames()
{
    return {QStringLiteral("auto"), QStringLiteral("feature"),   QStringLiteral("ignore"),
            QStringLiteral("id"),   QStringLiteral("sensitive"), QStringLiteral("leakage")};
}

QStringList FeatureConfig::imputeNames()
{
    return {QStringLiteral("median"), QStringLiteral("mean"), QStringLiteral("most_frequent"),
            QStringLiteral("constant")};
}

QStringList FeatureConfig::scalingNames()
{
    return {QStringLiteral("standard"), QStringLiteral("minmax"), QStringLiteral("none")};
}

QStringList FeatureConfig::encodingNames()
{
    return {QStringLiteral("onehot"), QStringLiteral("ordinal"), QStringLiteral("target")};
}

QStringList FeatureConfig::columnsWithRole(Role role) const
{
    QStringList out;
    for (auto it = m_columns.begin(); it != m_columns.end(); ++it)
        if (it->role == role)
            out << it.key();
    out.sort();
    return out;
}

void FeatureConfig::setTransform(const QString &column, const Transform &t)
{
    if (t == Transform {})
        m_columns.remove(column);
    else
        m_columns.insert(column, t);
}

QJsonObject FeatureConfig::Transform::toJson() const
{
    return {{QStringLiteral("role"), roleNames().at(int(role))},
            {QStringLiteral("impute"), imputeNames().at(int(impute))},
            {QStringLiteral("constant"), constant},
            {QStringLiteral("missing_indicator"), missingIndicator},
            {QStringLiteral("scaling"), scalingNames().at(int(scaling))},
            {QStringLiteral("encoding"), encodingNames().at(int(encoding))},
            {QStringLiteral("log"), log},
            {QStringLiteral("bins"), bins}};
}

namespace {

template<typename E>
bool readChoice(const QJsonObject &json, const char *key, const QStringList &names, E &out,
                QString &error)
{
    const QString k = QLatin1String(key);
    if (!json.contains(k))
        return true;
    const qsizetype i = names.indexOf(json.value(k).toString());
    if (i < 0) {
        error =
            FeatureConfig::tr("“%1” must be one of %2").arg(k, names.join(QStringLiteral(", ")));
        return false;
    }
    out = E(i);
    return true;
}

} // namespace

Result<FeatureConfig::Transform> FeatureConfig::Transform::fromJson(const QJsonObject &json)
{
    Transform t;
    QString error;
    if (!readChoice(json, "role", roleNames(), t.role, error)
        || !readChoice(json, "impute", imputeNames(), t.impute, error)
        || !readChoice(json, "scaling", scalingNames(), t.scaling, error)
        || !readChoice(json, "encoding", encodingNames(), t.encoding, error))
        return Error {Error::Kind::InvalidArgument, error};
    t.constant = json.value(QStringLiteral("constant")).toDouble(0);
    t.missingIndicator = json.value(QStringLiteral("missing_indicator")).toBool(true);
    t.log = json.value(QStringLiteral("log")).toBool(false);
    const QJsonValue bins = json.value(QStringLiteral("bins"));
    if (!bins.isUndefined() && (!bins.isDouble() || bins.toDouble() < 0 || bins.toDouble() > 255))
        return Error {Error::Kind::InvalidArgument,
                      FeatureConfig::tr("“bins” must be a whole number from 0 to 255")};
    t.bins = bins.toInt(0);
    return t;
}

QJsonObject FeatureConfig::toJson() const
{
    QJsonObject columns;
    for (auto it = m_columns.begin(); it != m_columns.end(); ++it)
        columns.insert(it.key(), it->toJson());
    return {{QStringLiteral("columns"), columns}};
}

Result<FeatureConfig> FeatureConfig::fromJson(const QJsonObject &json)
{
    FeatureConfig config;
    const QJsonObject columns = json.value(QStringLiteral("columns")).toObject();
    for (auto it = columns.begin(); it != columns.end(); ++it) {
        auto t = Transform::fromJson(it->toObject());
        if (!t)
            return Error {Error::Kind::InvalidArgument,
                          FeatureConfig::tr("column “%1”: %2").arg(it.key(), t.error().message)};
        config.setTransform(it.key(), t.value());
    }
    return config;
}

Result<FeatureConfig> FeatureConfig::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {Error::Kind::Io, FeatureConfig::tr("%1: %2").arg(path, file.errorString())};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (!doc.isObject())
        return Error {Error::Kind::InvalidArgument,
                      FeatureConfig::tr("%1 is not a JSON object (%2 at byte %3)")
                          .arg(path, error.errorString())
                          .arg(error.offset)};
    auto config = fromJson(doc.object());
    if (!config)
        return Error {Error::Kind::InvalidArgument,
                      FeatureConfig::tr("%1: %2").arg(path, config.error().message)};
    return config;
}

Result<bool> FeatureConfig::save(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(toJson()).toJson()) < 0
        || !file.commit())
        return Error {Error::Kind::Io, FeatureConfig::tr("%1: %2").arg(path, file.errorString())};
    return true;
}

} // namespace churnlab

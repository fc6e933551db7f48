#include "core/tracking/MlflowExport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QUrl>

#include <map>

namespace churnlab {

namespace {

// A YAML scalar MLflow's loader reads back as the same string.
QString quoted(const QString &s)
{
    return QLatin1Char('\'') + QString(s).replace(QLatin1Char('\''), QStringLiteral("''"))
        + QLatin1Char('\'');
}

// MLflow's file store refuses some characters in param, metric and tag names.
QString safeKey(QString key)
{
    for (QChar &c : key)
        if (!(c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('-')
              || c == QLatin1Char('.') || c == QLatin1Char(' ') || c == QLatin1Char('/')))
            c = QLatin1Char('_');
    return key.replace(QLatin1Char('/'), QLatin1Char('_'));
}

bool writeFile(const QString &path, const QByteArray &bytes, QString &error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        error = QStringLiteral("%1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

QString jsonText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    return {};
}

} // namespace

QString MlflowExport::runId(const QString &store, qint64 id)
{
    return QString::fromLatin1(
        QCryptographicHash::hash((store + QLatin1Char('#') + QString::number(id)).toUtf8(),
                                 QCryptographicHash::Md5)
            .toHex());
}

Result<int> MlflowExport::write(const QList<RunRecord> &runs, const QString &store,
                                const QString &directory)
{
    QDir root(directory);
    if (!root.mkpath(QStringLiteral(".")))
        return Error {Error::Kind::Io, tr("Cannot create %1.").arg(directory)};
    const QString rootPath = root.absolutePath();
    std::map<QString, int> experiments;
    for (const RunRecord &r : runs)
        experiments.emplace(r.experiment, 0);
    int next = 1;
    for (auto &[name, id] : experiments)
        id = next++;
    QString error;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const auto &[name, id] : experiments) {
        const QString dir = rootPath + QLatin1Char('/') + QString::number(id);
        const QString meta =
            QStringLiteral("artifact_location: %1\ncreation_time: %2\nexperiment_id: '%3'\n"
                           "last_update_time: %2\nlifecycle_stage: active\nname: %4\n")
                .arg(quoted(QUrl::fromLocalFile(dir).toString()))
                .arg(now)
                .arg(id)
                .arg(quoted(name));
        if (!writeFile(dir + QStringLiteral("/meta.yaml"), meta.toUtf8(), error))
            return Error {Error::Kind::Io, error};
    }
    for (const RunRecord &r : runs) {
        const int experiment = experiments.at(r.experiment);
        const QString rid = runId(store, r.id);
        const QString dir = rootPath + QStringLiteral("/%1/%2").arg(experiment).arg(rid);
        const qint64 start = r.started.toMSecsSinceEpoch();
        const qint64 end = start + qint64(r.seconds * 1000);
        // MLflow's RunStatus: FINISHED 3, FAILED 4, KILLED 5.
        const int status = r.status == RunRecord::Status::Finished ? 3
            : r.status == RunRecord::Status::Failed                ? 4
                                                                   : 5;
        const QString name = QStringLiteral("%1-%2").arg(r.learner).arg(r.id);
        const QString meta =
            QStringLiteral("artifact_uri: %1\nend_time: %2\nentry_point_name: ''\nexperiment_id: "
                           "'%3'\nlifecycle_stage: active\nrun_id: %4\nrun_name: %5\nrun_uuid: "
                           "%4\nsource_name: ''\nsource_type: 4\nsource_version: ''\nstart_time: "
                           "%6\nstatus: %7\ntags: []\nuser_id: %8\n")
                .arg(quoted(QUrl::fromLocalFile(dir + QStringLiteral("/artifacts")).toString()))
                .arg(end)
                .arg(experiment)
                .arg(rid, quoted(name))
                .arg(start)
                .arg(status)
                .arg(quoted(r.user));
        if (!writeFile(dir + QStringLiteral("/meta.yaml"), meta.toUtf8(), error))
            return Error {Error::Kind::Io, error};
        std::map<QString, QString> params {{QStringLiteral("learner"), r.learner},
                                           {QStringLiteral("seed"), QString::number(r.seed)}};
        for (auto it = r.params.begin(); it != r.params.end(); ++it)
            params[safeKey(it.key())] = jsonText(it.value());
        const QJsonObject validation = r.spec.value(QStringLiteral("validation")).toObject();
        for (auto it = validation.begin(); it != validation.end(); ++it)
            params[QStringLiteral("validation.") + safeKey(it.key())] = jsonText(it.value());
        params[QStringLiteral("data.file")] = r.data.value(QStringLiteral("file")).toString();
        params[QStringLiteral("data.sha256")] = r.data.value(QStringLiteral("sha256")).toString();
        for (const auto &[key, value] : params)
            if (!writeFile(dir + QStringLiteral("/params/") + key, value.toUtf8(), error))
                return Error {Error::Kind::Io, error};
        for (auto it = r.metrics.begin(); it != r.metrics.end(); ++it)
            if (it.value().isDouble()
                && !writeFile(dir + QStringLiteral("/metrics/") + safeKey(it.key()),
                              QStringLiteral("%1 %2 0\n")
                                  .arg(end)
                                  .arg(it.value().toDouble(), 0, 'g', 17)
                                  .toUtf8(),
                              error))
                return Error {Error::Kind::Io, error};
        QDir().mkpath(dir + QStringLiteral("/metrics"));
        std::map<QString, QString> tags {
            {QStringLiteral("mlflow.runName"), name},
            {QStringLiteral("mlflow.user"), r.user},
            {QStringLiteral("mlflow.source.name"), QStringLiteral("churnlab-") + r.source},
            {QStringLiteral("churnlab.version"), r.churnlabVersion},
            {QStringLiteral("churnlab.run_id"), QString::number(r.id)}};
        if (!r.note.isEmpty())
            tags[QStringLiteral("mlflow.note.content")] = r.note;
        if (!r.error.isEmpty())
            tags[QStringLiteral("churnlab.error")] = r.error;
        for (const QString &t : r.tags)
            tags[QStringLiteral("churnlab.tag.") + safeKey(t)] = QStringLiteral("true");
        for (const auto &[key, value] : tags)
            if (!writeFile(dir + QStringLiteral("/tags/") + key, value.toUtf8(), error))
                return Error {Error::Kind::Io, error};
        QDir().mkpath(dir + QStringLiteral("/artifacts"));
        if (!r.bundle.isEmpty() && QFileInfo::exists(r.bundle)) {
            const QString target =
                dir + QStringLiteral("/artifacts/") + QFileInfo(r.bundle).fileName();
            QFile::remove(target);
            if (!QFile::copy(r.bundle, target))
                return Error {Error::Kind::Io, tr("Cannot copy %1 to %2.").arg(r.bundle, target)};
        }
    }
    return int(runs.size());
}

} // namespace churnlab

#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

namespace churnlab {

// One training run as the tracking store keeps it: what data it saw, how it was set up, how it
// did, how long it took, what it produced, and who ran it with which ChurnLab. Runs that
// failed or were cancelled are kept too, with their status and the reason.
struct RunRecord
{
    enum class Status { Finished, Failed, Cancelled };

    qint64 id = 0; // given by the store
    QString experiment = QStringLiteral("default");
    QDateTime started; // UTC
    double seconds = 0;
    Status status = Status::Finished;
    QString error;
    QString user;
    QString churnlabVersion;
    QString source; // "gui", "cli"
    QJsonObject data; // DataFingerprint
    QString learner;
    QJsonObject params;
    quint64 seed = 42;
    QJsonObject spec; // the whole TrainSpec
    QJsonObject metrics; // test metrics (BinaryMetrics::toJson)
    QJsonObject foldMetrics; // cross-validation: per-fold values
    double trainSeconds = 0;
    QString bundle; // path of the bundle the run produced, if any
    QStringList tags;
    QString note;

    static QString statusName(Status s);
    static std::optional<Status> statusFromName(const QString &name);
    QJsonObject toJson() const;
};

} // namespace churnlab

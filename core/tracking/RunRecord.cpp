#include "core/tracking/RunRecord.h"

#include <QJsonArray>

namespace churnlab {

QString RunRecord::statusName(Status s)
{
    switch (s) {
    case Status::Finished:
        return QStringLiteral("finished");
    case Status::Failed:
        return QStringLiteral("failed");
    case Status::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<RunRecord::Status> RunRecord::statusFromName(const QString &name)
{
    for (Status s : {Status::Finished, Status::Failed, Status::Cancelled})
        if (statusName(s) == name)
            return s;
    return std::nullopt;
}

QJsonObject RunRecord::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("experiment"), experiment},
            {QStringLiteral("started"), started.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("seconds"), seconds},
            {QStringLiteral("status"), statusName(status)},
            {QStringLiteral("error"), error},
            {QStringLiteral("user"), user},
            {QStringLiteral("churnlab_version"), churnlabVersion},
            {QStringLiteral("source"), source},
            {QStringLiteral("data"), data},
            {QStringLiteral("learner"), learner},
            {QStringLiteral("params"), params},
            {QStringLiteral("seed"), QString::number(seed)},
            {QStringLiteral("spec"), spec},
            {QStringLiteral("metrics"), metrics},
            {QStringLiteral("fold_metrics"), foldMetrics},
            {QStringLiteral("train_seconds"), trainSeconds},
            {QStringLiteral("bundle"), bundle},
            {QStringLiteral("tags"), QJsonArray::fromStringList(tags)},
            {QStringLiteral("note"), note}};
}

} // namespace churnlab

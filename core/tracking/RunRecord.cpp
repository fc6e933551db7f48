#include "core/tracking/RunRecord.h"

#include "core/EnumNames.h"

#include <QJsonArray>

namespace churnlab {

namespace {

const EnumNames<RunRecord::Status> &statusNames()
{
    static const EnumNames<RunRecord::Status> names {{RunRecord::Status::Finished, "finished"},
                                                     {RunRecord::Status::Failed, "failed"},
                                                     {RunRecord::Status::Cancelled, "cancelled"}};
    return names;
}

} // namespace

QString RunRecord::statusName(Status s)
{
    return statusNames().name(s);
}

std::optional<RunRecord::Status> RunRecord::statusFromName(const QString &name)
{
    return statusNames().value(name);
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

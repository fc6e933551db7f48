#include "core/automl/AutoMlTrial.h"

#include "core/EnumNames.h"

#include <cmath>

namespace churnlab {

QString AutoMlTrial::statusId(Status s)
{
    static const EnumNames<Status> names {
        {Status::Done, "done"}, {Status::Failed, "failed"}, {Status::Stopped, "stopped"}};
    return names.name(s);
}

QJsonObject AutoMlTrial::toJson() const
{
    QJsonObject o {
        {QStringLiteral("number"), number},           {QStringLiteral("learner"), learner},
        {QStringLiteral("params"), params},           {QStringLiteral("rung"), rung},
        {QStringLiteral("fraction"), fraction},       {QStringLiteral("rows"), rows},
        {QStringLiteral("seconds"), seconds},         {QStringLiteral("elapsed"), elapsed},
        {QStringLiteral("status"), statusId(status)}, {QStringLiteral("full"), full}};
    if (status == Status::Done)
        o.insert(QStringLiteral("value"), value);
    if (std::isfinite(bestSoFar))
        o.insert(QStringLiteral("best_so_far"), bestSoFar);
    if (!message.isEmpty())
        o.insert(QStringLiteral("message"), message);
    return o;
}

} // namespace churnlab

#include "core/automl/AutoMlTrial.h"

#include <cmath>

namespace churnlab {

QString AutoMlTrial::statusId(Status s)
{
    switch (s) {
    case Status::Done:
        return QStringLiteral("done");
    case Status::Failed:
        return QStringLiteral("failed");
    case Status::Stopped:
        break;
    }
    return QStringLiteral("stopped");
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

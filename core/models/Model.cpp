#include "core/models/Model.h"

namespace churnlab {

QJsonObject Model::toJson() const
{
    return {{QStringLiteral("format"), QStringLiteral("churnlab-model")},
            {QStringLiteral("version"), kFormatVersion},
            {QStringLiteral("learner"), name()},
            {QStringLiteral("features"), featureCount()},
            {QStringLiteral("params"), params()},
            {QStringLiteral("state"), state()}};
}

} // namespace churnlab

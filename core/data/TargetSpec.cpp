#include "core/data/TargetSpec.h"

#include "core/JsonFields.h"

#include <QCoreApplication>

namespace churnlab {

QJsonObject TargetSpec::toJson() const
{
    return {{QStringLiteral("column"), column},
            {QStringLiteral("positive"), positive},
            {QStringLiteral("drop_other_values"), dropOtherValues}};
}

Result<TargetSpec> TargetSpec::fromJson(const QJsonObject &json)
{
    JsonFields f(json, TargetSpec::tr("target"));
    TargetSpec t;
    t.column = f.text("column");
    if (f.has("positive"))
        t.positive = f.text("positive");
    if (f.has("drop_other_values"))
        t.dropOtherValues = f.boolean("drop_other_values");
    if (f.ok() && t.column.isEmpty())
        f.fail(QStringLiteral("column"), TargetSpec::tr("must name a column"));
    if (!f.ok())
        return f.error();
    return t;
}

} // namespace churnlab

#include "core/models/HyperParameter.h"

#include <QCoreApplication>

namespace churnlab {

QString HyperParameter::translatedDescription() const
{
    return description ? HyperParameter::tr(description) : QString();
}

QString HyperParameter::rangeText() const
{
    switch (type) {
    case Type::Choice:
        return HyperParameter::tr("one of %1").arg(choices.join(QStringLiteral(", ")));
    case Type::Integer:
        return HyperParameter::tr("a whole number from %1 to %2")
            .arg(low, 0, 'g', 12)
            .arg(high, 0, 'g', 12);
    case Type::Real:
        break;
    }
    return HyperParameter::tr("a number from %1 to %2").arg(low).arg(high);
}

} // namespace churnlab

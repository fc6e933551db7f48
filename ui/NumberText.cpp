#include "ui/NumberText.h"

#include "core/models/HyperParameter.h"

#include <QLocale>

#include <cmath>

namespace NumberText {

QString stored(double value)
{
    if (std::isnan(value))
        return {};
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("∞") : QStringLiteral("−∞");
    QLocale locale;
    // Stored values are read back as written: no thousands separators.
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    // Fixed notation keeps IDs and amounts whole; tiny and huge values read better in powers.
    const double magnitude = std::abs(value);
    const bool plain = magnitude == 0 || (magnitude >= 1e-6 && magnitude < 1e15);
    return locale.toString(value, plain ? 'f' : 'g', QLocale::FloatingPointShortest);
}

QString measure(double value, int decimals)
{
    return std::isfinite(value) ? QLocale().toString(value, 'f', decimals) : QStringLiteral("—");
}

QString percent(double share, int decimals)
{
    return std::isfinite(share)
        ? QStringLiteral("%1 %").arg(QLocale().toString(100 * share, 'f', decimals))
        : QStringLiteral("—");
}

QString count(qint64 n)
{
    return QLocale().toString(n);
}

QString params(const QJsonObject &params)
{
    QStringList parts;
    for (auto it = params.begin(); it != params.end(); ++it) {
        const QJsonValue v = it.value();
        const QString value = v.isDouble() ? stored(v.toDouble())
            : v.isBool() ? (v.toBool() ? QStringLiteral("✓") : QStringLiteral("✗"))
                         : v.toVariant().toString();
        parts << QStringLiteral("%1 %2").arg(churnlab::HyperParameter::labelOf(it.key()), value);
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace NumberText

#include "core/data/xlsx/XlsxNumberFormat.h"

#include <cmath>

namespace churnlab {

XlsxNumberFormat::Kind XlsxNumberFormat::ofBuiltin(int id)
{
    if ((id >= 14 && id <= 17) || (id >= 27 && id <= 31) || (id >= 34 && id <= 36)
        || (id >= 50 && id <= 58))
        return Kind::Date;
    if (id == 22)
        return Kind::DateTime;
    if ((id >= 18 && id <= 21) || (id >= 32 && id <= 33) || (id >= 45 && id <= 47))
        return Kind::Time;
    if (id == 49)
        return Kind::Text;
    if (id == 9 || id == 10)
        return Kind::Percent;
    return Kind::General;
}

XlsxNumberFormat::Kind XlsxNumberFormat::ofCode(const QString &code)
{
    if (code.trimmed() == QLatin1String("@"))
        return Kind::Text;
    // Only the first section (positive numbers) decides; quoted text, escaped characters,
    // [colour] and [$-locale] brackets say nothing about dates, but [h] [mm] [ss] do.
    bool dayOrYear = false, month = false, time = false, percent = false, inQuote = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code[i];
        if (inQuote) {
            inQuote = c != QLatin1Char('"');
            continue;
        }
        if (c == QLatin1Char('"')) {
            inQuote = true;
        } else if (c == QLatin1Char('\\') || c == QLatin1Char('_') || c == QLatin1Char('*')) {
            ++i; // the next character is literal (or padding)
        } else if (c == QLatin1Char(';')) {
            break;
        } else if (c == QLatin1Char('[')) {
            const qsizetype end = code.indexOf(QLatin1Char(']'), i);
            const QString inside = code.mid(i + 1, end < 0 ? -1 : end - i - 1).toLower();
            if (!inside.isEmpty()
                && (inside[0] == QLatin1Char('h') || inside[0] == QLatin1Char('m')
                    || inside[0] == QLatin1Char('s')))
                time = true;
            if (end < 0)
                break;
            i = end;
        } else if (c == QLatin1Char('%')) {
            percent = true;
        } else {
            const QChar l = c.toLower();
            if (l == QLatin1Char('y') || l == QLatin1Char('d'))
                dayOrYear = true;
            else if (l == QLatin1Char('h') || l == QLatin1Char('s'))
                time = true;
            else if (l == QLatin1Char('m'))
                month = true; // or minutes, after an h: decided below
            else if (l == QLatin1Char('e') && i + 1 < code.size()
                     && (code[i + 1] == QLatin1Char('+') || code[i + 1] == QLatin1Char('-')))
                ++i; // scientific notation, 0.00E+00
            else if (l == QLatin1Char('e'))
                dayOrYear = true; // "e": the Japanese era year
            else if (l == QLatin1Char('g') && code.mid(i, 7).toLower() == QLatin1String("general"))
                i += 6;
        }
    }
    if (time)
        return dayOrYear ? Kind::DateTime : Kind::Time;
    if (dayOrYear || month)
        return Kind::Date;
    return percent ? Kind::Percent : Kind::General;
}

std::optional<qint64> XlsxNumberFormat::milliseconds(double serial, bool date1904)
{
    if (!std::isfinite(serial) || serial < 0 || serial >= 2958466)
        return std::nullopt;
    // Days from 1970-01-01 to each system's day 0: 1899-12-30 and 1904-01-01.
    double day = serial;
    if (!date1904 && serial > 0 && serial < 60)
        day += 1;
    const double epochOffset = date1904 ? -24107.0 : -25569.0;
    return qint64(std::llround((day + epochOffset) * 86400000.0));
}

std::optional<qint64> XlsxNumberFormat::days(double serial, bool date1904)
{
    const auto ms = milliseconds(serial, date1904);
    if (!ms)
        return std::nullopt;
    return qint64(std::floor(double(*ms) / 86400000.0));
}

} // namespace churnlab

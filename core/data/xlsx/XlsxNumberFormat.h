#pragma once

#include <QString>

#include <optional>

namespace churnlab {

// What a cell's number format says about the number in it: Excel stores dates and times as
// numbers (serial days) and only the format tells them apart; a text format ("@") marks
// digits the author wanted kept as text (codes, ZIPs).
class XlsxNumberFormat
{
public:
    enum class Kind { General, Date, DateTime, Time, Text, Percent };

    // A built-in format id (0–163) or a custom format code.
    static Kind ofBuiltin(int id);
    static Kind ofCode(const QString &code);

    // A serial day number as days since 1970-01-01 and milliseconds since the epoch, in the
    // workbook's date system. 1900 system: day 1 is 1900-01-01, and serials below 60 are moved
    // by one day for Lotus 1-2-3's phantom 1900-02-29, as openpyxl does; 1904 system: day 0 is
    // 1904-01-01. Serials outside Excel's range (before 1900 or after 9999) give nullopt.
    static std::optional<qint64> days(double serial, bool date1904);
    static std::optional<qint64> milliseconds(double serial, bool date1904);
};

} // namespace churnlab

#include "core/data/ValueParser.h"

#include <array>
#include <charconv>
#include <cstdlib>
#include <cstring>
#include <string>

namespace churnlab::ValueParser {

namespace {

bool equalsIgnoreCase(std::string_view a, std::string_view lowerB)
{
    if (a.size() != lowerB.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        char c = a[i];
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
        if (c != lowerB[i])
            return false;
    }
    return true;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Reads 1..maxDigits digits at pos; advances pos.
bool readNumber(std::string_view v, size_t &pos, int minDigits, int maxDigits, int &out)
{
    int n = 0;
    int value = 0;
    while (pos < v.size() && isDigit(v[pos]) && n < maxDigits) {
        value = value * 10 + (v[pos] - '0');
        ++pos;
        ++n;
    }
    if (n < minDigits || (pos < v.size() && isDigit(v[pos])))
        return false;
    out = value;
    return true;
}

bool isLeap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

bool validDate(int y, int m, int d)
{
    static constexpr std::array<int, 12> days {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1)
        return false;
    return d <= days[size_t(m - 1)] + (m == 2 && isLeap(y) ? 1 : 0);
}

// Parses the date part at the start of v; pos is left after it.
std::optional<std::int64_t> parseDatePart(std::string_view v, DateOrder order, size_t &pos)
{
    int a = 0, b = 0, c = 0;
    size_t p = 0;
    // ISO: yyyy-mm-dd
    if (v.size() >= 10 && isDigit(v[0]) && isDigit(v[3]) && v[4] == '-') {
        if (!readNumber(v, p, 4, 4, a) || v[p] != '-')
            return std::nullopt;
        ++p;
        if (!readNumber(v, p, 2, 2, b) || p >= v.size() || v[p] != '-')
            return std::nullopt;
        ++p;
        if (!readNumber(v, p, 2, 2, c) || !validDate(a, b, c))
            return std::nullopt;
        pos = p;
        return daysFromCivil(a, unsigned(b), unsigned(c));
    }
    if (!readNumber(v, p, 1, 2, a) || p >= v.size())
        return std::nullopt;
    const char sep = v[p];
    if (sep != '/' && sep != '.' && sep != '-')
        return std::nullopt;
    ++p;
    if (!readNumber(v, p, 1, 2, b) || p >= v.size() || v[p] != sep)
        return std::nullopt;
    ++p;
    int y = 0;
    if (!readNumber(v, p, 4, 4, y))
        return std::nullopt;
    int day = a, month = b;
    if (order == DateOrder::MonthFirst || (order == DateOrder::Unknown && !validDate(y, b, a)))
        std::swap(day, month);
    if (!validDate(y, month, day))
        return std::nullopt;
    pos = p;
    return daysFromCivil(y, unsigned(month), unsigned(day));
}

} // namespace

std::int64_t daysFromCivil(int y, unsigned m, unsigned d)
{
    // Howard Hinnant's days_from_civil: exact for the proleptic Gregorian calendar.
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + std::int64_t(doe) - 719468;
}

bool isBlank(std::string_view v)
{
    for (char c : v)
        if (c != ' ' && c != '\t')
            return false;
    return true;
}

bool isMissingTokenSlow(std::string_view v)
{
    // Most cells are longer than any token and do not start with a blank: decide at once.
    if (v.size() > 13 && v.front() != ' ' && v.front() != '\t' && v.back() != ' '
        && v.back() != '\t')
        return false;
    while (!v.empty() && (v.front() == ' ' || v.front() == '\t'))
        v.remove_prefix(1);
    while (!v.empty() && (v.back() == ' ' || v.back() == '\t'))
        v.remove_suffix(1);
    // The CSV rules' tokens, pandas' default NA values and Excel's error values
    // (MissingTokens::defaults lists them for people).
    switch (v.size()) {
    case 0:
        return true;
    case 1:
        return v[0] == '?';
    case 2:
        return v == "NA";
    case 3:
        return v == "N/A" || v == "NaN" || v == "n/a" || v == "nan" || v == "#NA";
    case 4:
        return v == "null" || v == "NULL" || v == "#N/A" || v == "-NaN" || v == "-nan"
            || v == "<NA>" || v == "None";
    case 5:
        return v == "#REF!" || v == "#NUM!";
    case 6:
        return v == "1.#IND" || v == "#NAME?" || v == "#NULL!" || v == "#CALC!";
    case 7:
        return v == "-1.#IND" || v == "1.#QNAN" || v == "#DIV/0!" || v == "#VALUE!"
            || v == "#SPILL!";
    case 8:
        return v == "#N/A N/A" || v == "-1.#QNAN";
    case 13:
        return v == "#GETTING_DATA";
    default:
        return false;
    }
}

std::optional<std::int64_t> parseInteger(std::string_view v)
{
    if (v.empty())
        return std::nullopt;
    // Short unsigned digit runs (ages, counts, tenures) are most integer cells: no overflow
    // is possible below 19 digits, so they need no library call.
    if (v.size() <= 18) {
        std::int64_t value = 0;
        size_t i = 0;
        for (; i < v.size(); ++i) {
            const unsigned digit = unsigned(v[i]) - unsigned('0');
            if (digit > 9)
                break;
            value = value * 10 + digit;
        }
        if (i == v.size())
            return value;
        // from_chars would stop at the same non-digit: a date or a decimal, not an integer.
        if (i > 0)
            return std::nullopt;
    }
    size_t start = (v[0] == '+') ? 1 : 0;
    if (start == 1 && (v.size() == 1 || v[1] == '-'))
        return std::nullopt;
    std::int64_t out = 0;
    const char *end = v.data() + v.size();
    auto [ptr, ec] = std::from_chars(v.data() + start, end, out);
    if (ec != std::errc() || ptr != end)
        return std::nullopt;
    return out;
}

namespace {

// Plain decimals such as 54.91 or -3: an optional minus, at most 19 digits and one decimal
// separator. Their significand is an exact integer below 2^53 and the power of ten is exact
// up to 1e22, so a single division rounds correctly, as from_chars does; anything else
// (exponents, long digit runs, inf) is left to it. notANumber: digits followed by a character
// no number can have there (a date's '-', a '/', a letter other than e): from_chars would
// stop at it too, so there is nothing left to try.
std::optional<double> parsePlainDecimal(std::string_view v, bool decimalComma, bool &notANumber)
{
    static constexpr double kPow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                        1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                        1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    size_t i = v[0] == '-' ? 1 : 0;
    const bool negative = i == 1;
    std::uint64_t significand = 0;
    int digits = 0, fraction = 0;
    bool point = false;
    for (; i < v.size(); ++i) {
        const unsigned digit = unsigned(v[i]) - unsigned('0');
        if (digit <= 9) {
            if (++digits > 19)
                return std::nullopt;
            significand = significand * 10 + digit;
            fraction += point;
        } else if (!point && (v[i] == '.' || (decimalComma && v[i] == ','))) {
            point = true;
        } else {
            notANumber = digits > 0 && v[i] != 'e' && v[i] != 'E';
            return std::nullopt;
        }
    }
    if (digits == 0 || significand >= (std::uint64_t(1) << 53))
        return std::nullopt;
    const double x = double(significand) / kPow10[fraction];
    return negative ? -x : x;
}

} // namespace

std::optional<double> parseReal(std::string_view v, bool decimalComma)
{
    if (v.empty())
        return std::nullopt;
    bool notANumber = false;
    if (auto x = parsePlainDecimal(v, decimalComma, notANumber))
        return x;
    if (notANumber)
        return std::nullopt;
    char buffer[64];
    if (decimalComma && v.find(',') != std::string_view::npos) {
        if (v.size() >= sizeof buffer || v.find('.') != std::string_view::npos
            || v.find(',') != v.rfind(','))
            return std::nullopt;
        std::memcpy(buffer, v.data(), v.size());
        buffer[v.find(',')] = '.';
        v = std::string_view(buffer, v.size());
    }
    size_t start = 0;
    if (v[0] == '+') {
        start = 1;
        if (v.size() == 1 || v[1] == '-' || v[1] == '+')
            return std::nullopt;
    }
    const char first = v[start];
    // from_chars also takes "nan" and hex-less forms; NaN is a missing token, not a value.
    if (!(isDigit(first) || first == '.' || first == '-' || first == 'i' || first == 'I'))
        return std::nullopt;
    if ((first == '-' && v.size() > start + 1 && (v[start + 1] == 'n' || v[start + 1] == 'N')))
        return std::nullopt;
    double out = 0;
    const char *end = v.data() + v.size();
    auto [ptr, ec] = std::from_chars(v.data() + start, end, out);
    if (ptr != end)
        return std::nullopt;
    if (ec == std::errc::result_out_of_range) {
        // from_chars refuses overflow and underflow; like strtod we give ±inf or 0.
        const std::string copy(v.substr(start));
        out = std::strtod(copy.c_str(), nullptr);
    } else if (ec != std::errc()) {
        return std::nullopt;
    }
    return out;
}

std::optional<bool> parseBoolean(std::string_view v, unsigned *pairMask)
{
    unsigned mask = 0;
    bool value = false;
    switch (v.size()) {
    case 1:
        if (v[0] == '1' || v[0] == '0')
            mask = ZeroOne, value = v[0] == '1';
        else if (v[0] == 'y' || v[0] == 'Y')
            mask = YN, value = true;
        else if (v[0] == 'n' || v[0] == 'N')
            mask = YN, value = false;
        else if (v[0] == 't' || v[0] == 'T')
            mask = TrueFalse, value = true; // PostgreSQL's output, and its CSV exports
        else if (v[0] == 'f' || v[0] == 'F')
            mask = TrueFalse, value = false;
        break;
    case 2:
        if (equalsIgnoreCase(v, "no"))
            mask = YesNo, value = false;
        break;
    case 3:
        if (equalsIgnoreCase(v, "yes"))
            mask = YesNo, value = true;
        break;
    case 4:
        if (equalsIgnoreCase(v, "true"))
            mask = TrueFalse, value = true;
        break;
    case 5:
        if (equalsIgnoreCase(v, "false"))
            mask = TrueFalse, value = false;
        break;
    default:
        break;
    }
    if (pairMask)
        *pairMask = mask;
    if (!mask)
        return std::nullopt;
    return value;
}

std::optional<std::int64_t> parseDate(std::string_view v, DateOrder order)
{
    size_t pos = 0;
    auto d = parseDatePart(v, order, pos);
    if (!d || pos != v.size())
        return std::nullopt;
    return d;
}

std::optional<std::int64_t> parseDateTime(std::string_view v, DateOrder order)
{
    size_t pos = 0;
    auto d = parseDatePart(v, order, pos);
    if (!d || pos >= v.size() || (v[pos] != 'T' && v[pos] != ' '))
        return std::nullopt;
    ++pos;
    int h = 0, mi = 0, s = 0, ms = 0;
    if (!readNumber(v, pos, 1, 2, h) || pos >= v.size() || v[pos] != ':')
        return std::nullopt;
    ++pos;
    if (!readNumber(v, pos, 2, 2, mi))
        return std::nullopt;
    if (pos < v.size() && v[pos] == ':') {
        ++pos;
        if (!readNumber(v, pos, 2, 2, s))
            return std::nullopt;
        if (pos < v.size() && v[pos] == '.') {
            ++pos;
            int digits = 0;
            while (pos < v.size() && isDigit(v[pos])) {
                if (digits < 3)
                    ms = ms * 10 + (v[pos] - '0');
                ++digits;
                ++pos;
            }
            if (digits == 0)
                return std::nullopt;
            for (; digits < 3; ++digits)
                ms *= 10;
        }
    }
    if (pos < v.size() && v[pos] == 'Z')
        ++pos;
    if (pos != v.size() || h > 23 || mi > 59 || s > 60)
        return std::nullopt;
    return *d * 86400000LL + ((h * 60LL + mi) * 60 + s) * 1000 + ms;
}

} // namespace churnlab::ValueParser

#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace churnlab {

enum class DateOrder { Unknown, DayFirst, MonthFirst };

// Parses single cell values (already unquoted and trimmed UTF-8) the way the CSV rules say:
// strict, locale-independent, and fast enough to run on every cell of a large file.
namespace ValueParser {

bool isMissingTokenSlow(std::string_view v);
bool isBlank(std::string_view v); // empty, or only spaces and tabs

// The default missing tokens (MissingTokens::defaults): empty and whitespace-only cells, the
// CSV rules' NA, N/A, null, NULL, NaN and ?, pandas' default list (#N/A, None, nan, <NA>, …)
// and Excel's error values (#DIV/0!, #VALUE!, …). Inline, because the reader asks it of every
// cell twice: a cell that neither starts with one of the tokens' first characters nor has
// blanks around it is decided without a call.
inline bool isMissingToken(std::string_view v)
{
    if (!v.empty()) {
        const char first = v.front(), last = v.back();
        if (first != '?' && first != 'N' && first != 'n' && first != '#' && first != '<'
            && first != '-' && first != '1' && first != ' ' && first != '\t' && last != ' '
            && last != '\t')
            return false;
    }
    return isMissingTokenSlow(v);
}

std::optional<std::int64_t> parseInteger(std::string_view v);
// Accepts 1e5, -0.0, +3, .5, 5., inf/Infinity with sign; with decimalComma, "1,5" is 1.5.
std::optional<double> parseReal(std::string_view v, bool decimalComma);

// Yes/No, True/False, T/F (as PostgreSQL writes them), Y/N in any case, and 1/0. pairMask gets a
// bit per pair the value belongs to.
std::optional<bool> parseBoolean(std::string_view v, unsigned *pairMask = nullptr);
enum BooleanPair : unsigned { YesNo = 1, TrueFalse = 2, YN = 4, ZeroOne = 8 };

// Days since 1970-01-01. ISO yyyy-mm-dd, or d/m/yyyy and m/d/yyyy ('/', '.' or '-');
// with DateOrder::Unknown, ISO first, then day-first, then month-first.
std::optional<std::int64_t> parseDate(std::string_view v, DateOrder order);
// Milliseconds since the epoch (UTC): a date as above, 'T' or a space, then hh:mm[:ss[.fff]]
// and an optional 'Z'.
std::optional<std::int64_t> parseDateTime(std::string_view v, DateOrder order);

std::int64_t daysFromCivil(int y, unsigned m, unsigned d);

} // namespace ValueParser
} // namespace churnlab

#pragma once

#include "core/data/MissingTokens.h"

#include <string>
#include <string_view>
#include <vector>

namespace churnlab {

// How a cell's text is read, beyond the dialect's quoting: the decimal mark, which texts are
// missing, and (opt-in) a thousands separator. A value grouped exactly as numbers are
// ("1,234.50"; "1.234,50" with a decimal comma) loses its separators before it is typed; any
// other text is left as it is.
struct CellRules
{
    bool decimalComma = false;
    MissingTokens missing;
    char thousands = 0;

    // The thousands separator every value is grouped with (',' with a decimal point, '.' with
    // a decimal comma) when at least one value is grouped and the others are plain numbers;
    // 0 when there is none. The quality checks and the import preview offer it.
    static char groupingOf(const std::vector<std::string_view> &values);

    std::string_view clean(std::string_view v) const
    {
        if (!thousands || v.find(thousands) == std::string_view::npos)
            return v;
        return grouped(v);
    }

private:
    std::string_view grouped(std::string_view v) const;
};

} // namespace churnlab

#pragma once

#include "core/data/MissingTokens.h"

#include <string>
#include <string_view>

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

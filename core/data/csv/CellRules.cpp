#include "core/data/csv/CellRules.h"

#include "core/data/ValueParser.h"

namespace churnlab {

char CellRules::groupingOf(const std::vector<std::string_view> &values)
{
    for (const char sep : {',', '.'}) {
        CellRules rules;
        rules.decimalComma = sep == '.';
        rules.thousands = sep;
        bool all = !values.empty(), grouped = false;
        for (size_t i = 0; i < values.size() && all; ++i) {
            const std::string_view clean = rules.clean(values[i]);
            grouped = grouped || clean.data() != values[i].data();
            all = ValueParser::parseReal(clean, rules.decimalComma).has_value();
        }
        if (all && grouped)
            return sep;
    }
    return 0;
}

std::string_view CellRules::grouped(std::string_view v) const
{
    // [sign] d{1,3} (sep ddd)+ [mark d+]
    const char mark = decimalComma ? ',' : '.';
    if (mark == thousands)
        return v;
    size_t i = 0;
    if (i < v.size() && (v[i] == '-' || v[i] == '+'))
        ++i;
    size_t lead = 0;
    while (i < v.size() && v[i] >= '0' && v[i] <= '9' && lead < 4) {
        ++i;
        ++lead;
    }
    if (lead == 0 || lead > 3)
        return v;
    int groups = 0;
    while (i < v.size() && v[i] == thousands) {
        for (size_t k = 1; k <= 3; ++k)
            if (i + k >= v.size() || v[i + k] < '0' || v[i + k] > '9')
                return v;
        i += 4;
        ++groups;
    }
    if (groups == 0)
        return v;
    if (i < v.size()) {
        if (v[i] != mark || i + 1 >= v.size())
            return v;
        for (size_t k = i + 1; k < v.size(); ++k)
            if (v[k] < '0' || v[k] > '9')
                return v;
    }
    thread_local std::string scratch;
    scratch.clear();
    for (char c : v)
        if (c != thousands)
            scratch.push_back(c);
    return scratch;
}

} // namespace churnlab

#pragma once

#include "core/data/ValueParser.h"

#include <QStringList>

#include <string>
#include <string_view>
#include <vector>

namespace churnlab {

// Which cell texts mean "no value". Empty and blank cells always do. The defaults are the CSV
// rules' tokens, pandas' default list and Excel's error values (defaults()); the user may add
// tokens and may turn the defaults off. Checked for every cell, so the default set is decided
// inline by ValueParser::isMissingToken and only a user's own tokens cost a lookup.
class MissingTokens
{
public:
    MissingTokens() = default;
    MissingTokens(const QStringList &extra, bool useDefaults);

    bool matches(std::string_view v) const
    {
        if (m_defaults) {
            if (ValueParser::isMissingToken(v))
                return true;
        } else if (ValueParser::isBlank(v)) {
            return true;
        }
        return !m_extra.empty() && matchesExtra(v);
    }
    bool usesDefaults() const { return m_defaults; }
    // Every token that counts, for the import preview and the docs.
    QStringList tokens() const;
    static QStringList defaults();

private:
    bool matchesExtra(std::string_view v) const;

    bool m_defaults = true;
    std::vector<std::string> m_extra;
};

} // namespace churnlab

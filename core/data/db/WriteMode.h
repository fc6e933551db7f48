#pragma once

#include <QString>

#include <optional>

namespace churnlab {

// How scores meet a table that exists: replaced (dropped and made anew) or appended to.
enum class WriteMode { Replace, Append };

inline std::optional<WriteMode> writeModeFromName(const QString &name)
{
    if (name == QLatin1String("replace"))
        return WriteMode::Replace;
    if (name == QLatin1String("append"))
        return WriteMode::Append;
    return std::nullopt;
}

} // namespace churnlab

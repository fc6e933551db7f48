#pragma once

#include <QString>

#include <optional>

namespace churnlab {

// The logical type of a column, as inferred from a CSV or chosen by the user.
enum class ColumnType {
    Integer,
    Real,
    Boolean,
    Categorical,
    Text,
    Date, // stored as days since 1970-01-01
    DateTime, // stored as milliseconds since 1970-01-01T00:00:00
};

// Stable lower-case names used in JSON, settings and the CSV corpus ("integer", "real", …).
QString columnTypeName(ColumnType type);
std::optional<ColumnType> columnTypeFromName(const QString &name);
// The name shown to a user, translated.
QString columnTypeLabel(ColumnType type);

inline bool isNumericType(ColumnType t)
{
    return t == ColumnType::Integer || t == ColumnType::Real;
}
inline bool isTemporalType(ColumnType t)
{
    return t == ColumnType::Date || t == ColumnType::DateTime;
}
// Strings: categorical or text, as their number of distinct values decides.
inline bool isStringType(ColumnType t)
{
    return t == ColumnType::Categorical || t == ColumnType::Text;
}
// Types stored as dictionary codes into a list of levels.
inline bool isCodedType(ColumnType t)
{
    return t == ColumnType::Boolean || t == ColumnType::Categorical || t == ColumnType::Text;
}

} // namespace churnlab

#include "core/data/ColumnType.h"

#include "core/EnumNames.h"

#include <QCoreApplication>

namespace churnlab {

namespace {

const EnumNames<ColumnType> &typeNames()
{
    static const EnumNames<ColumnType> names {
        {ColumnType::Integer, "integer"},  {ColumnType::Real, "real"},
        {ColumnType::Boolean, "boolean"},  {ColumnType::Categorical, "categorical"},
        {ColumnType::Text, "text"},        {ColumnType::Date, "date"},
        {ColumnType::DateTime, "datetime"}};
    return names;
}

} // namespace

QString columnTypeName(ColumnType type)
{
    return typeNames().name(type);
}

std::optional<ColumnType> columnTypeFromName(const QString &name)
{
    return typeNames().valueIgnoringCase(name);
}

QString columnTypeLabel(ColumnType type)
{
    switch (type) {
    case ColumnType::Integer:
        return QCoreApplication::translate("churnlab::ColumnType", "Integer");
    case ColumnType::Real:
        return QCoreApplication::translate("churnlab::ColumnType", "Real");
    case ColumnType::Boolean:
        return QCoreApplication::translate("churnlab::ColumnType", "Boolean");
    case ColumnType::Categorical:
        return QCoreApplication::translate("churnlab::ColumnType", "Categorical");
    case ColumnType::Text:
        return QCoreApplication::translate("churnlab::ColumnType", "Text");
    case ColumnType::Date:
        return QCoreApplication::translate("churnlab::ColumnType", "Date");
    case ColumnType::DateTime:
        return QCoreApplication::translate("churnlab::ColumnType", "Date and time");
    }
    return {};
}

} // namespace churnlab

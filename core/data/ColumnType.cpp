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

// An enum has no tr(): the translation context of the type names shown to a user.
class ColumnTypeText
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::ColumnTypeText)
};

QString columnTypeLabel(ColumnType type)
{
    switch (type) {
    case ColumnType::Integer:
        return ColumnTypeText::tr("Integer");
    case ColumnType::Real:
        return ColumnTypeText::tr("Real");
    case ColumnType::Boolean:
        return ColumnTypeText::tr("Boolean");
    case ColumnType::Categorical:
        return ColumnTypeText::tr("Categorical");
    case ColumnType::Text:
        return ColumnTypeText::tr("Text");
    case ColumnType::Date:
        return ColumnTypeText::tr("Date");
    case ColumnType::DateTime:
        return ColumnTypeText::tr("Date and time");
    }
    return {};
}

} // namespace churnlab

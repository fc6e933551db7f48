#include "core/data/ColumnType.h"

#include <QCoreApplication>

namespace churnlab {

QString columnTypeName(ColumnType type)
{
    switch (type) {
    case ColumnType::Integer:
        return QStringLiteral("integer");
    case ColumnType::Real:
        return QStringLiteral("real");
    case ColumnType::Boolean:
        return QStringLiteral("boolean");
    case ColumnType::Categorical:
        return QStringLiteral("categorical");
    case ColumnType::Text:
        return QStringLiteral("text");
    case ColumnType::Date:
        return QStringLiteral("date");
    case ColumnType::DateTime:
        return QStringLiteral("datetime");
    }
    return {};
}

std::optional<ColumnType> columnTypeFromName(const QString &name)
{
    for (auto t :
         {ColumnType::Integer, ColumnType::Real, ColumnType::Boolean, ColumnType::Categorical,
          ColumnType::Text, ColumnType::Date, ColumnType::DateTime}) {
        if (name.compare(columnTypeName(t), Qt::CaseInsensitive) == 0)
            return t;
    }
    return std::nullopt;
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

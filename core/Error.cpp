#include "core/Error.h"

#include "core/EnumNames.h"

#include <QCoreApplication>

namespace churnlab {

namespace {

const EnumNames<Error::Kind> &kindNames()
{
    static const EnumNames<Error::Kind> names {
        {Error::Kind::Io, "io"},
        {Error::Kind::Empty, "empty"},
        {Error::Kind::Binary, "binary"},
        {Error::Kind::InvalidEncoding, "invalid_encoding"},
        {Error::Kind::RaggedRow, "ragged_row"},
        {Error::Kind::UnterminatedQuote, "unterminated_quote"},
        {Error::Kind::InvalidValue, "invalid_value"},
        {Error::Kind::InvalidArgument, "invalid_argument"},
        {Error::Kind::Cancelled, "cancelled"},
        {Error::Kind::MissingColumn, "missing_column"},
        {Error::Kind::Malformed, "malformed"},
        {Error::Kind::NewerFormat, "newer_format"},
        {Error::Kind::Database, "database"},
    };
    return names;
}

} // namespace

QString Error::kindName() const
{
    return kindNames().name(kind);
}

QString Error::describe() const
{
    if (line > 0 && column > 0)
        return Error::tr("Line %1, column %2: %3").arg(line).arg(column).arg(message);
    if (line > 0)
        return Error::tr("Line %1: %2").arg(line).arg(message);
    return message;
}

} // namespace churnlab

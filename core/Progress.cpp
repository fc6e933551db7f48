#include "Progress.h"

#include "Result.h"

#include <QCoreApplication>

namespace churnlab {

void Progress::report(double fraction, const QString &message)
{
    if (m_callback)
        m_callback(fraction, message);
}

Progress &Progress::none()
{
    thread_local Progress silent;
    return silent;
}

QString Error::kindName() const
{
    switch (kind) {
    case Kind::Io:
        return QStringLiteral("io");
    case Kind::Empty:
        return QStringLiteral("empty");
    case Kind::Binary:
        return QStringLiteral("binary");
    case Kind::InvalidEncoding:
        return QStringLiteral("invalid_encoding");
    case Kind::RaggedRow:
        return QStringLiteral("ragged_row");
    case Kind::UnterminatedQuote:
        return QStringLiteral("unterminated_quote");
    case Kind::InvalidValue:
        return QStringLiteral("invalid_value");
    case Kind::InvalidArgument:
        return QStringLiteral("invalid_argument");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QString Error::describe() const
{
    if (line > 0 && column > 0)
        return QCoreApplication::translate("churnlab::Error", "Line %1, column %2: %3")
            .arg(line)
            .arg(column)
            .arg(message);
    if (line > 0)
        return QCoreApplication::translate("churnlab::Error", "Line %1: %2").arg(line).arg(message);
    return message;
}

} // namespace churnlab

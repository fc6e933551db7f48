#pragma once

#include <QCoreApplication>
#include <QString>

namespace churnlab {

// An expected failure as a value: what went wrong, where, and what kind, so callers can
// show it to the user or assert on it in tests without exceptions crossing the event loop.
struct Error
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::Error)

public:
    enum class Kind {
        Io,
        Empty,
        Binary,
        InvalidEncoding,
        RaggedRow,
        UnterminatedQuote,
        InvalidValue,
        InvalidArgument,
        Cancelled,
        MissingColumn,
        Malformed, // saved state (a model, a pipeline, a spec) that is not what it claims
        NewerFormat,
        Database, // a database refused: connection, authentication, SQL, a dropped stream
    };

    Kind kind = Kind::Io;
    QString message;
    qint64 line = 0; // 1-based physical line, 0 when it means nothing
    qint64 column = 0; // 1-based field position, 0 when it means nothing

    // The corpus's and the CLI's name for the kind (e.g. "ragged_row").
    [[nodiscard]] QString kindName() const;
    // The message with its location, as a user reads it.
    [[nodiscard]] QString describe() const;
};

} // namespace churnlab

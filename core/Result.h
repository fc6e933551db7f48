#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace churnlab {

// An expected failure as a value: what went wrong, where, and what kind, so callers can
// show it to the user or assert on it in tests without exceptions crossing the event loop.
struct Error
{
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

template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    {
    }
    Result(Error error)
        : m_data(std::move(error))
    {
    }

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<T>(m_data); }
    const T &value() const & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const Error &error() const { return std::get<Error>(m_data); }

    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }

private:
    std::variant<T, Error> m_data;
};

} // namespace churnlab

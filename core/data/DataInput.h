#pragma once

#include "core/data/db/DatabaseQuery.h"

#include <optional>

namespace churnlab {

// What a command or a dialog reads: a file (CSV, workbook, request log) or a database's table
// or query. A path converts to an input by itself, so every reader that took a path takes a
// database source the same way.
struct DataInput
{
    QString path;
    std::optional<DatabaseQuery> query;

    DataInput() = default;
    DataInput(QString file) // NOLINT(google-explicit-constructor): a path is an input
        : path(std::move(file))
    {
    }
    DataInput(const char *file) = delete; // say QStringLiteral: no accidental conversions
    explicit DataInput(DatabaseQuery source)
        : query(std::move(source))
    {
    }

    bool isDatabase() const { return query.has_value(); }
    // The file's path, or the database and table or query without the password.
    QString display() const { return query ? query->display() : path; }
};

} // namespace churnlab

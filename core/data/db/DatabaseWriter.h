#pragma once

#include "core/data/RowSink.h"
#include "core/data/db/DatabaseUrl.h"
#include "core/data/db/WriteMode.h"

#include <memory>
#include <optional>

namespace churnlab {

// Where scores go in a database: a table replaced or appended to in one transaction.
// PostgreSQL through COPY FROM STDIN (PostgresWriter), the rest through Qt SQL (SqlWriter).
class DatabaseWriter
{
public:
    using Mode = WriteMode;

    static std::unique_ptr<RowSink> open(const DatabaseUrl &url, const QString &table, Mode mode);
};

} // namespace churnlab

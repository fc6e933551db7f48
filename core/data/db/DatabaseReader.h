#pragma once

#include "core/Progress.h"
#include "core/data/csv/CsvDialect.h"
#include "core/data/csv/CsvReadResult.h"
#include "core/data/db/DatabaseQuery.h"

namespace churnlab {

// Reads a table or query from a database into a Dataset: PostgreSQL through libpq's COPY
// (PostgresReader), the rest through Qt SQL (SqlReader). Both hand the rows as CSV text to the
// parallel CSV engine, typed by the server's column types, so a database's table and the same
// table exported to CSV give the same dataset.
class DatabaseReader
{
public:
    explicit DatabaseReader(CsvOptions options = {});

    [[nodiscard]] Result<CsvReadResult> read(const DatabaseQuery &source,
                                             Progress &progress = Progress::none()) const;

private:
    CsvOptions m_options;
};

} // namespace churnlab

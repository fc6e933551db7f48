#pragma once

#include "core/Progress.h"
#include "core/data/csv/CsvDialect.h"
#include "core/data/csv/CsvReadResult.h"
#include "core/data/db/DatabaseQuery.h"

namespace churnlab {

// Reads a PostgreSQL table or query through libpq without a value-by-value client API: the
// server's column types are read first (the query with LIMIT 0), then the rows stream as
// `COPY (SELECT …) TO STDOUT (FORMAT csv)` into the parallel CSV engine, typed by the server's
// types (integers, reals and numerics, booleans, dates and timestamps; text becomes
// categorical or text by cardinality; arrays, JSON and types without a mapping become text,
// named in a warning). NULL and empty text are missing, as in a file; "NA" stays text. Progress
// counts rows; cancelling cancels the query on the server. Every failure (unreachable host, wrong
// password, SQL error with its position, a dropped connection) is an Error of kind Database, and
// nothing half-read is returned.
class PostgresReader
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::PostgresReader)

public:
    explicit PostgresReader(CsvOptions options = {});

    [[nodiscard]] Result<CsvReadResult> read(const DatabaseQuery &source,
                                             Progress &progress = Progress::none()) const;

private:
    CsvOptions m_options;
};

} // namespace churnlab

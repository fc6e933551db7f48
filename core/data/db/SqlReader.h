#pragma once

#include "core/Progress.h"
#include "core/data/csv/CsvDialect.h"
#include "core/data/csv/CsvReadResult.h"
#include "core/data/db/DatabaseQuery.h"

namespace churnlab {

// Reads SQLite files, MariaDB/MySQL and ODBC sources through Qt SQL (Debian's
// libqt6sql6-sqlite, -mysql and -odbc drivers): a forward-only query whose rows are written
// once as CSV text and typed by the parallel CSV engine, with the driver's column types
// deciding integers, reals, booleans, dates and timestamps. NULL is missing. Checks for
// Cancel between rows. A SQLite file is opened read-only and must exist (Qt would otherwise
// make an empty one).
class SqlReader
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::SqlReader)

public:
    explicit SqlReader(CsvOptions options = {});

    [[nodiscard]] Result<CsvReadResult> read(const DatabaseQuery &source,
                                             Progress &progress = Progress::none()) const;

private:
    CsvOptions m_options;
};

} // namespace churnlab

#pragma once

#include "core/Progress.h"
#include "core/Result.h"
#include "core/data/db/DatabaseUrl.h"

#include <QList>

namespace churnlab {

// The tables and views a database offers, for the app's table browser: names as the driver
// quotes them and the server's own row estimate (PostgreSQL's statistics, MySQL's
// information_schema), exact counts for SQLite files, none through ODBC. The catalog queries go
// through DatabaseReader like any other, so they reach a server the same way.
class DatabaseCatalog
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::DatabaseCatalog)

public:
    struct Table
    {
        QString schema; // empty where the driver has none (SQLite, MySQL's current database)
        QString name;
        bool view = false;
        qint64 rows = -1; // -1: not known without counting
        // schema.name, as DatabaseQuery::table takes it
        QString qualified() const;
    };

    [[nodiscard]] static Result<QList<Table>> tables(const DatabaseUrl &url,
                                                     Progress &progress = Progress::none());
};

} // namespace churnlab

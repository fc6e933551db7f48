#include "core/data/db/DatabaseWriter.h"

#include "core/data/db/PostgresWriter.h"
#include "core/data/db/SqlWriter.h"

namespace churnlab {

std::unique_ptr<RowSink> DatabaseWriter::open(const DatabaseUrl &url, const QString &table,
                                              Mode mode)
{
    if (url.driver == DatabaseUrl::Driver::PostgreSql)
        return std::make_unique<PostgresWriter>(url, table, mode);
    return std::make_unique<SqlWriter>(url, table, mode);
}

} // namespace churnlab

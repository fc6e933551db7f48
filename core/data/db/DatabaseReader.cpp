#include "core/data/db/DatabaseReader.h"

#include "core/data/db/PostgresReader.h"
#include "core/data/db/SqlReader.h"

namespace churnlab {

DatabaseReader::DatabaseReader(CsvOptions options)
    : m_options(std::move(options))
{
}

Result<CsvReadResult> DatabaseReader::read(const DatabaseQuery &source, Progress &progress) const
{
    if (source.url.driver == DatabaseUrl::Driver::PostgreSql)
        return PostgresReader(m_options).read(source, progress);
    return SqlReader(m_options).read(source, progress);
}

} // namespace churnlab

#include "core/batch/ScoreTarget.h"

#include "core/data/csv/FileRowSink.h"
#include "core/data/db/DatabaseWriter.h"

namespace churnlab {

std::unique_ptr<RowSink> ScoreTarget::open() const
{
    if (database)
        return DatabaseWriter::open(*database, table, mode);
    return std::make_unique<FileRowSink>(file);
}

} // namespace churnlab

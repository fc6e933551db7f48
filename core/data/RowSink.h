#pragma once

#include "core/Result.h"

#include <QStringList>

#include <string>

namespace churnlab {

// Where rows go as CSV lines (batch scores, for one): a file written atomically (FileRowSink), or a
// database table written in one transaction (DatabaseWriter). Nothing is visible to a reader
// until commit(); a sink dropped before commit() leaves the old file or table as it was.
class RowSink
{
public:
    virtual ~RowSink() = default;
    // The columns, and which of them hold numbers (a table types them; a file does not care).
    [[nodiscard]] virtual Result<bool> begin(const QStringList &columns,
                                             const QList<bool> &numeric) = 0;
    // Whole CSV lines, each ending in '\n', in the columns' order.
    [[nodiscard]] virtual Result<bool> write(const std::string &lines) = 0;
    [[nodiscard]] virtual Result<bool> commit() = 0;
    // What messages call it: the file's path, or the database and table.
    virtual QString name() const = 0;
};

} // namespace churnlab

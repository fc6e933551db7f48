#pragma once

#include "core/data/RowSink.h"
#include "core/data/db/DatabaseUrl.h"
#include "core/data/db/WriteMode.h"

#include <memory>
#include <optional>

namespace churnlab {

// Where batch scores go: a CSV file (written atomically) or a database table (written in one
// transaction, replaced or appended to). The command line's -o/--to and the app's Score
// dialog both name one, and open() gives the sink that writes it.
struct ScoreTarget
{
    QString file;
    std::optional<DatabaseUrl> database;
    QString table;
    WriteMode mode = WriteMode::Replace;

    ScoreTarget() = default;
    ScoreTarget(QString path) // NOLINT(google-explicit-constructor): a path is a target
        : file(std::move(path))
    {
    }
    static ScoreTarget toTable(DatabaseUrl url, QString table, WriteMode mode)
    {
        ScoreTarget t;
        t.database = std::move(url);
        t.table = std::move(table);
        t.mode = mode;
        return t;
    }

    std::unique_ptr<RowSink> open() const;
};

} // namespace churnlab

#pragma once

#include "core/data/RowSink.h"
#include "core/data/db/DatabaseUrl.h"
#include "core/data/db/WriteMode.h"

#include <memory>
#include <optional>

namespace churnlab {

// Writes scores into a PostgreSQL table in one transaction through COPY … FROM STDIN: the
// table is created (replace: dropped and created anew; append: created when missing) with text
// columns and double precision for the numbers, the rows stream in as CSV, and COMMIT makes
// them visible at once. A reader sees the old table or the new one, never half of it; a
// failure or a dropped sink rolls everything back.
class PostgresWriter final : public RowSink
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::PostgresWriter)

public:
    using Mode = WriteMode;

    PostgresWriter(DatabaseUrl url, QString table, Mode mode);
    ~PostgresWriter() override;

    Result<bool> begin(const QStringList &columns, const QList<bool> &numeric) override;
    Result<bool> write(const std::string &lines) override;
    Result<bool> commit() override;
    QString name() const override;

private:
    struct Connection;
    DatabaseUrl m_url;
    QString m_table;
    Mode m_mode;
    std::unique_ptr<Connection> m_conn;
};

} // namespace churnlab

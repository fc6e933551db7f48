#pragma once

#include "core/data/RowSink.h"
#include "core/data/db/DatabaseUrl.h"
#include "core/data/db/WriteMode.h"

#include <memory>

namespace churnlab {

// Writes scores into a MariaDB/MySQL, SQLite or ODBC table through Qt SQL in one transaction:
// rows go in as multi-row prepared INSERTs (numbers bound as doubles, the rest as text, an
// empty field as NULL) and nothing is visible until commit(). Replace on a server whose DDL
// commits by itself (MySQL) fills a staging table and swaps it in with one atomic RENAME
// TABLE; elsewhere the drop, the create and the rows share the transaction. A sink dropped
// before commit() rolls back and leaves the old table as it was.
class SqlWriter final : public RowSink
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::SqlWriter)

public:
    SqlWriter(DatabaseUrl url, QString table, WriteMode mode);
    ~SqlWriter() override;

    Result<bool> begin(const QStringList &columns, const QList<bool> &numeric) override;
    Result<bool> write(const std::string &lines) override;
    Result<bool> commit() override;
    QString name() const override;

    // The fields of one CSV line as this library writes them (RFC 4180 quoting).
    static QStringList splitLine(std::string_view line);

private:
    struct State;
    Result<bool> flush();
    Result<bool> exec(const QString &sql, const QString &what);

    DatabaseUrl m_url;
    QString m_table;
    WriteMode m_mode;
    std::unique_ptr<State> m_state;
};

} // namespace churnlab

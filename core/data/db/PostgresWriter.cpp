#include "core/data/db/PostgresWriter.h"

#include "core/data/db/PostgresConnection.h"

namespace churnlab {

using namespace postgres;

struct PostgresWriter::Connection
{
    postgres::Connection conn;
    bool copying = false;
};

PostgresWriter::PostgresWriter(DatabaseUrl url, QString table, Mode mode)
    : m_url(std::move(url))
    , m_table(std::move(table))
    , m_mode(mode)
{
}

// Without commit() the connection closes inside its transaction: the server rolls it back.
PostgresWriter::~PostgresWriter() = default;

QString PostgresWriter::name() const
{
    return tr("%1, table %2").arg(m_url.display(), m_table);
}

Result<bool> PostgresWriter::begin(const QStringList &columns, const QList<bool> &numeric)
{
    if (m_table.trimmed().isEmpty())
        return databaseError(tr("Name the table to write the scores to."));
    auto conn = connect(m_url);
    if (!conn)
        return conn.error();
    m_conn = std::make_unique<Connection>(Connection {std::move(*conn)});
    PGconn *c = m_conn->conn.get();
    const QString table = m_url.quoteIdentifier(m_table);
    QStringList definitions;
    for (qsizetype i = 0; i < columns.size(); ++i)
        definitions << m_url.quoteIdentifier(columns[i])
                + (numeric.value(i) ? QStringLiteral(" double precision")
                                    : QStringLiteral(" text"));
    QString sql = QStringLiteral("BEGIN; ");
    if (m_mode == Mode::Replace)
        sql += QStringLiteral("DROP TABLE IF EXISTS %1; CREATE TABLE %1 (%2);")
                   .arg(table, definitions.join(QStringLiteral(", ")));
    else
        sql += QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (%2);")
                   .arg(table, definitions.join(QStringLiteral(", ")));
    PgResult prepared(PQexec(c, sql.toUtf8().constData()));
    if (PQresultStatus(prepared.get()) != PGRES_COMMAND_OK)
        return sqlError(c, prepared.get(), kNoPosition, tr("Preparing %1").arg(name()));
    QStringList names;
    for (const QString &column : columns)
        names << m_url.quoteIdentifier(column);
    PgResult copy(PQexec(c,
                         QStringLiteral("COPY %1 (%2) FROM STDIN WITH (FORMAT csv)")
                             .arg(table, names.join(QStringLiteral(", ")))
                             .toUtf8()
                             .constData()));
    if (PQresultStatus(copy.get()) != PGRES_COPY_IN)
        return sqlError(c, copy.get(), kNoPosition, tr("Writing %1").arg(name()));
    m_conn->copying = true;
    return true;
}

Result<bool> PostgresWriter::write(const std::string &lines)
{
    if (!m_conn || !m_conn->copying)
        return databaseError(tr("Writing %1 before it was begun.").arg(name()));
    if (PQputCopyData(m_conn->conn.get(), lines.data(), int(lines.size())) != 1)
        return databaseError(tr("Writing %1 failed: %2")
                                 .arg(name(), serverText(PQerrorMessage(m_conn->conn.get()))));
    return true;
}

Result<bool> PostgresWriter::commit()
{
    if (!m_conn || !m_conn->copying)
        return databaseError(tr("Writing %1 before it was begun.").arg(name()));
    PGconn *c = m_conn->conn.get();
    m_conn->copying = false;
    if (PQputCopyEnd(c, nullptr) != 1)
        return databaseError(
            tr("Writing %1 failed: %2").arg(name(), serverText(PQerrorMessage(c))));
    PgResult copied(PQgetResult(c));
    if (PQresultStatus(copied.get()) != PGRES_COMMAND_OK)
        return sqlError(c, copied.get(), kNoPosition, tr("Writing %1").arg(name()));
    drain(c);
    PgResult committed(PQexec(c, "COMMIT"));
    if (PQresultStatus(committed.get()) != PGRES_COMMAND_OK)
        return sqlError(c, committed.get(), kNoPosition, tr("Committing %1").arg(name()));
    m_conn.reset();
    return true;
}

} // namespace churnlab

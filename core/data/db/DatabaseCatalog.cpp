#include "core/data/db/DatabaseCatalog.h"

#include "core/data/db/DatabaseReader.h"
#include "core/data/db/SqlConnection.h"

#include <QSqlQuery>

#include <cmath>

namespace churnlab {

namespace {

// Columns: schema, name, is_view, approx_rows.
QString catalogSql(DatabaseUrl::Driver driver)
{
    switch (driver) {
    case DatabaseUrl::Driver::PostgreSql:
        // reltuples is -1 (PostgreSQL 14+) or 0 before the first ANALYZE; the statistics
        // collector's live-row count fills in then.
        return QStringLiteral(
            "SELECT n.nspname AS schema, c.relname AS name, c.relkind IN ('v', 'm') AS is_view, "
            "CASE WHEN c.reltuples > 0 THEN c.reltuples::bigint "
            "WHEN c.relkind IN ('r', 'p') THEN s.n_live_tup END AS approx_rows "
            "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "LEFT JOIN pg_stat_user_tables s ON s.relid = c.oid "
            "WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') "
            "AND n.nspname NOT IN ('pg_catalog', 'information_schema') "
            "AND n.nspname NOT LIKE 'pg\\_toast%' ORDER BY 1, 2");
    case DatabaseUrl::Driver::MySql:
        return QStringLiteral(
            "SELECT '' AS `schema`, TABLE_NAME AS name, TABLE_TYPE = 'VIEW' AS is_view, "
            "TABLE_ROWS AS approx_rows FROM information_schema.TABLES "
            "WHERE TABLE_SCHEMA = DATABASE() ORDER BY 2");
    case DatabaseUrl::Driver::Sqlite:
        return QStringLiteral("SELECT '' AS schema, name, type = 'view' AS is_view, "
                              "NULL AS approx_rows FROM sqlite_master "
                              "WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite\\_%' "
                              "ESCAPE '\\' ORDER BY 2");
    case DatabaseUrl::Driver::Odbc:
        break;
    }
    return {};
}

double numberOr(const Column &c, qsizetype row, double fallback)
{
    if (c.isMissing(row) || !(isNumericType(c.type()) || c.type() == ColumnType::Boolean))
        return fallback;
    const double v = c.number(row);
    return std::isfinite(v) ? v : fallback;
}

// ODBC has no catalog query common to its drivers: Qt asks the driver (SQLTables).
Result<QList<DatabaseCatalog::Table>> odbcTables(const DatabaseUrl &url)
{
    SqlConnection connection;
    if (auto opened = connection.open(url, SqlConnection::Access::Read); !opened)
        return opened.error();
    QList<DatabaseCatalog::Table> out;
    for (const QString &name : connection.db().tables(QSql::Tables))
        out.append({QString(), name, false, -1});
    for (const QString &name : connection.db().tables(QSql::Views))
        out.append({QString(), name, true, -1});
    return out;
}

} // namespace

QString DatabaseCatalog::Table::qualified() const
{
    return schema.isEmpty() || schema == QLatin1String("public") ? name
                                                                 : schema + QLatin1Char('.') + name;
}

Result<QList<DatabaseCatalog::Table>> DatabaseCatalog::tables(const DatabaseUrl &url,
                                                              Progress &progress)
{
    if (url.driver == DatabaseUrl::Driver::Odbc)
        return odbcTables(url);
    DatabaseQuery q;
    q.url = url;
    q.query = catalogSql(url.driver);
    CsvOptions options;
    options.typeOverrides.insert(QStringLiteral("schema"), ColumnType::Text);
    options.typeOverrides.insert(QStringLiteral("name"), ColumnType::Text);
    auto read = DatabaseReader(options).read(q, progress);
    if (!read) {
        if (read.error().kind == Error::Kind::Empty)
            return QList<Table> {};
        return read.error();
    }
    const Dataset &d = read->dataset;
    QList<Table> out;
    for (qsizetype r = 0; r < d.rowCount(); ++r) {
        Table t;
        t.schema = d.column(0).isMissing(r) ? QString() : d.column(0).text(r);
        t.name = d.column(1).text(r);
        t.view = numberOr(d.column(2), r, 0) != 0;
        t.rows = qint64(numberOr(d.column(3), r, -1));
        out.append(t);
    }
    if (url.driver == DatabaseUrl::Driver::Sqlite) {
        // A local file counts fast enough: exact counts instead of none.
        SqlConnection connection;
        if (connection.open(url, SqlConnection::Access::Read)) {
            for (Table &t : out) {
                QSqlQuery count(connection.db());
                if (count.exec(
                        QStringLiteral("SELECT count(*) FROM %1").arg(url.quoteIdentifier(t.name)))
                    && count.next())
                    t.rows = count.value(0).toLongLong();
            }
        }
    }
    return out;
}

} // namespace churnlab

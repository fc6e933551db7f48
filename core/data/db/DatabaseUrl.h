#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

namespace churnlab {

// Where a database is and how to reach it, as a URL a user types on the command line or the
// app keeps in its recent list:
//   postgresql://user[:password]@host[:port]/database?sslmode=require&connect_timeout=10
//   mysql://user[:password]@host[:port]/database      (mariadb:// is the same)
//   sqlite:///absolute/path/file.db   sqlite:relative/file.db
//   odbc://DSN   odbc:Driver={PostgreSQL Unicode};Server=…  (a DSN or a connection string)
// A password may come from the URL, from CHURNLAB_DB_PASSWORD, or (PostgreSQL) from libpq's
// own PGPASSWORD and ~/.pgpass. It never appears in display(), errors, projects or runs.
struct DatabaseUrl
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::DatabaseUrl)

public:
    enum class Driver { PostgreSql, MySql, Sqlite, Odbc };

    Driver driver = Driver::PostgreSql;
    QString host;
    int port = 0; // 0: the driver's default
    QString database; // the file for SQLite, the DSN or connection string for ODBC
    QString user;
    QString password;
    QMap<QString, QString> parameters; // sslmode, connect_timeout, …

    [[nodiscard]] static Result<DatabaseUrl> parse(const QString &text);
    // Looks like a database URL (a scheme this reader knows) rather than a file path.
    static bool looksLikeUrl(const QString &text);
    // The URL without its password, for messages, projects, runs and recent lists.
    QString display() const;
    QString schemeName() const;
    // Connection timeout in seconds (connect_timeout, default 10): an unreachable host fails
    // in that time rather than hanging.
    int connectTimeout() const;
    // An identifier quoted for this driver's SQL, schema-qualified on dots: sales.customers →
    // "sales"."customers" (`sales`.`customers` for MySQL).
    QString quoteIdentifier(const QString &name) const;
};

} // namespace churnlab

#pragma once

#include "core/Result.h"
#include "core/data/db/DatabaseUrl.h"

#include <QSqlDatabase>

namespace churnlab {

// One open Qt SQL connection to a database URL (SQLite, MariaDB/MySQL, ODBC), under a name of
// its own and removed when the object goes (Qt keeps connections by name, per thread). Used
// by the reader and the writer so that both reach a database the same way: the same timeouts,
// the same read-only SQLite, the same driver options.
class SqlConnection
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::SqlConnection)

public:
    enum class Access { Read, Write };

    SqlConnection() = default;
    ~SqlConnection();
    SqlConnection(const SqlConnection &) = delete;
    SqlConnection &operator=(const SqlConnection &) = delete;

    // Opens the URL; a clear error names the database (never the password) and, when the
    // driver is missing, the Debian package that has it.
    [[nodiscard]] Result<bool> open(const DatabaseUrl &url, Access access);
    QSqlDatabase &db() { return m_db; }

    // The Qt SQL driver a URL needs ("QSQLITE") and the Debian package that has it.
    static QString driverName(const DatabaseUrl &url);
    static QString driverPackage(const DatabaseUrl &url);
    // The ODBC connection string the driver gets. psqlodbc sends booleans as the text "1"/"0"
    // unless told otherwise, and instants in the session's zone without saying which: a
    // PostgreSQL driver is asked for SQL_BIT and a UTC session, so that its rows read as
    // COPY gives them. Other drivers, and settings the user wrote, are left as they are.
    static QString odbcConnectionString(const QString &written);

private:
    QString m_name;
    QSqlDatabase m_db;
};

} // namespace churnlab

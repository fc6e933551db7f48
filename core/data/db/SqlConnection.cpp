#include "core/data/db/SqlConnection.h"

#include <QAtomicInteger>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace churnlab {

namespace {

Error databaseError(const QString &message)
{
    return Error {Error::Kind::Database, message};
}

} // namespace

SqlConnection::~SqlConnection()
{
    if (m_name.isEmpty())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

QString SqlConnection::driverName(const DatabaseUrl &url)
{
    switch (url.driver) {
    case DatabaseUrl::Driver::Sqlite:
        return QStringLiteral("QSQLITE");
    case DatabaseUrl::Driver::MySql:
        return QStringLiteral("QMYSQL");
    case DatabaseUrl::Driver::Odbc:
        return QStringLiteral("QODBC");
    case DatabaseUrl::Driver::PostgreSql:
        break;
    }
    return QStringLiteral("QPSQL");
}

QString SqlConnection::driverPackage(const DatabaseUrl &url)
{
    switch (url.driver) {
    case DatabaseUrl::Driver::Sqlite:
        return QStringLiteral("libqt6sql6-sqlite");
    case DatabaseUrl::Driver::MySql:
        return QStringLiteral("libqt6sql6-mysql");
    case DatabaseUrl::Driver::Odbc:
        return QStringLiteral("libqt6sql6-odbc");
    case DatabaseUrl::Driver::PostgreSql:
        break;
    }
    return QStringLiteral("libqt6sql6-psql");
}

QString SqlConnection::odbcConnectionString(const QString &written)
{
    const bool connectionString = written.contains(QLatin1Char('='));
    if (!connectionString || !written.contains(QLatin1String("postgres"), Qt::CaseInsensitive))
        return written;
    QString s = written;
    const auto add = [&s](const char *key, const QString &setting) {
        if (s.contains(QLatin1String(key), Qt::CaseInsensitive))
            return;
        if (!s.endsWith(QLatin1Char(';')))
            s += QLatin1Char(';');
        s += QLatin1String(key) + QLatin1Char('=') + setting;
    };
    add("BoolsAsChar", QStringLiteral("0"));
    add("ConnSettings", QStringLiteral("SET TIME ZONE 'UTC'"));
    return s;
}

Result<bool> SqlConnection::open(const DatabaseUrl &url, Access access)
{
    const QString driver = driverName(url);
    QString utcSession; // instants (TIMESTAMP) in UTC, as PostgreSQL's are read
    if (!QSqlDatabase::isDriverAvailable(driver))
        return databaseError(tr("Reaching %1 needs Qt's %2 driver (Debian package %3).")
                                 .arg(url.display(), driver, driverPackage(url)));
    static QAtomicInteger<quint64> counter;
    m_name = QStringLiteral("churnlab-sql-%1").arg(counter.fetchAndAddRelaxed(1));
    m_db = QSqlDatabase::addDatabase(driver, m_name);
    switch (url.driver) {
    case DatabaseUrl::Driver::Sqlite:
        // Qt would make an empty file for a mistyped path; reading one must exist.
        if (access == Access::Read && !QFileInfo(url.database).isFile())
            return databaseError(tr("There is no SQLite file at %1.").arg(url.database));
        m_db.setDatabaseName(url.database);
        if (access == Access::Read)
            m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        break;
    case DatabaseUrl::Driver::MySql:
        m_db.setHostName(url.host);
        if (url.port > 0)
            m_db.setPort(url.port);
        m_db.setDatabaseName(url.database);
        m_db.setUserName(url.user);
        m_db.setPassword(url.password);
        m_db.setConnectOptions(
            QStringLiteral("MYSQL_OPT_CONNECT_TIMEOUT=%1;MYSQL_OPT_READ_TIMEOUT=%2")
                .arg(url.connectTimeout())
                .arg(3600));
        utcSession = QStringLiteral("SET time_zone = '+00:00'");
        break;
    case DatabaseUrl::Driver::Odbc:
        m_db.setDatabaseName(odbcConnectionString(url.database));
        if (!url.password.isEmpty())
            m_db.setPassword(url.password);
        m_db.setConnectOptions(
            QStringLiteral("SQL_ATTR_LOGIN_TIMEOUT=%1").arg(url.connectTimeout()));
        break;
    case DatabaseUrl::Driver::PostgreSql:
        m_db.setHostName(url.host);
        if (url.port > 0)
            m_db.setPort(url.port);
        m_db.setDatabaseName(url.database);
        m_db.setUserName(url.user);
        m_db.setPassword(url.password);
        m_db.setConnectOptions(QStringLiteral("connect_timeout=%1").arg(url.connectTimeout()));
        break;
    }
    if (!m_db.open()) {
        QString reason = m_db.lastError().text().trimmed();
        if (!url.password.isEmpty())
            reason.replace(url.password, QStringLiteral("***"));
        return databaseError(tr("Cannot connect to %1: %2").arg(url.display(), reason));
    }
    if (!utcSession.isEmpty())
        QSqlQuery(m_db).exec(utcSession);
    return true;
}

} // namespace churnlab

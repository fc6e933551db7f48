#include "core/data/db/SqlReader.h"

#include "core/data/csv/CsvReader.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

namespace churnlab {

namespace {

Error databaseError(const QString &message)
{
    return Error {Error::Kind::Database, message};
}

std::optional<ColumnType> typeOf(QMetaType type)
{
    switch (type.id()) {
    case QMetaType::Bool:
        return ColumnType::Boolean;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::UChar:
        return ColumnType::Integer;
    case QMetaType::Double:
    case QMetaType::Float:
        return ColumnType::Real;
    case QMetaType::QDate:
        return ColumnType::Date;
    case QMetaType::QDateTime:
        return ColumnType::DateTime;
    default:
        return std::nullopt; // text, and what SQLite leaves open: inferred from the values
    }
}

void appendCsv(QByteArray &out, const QVariant &v)
{
    if (v.isNull())
        return;
    QByteArray text;
    switch (v.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float:
        text = QByteArray::number(v.toDouble(), 'g', QLocale::FloatingPointShortest);
        break;
    case QMetaType::Bool:
        text = v.toBool() ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
        break;
    case QMetaType::QDateTime:
        text = v.toDateTime().toUTC().toString(Qt::ISODateWithMs).chopped(1).toUtf8();
        break;
    case QMetaType::QDate:
        text = v.toDate().toString(Qt::ISODate).toUtf8();
        break;
    case QMetaType::QByteArray:
        text = v.toByteArray().toHex();
        break;
    default:
        text = v.toString().toUtf8();
        break;
    }
    if (text.isEmpty() || text.contains(',') || text.contains('"') || text.contains('\n')
        || text.contains('\r')) {
        out += '"';
        out += text.replace('"', "\"\"");
        out += '"';
    } else {
        out += text;
    }
}

// One Qt SQL connection per read, removed when done (Qt keeps connections by name).
class ScopedConnection
{
public:
    explicit ScopedConnection(const QString &driver)
    {
        static QAtomicInteger<quint64> counter;
        m_name = QStringLiteral("churnlab-read-%1").arg(counter.fetchAndAddRelaxed(1));
        m_db = QSqlDatabase::addDatabase(driver, m_name);
    }
    ~ScopedConnection()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase &db() { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
};

} // namespace

SqlReader::SqlReader(CsvOptions options)
    : m_options(std::move(options))
{
}

QString SqlReader::driverName(const DatabaseUrl &url)
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

QString SqlReader::driverPackage(const DatabaseUrl &url)
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

Result<CsvReadResult> SqlReader::read(const DatabaseQuery &source, Progress &progress) const
{
    if (auto valid = source.validate(); !valid)
        return valid.error();
    const DatabaseUrl &url = source.url;
    const QString driver = driverName(url);
    if (!QSqlDatabase::isDriverAvailable(driver))
        return databaseError(tr("Reading %1 needs Qt's %2 driver (Debian package %3).")
                                 .arg(url.display(), driver, driverPackage(url)));
    ScopedConnection connection(driver);
    QSqlDatabase &db = connection.db();
    switch (url.driver) {
    case DatabaseUrl::Driver::Sqlite:
        if (!QFileInfo(url.database).isFile())
            return databaseError(tr("There is no SQLite file at %1.").arg(url.database));
        db.setDatabaseName(url.database);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        break;
    case DatabaseUrl::Driver::MySql:
        db.setHostName(url.host);
        if (url.port > 0)
            db.setPort(url.port);
        db.setDatabaseName(url.database);
        db.setUserName(url.user);
        db.setPassword(url.password);
        db.setConnectOptions(
            QStringLiteral("MYSQL_OPT_CONNECT_TIMEOUT=%1;MYSQL_OPT_READ_TIMEOUT=%2")
                .arg(url.connectTimeout())
                .arg(3600));
        break;
    case DatabaseUrl::Driver::Odbc:
    case DatabaseUrl::Driver::PostgreSql:
        db.setDatabaseName(url.database);
        if (!url.password.isEmpty())
            db.setPassword(url.password);
        db.setConnectOptions(QStringLiteral("SQL_ATTR_LOGIN_TIMEOUT=%1").arg(url.connectTimeout()));
        break;
    }
    if (!db.open())
        return databaseError(
            tr("Cannot connect to %1: %2").arg(url.display(), db.lastError().text().trimmed()));
    QString sql = source.selectSql();
    if (source.limit >= 0)
        sql =
            QStringLiteral("SELECT * FROM (%1) AS churnlab_q LIMIT %2").arg(sql).arg(source.limit);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(sql))
        return databaseError(
            tr("Reading %1 failed: %2").arg(source.display(), query.lastError().text().trimmed()));
    const QSqlRecord record = query.record();
    const int n = record.count();
    QByteArray bytes;
    QHash<QString, ColumnType> types;
    for (int i = 0; i < n; ++i) {
        if (i)
            bytes += ',';
        appendCsv(bytes, record.fieldName(i));
        if (auto t = typeOf(record.field(i).metaType()))
            types.insert(record.fieldName(i), *t);
    }
    bytes += '\n';
    qint64 rows = 0;
    while (query.next()) {
        for (int i = 0; i < n; ++i) {
            if (i)
                bytes += ',';
            appendCsv(bytes, query.value(i));
        }
        bytes += '\n';
        if (++rows % 4096 == 0) {
            if (progress.isCancelled())
                return Error {Error::Kind::Cancelled, tr("Cancelled.")};
            progress.report(0, tr("%1 rows read").arg(rows));
        }
    }
    if (query.lastError().isValid())
        return databaseError(tr("Reading %1 failed after %2 rows: %3")
                                 .arg(source.display())
                                 .arg(rows)
                                 .arg(query.lastError().text().trimmed()));
    if (rows == 0)
        return Error {Error::Kind::Empty, tr("%1 returned no rows.").arg(source.display())};
    query.finish();

    const CsvOptions options = DatabaseQuery::rowOptions(m_options, types);
    return CsvReader(options).readBytes(bytes, progress);
}

} // namespace churnlab

#include "core/data/db/DatabaseUrl.h"

#include <QDir>
#include <QUrl>
#include <QUrlQuery>

namespace churnlab {

namespace {

Result<DatabaseUrl::Driver> driverOf(const QString &scheme)
{
    const QString s = scheme.toLower();
    if (s == QLatin1String("postgresql") || s == QLatin1String("postgres"))
        return DatabaseUrl::Driver::PostgreSql;
    if (s == QLatin1String("mysql") || s == QLatin1String("mariadb"))
        return DatabaseUrl::Driver::MySql;
    if (s == QLatin1String("sqlite"))
        return DatabaseUrl::Driver::Sqlite;
    if (s == QLatin1String("odbc"))
        return DatabaseUrl::Driver::Odbc;
    return Error {Error::Kind::InvalidArgument,
                  DatabaseUrl::tr("Unknown database “%1”: use postgresql://, mysql://, "
                                  "sqlite:// or odbc://.")
                      .arg(scheme)};
}

} // namespace

bool DatabaseUrl::looksLikeUrl(const QString &text)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    // "C:\data.csv" has a one-letter scheme; no database scheme is that short.
    return colon > 1 && driverOf(text.left(colon)).ok();
}

Result<DatabaseUrl> DatabaseUrl::parse(const QString &text)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon <= 1)
        return Error {Error::Kind::InvalidArgument,
                      tr("“%1” is not a database URL (postgresql://, mysql://, sqlite:// or "
                         "odbc://).")
                          .arg(text)};
    auto driver = driverOf(text.left(colon));
    if (!driver)
        return driver.error();
    DatabaseUrl url;
    url.driver = *driver;
    const QString rest = text.mid(colon + 1);
    if (url.driver == Driver::Sqlite) {
        // sqlite:///abs/file.db, sqlite://relative.db, sqlite:relative.db
        QString path = rest.startsWith(QLatin1String("//")) ? rest.mid(2) : rest;
        path = QUrl::fromPercentEncoding(path.toUtf8());
        if (path.isEmpty())
            return Error {Error::Kind::InvalidArgument,
                          tr("The SQLite URL names no file: sqlite:///path/to/file.db.")};
        url.database = QDir::cleanPath(path);
        return url;
    }
    if (url.driver == Driver::Odbc) {
        QString target = rest.startsWith(QLatin1String("//")) ? rest.mid(2) : rest;
        target = QUrl::fromPercentEncoding(target.toUtf8());
        if (target.isEmpty())
            return Error {Error::Kind::InvalidArgument,
                          tr("The ODBC URL names no data source: odbc://DSN or "
                             "odbc:Driver={…};Server=…")};
        url.database = target;
        return url;
    }
    const QUrl u(text, QUrl::StrictMode);
    if (!u.isValid() || u.host().isEmpty())
        return Error {Error::Kind::InvalidArgument,
                      tr("Cannot read the database URL “%1”: %2")
                          .arg(DatabaseUrl {url.driver, {}, 0, {}, {}, {}, {}}.schemeName()
                                   + QStringLiteral("://…"),
                               u.isValid() ? tr("it names no host") : u.errorString())};
    url.host = u.host();
    url.port = u.port(0);
    url.user = u.userName(QUrl::FullyDecoded);
    url.password = u.password(QUrl::FullyDecoded);
    url.database = u.path(QUrl::FullyDecoded).mid(1);
    if (url.database.isEmpty())
        return Error {
            Error::Kind::InvalidArgument,
            tr("The database URL names no database: %1://host/database.").arg(url.schemeName())};
    const QUrlQuery query(u);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded))
        url.parameters.insert(key, value);
    if (url.password.isEmpty())
        url.password = qEnvironmentVariable("CHURNLAB_DB_PASSWORD");
    return url;
}

QString DatabaseUrl::schemeName() const
{
    switch (driver) {
    case Driver::PostgreSql:
        return QStringLiteral("postgresql");
    case Driver::MySql:
        return QStringLiteral("mysql");
    case Driver::Sqlite:
        return QStringLiteral("sqlite");
    case Driver::Odbc:
        break;
    }
    return QStringLiteral("odbc");
}

QString DatabaseUrl::display() const
{
    if (driver == Driver::Sqlite)
        return QStringLiteral("sqlite://") + database;
    if (driver == Driver::Odbc) {
        // A connection string may carry PWD=…; keep only what names the source.
        QStringList kept;
        for (const QString &part : database.split(QLatin1Char(';'), Qt::SkipEmptyParts))
            if (!part.trimmed().startsWith(QLatin1String("pwd="), Qt::CaseInsensitive)
                && !part.trimmed().startsWith(QLatin1String("password="), Qt::CaseInsensitive))
                kept << part;
        return QStringLiteral("odbc://") + kept.join(QLatin1Char(';'));
    }
    QUrl u;
    u.setScheme(schemeName());
    u.setHost(host);
    if (port > 0)
        u.setPort(port);
    u.setUserName(user);
    u.setPath(QLatin1Char('/') + database);
    QUrlQuery query;
    for (auto it = parameters.begin(); it != parameters.end(); ++it)
        if (it.key().compare(QLatin1String("password"), Qt::CaseInsensitive) != 0)
            query.addQueryItem(it.key(), it.value());
    u.setQuery(query);
    return u.toString();
}

int DatabaseUrl::connectTimeout() const
{
    bool ok = false;
    const int seconds = parameters.value(QStringLiteral("connect_timeout")).toInt(&ok);
    return ok && seconds > 0 ? seconds : 10;
}

QString DatabaseUrl::quoteIdentifier(const QString &name) const
{
    const QChar q = driver == Driver::MySql ? QLatin1Char('`') : QLatin1Char('"');
    QStringList parts;
    for (QString part : name.split(QLatin1Char('.'))) {
        part.replace(q, QString(q) + q);
        parts << q + part + q;
    }
    return parts.join(QLatin1Char('.'));
}

} // namespace churnlab

#include "core/data/db/PostgresConnection.h"

#include <QSet>

#include <poll.h>

namespace churnlab::postgres {

Error databaseError(const QString &message)
{
    return Error {Error::Kind::Database, message};
}

QString serverText(const char *text)
{
    return QString::fromUtf8(text).trimmed();
}

namespace {

// The libpq keywords a URL's parameters may set; others are refused by name.
const QSet<QString> &passedParameters()
{
    static const QSet<QString> keys {
        QStringLiteral("sslmode"),          QStringLiteral("sslcert"),
        QStringLiteral("sslkey"),           QStringLiteral("sslrootcert"),
        QStringLiteral("sslcrl"),           QStringLiteral("options"),
        QStringLiteral("application_name"), QStringLiteral("target_session_attrs"),
        QStringLiteral("gssencmode"),       QStringLiteral("channel_binding")};
    return keys;
}

} // namespace

Result<Connection> connect(const DatabaseUrl &url)
{
    QList<QByteArray> keys, values;
    auto set = [&](const char *key, const QString &value) {
        if (!value.isEmpty()) {
            keys << QByteArray(key);
            values << value.toUtf8();
        }
    };
    set("host", url.host);
    set("port", url.port > 0 ? QString::number(url.port) : QString());
    set("dbname", url.database);
    set("user", url.user);
    set("password", url.password);
    set("connect_timeout", QString::number(url.connectTimeout()));
    set("application_name", QStringLiteral("churnlab"));
    set("client_encoding", QStringLiteral("UTF8"));
    for (auto it = url.parameters.begin(); it != url.parameters.end(); ++it) {
        if (it.key() == QLatin1String("connect_timeout"))
            continue;
        if (!passedParameters().contains(it.key()))
            return databaseError(Postgres::tr("The PostgreSQL URL has an unknown parameter "
                                              "“%1”.")
                                     .arg(it.key()));
        set(it.key().toUtf8().constData(), it.value());
    }
    std::vector<const char *> k, v;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        k.push_back(keys[i].constData());
        v.push_back(values[i].constData());
    }
    k.push_back(nullptr);
    v.push_back(nullptr);
    Connection conn(PQconnectdbParams(k.data(), v.data(), 0));
    if (!conn)
        return databaseError(Postgres::tr("Out of memory connecting to %1.").arg(url.display()));
    // The server's notices ("… already exists, skipping") are not the user's business.
    PQsetNoticeProcessor(
        conn.get(), [](void *, const char *) {}, nullptr);
    if (PQstatus(conn.get()) != CONNECTION_OK)
        return databaseError(Postgres::tr("Cannot connect to %1: %2")
                                 .arg(url.display(), serverText(PQerrorMessage(conn.get()))));
    return conn;
}

// The server's message with where in the analyst's SQL it points (positions count from 1 in
// the statement the server saw; offset is what was put before the analyst's text).
Error sqlError(PGconn *conn, const PGresult *res, int offset, const QString &what)
{
    QString message =
        res ? serverText(PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY)) : QString();
    if (message.isEmpty())
        message = serverText(PQerrorMessage(conn));
    Error e = databaseError(Postgres::tr("%1 failed: %2").arg(what, message));
    if (res) {
        bool ok = false;
        const int at =
            QString::fromLatin1(PQresultErrorField(res, PG_DIAG_STATEMENT_POSITION)).toInt(&ok);
        if (ok && offset != kNoPosition && at > offset) {
            e.column = at - offset;
            e.message +=
                QLatin1Char(' ') + Postgres::tr("(at character %1 of the query)").arg(at - offset);
        }
    }
    return e;
}

// Sends sql and waits for its first result without blocking on the socket, so that a cancel
// reaches the server while it is still working (the query is cancelled there, not only
// abandoned here).
Result<PgResult> run(PGconn *conn, const QByteArray &sql, Progress &progress)
{
    if (!PQsendQuery(conn, sql.constData()))
        return databaseError(serverText(PQerrorMessage(conn)));
    bool cancelled = false;
    while (PQisBusy(conn)) {
        if (!cancelled && progress.isCancelled()) {
            cancelled = true;
            cancel(conn);
        }
        if (!awaitInput(conn))
            return databaseError(
                Postgres::tr("The connection was lost: %1").arg(serverText(PQerrorMessage(conn))));
    }
    PgResult res(PQgetResult(conn));
    if (cancelled)
        return Error {Error::Kind::Cancelled, Postgres::tr("Cancelled.")};
    return res;
}

void cancel(PGconn *conn)
{
    if (PGcancel *c = PQgetCancel(conn)) {
        char buffer[256];
        PQcancel(c, buffer, sizeof buffer);
        PQfreeCancel(c);
    }
}

bool awaitInput(PGconn *conn)
{
    pollfd fd {PQsocket(conn), POLLIN, 0};
    poll(&fd, 1, 100);
    return PQconsumeInput(conn) == 1;
}

void drain(PGconn *conn)
{
    while (PGresult *r = PQgetResult(conn))
        PQclear(r);
}

} // namespace churnlab::postgres

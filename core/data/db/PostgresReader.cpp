#include "core/data/db/PostgresReader.h"

#include "core/data/csv/CsvReader.h"

#include <libpq-fe.h>

#include <QHash>
#include <QSet>

#include <poll.h>

#include <memory>

namespace churnlab {

namespace {

// Type OIDs fixed by PostgreSQL's catalog (pg_type.dat); stable across versions.
enum Oid : unsigned {
    Bool = 16,
    Int8 = 20,
    Int2 = 21,
    Int4 = 23,
    OidType = 26,
    Float4 = 700,
    Float8 = 701,
    Money = 790,
    Date = 1082,
    Timestamp = 1114,
    TimestampTz = 1184,
    Numeric = 1700,
    Text = 25,
    Varchar = 1043,
    Bpchar = 1042,
    Char = 18,
    Name = 19,
    Uuid = 2950,
};

struct ConnDeleter
{
    void operator()(PGconn *c) const { PQfinish(c); }
};
struct ResultDeleter
{
    void operator()(PGresult *r) const { PQclear(r); }
};
using Connection = std::unique_ptr<PGconn, ConnDeleter>;
using PgResult = std::unique_ptr<PGresult, ResultDeleter>;

Error databaseError(const QString &message)
{
    return Error {Error::Kind::Database, message};
}

QString serverText(const char *text)
{
    return QString::fromUtf8(text).trimmed();
}

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
            return databaseError(PostgresReader::tr("The PostgreSQL URL has an unknown parameter "
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
        return databaseError(
            PostgresReader::tr("Out of memory connecting to %1.").arg(url.display()));
    if (PQstatus(conn.get()) != CONNECTION_OK)
        return databaseError(PostgresReader::tr("Cannot connect to %1: %2")
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
    Error e = databaseError(PostgresReader::tr("%1 failed: %2").arg(what, message));
    if (res) {
        bool ok = false;
        const int at =
            QString::fromLatin1(PQresultErrorField(res, PG_DIAG_STATEMENT_POSITION)).toInt(&ok);
        if (ok && at > offset) {
            e.column = at - offset;
            e.message += QLatin1Char(' ')
                + PostgresReader::tr("(at character %1 of the query)").arg(at - offset);
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
            if (PGcancel *c = PQgetCancel(conn)) {
                char buffer[256];
                PQcancel(c, buffer, sizeof buffer);
                PQfreeCancel(c);
            }
        }
        pollfd fd {PQsocket(conn), POLLIN, 0};
        poll(&fd, 1, 100);
        if (!PQconsumeInput(conn))
            return databaseError(PostgresReader::tr("The connection was lost: %1")
                                     .arg(serverText(PQerrorMessage(conn))));
    }
    PgResult res(PQgetResult(conn));
    if (cancelled)
        return Error {Error::Kind::Cancelled, PostgresReader::tr("Cancelled.")};
    return res;
}

void drain(PGconn *conn)
{
    while (PGresult *r = PQgetResult(conn))
        PQclear(r);
}

struct Plan
{
    QStringList expressions;
    QHash<QString, ColumnType> types;
    QStringList warnings;
};

Result<Plan> plan(PGconn *conn, const DatabaseUrl &url, const PGresult *described)
{
    Plan p;
    QList<unsigned> unknown;
    const int n = PQnfields(described);
    for (int i = 0; i < n; ++i) {
        const QString name = QString::fromUtf8(PQfname(described, i));
        const QString column = QStringLiteral("churnlab_q.") + url.quoteIdentifier(name);
        const QString as = QStringLiteral(" AS ") + url.quoteIdentifier(name);
        const unsigned oid = PQftype(described, i);
        switch (oid) {
        case Bool:
            p.types.insert(name, ColumnType::Boolean);
            p.expressions << QStringLiteral("CASE WHEN %1 THEN 'true' WHEN NOT %1 THEN 'false' END")
                                 .arg(column)
                    + as;
            continue;
        case Int2:
        case Int4:
        case Int8:
        case OidType:
            p.types.insert(name, ColumnType::Integer);
            break;
        case Float4:
        case Float8:
        case Numeric:
            p.types.insert(name, ColumnType::Real);
            break;
        case Money:
            p.types.insert(name, ColumnType::Real);
            p.expressions << column + QStringLiteral("::numeric") + as;
            continue;
        case Date:
            p.types.insert(name, ColumnType::Date);
            break;
        case Timestamp:
        case TimestampTz:
            // Instants in UTC, to the millisecond, in the form the date parser reads.
            p.types.insert(name, ColumnType::DateTime);
            p.expressions << QStringLiteral("to_char(%1%2, 'YYYY-MM-DD\"T\"HH24:MI:SS.MS')")
                                 .arg(column,
                                      oid == TimestampTz ? QStringLiteral(" AT TIME ZONE 'UTC'")
                                                         : QString())
                    + as;
            continue;
        case Text:
        case Varchar:
        case Bpchar:
        case Char:
        case Name:
        case Uuid:
            break; // categorical or text by cardinality, as for a file
        default:
            unknown << oid;
            p.types.insert(name, ColumnType::Text);
            p.expressions << column + QStringLiteral("::text") + as;
            p.warnings << name;
            continue;
        }
        p.expressions << column + as;
    }
    if (!unknown.isEmpty()) {
        // Name the types in the warning ("jsonb", "integer[]"), as the analyst wrote them.
        QStringList oids;
        for (unsigned o : unknown)
            oids << QString::number(o);
        PgResult names(
            PQexec(conn,
                   QStringLiteral("SELECT format_type(t, NULL) FROM unnest(ARRAY[%1]::oid[]) t")
                       .arg(oids.join(QLatin1Char(',')))
                       .toUtf8()
                       .constData()));
        QStringList named;
        for (qsizetype i = 0; i < p.warnings.size(); ++i) {
            const QString type = names && PQresultStatus(names.get()) == PGRES_TUPLES_OK
                    && i < PQntuples(names.get())
                ? QString::fromUtf8(PQgetvalue(names.get(), int(i), 0))
                : QString::number(unknown[i]);
            named << PostgresReader::tr("%1 (%2)").arg(p.warnings[i], type);
        }
        p.warnings = {PostgresReader::tr("Read as text, having no numeric or date meaning here: "
                                         "%1.")
                          .arg(named.join(QStringLiteral(", ")))};
    }
    return p;
}

} // namespace

PostgresReader::PostgresReader(CsvOptions options)
    : m_options(std::move(options))
{
}

Result<CsvReadResult> PostgresReader::read(const DatabaseQuery &source, Progress &progress) const
{
    if (auto valid = source.validate(); !valid)
        return valid.error();
    auto conn = connect(source.url);
    if (!conn)
        return conn.error();
    PGconn *c = conn->get();
    PgResult settings(PQexec(c,
                             "SET DateStyle = 'ISO, YMD'; SET TimeZone = 'UTC'; "
                             "SET extra_float_digits = 1"));
    const QString select = source.selectSql();
    const QString prefix = QStringLiteral("SELECT * FROM (");
    const int offset = source.table.isEmpty() ? int(prefix.size()) : -1000000;
    auto described =
        run(c, (prefix + select + QStringLiteral(") AS churnlab_q LIMIT 0")).toUtf8(), progress);
    if (!described)
        return described.error();
    if (PQresultStatus(described->get()) != PGRES_TUPLES_OK)
        return sqlError(c, described->get(), offset, tr("Reading %1").arg(source.display()));
    drain(c);
    auto p = plan(c, source.url, described->get());
    if (!p)
        return p.error();

    QString copy = QStringLiteral("COPY (SELECT %1 FROM (%2) AS churnlab_q")
                       .arg(p->expressions.join(QStringLiteral(", ")), select);
    if (source.limit >= 0)
        copy += QStringLiteral(" LIMIT %1").arg(source.limit);
    copy += QStringLiteral(") TO STDOUT WITH (FORMAT csv, HEADER true)");
    auto started = run(c, copy.toUtf8(), progress);
    if (!started)
        return started.error();
    if (PQresultStatus(started->get()) != PGRES_COPY_OUT)
        return sqlError(c, started->get(), -1000000, tr("Reading %1").arg(source.display()));

    QByteArray bytes;
    qint64 rows = -1; // the header is the first line
    bool cancelled = false;
    for (;;) {
        char *buffer = nullptr;
        const int length = PQgetCopyData(c, &buffer, 1);
        if (length > 0) {
            bytes.append(buffer, length);
            PQfreemem(buffer);
            if (++rows % 65536 == 0)
                progress.report(0, tr("%1 rows read").arg(rows));
            continue;
        }
        if (length < 0)
            break;
        if (!cancelled && progress.isCancelled()) {
            cancelled = true;
            if (PGcancel *cancel = PQgetCancel(c)) {
                char error[256];
                PQcancel(cancel, error, sizeof error);
                PQfreeCancel(cancel);
            }
        }
        pollfd fd {PQsocket(c), POLLIN, 0};
        poll(&fd, 1, 100);
        if (!PQconsumeInput(c))
            return databaseError(tr("The connection to %1 was lost after %2 rows: %3")
                                     .arg(source.url.display())
                                     .arg(std::max<qint64>(0, rows))
                                     .arg(serverText(PQerrorMessage(c))));
    }
    PgResult finished(PQgetResult(c));
    if (cancelled || progress.isCancelled())
        return Error {Error::Kind::Cancelled, tr("Cancelled.")};
    if (!finished || PQresultStatus(finished.get()) != PGRES_COMMAND_OK)
        return sqlError(
            c, finished.get(), -1000000,
            tr("Reading %1 after %2 rows").arg(source.display()).arg(std::max<qint64>(0, rows)));
    drain(c);
    conn->reset(); // the rows are here; the server can let go before they are typed
    if (rows <= 0)
        return Error {Error::Kind::Empty, tr("%1 returned no rows.").arg(source.display())};

    const CsvOptions options = DatabaseQuery::rowOptions(m_options, p->types);
    auto read = CsvReader(options).readBytes(bytes, progress);
    if (!read)
        return read.error();
    read->warnings = p->warnings + read->warnings;
    return read;
}

} // namespace churnlab

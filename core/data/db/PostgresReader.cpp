#include "core/data/db/PostgresReader.h"

#include "core/data/csv/CsvStreamParse.h"
#include "core/data/db/PostgresConnection.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <memory>
#include <utility>

namespace churnlab {

using namespace postgres;

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
            // Written "t" and "f", which read as true and false: no expression for the
            // server to evaluate per row.
            p.types.insert(name, ColumnType::Boolean);
            break;
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

// The planner's guess of how many rows a query returns (0 when it cannot say): the reader
// reserves storage for them. Planning is cheap next to the read, and the estimate follows
// the table's statistics, which ANALYZE and autovacuum keep close for whole tables.
qint64 expectedRows(PGconn *conn, const QString &select)
{
    PgResult plan(PQexec(conn, (QStringLiteral("EXPLAIN (FORMAT JSON) ") + select).toUtf8()));
    if (!plan || PQresultStatus(plan.get()) != PGRES_TUPLES_OK || PQntuples(plan.get()) < 1)
        return 0;
    const QJsonArray plans =
        QJsonDocument::fromJson(QByteArray(PQgetvalue(plan.get(), 0, 0))).array();
    const double rows = plans.first()
                            .toObject()
                            .value(QStringLiteral("Plan"))
                            .toObject()
                            .value(QStringLiteral("Plan Rows"))
                            .toDouble();
    return rows > 0 && rows < 1e12 ? qint64(rows) : 0;
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
    const int offset = source.table.isEmpty() ? int(prefix.size()) : kNoPosition;
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

    const QString copySelect = QStringLiteral("SELECT %1 FROM (%2) AS churnlab_q")
                                   .arg(p->expressions.join(QStringLiteral(", ")), select)
        + source.limitClause();
    const QString copy =
        QStringLiteral("COPY (%1) TO STDOUT WITH (FORMAT csv, HEADER true)").arg(copySelect);
    const qint64 expected = expectedRows(c, copySelect);
    auto started = run(c, copy.toUtf8(), progress);
    if (!started)
        return started.error();
    if (PQresultStatus(started->get()) != PGRES_COPY_OUT)
        return sqlError(c, started->get(), kNoPosition, tr("Reading %1").arg(source.display()));

    // Rows are typed while the next ones arrive: a worker converts each chunk of a few MB as
    // soon as it is full, and drops its text then.
    CsvStreamParse stream(DatabaseQuery::rowOptions(m_options, p->types), progress);
    stream.expectRows(expected);
    qint64 rows = -1; // the header is the first line
    bool cancelled = false;
    auto stopServer = [&] {
        if (!cancelled) {
            cancelled = true;
            cancel(c);
        }
    };
    for (;;) {
        char *buffer = nullptr;
        const int length = PQgetCopyData(c, &buffer, 1);
        if (length > 0) {
            stream.records().append(buffer, length);
            PQfreemem(buffer);
            if (++rows % 65536 == 0)
                progress.report(0, tr("%1 rows read").arg(rows));
            if (!stream.recordEnded())
                stopServer(); // the typing stopped: its error is the one to give
            continue;
        }
        if (length < 0)
            break;
        if (progress.isCancelled())
            stopServer();
        if (!awaitInput(c))
            return databaseError(tr("The connection to %1 was lost after %2 rows: %3")
                                     .arg(source.url.display())
                                     .arg(std::max<qint64>(0, rows))
                                     .arg(serverText(PQerrorMessage(c))));
    }
    PgResult finished(PQgetResult(c));
    if (progress.isCancelled())
        return Error {Error::Kind::Cancelled, tr("Cancelled.")};
    if (!cancelled && (!finished || PQresultStatus(finished.get()) != PGRES_COMMAND_OK))
        return sqlError(
            c, finished.get(), kNoPosition,
            tr("Reading %1 after %2 rows").arg(source.display()).arg(std::max<qint64>(0, rows)));
    drain(c);
    conn->reset(); // the rows are here; the server can let go before they are typed
    if (rows <= 0)
        return Error {Error::Kind::Empty, tr("%1 returned no rows.").arg(source.display())};
    auto read = stream.finish();
    if (!read)
        return read.error();
    read->warnings = p->warnings + read->warnings;
    return read;
}

} // namespace churnlab

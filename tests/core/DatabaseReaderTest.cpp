#include "core/data/db/DatabaseReader.h"
#include "PostgresServer.h"
#include "core/data/db/DatabaseUrl.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <thread>

using namespace churnlab;

// Tables and queries read from a real PostgreSQL server (started here, stopped after) and from
// SQLite files: the server's types decide ours, NULL is missing, identifiers are quoted, and
// every failure (a bad URL, no server, a SQL error, no rows, Cancel) is a clear error that
// never shows the password.
class DatabaseReaderTest : public QObject
{
    Q_OBJECT

    PostgresServer m_pg;
    QString m_skip;
    QString m_url;

    // 1,000 customers with every type the reader maps, NULLs in most columns.
    static constexpr const char *kCustomers = R"sql(
CREATE TABLE customers AS
SELECT i::bigint AS id,
       'Customer ' || i AS name,
       (ARRAY['basic','plus','pro'])[1 + i % 3]::varchar(10) AS plan,
       CASE WHEN i % 17 = 0 THEN NULL ELSE (i % 72)::int END AS tenure,
       (i * 1.25)::numeric(10,2) AS charges,
       CASE WHEN i % 13 = 0 THEN NULL ELSE i / 8.0 END::float8 AS score,
       CASE WHEN i % 11 = 0 THEN NULL ELSE i % 2 = 0 END AS active,
       DATE '2020-01-01' + i AS signup,
       TIMESTAMPTZ '2024-03-01 12:00:00+02' + i * INTERVAL '90 minutes' AS last_seen,
       ARRAY[i, i + 1] AS pair,
       jsonb_build_object('k', i) AS info,
       CASE WHEN i % 5 = 0 THEN '' ELSE 'NA' END AS note,
       CASE WHEN i % 4 = 0 THEN 'Yes' ELSE 'No' END AS churn
FROM generate_series(1, 1000) AS i;
CREATE SCHEMA sales;
CREATE TABLE sales."Order ""Lines""" (customer bigint, amount numeric);
INSERT INTO sales."Order ""Lines""" SELECT i % 100 + 1, i FROM generate_series(1, 500) i;
)sql";

    static int indexOf(const Dataset &d, const char *name)
    {
        return d.indexOf(QString::fromLatin1(name));
    }

    Result<CsvReadResult> read(const QString &url, const QString &table, const QString &query = {},
                               qint64 limit = -1)
    {
        auto parsed = DatabaseUrl::parse(url);
        if (!parsed)
            return parsed.error();
        DatabaseQuery q;
        q.url = *parsed;
        q.table = table;
        q.query = query;
        q.limit = limit;
        return DatabaseReader().read(q);
    }

private slots:
    void initTestCase()
    {
        m_skip = m_pg.start();
        if (!m_skip.isEmpty())
            return;
        m_url = m_pg.url(QStringLiteral("crm"));
        QCOMPARE(m_pg.psql(QStringLiteral("crm"), QString::fromLatin1(kCustomers)), 0);
    }

    void urlsParseAndHideThePassword()
    {
        auto pg = DatabaseUrl::parse(
            QStringLiteral("postgresql://ana:s3cr%40t@db.example.com:6543/crm?sslmode=require"));
        QVERIFY(pg.ok());
        QCOMPARE(pg->driver, DatabaseUrl::Driver::PostgreSql);
        QCOMPARE(pg->host, QStringLiteral("db.example.com"));
        QCOMPARE(pg->port, 6543);
        QCOMPARE(pg->user, QStringLiteral("ana"));
        QCOMPARE(pg->password, QStringLiteral("s3cr@t"));
        QCOMPARE(pg->database, QStringLiteral("crm"));
        QCOMPARE(pg->parameters.value(QStringLiteral("sslmode")), QStringLiteral("require"));
        QVERIFY(!pg->display().contains(QStringLiteral("s3cr")));
        QCOMPARE(pg->display(),
                 QStringLiteral("postgresql://ana@db.example.com:6543/crm?sslmode=require"));
        QCOMPARE(pg->quoteIdentifier(QStringLiteral("sales.Order \"Lines\"")),
                 QStringLiteral("\"sales\".\"Order \"\"Lines\"\"\""));

        auto my = DatabaseUrl::parse(QStringLiteral("mariadb://u@h/d"));
        QVERIFY(my.ok());
        QCOMPARE(my->driver, DatabaseUrl::Driver::MySql);
        QCOMPARE(my->quoteIdentifier(QStringLiteral("t`x")), QStringLiteral("`t``x`"));
        auto lite = DatabaseUrl::parse(QStringLiteral("sqlite:///tmp/a/../b.db"));
        QVERIFY(lite.ok());
        QCOMPARE(lite->database, QStringLiteral("/tmp/b.db"));
        auto odbc = DatabaseUrl::parse(QStringLiteral("odbc:Driver={X};Server=h;UID=u;PWD=pw"));
        QVERIFY(odbc.ok());
        QVERIFY(!odbc->display().contains(QStringLiteral("pw")));

        QVERIFY(DatabaseUrl::looksLikeUrl(QStringLiteral("postgres://h/d")));
        QVERIFY(!DatabaseUrl::looksLikeUrl(QStringLiteral("C:/data/churn.csv")));
        QVERIFY(!DatabaseUrl::looksLikeUrl(QStringLiteral("churn.csv")));
        for (const char *bad : {"oracle://h/d", "postgresql:///nohost", "postgresql://h",
                                "postgresql://h:99999999/d", "sqlite://"}) {
            auto refused = DatabaseUrl::parse(QString::fromLatin1(bad));
            QVERIFY2(!refused.ok(), bad);
            QCOMPARE(refused.error().kind, Error::Kind::InvalidArgument);
        }
    }

    void postgresTableTypedByTheServer()
    {
        if (!m_skip.isEmpty())
            QSKIP(qPrintable(m_skip));
        auto r = read(m_url, QStringLiteral("customers"));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().describe()));
        const Dataset &d = r->dataset;
        QCOMPARE(d.rowCount(), 1000);
        QCOMPARE(d.columnCount(), 13);
        const struct
        {
            const char *column;
            ColumnType type;
        } expected[] = {{"id", ColumnType::Integer},         {"tenure", ColumnType::Integer},
                        {"charges", ColumnType::Real},       {"score", ColumnType::Real},
                        {"active", ColumnType::Boolean},     {"signup", ColumnType::Date},
                        {"last_seen", ColumnType::DateTime}, {"pair", ColumnType::Text},
                        {"info", ColumnType::Text},          {"plan", ColumnType::Categorical},
                        {"churn", ColumnType::Boolean}}; // Yes/No, as in a file
        for (const auto &e : expected) {
            const int c = indexOf(d, e.column);
            QVERIFY2(c >= 0, e.column);
            QVERIFY2(d.column(c).type() == e.type,
                     qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(e.column),
                                                             columnTypeName(d.column(c).type()))));
        }
        // NULL is missing, and so is empty text, as in a file; "NA" is a value.
        QCOMPARE(d.column(indexOf(d, "tenure")).missingCount(), qsizetype(1000 / 17));
        QCOMPARE(d.column(indexOf(d, "score")).missingCount(), qsizetype(1000 / 13));
        QCOMPARE(d.column(indexOf(d, "active")).missingCount(), qsizetype(1000 / 11));
        const Column &note = d.column(indexOf(d, "note"));
        QCOMPARE(note.text(0), QStringLiteral("NA"));
        QCOMPARE(note.missingCount(), qsizetype(1000 / 5));
        // Values: row i holds customer i + 1.
        for (int row : {0, 4, 16, 999}) {
            const qint64 i = row + 1;
            QCOMPARE(qint64(d.column(indexOf(d, "id")).number(row)), i);
            QCOMPARE(d.column(indexOf(d, "charges")).number(row), double(i) * 1.25);
            if (i % 13 != 0)
                QCOMPARE(d.column(indexOf(d, "score")).number(row), double(i) / 8.0);
            if (i % 11 != 0)
                QCOMPARE(d.column(indexOf(d, "active")).number(row), i % 2 == 0 ? 1.0 : 0.0);
            QCOMPARE(d.column(indexOf(d, "signup")).text(row),
                     QDate(2020, 1, 1).addDays(i).toString(Qt::ISODate));
            // 12:00 at +02 is 10:00 UTC; instants are kept in UTC.
            const QDateTime seen =
                QDateTime(QDate(2024, 3, 1), QTime(10, 0), Qt::UTC).addSecs(i * 90 * 60);
            QCOMPARE(qint64(d.column(indexOf(d, "last_seen")).number(row)),
                     seen.toMSecsSinceEpoch());
            const QStringList plans {"basic", "plus", "pro"};
            QCOMPARE(d.column(indexOf(d, "plan")).text(row), plans[int(i % 3)]);
        }
        // Arrays and JSON are text, and the warning says which and why.
        QVERIFY(r->warnings.join(QLatin1Char(' ')).contains(QStringLiteral("pair (integer[])")));
        QVERIFY(r->warnings.join(QLatin1Char(' ')).contains(QStringLiteral("info (jsonb)")));
    }

    void postgresQueriesJoinsLimitsAndQuotedNames()
    {
        if (!m_skip.isEmpty())
            QSKIP(qPrintable(m_skip));
        auto joined = read(m_url, {},
                           QStringLiteral("SELECT c.id, c.churn, sum(o.amount) AS spent\n"
                                          "FROM customers c JOIN sales.\"Order \"\"Lines\"\"\" o "
                                          "ON o.customer = c.id GROUP BY c.id, c.churn;"));
        QVERIFY2(joined.ok(), qPrintable(joined.ok() ? QString() : joined.error().describe()));
        QCOMPARE(joined->dataset.rowCount(), 100);
        QCOMPARE(joined->dataset.column(2).type(), ColumnType::Real);
        auto quoted = read(m_url, QStringLiteral("sales.Order \"Lines\""));
        QVERIFY2(quoted.ok(), qPrintable(quoted.ok() ? QString() : quoted.error().describe()));
        QCOMPARE(quoted->dataset.rowCount(), 500);
        auto limited = read(m_url, QStringLiteral("customers"), {}, 25);
        QVERIFY(limited.ok());
        QCOMPARE(limited->dataset.rowCount(), 25);
    }

    void postgresFailuresSayWhatAndWhere()
    {
        if (!m_skip.isEmpty())
            QSKIP(qPrintable(m_skip));
        // A SQL error: the server's message and where in the analyst's query.
        auto bad = read(m_url, {}, QStringLiteral("SELECT nosuch FROM customers"));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().kind, Error::Kind::Database);
        QVERIFY2(bad.error().message.contains(QStringLiteral("nosuch")),
                 qPrintable(bad.error().message));
        QCOMPARE(bad.error().column, qint64(8));
        auto noTable = read(m_url, QStringLiteral("nowhere"));
        QVERIFY(!noTable.ok());
        QVERIFY(noTable.error().message.contains(QStringLiteral("nowhere")));
        // No rows.
        auto none = read(m_url, {}, QStringLiteral("SELECT * FROM customers WHERE false"));
        QVERIFY(!none.ok());
        QCOMPARE(none.error().kind, Error::Kind::Empty);
        // No such database, with a password: refused, and the password is nowhere.
        auto noDb = read(
            QStringLiteral("postgresql://churnlab:hunter2@127.0.0.1:%1/absent").arg(m_pg.port()),
            QStringLiteral("customers"));
        QVERIFY(!noDb.ok());
        QCOMPARE(noDb.error().kind, Error::Kind::Database);
        QVERIFY(noDb.error().message.contains(QStringLiteral("absent")));
        QVERIFY(!noDb.error().describe().contains(QStringLiteral("hunter2")));
        // Nothing listening: an error at once, not a hang.
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        const quint16 closed = probe.serverPort();
        probe.close();
        QElapsedTimer timer;
        timer.start();
        auto down =
            read(QStringLiteral("postgresql://u@127.0.0.1:%1/crm?connect_timeout=3").arg(closed),
                 QStringLiteral("customers"));
        QVERIFY(!down.ok());
        QVERIFY(down.error().message.contains(QStringLiteral("Cannot connect")));
        QVERIFY(timer.elapsed() < 10000);
        // One of table or query.
        auto neither = read(m_url, {});
        QVERIFY(!neither.ok());
        QCOMPARE(neither.error().kind, Error::Kind::InvalidArgument);
    }

    // Cancel reaches the server: the query is gone from pg_stat_activity.
    void postgresCancelStopsTheServersQuery()
    {
        if (!m_skip.isEmpty())
            QSKIP(qPrintable(m_skip));
        DatabaseQuery q;
        q.url = *DatabaseUrl::parse(m_url);
        q.query = QStringLiteral("SELECT pg_sleep(60) AS slept, 1 AS one");
        Progress progress;
        QElapsedTimer timer;
        timer.start();
        std::optional<Result<CsvReadResult>> result;
        std::thread worker([&]() { result.emplace(DatabaseReader().read(q, progress)); });
        // A failed check returns early: the worker is cancelled and joined all the same.
        struct Joiner
        {
            std::thread &thread;
            Progress &progress;
            ~Joiner()
            {
                progress.cancel();
                if (thread.joinable())
                    thread.join();
            }
        } joiner {worker, progress};
        QTRY_VERIFY_WITH_TIMEOUT(
            (m_pg.psql(QStringLiteral("crm"),
                       QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE query LIKE "
                                      "'%pg_sleep(60)%' AND pid <> pg_backend_pid()")),
             m_pg.output().trimmed() == QLatin1String("1")),
            20000);
        progress.cancel();
        worker.join();
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().kind, Error::Kind::Cancelled);
        QVERIFY(timer.elapsed() < 30000);
        QTRY_VERIFY_WITH_TIMEOUT(
            (m_pg.psql(QStringLiteral("crm"),
                       QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE query LIKE "
                                      "'%pg_sleep(60)%' AND state = 'active' AND pid <> "
                                      "pg_backend_pid()")),
             m_pg.output().trimmed() == QLatin1String("0")),
            10000);
    }

    void sqliteFilesReadTypedAndReadOnly()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("crm.db"));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("writer"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE \"the customers\" (id INTEGER, plan "
                                          "TEXT, charges REAL, churn TEXT)")));
            QVERIFY(db.transaction());
            for (int i = 1; i <= 300; ++i)
                QVERIFY(q.exec(QStringLiteral("INSERT INTO \"the customers\" VALUES (%1, %2, %3, "
                                              "'%4')")
                                   .arg(i)
                                   .arg(i % 7 == 0 ? QStringLiteral("NULL")
                                                   : QStringLiteral("'p%1'").arg(i % 3))
                                   .arg(i * 0.5)
                                   .arg(i % 4 == 0 ? "Yes" : "No")));
            QVERIFY(db.commit());
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("writer"));
        const QString url = QStringLiteral("sqlite://") + file;
        auto r = read(url, QStringLiteral("the customers"));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().describe()));
        const Dataset &d = r->dataset;
        QCOMPARE(d.rowCount(), 300);
        QCOMPARE(d.column(0).type(), ColumnType::Integer);
        QCOMPARE(d.column(2).type(), ColumnType::Real);
        QCOMPARE(d.column(2).number(9), 5.0);
        QCOMPARE(d.column(1).missingCount(), qsizetype(300 / 7));
        auto query = read(url, {},
                          QStringLiteral("SELECT churn, count(*) AS n FROM \"the "
                                         "customers\" GROUP BY churn ORDER BY churn"));
        QVERIFY(query.ok());
        QCOMPARE(query->dataset.rowCount(), 2);
        QCOMPARE(query->dataset.column(1).number(1), 75.0);
        auto bad = read(url, {}, QStringLiteral("SELEKT 1"));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().kind, Error::Kind::Database);
        // No file: an error, and no empty database is made in its place.
        const QString absent = dir.filePath(QStringLiteral("absent.db"));
        auto missing = read(QStringLiteral("sqlite://") + absent, QStringLiteral("t"));
        QVERIFY(!missing.ok());
        QVERIFY(!QFile::exists(absent));
    }
};

QTEST_GUILESS_MAIN(DatabaseReaderTest)
#include "DatabaseReaderTest.moc"

#include "DatasetDifference.h"
#include "MariaDbServer.h"
#include "PostgresServer.h"
#include "core/data/csv/CsvReader.h"
#include "core/data/db/DatabaseCatalog.h"
#include "core/data/db/DatabaseReader.h"
#include "core/data/db/DatabaseUrl.h"
#include "core/data/db/DatabaseWriter.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace churnlab;

// The same 10,000 customers, with every type and NULLs, in PostgreSQL (read through COPY and
// through ODBC's psqlodbc driver), MariaDB and SQLite: every route reads exactly the data the
// CSV of the same rows gives. Scores written back through Qt SQL (MariaDB, SQLite, ODBC) land
// in one transaction and read back equal to what was written.
class DatabaseRoutesTest : public QObject
{
    Q_OBJECT

    static constexpr int kRows = 10000;
    PostgresServer m_pg;
    MariaDbServer m_maria;
    QString m_pgSkip, m_mariaSkip, m_odbcSkip;
    QTemporaryDir m_dir;
    std::optional<Dataset> m_reference;

    struct Customer
    {
        qint64 id;
        QString name, plan;
        std::optional<int> tenure;
        QString charges; // numeric(10,2), written as the server would print it
        std::optional<double> score;
        std::optional<bool> active;
        QDate signup;
        QDateTime lastSeen; // UTC
        QString note; // empty: NULL
        QString churn;
    };

    static Customer customer(qint64 i)
    {
        static const QStringList plans {QStringLiteral("basic"), QStringLiteral("plus"),
                                        QStringLiteral("pro")};
        Customer c;
        c.id = i;
        // Quotes, commas and letters outside ASCII travel through every route.
        c.name = i % 97 == 0 ? QStringLiteral("O'Brien, Ana \"Nana\" Ünal %1").arg(i)
                             : QStringLiteral("Customer %1").arg(i);
        c.plan = plans[int(i % 3)];
        if (i % 17 != 0)
            c.tenure = int(i % 72);
        c.charges = QString::number(i * 1.25, 'f', 2);
        if (i % 13 != 0)
            c.score = double(i) / 8.0 - 300.0;
        if (i % 11 != 0)
            c.active = i % 2 == 0;
        c.signup = QDate(2020, 1, 1).addDays(i % 1500);
        c.lastSeen = QDateTime(QDate(2024, 3, 1), QTime(10, 0), Qt::UTC).addSecs(i * 5400 + 7);
        c.note = i % 5 == 0 ? QString() : QStringLiteral("note %1").arg(i % 40);
        c.churn = i % 4 == 0 ? QStringLiteral("Yes") : QStringLiteral("No");
        return c;
    }

    static QString csvField(const QString &text)
    {
        if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')))
            return QLatin1Char('"')
                + QString(text).replace(QStringLiteral("\""), QStringLiteral("\"\""))
                + QLatin1Char('"');
        return text;
    }

    static QByteArray referenceCsv()
    {
        QString out = QStringLiteral("id,name,plan,tenure,charges,score,active,signup,last_seen,"
                                     "note,churn\n");
        for (qint64 i = 1; i <= kRows; ++i) {
            const Customer c = customer(i);
            out += QStringList {QString::number(c.id),
                                csvField(c.name),
                                c.plan,
                                c.tenure ? QString::number(*c.tenure) : QString(),
                                c.charges,
                                c.score ? QString::number(*c.score, 'g', 17) : QString(),
                                c.active
                                    ? (*c.active ? QStringLiteral("true") : QStringLiteral("false"))
                                    : QString(),
                                c.signup.toString(Qt::ISODate),
                                c.lastSeen.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")),
                                c.note,
                                c.churn}
                       .join(QLatin1Char(','))
                + QLatin1Char('\n');
        }
        return out.toUtf8();
    }

    enum class Dialect { Postgres, MariaDb, Sqlite };

    static QString literal(const QString &text)
    {
        return QLatin1Char('\'') + QString(text).replace(QStringLiteral("'"), QStringLiteral("''"))
            + QLatin1Char('\'');
    }

    static QString createTable(Dialect d)
    {
        switch (d) {
        case Dialect::Postgres:
            return QStringLiteral(
                "CREATE TABLE customers (id bigint PRIMARY KEY, name text, plan varchar(10), "
                "tenure integer, charges numeric(10,2), score double precision, active boolean, "
                "signup date, last_seen timestamptz, note text, churn text);");
        case Dialect::MariaDb:
            return QStringLiteral(
                "CREATE TABLE customers (id BIGINT PRIMARY KEY, name TEXT, plan VARCHAR(10), "
                "tenure INT, charges DECIMAL(10,2), score DOUBLE, active BOOLEAN, signup DATE, "
                "last_seen DATETIME, note TEXT, churn VARCHAR(3)) CHARACTER SET utf8mb4;");
        case Dialect::Sqlite:
            break;
        }
        return QStringLiteral(
            "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT, plan TEXT, tenure "
            "INTEGER, charges REAL, score DOUBLE, active BOOLEAN, signup TEXT, last_seen TEXT, "
            "note TEXT, churn TEXT);");
    }

    // INSERT statements of 500 rows each, in the dialect's literals.
    static QStringList inserts(Dialect d)
    {
        QStringList statements;
        QStringList values;
        for (qint64 i = 1; i <= kRows; ++i) {
            const Customer c = customer(i);
            const QString null = QStringLiteral("NULL");
            QString seen = c.lastSeen.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
            if (d == Dialect::Postgres)
                seen += QStringLiteral("+00");
            else if (d == Dialect::Sqlite)
                seen[10] = QLatin1Char('T');
            values << QStringLiteral("(%1)").arg(QStringList {
                QString::number(c.id), literal(c.name), literal(c.plan),
                c.tenure ? QString::number(*c.tenure) : null, c.charges,
                c.score ? QString::number(*c.score, 'g', 17) : null,
                c.active ? (*c.active ? QStringLiteral("TRUE") : QStringLiteral("FALSE")) : null,
                literal(c.signup.toString(Qt::ISODate)), literal(seen),
                c.note.isEmpty() ? null : literal(c.note), literal(c.churn)}
                                                     .join(QLatin1Char(',')));
            if (values.size() == 500 || i == kRows) {
                statements << QStringLiteral("INSERT INTO customers VALUES %1;")
                                  .arg(values.join(QLatin1Char(',')));
                values.clear();
            }
        }
        return statements;
    }

    static Result<CsvReadResult> read(const QString &url, const QString &table,
                                      const QString &query = {})
    {
        auto parsed = DatabaseUrl::parse(url);
        if (!parsed)
            return parsed.error();
        DatabaseQuery q;
        q.url = *parsed;
        q.table = table;
        q.query = query;
        return DatabaseReader().read(q);
    }

    // The first difference between two datasets, or nothing. SQL promises no row order
    // without ORDER BY, so rows are matched by id.
    static QString difference(const Dataset &want, const Dataset &got)
    {
        QHash<qint64, qsizetype> rowOf;
        for (qsizetype r = 0; r < got.rowCount(); ++r)
            rowOf.insert(qint64(got.column(0).number(r)), r);
        return datasetDifference(want, got, [&](qsizetype r) {
            return rowOf.value(qint64(want.column(0).number(r)), -1);
        });
    }

    QString sqliteFile() const { return m_dir.filePath(QStringLiteral("crm.db")); }

    QString odbcUrl() const
    {
        return QStringLiteral("odbc:Driver={PostgreSQL Unicode};Server=127.0.0.1;Port=%1;"
                              "Database=crm;UID=churnlab")
            .arg(m_pg.port());
    }

private slots:
    void initTestCase()
    {
        auto ref = CsvReader().readBytes(referenceCsv());
        QVERIFY2(ref.ok(), qPrintable(ref.ok() ? QString() : ref.error().describe()));
        m_reference.emplace(std::move(ref->dataset));

        m_pgSkip = m_pg.start();
        if (m_pgSkip.isEmpty()) {
            m_pg.url(QStringLiteral("crm"));
            QCOMPARE(m_pg.psql(QStringLiteral("crm"), createTable(Dialect::Postgres)), 0);
            for (const QString &insert : inserts(Dialect::Postgres))
                QCOMPARE(m_pg.psql(QStringLiteral("crm"), insert), 0);
        }
        if (!m_pgSkip.isEmpty())
            m_odbcSkip = m_pgSkip;
        else if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QODBC")))
            m_odbcSkip = QStringLiteral("Qt's ODBC driver is not installed (libqt6sql6-odbc)");
        else if (!QFile::exists(QStringLiteral("/etc/odbcinst.ini"))
                 || !QFile(QStringLiteral("/etc/odbcinst.ini")).open(QIODevice::ReadOnly))
            m_odbcSkip = QStringLiteral("no ODBC drivers are registered (odbc-postgresql)");

        m_mariaSkip = m_maria.start();
        if (m_mariaSkip.isEmpty() && !QSqlDatabase::isDriverAvailable(QStringLiteral("QMYSQL")))
            m_mariaSkip = QStringLiteral("Qt's MySQL driver is not installed (libqt6sql6-mysql)");
        if (m_mariaSkip.isEmpty()) {
            QCOMPARE(m_maria.sql(QStringLiteral("crm"), createTable(Dialect::MariaDb)), 0);
            QCOMPARE(m_maria.sql(QStringLiteral("crm"),
                                 inserts(Dialect::MariaDb).join(QLatin1Char('\n'))),
                     0);
        }

        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fixture"));
        db.setDatabaseName(sqliteFile());
        QVERIFY(db.open());
        {
            QSqlQuery q(db);
            QVERIFY(q.exec(createTable(Dialect::Sqlite)));
            for (const QString &insert : inserts(Dialect::Sqlite))
                QVERIFY2(q.exec(insert), qPrintable(q.lastError().text()));
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("fixture"));
    }

    void theReferenceIsTyped()
    {
        const struct
        {
            const char *column;
            ColumnType type;
        } expected[] = {{"id", ColumnType::Integer},     {"plan", ColumnType::Categorical},
                        {"tenure", ColumnType::Integer}, {"charges", ColumnType::Real},
                        {"score", ColumnType::Real},     {"active", ColumnType::Boolean},
                        {"signup", ColumnType::Date},    {"last_seen", ColumnType::DateTime},
                        {"churn", ColumnType::Boolean}};
        for (const auto &e : expected)
            QCOMPARE(m_reference->column(m_reference->indexOf(QLatin1String(e.column))).type(),
                     e.type);
    }

    void everyRouteReadsTheSameRows_data()
    {
        QTest::addColumn<QString>("route");
        QTest::newRow("postgresql-copy") << QStringLiteral("postgresql");
        QTest::newRow("odbc-psqlodbc") << QStringLiteral("odbc");
        QTest::newRow("mariadb") << QStringLiteral("mariadb");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
    }

    void everyRouteReadsTheSameRows()
    {
        QFETCH(QString, route);
        QString url;
        if (route == QLatin1String("postgresql")) {
            if (!m_pgSkip.isEmpty())
                QSKIP(qPrintable(m_pgSkip));
            url = m_pg.url(QStringLiteral("crm"));
        } else if (route == QLatin1String("odbc")) {
            if (!m_odbcSkip.isEmpty())
                QSKIP(qPrintable(m_odbcSkip));
            url = odbcUrl();
        } else if (route == QLatin1String("mariadb")) {
            if (!m_mariaSkip.isEmpty())
                QSKIP(qPrintable(m_mariaSkip));
            url = m_maria.url();
        } else {
            url = QStringLiteral("sqlite://") + sqliteFile();
        }
        auto r = read(url, QStringLiteral("customers"));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().describe()));
        const QString diff = difference(*m_reference, r->dataset);
        QVERIFY2(diff.isEmpty(), qPrintable(route + QStringLiteral(": ") + diff));
    }

    QString routeUrl(const QString &route)
    {
        if (route == QLatin1String("odbc"))
            return m_odbcSkip.isEmpty() ? odbcUrl() : QString();
        if (route == QLatin1String("mariadb"))
            return m_mariaSkip.isEmpty() ? m_maria.url() : QString();
        if (route == QLatin1String("postgresql"))
            return m_pgSkip.isEmpty() ? m_pg.url(QStringLiteral("crm")) : QString();
        return QStringLiteral("sqlite://") + sqliteFile();
    }

    static Result<bool> writeScores(const QString &url, const QString &table,
                                    DatabaseWriter::Mode mode, int rows, bool commit = true)
    {
        auto sink = DatabaseWriter::open(*DatabaseUrl::parse(url), table, mode);
        if (auto r =
                sink->begin({QStringLiteral("customer_id"), QStringLiteral("churn_probability"),
                             QStringLiteral("label"), QStringLiteral("reasons")},
                            {false, true, false, false});
            !r)
            return r;
        std::string lines;
        for (int i = 1; i <= rows; ++i) {
            lines += "C" + std::to_string(i) + ",";
            if (i % 9 != 0) // a row without a score writes NULL
                lines +=
                    QByteArray::number(std::exp(-double(i) / 700.0) / 3.0, 'g', 17).toStdString();
            lines += i % 3 == 0 ? ",churn," : ",stay,";
            lines += i % 7 == 0 ? "\"Contract = Month-to-month, \"\"new\"\" (+0.8)\"" : "";
            lines += "\n";
            if (i % 1000 == 0 || i == rows) {
                if (auto r = sink->write(lines); !r)
                    return r;
                lines.clear();
            }
        }
        if (!commit)
            return true; // dropped here: rolled back
        return sink->commit();
    }

    void catalogsListTablesWithRowCounts_data() { everyRouteReadsTheSameRows_data(); }

    // The table browser's list: every route names the table; the servers that keep an
    // estimate give one (exact after ANALYZE on PostgreSQL), and a SQLite file is counted.
    void catalogsListTablesWithRowCounts()
    {
        QFETCH(QString, route);
        const QString url = routeUrl(route);
        if (url.isEmpty())
            QSKIP("this route's server is not available here");
        if (route == QLatin1String("postgresql"))
            QCOMPARE(m_pg.psql(QStringLiteral("crm"), QStringLiteral("ANALYZE customers")), 0);
        auto tables = DatabaseCatalog::tables(*DatabaseUrl::parse(url));
        QVERIFY2(tables.ok(), qPrintable(tables.ok() ? QString() : tables.error().describe()));
        auto it = std::find_if(tables->cbegin(), tables->cend(), [](const auto &t) {
            return t.name.compare(QLatin1String("customers"), Qt::CaseInsensitive) == 0;
        });
        QVERIFY(it != tables->cend());
        QCOMPARE(it->qualified().toLower(), QStringLiteral("customers"));
        QVERIFY(!it->view);
        if (route == QLatin1String("postgresql") || route == QLatin1String("sqlite"))
            QCOMPARE(it->rows, qint64(kRows));
        else if (route == QLatin1String("mariadb"))
            QVERIFY2(it->rows > kRows / 2 && it->rows < kRows * 2,
                     qPrintable(QString::number(it->rows)));
        // The browser's choice reads as the table it names.
        DatabaseQuery q;
        q.url = *DatabaseUrl::parse(url);
        q.table = it->qualified();
        q.limit = 5;
        auto rows = DatabaseReader().read(q);
        QVERIFY2(rows.ok(), qPrintable(rows.ok() ? QString() : rows.error().describe()));
        QCOMPARE(rows->dataset.rowCount(), 5);
        // A random sample: the server draws it in its own SQL; ODBC says why it cannot.
        q.limit = 200;
        q.sample = true;
        auto sampled = DatabaseReader().read(q);
        if (route == QLatin1String("odbc")) {
            QVERIFY(!sampled.ok());
            QCOMPARE(sampled.error().kind, Error::Kind::InvalidArgument);
            return;
        }
        QVERIFY2(sampled.ok(), qPrintable(sampled.ok() ? QString() : sampled.error().describe()));
        QCOMPARE(sampled->dataset.rowCount(), 200);
        double beyond = 0; // ids past the first 200: a sample reaches them, a LIMIT would not
        for (qsizetype r = 0; r < 200; ++r)
            beyond += sampled->dataset.column(0).number(r) > 200 ? 1 : 0;
        QVERIFY2(beyond > 150, qPrintable(QString::number(beyond)));
    }

    void scoresWriteBackInOneTransaction_data() { everyRouteReadsTheSameRows_data(); }

    // Replace, append, and a writer dropped before commit; the rows read back as written.
    void scoresWriteBackInOneTransaction()
    {
        QFETCH(QString, route);
        const QString url = routeUrl(route);
        if (url.isEmpty())
            QSKIP("this route's server is not available here");
        const QString table = QStringLiteral("churn scores");
        auto first = writeScores(url, table, DatabaseWriter::Mode::Replace, 700);
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().describe()));
        auto replaced = writeScores(url, table, DatabaseWriter::Mode::Replace, 2500);
        QVERIFY2(replaced.ok(),
                 qPrintable(replaced.ok() ? QString() : replaced.error().describe()));
        auto back = read(url, table);
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().describe()));
        const Dataset &d = back->dataset;
        QCOMPARE(d.rowCount(), 2500);
        QCOMPARE(d.column(1).type(), ColumnType::Real);
        QHash<QString, qsizetype> rowOf;
        for (qsizetype r = 0; r < d.rowCount(); ++r)
            rowOf.insert(d.column(0).text(r), r);
        for (int i : {1, 7, 9, 14, 63, 2500}) {
            const qsizetype r = rowOf.value(QStringLiteral("C%1").arg(i), -1);
            QVERIFY(r >= 0);
            if (i % 9 == 0)
                QVERIFY(d.column(1).isMissing(r));
            else
                QVERIFY(std::abs(d.column(1).number(r) - std::exp(-double(i) / 700.0) / 3.0)
                        <= 1e-12);
            QCOMPARE(d.column(2).text(r),
                     i % 3 == 0 ? QStringLiteral("churn") : QStringLiteral("stay"));
            if (i % 7 == 0)
                QCOMPARE(d.column(3).text(r),
                         QStringLiteral("Contract = Month-to-month, \"new\" (+0.8)"));
            else
                QVERIFY(d.column(3).isMissing(r));
        }
        // Dropped before commit: the table is as it was.
        auto dropped = writeScores(url, table, DatabaseWriter::Mode::Replace, 10, false);
        QVERIFY(dropped.ok());
        auto same = read(url, table);
        QVERIFY(same.ok());
        QCOMPARE(same->dataset.rowCount(), 2500);
        auto more = writeScores(url, table, DatabaseWriter::Mode::Append, 10);
        QVERIFY2(more.ok(), qPrintable(more.ok() ? QString() : more.error().describe()));
        auto appended = read(url, table);
        QVERIFY(appended.ok());
        QCOMPARE(appended->dataset.rowCount(), 2510);
        // A bad table name is the server's error, naming the table; the old rows stay.
        auto bad = writeScores(url, QStringLiteral("nosuchschema.scores"),
                               DatabaseWriter::Mode::Replace, 5);
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().message.contains(QStringLiteral("nosuchschema")),
                 qPrintable(bad.error().message));
    }
};

QTEST_GUILESS_MAIN(DatabaseRoutesTest)
#include "DatabaseRoutesTest.moc"

#include "PostgresServer.h"
#include "core/project/Project.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <vector>

// churnlab-cli reading from a real PostgreSQL server (started here, stopped after): inspect
// and train take --db with --table, --query or --query-file; errors say what and where and
// never print the password.
class CliDatabaseTest : public QObject
{
    Q_OBJECT

    PostgresServer m_pg;
    QString m_skip, m_url;

    struct Run
    {
        int code = -1;
        QByteArray out, err;
    };
    static Run run(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(CHURNLAB_CLI_PATH), args);
        p.waitForFinished(180000);
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

private slots:
    void initTestCase()
    {
        m_skip = m_pg.start();
        if (!m_skip.isEmpty())
            return;
        m_url = m_pg.url(QStringLiteral("crm"));
        // Churn follows the contract and tenure, with noise.
        QCOMPARE(m_pg.psql(QStringLiteral("crm"), QStringLiteral(R"sql(
SELECT setseed(0.42);
CREATE TABLE customers AS
SELECT i AS customer_id,
       (ARRAY['Month-to-month','One year','Two year'])[1 + i % 3] AS contract,
       (i * 7) % 72 AS tenure,
       round((20 + (i * 13) % 90)::numeric, 2) AS monthly_charges,
       CASE WHEN random() < CASE i % 3 WHEN 0 THEN 0.45 WHEN 1 THEN 0.15 ELSE 0.05 END
                            + CASE WHEN (i * 7) % 72 < 12 THEN 0.2 ELSE 0 END
            THEN 'Yes' ELSE 'No' END AS churn
FROM generate_series(1, 2000) AS i;
)sql")),
                 0);
    }

    void inspectsATable()
    {
        if (!m_skip.isEmpty())
            QSKIP(qPrintable(m_skip));
        const Run r =
            run({QStringLiteral("inspect"), QStringLiteral("--db"), m_url,
                 QStringLiteral("--table"), QStringLiteral("customers"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value("rows").toInt(), 2000);
        QCOMPARE(o.value("column_count").toInt(), 5);
        QVERIFY(o.value("database").toString().startsWith(QStringLiteral("postgresql://")));
        QVERIFY(o.value("file").isNull());
        QJsonObject tenure;
        for (const QJsonValue &c : o.value("columns").toArray())
            if (c.toObject().value("name").toString() == QLatin1String("tenure"))
                tenure = c.toObject();
        QCOMPARE(tenure.value("type").toString(), QStringLiteral("integer"));

        // The text form names the source, not a CSV dialect.
        const Run text =
            run({QStringLiteral("inspect"), QStringLiteral("--db"), m_url,
                 QStringLiteral("--query"), QStringLiteral("SELECT contract, churn FROM customers"),
                 QStringLiteral("--limit"), QStringLiteral("10")});
        QCOMPARE(text.code, 0);
        QVERIFY2(text.out.contains("10 rows") || text.out.contains("10 row"), text.out.constData());
        QVERIFY(!text.out.contains("Delimiter"));

        const Run sampled =
            run({QStringLiteral("inspect"), QStringLiteral("--db"), m_url,
                 QStringLiteral("--table"), QStringLiteral("customers"),
                 QStringLiteral("--sample-rows"), QStringLiteral("50"), QStringLiteral("--json")});
        QVERIFY2(sampled.code == 0, sampled.err.constData());
        QCOMPARE(QJsonDocument::fromJson(sampled.out).object().value("rows").toInt(), 50);
        const Run both = run({QStringLiteral("inspect"), QStringLiteral("--db"), m_url,
                              QStringLiteral("--table"), QStringLiteral("customers"),
                              QStringLiteral("--sample-rows"), QStringLiteral("5"),
                              QStringLiteral("--limit"), QStringLiteral("5")});
        QVERIFY(both.code != 0);
        QVERIFY2(both.err.contains("not both"), both.err.constData());
    }

    void trainsOnAQueryFile()
    {
        if (!m_skip.isEmpty())
            QSKIP(qPrintable(m_skip));
        QTemporaryDir dir;
        const QString sql = dir.filePath(QStringLiteral("customers.sql"));
        QFile f(sql);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("SELECT contract, tenure, monthly_charges, churn\nFROM customers;\n");
        f.close();
        const QString bundle = dir.filePath(QStringLiteral("churn.clb"));
        const Run r = run(
            {QStringLiteral("train"), QStringLiteral("--db"), m_url, QStringLiteral("--query-file"),
             sql, QStringLiteral("--target"), QStringLiteral("churn"), QStringLiteral("--models"),
             QStringLiteral("lr"), QStringLiteral("--export"), bundle, QStringLiteral("--json"),
             QStringLiteral("--tracking"), QStringLiteral("off")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        const double auc = o.value("models").toArray().first().toObject().value("auc").toDouble();
        QVERIFY2(auc > 0.6, qPrintable(QString::number(auc)));
        QVERIFY(QFile::exists(bundle));
    }

    void automlSearchesATable()
    {
        if (!m_skip.isEmpty())
            QSKIP(qPrintable(m_skip));
        const Run r =
            run({QStringLiteral("automl"), QStringLiteral("--db"), m_url, QStringLiteral("--table"),
                 QStringLiteral("customers"), QStringLiteral("--target"), QStringLiteral("churn"),
                 QStringLiteral("--budget"), QStringLiteral("4"), QStringLiteral("--json"),
                 QStringLiteral("--tracking"), QStringLiteral("off")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QVERIFY2(!o.value("trials").toArray().isEmpty(), r.out.constData());
        QCOMPARE(o.value("search_rows").toInt() + o.value("validation_rows").toInt() > 0, true);
    }

    // The loop after training takes a table too: drift and retrain read it as the champion
    // reads its input, and a project whose data is a query keeps the URL without the password
    // and says on Refresh what changed.
    void monitorsRetrainsAndKeepsAProjectOnATable()
    {
        if (!m_skip.isEmpty())
            QSKIP(qPrintable(m_skip));
        QTemporaryDir dir;
        const QString bundle = dir.filePath(QStringLiteral("churn.clb"));
        const QStringList table {QStringLiteral("--db"), m_url, QStringLiteral("--table"),
                                 QStringLiteral("customers")};
        Run r = run(QStringList {QStringLiteral("train")} + table
                    + QStringList {QStringLiteral("--target"), QStringLiteral("churn"),
                                   QStringLiteral("--models"), QStringLiteral("lr"),
                                   QStringLiteral("--export"), bundle, QStringLiteral("--tracking"),
                                   QStringLiteral("off")});
        QVERIFY2(r.code == 0, r.err.constData());

        r = run(QStringList {QStringLiteral("drift"), bundle} + table
                + QStringList {QStringLiteral("--json"), QStringLiteral("--fail-on-drift")});
        QVERIFY2(r.code == 0, r.err.constData() + r.out);
        QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QVERIFY2(o.value("source").toString().startsWith(QStringLiteral("postgresql://")),
                 r.out.constData());
        // Customers who all moved to month-to-month: the contract has drifted.
        QCOMPARE(m_pg.psql(QStringLiteral("crm"),
                           QStringLiteral("CREATE TABLE moved AS SELECT customer_id, "
                                          "'Month-to-month'::text AS contract, tenure, "
                                          "monthly_charges, churn FROM customers")),
                 0);
        r = run({QStringLiteral("drift"), bundle, QStringLiteral("--db"), m_url,
                 QStringLiteral("--query"), QStringLiteral("SELECT * FROM moved"),
                 QStringLiteral("--json"), QStringLiteral("--fail-on-drift")});
        QCOMPARE(r.code, 3);

        r = run(QStringList {QStringLiteral("retrain"), bundle} + table
                + QStringList {QStringLiteral("--dry-run"), QStringLiteral("--json"),
                               QStringLiteral("--tracking"), QStringLiteral("off")});
        QVERIFY2(r.code == 0, r.err.constData());
        o = QJsonDocument::fromJson(r.out).object();
        QVERIFY2(o.contains(QStringLiteral("promote")) && o.value("holdout_rows").toInt() == 400,
                 r.out.constData());

        // A project on a query; the password given in the URL stays out of the file.
        const QString project = dir.filePath(QStringLiteral("crm.churnlab"));
        QString secretUrl = m_url;
        secretUrl.replace(QStringLiteral("churnlab@"), QStringLiteral("churnlab:hunter2@"));
        r = run({QStringLiteral("project"), QStringLiteral("new"), QStringLiteral("--db"),
                 secretUrl, QStringLiteral("--query"),
                 QStringLiteral("SELECT contract, tenure, monthly_charges, churn FROM customers"),
                 QStringLiteral("--target"), QStringLiteral("churn"), QStringLiteral("--models"),
                 QStringLiteral("lr"), QStringLiteral("-o"), project});
        QVERIFY2(r.code == 0, r.err.constData());
        auto opened = churnlab::Project::open(project);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().describe()));
        QVERIFY(opened->data.database.has_value());
        QVERIFY(opened->data.database->query.startsWith(QStringLiteral("SELECT contract")));
        QVERIFY(opened->data.database->url.password.isEmpty());
        QCOMPARE(opened->data.fingerprint.rows, qint64(2000));
        QCOMPARE(opened->data.fingerprint.sha256.size(), 64);
        auto bytes = opened->bytes(); // what save() writes
        QVERIFY(bytes.ok());
        QVERIFY(!QJsonDocument(opened->data.toJson()).toJson().contains("hunter2"));
        const QStringList refresh {QStringLiteral("project"), QStringLiteral("refresh"), project,
                                   QStringLiteral("--json")};
        r = run(refresh);
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value("changed").toBool(), false);
        QCOMPARE(m_pg.psql(QStringLiteral("crm"),
                           QStringLiteral("UPDATE customers SET tenure = tenure + 1 WHERE "
                                          "customer_id = 5")),
                 0);
        r = run(refresh);
        QVERIFY2(r.code == 0, r.err.constData());
        o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value("changed").toBool(), true);
        QVERIFY2(o.value("changes").toString().contains(QStringLiteral("values differ")),
                 r.out.constData());
        r = run(refresh); // recorded: the next refresh finds nothing new
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value("changed").toBool(), false);
        QCOMPARE(m_pg.psql(QStringLiteral("crm"),
                           QStringLiteral("UPDATE customers SET tenure = tenure - 1 WHERE "
                                          "customer_id = 5")),
                 0);
        r = run({QStringLiteral("project"), QStringLiteral("train"), project});
        QVERIFY2(r.code == 0, r.err.constData());
    }

    // Scores go back into the database in one transaction, equal to `score`'s CSV of the same
    // rows; append adds to the table; a failed write leaves the table as it was.
    void scoresBackIntoTheDatabase()
    {
        if (!m_skip.isEmpty())
            QSKIP(qPrintable(m_skip));
        QTemporaryDir dir;
        const QString bundle = dir.filePath(QStringLiteral("churn.clb"));
        Run r =
            run({QStringLiteral("train"), QStringLiteral("--db"), m_url, QStringLiteral("--table"),
                 QStringLiteral("customers"), QStringLiteral("--target"), QStringLiteral("churn"),
                 QStringLiteral("--models"), QStringLiteral("gbt"), QStringLiteral("--export"),
                 bundle, QStringLiteral("--tracking"), QStringLiteral("off")});
        QVERIFY2(r.code == 0, r.err.constData());
        r = run({QStringLiteral("score"), bundle, QStringLiteral("--db"), m_url,
                 QStringLiteral("--table"), QStringLiteral("customers"), QStringLiteral("--to"),
                 m_url, QStringLiteral("--to-table"), QStringLiteral("scores.churn_scores"),
                 QStringLiteral("--json")});
        QVERIFY2(r.code != 0, "the schema does not exist yet: refused");
        QVERIFY2(r.err.contains("scores"), r.err.constData());
        QCOMPARE(m_pg.psql(QStringLiteral("crm"), QStringLiteral("CREATE SCHEMA scores")), 0);
        r = run({QStringLiteral("score"), bundle, QStringLiteral("--db"), m_url,
                 QStringLiteral("--table"), QStringLiteral("customers"), QStringLiteral("--to"),
                 m_url, QStringLiteral("--to-table"), QStringLiteral("scores.churn_scores"),
                 QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value("rows").toInt(), 2000);
        QVERIFY(QJsonDocument::fromJson(r.out).object().value("output").toString().contains(
            QStringLiteral("scores.churn_scores")));

        // The same rows as a CSV file, scored to a CSV file: the same probabilities.
        const QString exported = m_pg.dir() + QStringLiteral("/customers.csv");
        QCOMPARE(m_pg.psql(QStringLiteral("crm"),
                           QStringLiteral("\\copy customers TO '%1' CSV HEADER").arg(exported)),
                 0);
        const QString scored = dir.filePath(QStringLiteral("scores.csv"));
        r = run({QStringLiteral("score"), bundle, exported, QStringLiteral("-o"), scored});
        QVERIFY2(r.code == 0, r.err.constData());
        QFile file(scored);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        const int column = int(lines.first().split(',').indexOf("probability"));
        QVERIFY(column >= 0);
        std::vector<double> fromFile;
        for (qsizetype i = 1; i < lines.size(); ++i)
            fromFile.push_back(lines[i].split(',').value(column).toDouble());
        const QString dumped = m_pg.dir() + QStringLiteral("/probabilities.txt");
        QCOMPARE(m_pg.psql(QStringLiteral("crm"),
                           QStringLiteral("\\copy (SELECT probability FROM scores.churn_scores) "
                                          "TO '%1'")
                               .arg(dumped)),
                 0);
        QFile db(dumped);
        QVERIFY(db.open(QIODevice::ReadOnly));
        std::vector<double> fromDb;
        for (const QByteArray &line : db.readAll().trimmed().split('\n'))
            fromDb.push_back(line.toDouble());
        QCOMPARE(fromDb.size(), size_t(2000));
        QCOMPARE(fromFile.size(), fromDb.size());
        std::sort(fromFile.begin(), fromFile.end());
        std::sort(fromDb.begin(), fromDb.end());
        for (size_t i = 0; i < fromDb.size(); ++i)
            QVERIFY(std::abs(fromFile[i] - fromDb[i]) <= 1e-12);

        // Append adds; a write that fails (a table of other columns) changes nothing.
        r = run({QStringLiteral("score"), bundle, QStringLiteral("--db"), m_url,
                 QStringLiteral("--table"), QStringLiteral("customers"), QStringLiteral("--to"),
                 m_url, QStringLiteral("--to-table"), QStringLiteral("scores.churn_scores"),
                 QStringLiteral("--mode"), QStringLiteral("append")});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(m_pg.psql(QStringLiteral("crm"),
                           QStringLiteral("SELECT count(*) FROM scores.churn_scores")),
                 0);
        QCOMPARE(m_pg.output().trimmed(), QStringLiteral("4000"));
        QCOMPARE(m_pg.psql(QStringLiteral("crm"),
                           QStringLiteral("CREATE TABLE scores.other (x int); "
                                          "INSERT INTO scores.other VALUES (1)")),
                 0);
        r = run({QStringLiteral("score"), bundle, QStringLiteral("--db"), m_url,
                 QStringLiteral("--table"), QStringLiteral("customers"), QStringLiteral("--to"),
                 m_url, QStringLiteral("--to-table"), QStringLiteral("scores.other"),
                 QStringLiteral("--mode"), QStringLiteral("append")});
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains("scores.other") && r.err.contains("does not exist"),
                 r.err.constData());
        QVERIFY(!r.err.contains("NOTICE")); // the server's chatter stays out of the output
        QCOMPARE(
            m_pg.psql(QStringLiteral("crm"), QStringLiteral("SELECT count(*) FROM scores.other")),
            0);
        QCOMPARE(m_pg.output().trimmed(), QStringLiteral("1"));
    }

    void errorsSayWhatAndWhereWithoutThePassword()
    {
        if (!m_skip.isEmpty())
            QSKIP(qPrintable(m_skip));
        const Run bad =
            run({QStringLiteral("inspect"), QStringLiteral("--db"), m_url,
                 QStringLiteral("--query"), QStringLiteral("SELECT nosuch FROM customers")});
        QVERIFY(bad.code != 0);
        QVERIFY2(bad.err.contains("nosuch") && bad.err.contains("character 8"),
                 bad.err.constData());
        const QString secret =
            QStringLiteral("postgresql://churnlab:hunter2@127.0.0.1:%1/absent").arg(m_pg.port());
        const Run denied = run({QStringLiteral("inspect"), QStringLiteral("--db"), secret,
                                QStringLiteral("--table"), QStringLiteral("customers")});
        QVERIFY(denied.code != 0);
        QVERIFY2(denied.err.contains("absent"), denied.err.constData());
        QVERIFY(!denied.err.contains("hunter2") && !denied.out.contains("hunter2"));
        const Run both = run({QStringLiteral("inspect"), QStringLiteral("--db"), m_url});
        QVERIFY(both.code != 0);
        QVERIFY(both.err.contains("table") && both.err.contains("query"));
        const Run scheme =
            run({QStringLiteral("inspect"), QStringLiteral("--db"), QStringLiteral("oracle://h/d"),
                 QStringLiteral("--table"), QStringLiteral("t")});
        QVERIFY(scheme.code != 0);
        QVERIFY(scheme.err.contains("oracle"));
    }
};

QTEST_GUILESS_MAIN(CliDatabaseTest)
#include "CliDatabaseTest.moc"

#include "core/tracking/TrackingStore.h"

#include "PostgresServer.h"
#include "core/bundle/DataFingerprint.h"
#include "core/data/SampleData.h"
#include "core/tracking/RunRecorder.h"
#include "core/train/TrainingSession.h"

#include <QJsonArray>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>
#include <QtTest>

using namespace churnlab;

// The run store: a training run recorded and read back whole; champion is one run per
// experiment; two writers at once lose nothing; a version-1 store is migrated forward and a
// newer one refused. The same suite runs on SQLite and on a real PostgreSQL server started for
// it (Debian's postgresql, a temporary cluster on a free port, stopped afterwards).
class TrackingTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    PostgresServer m_pg;
    QString m_pgError = QStringLiteral("not started");

    // A fresh store of the row's backend.
    QString location(const QString &name)
    {
        QFETCH(QString, backend);
        if (backend == QLatin1String("postgresql"))
            return m_pg.url(name);
        return m_dir.filePath(name + QStringLiteral(".sqlite"));
    }
    bool skipped()
    {
        QFETCH(QString, backend);
        return backend == QLatin1String("postgresql") && !m_pgError.isEmpty();
    }
    static void backends()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }
    // A connection of the row's backend to a store, for writing old schemas by hand.
    QSqlDatabase raw(const QString &name, const QString &store)
    {
        QFETCH(QString, backend);
        if (backend == QLatin1String("postgresql")) {
            const QUrl url(store);
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(url.host());
            db.setPort(url.port());
            db.setUserName(url.userName());
            db.setDatabaseName(url.path().mid(1));
            return db;
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(store);
        return db;
    }

private slots:
    void initTestCase()
    {
        m_pgError = m_pg.start();
        if (!m_pgError.isEmpty())
            qWarning("PostgreSQL rows will be skipped: %s", qPrintable(m_pgError));
    }
    void cleanupTestCase() { m_pg.stop(); }

    void recordsAndReadsBackARun_data() { backends(); }
    void recordsAndReadsBackARun()
    {
        if (skipped())
            QSKIP(qPrintable(m_pgError));
        auto data = std::make_shared<const Dataset>(SampleData::generate(3000, 9));
        TrainSpec spec;
        spec.target.column = SampleData::targetColumn();
        spec.learners = {{QStringLiteral("lr"), {{QStringLiteral("c"), 0.5}}}};
        spec.validation.kind = ValidationSpec::Kind::KFold;
        spec.validation.folds = 3;
        TrainingSession session(data, spec);
        QVERIFY(session.prepare().ok());
        auto report = session.train(spec.learners.first());
        QVERIFY(report.ok());
        const DataFingerprint fp = DataFingerprint::ofDataset(QStringLiteral("sample.csv"), *data);
        RunRecord run = RunRecorder::finished(spec, *report, fp, QStringLiteral("test"));
        run.tags << QStringLiteral("baseline");
        run.note = QStringLiteral("first try");

        auto store = TrackingStore::open(location(QStringLiteral("runs1")));
        QVERIFY2(store.ok(), qPrintable(store ? QString() : store.error().describe()));
        auto id = (*store)->record(run);
        QVERIFY2(id.ok(), qPrintable(id ? QString() : id.error().describe()));
        auto failed = (*store)->record(RunRecorder::failed(spec, QStringLiteral("gbt"),
                                                           QStringLiteral("out of memory"), fp,
                                                           QStringLiteral("test"), false));
        QVERIFY(failed.ok());
        auto back = (*store)->get(*id);
        QVERIFY(back.ok());
        QCOMPARE(back->learner, QStringLiteral("lr"));
        QCOMPARE(back->params.value(QStringLiteral("c")).toDouble(), 0.5);
        QCOMPARE(back->metrics.value(QStringLiteral("auc")).toDouble(), report->run.metrics.auc);
        QCOMPARE(back->foldMetrics.value(QStringLiteral("folds")).toArray().size(), 3);
        QCOMPARE(back->data.value(QStringLiteral("rows")).toInteger(), 3000);
        QCOMPARE(back->spec, spec.toJson());
        QCOMPARE(back->tags, QStringList {QStringLiteral("baseline")});
        QCOMPARE(back->note, QStringLiteral("first try"));
        QCOMPARE(back->churnlabVersion, QStringLiteral(CHURNLAB_VERSION));
        auto bad = (*store)->get(*failed);
        QCOMPARE(bad->status, RunRecord::Status::Failed);
        QCOMPARE(bad->error, QStringLiteral("out of memory"));

        // Champion moves; other tags stay.
        QVERIFY((*store)->tag(*id, QStringLiteral("champion")).ok());
        QVERIFY((*store)->tag(*failed, QStringLiteral("champion")).ok());
        QVERIFY(!(*store)->get(*id)->tags.contains(QStringLiteral("champion")));
        QVERIFY((*store)->get(*failed)->tags.contains(QStringLiteral("champion")));
        QVERIFY((*store)->get(*id)->tags.contains(QStringLiteral("baseline")));
        QVERIFY(!(*store)->tag(9999, QStringLiteral("champion")).ok());
    }

    void twoWritersAtOnceLoseNothing_data() { backends(); }
    void twoWritersAtOnceLoseNothing()
    {
        if (skipped())
            QSKIP(qPrintable(m_pgError));
        const QString path = location(QStringLiteral("busy"));
        QVERIFY(TrackingStore::open(path).ok()); // created once
        auto writer = [path](int n) {
            auto store = TrackingStore::open(path);
            if (!store)
                return 0;
            int ok = 0;
            for (int i = 0; i < n; ++i) {
                RunRecord r;
                r.learner = QStringLiteral("lr");
                r.started = QDateTime::currentDateTimeUtc();
                ok += (*store)->record(r).ok();
            }
            return ok;
        };
        auto a = QtConcurrent::run(writer, 150);
        auto b = QtConcurrent::run(writer, 150);
        QCOMPARE(a.result() + b.result(), 300);
        QCOMPARE((*TrackingStore::open(path))->list()->size(), 300);
    }

    // A writer process killed (SIGKILL) while it records run after run: every run it reported
    // committed is there, none is half written (each has all three of its tags), and the store
    // opens and takes new runs.
    void aKilledWriterLeavesAWholeStore_data() { backends(); }
    void aKilledWriterLeavesAWholeStore()
    {
        if (skipped())
            QSKIP(qPrintable(m_pgError));
        const QString path = location(QStringLiteral("killed"));
        QVERIFY(TrackingStore::open(path).ok());
        QProcess writer;
        writer.start(QCoreApplication::applicationFilePath(), {"--write-runs", path});
        QVERIFY(writer.waitForStarted());
        QByteArray reported;
        QElapsedTimer clock;
        clock.start();
        while (reported.count('\n') < 40 && clock.elapsed() < 60000) {
            writer.waitForReadyRead(100);
            reported += writer.readAllStandardOutput();
        }
        writer.kill(); // SIGKILL, in the middle of whatever it was writing
        QVERIFY(writer.waitForFinished());
        reported += writer.readAllStandardOutput();
        QList<QByteArray> ids = reported.split('\n');
        ids.removeAll(QByteArray());
        QVERIFY2(ids.size() >= 40, reported.right(300).constData());

        auto store = TrackingStore::open(path);
        QVERIFY2(store.ok(), qPrintable(store ? QString() : store.error().describe()));
        auto runs = (*store)->list();
        QVERIFY(runs.ok());
        QSet<qint64> stored;
        for (const RunRecord &r : *runs) {
            stored.insert(r.id);
            QCOMPARE(r.tags.size(), 3);
            QVERIFY(r.metrics.value(QStringLiteral("curve")).toArray().size() == 2000);
        }
        for (const QByteArray &id : ids)
            QVERIFY2(stored.contains(id.toLongLong()), id.constData());
        QVERIFY(runs->size() <= ids.size() + 1); // at most the one being committed as it died
        QVERIFY((*store)->record(RunRecord {}).ok());
        QFETCH(QString, backend);
        if (backend == QLatin1String("sqlite")) {
            QSqlDatabase db = raw(QStringLiteral("integrity"), path);
            QVERIFY(db.open());
            QSqlQuery check(QStringLiteral("PRAGMA integrity_check"), db);
            QVERIFY(check.next());
            QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
        }
    }

    void migratesAnOldStoreAndRefusesANewerOne_data() { backends(); }
    void migratesAnOldStoreAndRefusesANewerOne()
    {
        if (skipped())
            QSKIP(qPrintable(m_pgError));
        QFETCH(QString, backend);
        const QString path = location(QStringLiteral("old"));
        {
            // A version 1 store: no source or note columns.
            QSqlDatabase db = raw(QStringLiteral("v1"), path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(
                QStringLiteral(
                    "CREATE TABLE runs (id %1, experiment TEXT NOT "
                    "NULL, "
                    "started TEXT NOT NULL, seconds DOUBLE PRECISION NOT NULL, status TEXT NOT "
                    "NULL, "
                    "error TEXT NOT NULL, user_name TEXT NOT NULL, churnlab_version TEXT NOT NULL, "
                    "data TEXT NOT NULL, learner TEXT NOT NULL, params TEXT NOT NULL, seed TEXT "
                    "NOT "
                    "NULL, "
                    "spec TEXT NOT NULL, metrics TEXT NOT NULL, fold_metrics TEXT NOT NULL, "
                    "train_seconds DOUBLE PRECISION NOT NULL, bundle TEXT NOT NULL)")
                    .arg(backend == QLatin1String("postgresql")
                             ? QStringLiteral("BIGSERIAL PRIMARY KEY")
                             : QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT"))));
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE tags (run_id BIGINT NOT NULL, tag TEXT NOT "
                                          "NULL, PRIMARY KEY (run_id, tag))")));
            QVERIFY(
                q.exec(QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_version VALUES (1)")));
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO runs (experiment, started, seconds, status, error, user_name, "
                "churnlab_version, data, learner, params, seed, spec, metrics, fold_metrics, "
                "train_seconds, bundle) VALUES ('default', '2026-01-02T03:04:05.000Z', 1.5, "
                "'finished', '', 'ana', '0.0.9', '{}', 'gbt', '{}', '42', '{}', '{\"auc\":0.81}', "
                "'{}', 1.2, '')")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));
        auto store = TrackingStore::open(path);
        QVERIFY2(store.ok(), qPrintable(store ? QString() : store.error().describe()));
        auto runs = (*store)->list();
        QCOMPARE(runs->size(), 1);
        QCOMPARE(runs->first().learner, QStringLiteral("gbt"));
        QCOMPARE(runs->first().metrics.value(QStringLiteral("auc")).toDouble(), 0.81);
        RunRecord r;
        r.note = QStringLiteral("after migration");
        QVERIFY((*store)->record(r).ok());
        store->reset();

        {
            QSqlDatabase db = raw(QStringLiteral("v9"), path);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("UPDATE schema_version SET version = 9")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v9"));
        auto newer = TrackingStore::open(path);
        QVERIFY(!newer.ok());
        QCOMPARE(newer.error().kind, Error::Kind::NewerFormat);
    }
};

// The test doubles as the writer process aKilledWriterLeavesAWholeStore kills: with
// --write-runs STORE it records runs until killed, printing each id once it is committed.
static int writeRunsUntilKilled(const QString &location)
{
    auto store = TrackingStore::open(location);
    if (!store)
        return 1;
    QJsonArray curve;
    for (int i = 0; i < 2000; ++i)
        curve.append(i / 2000.0);
    QTextStream out(stdout);
    for (int i = 0;; ++i) {
        RunRecord r;
        r.learner = QStringLiteral("gbt");
        r.started = QDateTime::currentDateTimeUtc();
        r.metrics = {{QStringLiteral("curve"), curve}};
        r.tags = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
        r.note = QStringLiteral("run %1").arg(i);
        auto id = (*store)->record(r);
        if (!id)
            return 1;
        out << *id << Qt::endl;
    }
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--write-runs") == 0)
        return writeRunsUntilKilled(QString::fromLocal8Bit(argv[2]));
    TrackingTest test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "TrackingTest.moc"

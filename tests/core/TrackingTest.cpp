#include "core/tracking/TrackingStore.h"

#include "core/bundle/DataFingerprint.h"
#include "core/data/SampleData.h"
#include "core/tracking/RunRecorder.h"
#include "core/train/TrainingSession.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtConcurrent/QtConcurrentRun>
#include <QtTest>

using namespace churnlab;

// The run store: a training run recorded and read back whole; champion is one run per
// experiment; two writers at once lose nothing; a version-1 store is migrated forward and a
// newer one refused.
class TrackingTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void recordsAndReadsBackARun()
    {
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

        auto store = TrackingStore::open(m_dir.filePath(QStringLiteral("runs.sqlite")));
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

    void twoWritersAtOnceLoseNothing()
    {
        const QString path = m_dir.filePath(QStringLiteral("busy.sqlite"));
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

    void migratesAnOldStoreAndRefusesANewerOne()
    {
        const QString path = m_dir.filePath(QStringLiteral("old.sqlite"));
        {
            // A version 1 store: no source or note columns.
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral(
                "CREATE TABLE runs (id INTEGER PRIMARY KEY AUTOINCREMENT, experiment TEXT NOT "
                "NULL, "
                "started TEXT NOT NULL, seconds DOUBLE PRECISION NOT NULL, status TEXT NOT NULL, "
                "error TEXT NOT NULL, user_name TEXT NOT NULL, churnlab_version TEXT NOT NULL, "
                "data TEXT NOT NULL, learner TEXT NOT NULL, params TEXT NOT NULL, seed TEXT NOT "
                "NULL, "
                "spec TEXT NOT NULL, metrics TEXT NOT NULL, fold_metrics TEXT NOT NULL, "
                "train_seconds DOUBLE PRECISION NOT NULL, bundle TEXT NOT NULL)")));
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
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v9"));
            db.setDatabaseName(path);
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

QTEST_GUILESS_MAIN(TrackingTest)
#include "TrackingTest.moc"

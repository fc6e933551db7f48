#include "TestData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

// Tracking from the command line: every `train` records its runs with no extra flag; two
// processes training into one store at once both land; `runs list|show|tag` read and tag
// them, champion staying with one run.
class CliRunsTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QProcess *start(const QStringList &args, const QString &store)
    {
        auto *p = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CHURNLAB_TRACKING"), store);
        p->setProcessEnvironment(env);
        p->start(QStringLiteral(CHURNLAB_CLI_PATH), args);
        return p;
    }
    QByteArray run(const QStringList &args, const QString &store, int expected = 0)
    {
        QProcess *p = start(args, store);
        p->waitForFinished(120000);
        const QByteArray err = p->readAllStandardError();
        if (p->exitCode() != expected)
            qWarning() << args << err;
        [&] { QCOMPARE(p->exitCode(), expected); }();
        return p->readAllStandardOutput();
    }

private slots:
    void recordsEveryTrainingAndTagsAChampion()
    {
        const QString csv = m_dir.filePath(QStringLiteral("c.csv"));
        const QString store = m_dir.filePath(QStringLiteral("runs.sqlite"));
        run({"sample", "-o", csv, "--rows", "3000"}, store);
        // Two trainings at once into the same store.
        QProcess *a = start({"train", csv, "--target", "churn", "--models", "lr,tree"}, store);
        QProcess *b =
            start({"train", csv, "--target", "churn", "--models", "nb,gbt", "--seed", "7"}, store);
        QVERIFY(a->waitForFinished(120000) && b->waitForFinished(120000));
        QCOMPARE(a->exitCode(), 0);
        QCOMPARE(b->exitCode(), 0);
        QVERIFY2(a->readAllStandardError().isEmpty(), "no tracking warnings");

        const QJsonArray runs =
            QJsonDocument::fromJson(run({"runs", "list", "--json"}, store)).array();
        QCOMPARE(runs.size(), 4);
        QStringList learners;
        for (const auto &v : runs) {
            const QJsonObject r = v.toObject();
            learners << r.value("learner").toString();
            QCOMPARE(r.value("status").toString(), QStringLiteral("finished"));
            QCOMPARE(r.value("source").toString(), QStringLiteral("cli"));
            QVERIFY(r.value("metrics").toObject().value("auc").toDouble() > 0.6);
            QCOMPARE(r.value("data").toObject().value("rows").toInt(), 3000);
            QCOMPARE(r.value("data").toObject().value("sha256").toString().size(), 64);
        }
        learners.sort();
        QCOMPARE(learners, (QStringList {"gbt", "lr", "nb", "tree"}));

        const QString first = QString::number(runs.at(0).toObject().value("id").toInt());
        const QString second = QString::number(runs.at(1).toObject().value("id").toInt());
        run({"runs", "tag", first, "champion"}, store);
        run({"runs", "tag", second, "champion"}, store);
        const QJsonObject shown =
            QJsonDocument::fromJson(run({"runs", "show", second, "--json"}, store)).object();
        QCOMPARE(shown.value("tags").toArray(), QJsonArray {"champion"});
        QVERIFY(QJsonDocument::fromJson(run({"runs", "show", first, "--json"}, store))
                    .object()
                    .value("tags")
                    .toArray()
                    .isEmpty());
        QVERIFY(run({"runs", "list"}, store).contains("champion"));
        // Two runs side by side: the learner differs, the data does not.
        const QJsonObject diff =
            QJsonDocument::fromJson(run({"runs", "diff", first, second, "--json"}, store)).object();
        QStringList keys;
        for (const auto &row : diff.value("rows").toArray())
            keys << row.toObject().value("key").toString();
        QVERIFY(keys.contains("learner"));
        QVERIFY(keys.contains("metrics.auc"));
        QVERIFY(!keys.contains("data.sha256"));
        run({"runs", "show", "999"}, store, 1);
        run({"runs", "frobnicate"}, store, 2);

        // MLflow's file-store layout, read back with a YAML parser as MLflow reads it.
        const QString bundle = m_dir.filePath(QStringLiteral("m.clb"));
        run({"train", csv, "--target", "churn", "--models", "lr", "--export", bundle}, store);
        const QString mlruns = m_dir.filePath(QStringLiteral("mlruns"));
        QVERIFY(run({"runs", "export", "--mlflow", mlruns}, store).contains("5 run(s)"));
        QProcess py;
        py.start(QStringLiteral("/usr/bin/python3"),
                 {"-c", R"(
import json, os, sys, yaml, re
root = sys.argv[1]
exp = yaml.safe_load(open(os.path.join(root, '1', 'meta.yaml')))
out = {'experiment': exp, 'runs': []}
for d in sorted(os.listdir(os.path.join(root, '1'))):
    p = os.path.join(root, '1', d)
    if not os.path.isdir(p): continue
    meta = yaml.safe_load(open(os.path.join(p, 'meta.yaml')))
    metrics = {m: open(os.path.join(p, 'metrics', m)).read() for m in os.listdir(os.path.join(p, 'metrics'))}
    params = {k: open(os.path.join(p, 'params', k)).read() for k in os.listdir(os.path.join(p, 'params'))}
    tags = {k: open(os.path.join(p, 'tags', k)).read() for k in os.listdir(os.path.join(p, 'tags'))}
    arts = os.listdir(os.path.join(p, 'artifacts'))
    out['runs'].append({'dir': d, 'meta': meta, 'metrics': metrics, 'params': params, 'tags': tags, 'artifacts': arts})
print(json.dumps(out))
)",
                  mlruns});
        QVERIFY(py.waitForFinished(30000));
        QVERIFY2(py.exitCode() == 0, py.readAllStandardError().constData());
        const QJsonObject layout = QJsonDocument::fromJson(py.readAllStandardOutput()).object();
        const QJsonObject exp = layout.value("experiment").toObject();
        QCOMPARE(exp.value("experiment_id").toString(), QStringLiteral("1"));
        QCOMPARE(exp.value("name").toString(), QStringLiteral("default"));
        QCOMPARE(exp.value("lifecycle_stage").toString(), QStringLiteral("active"));
        QVERIFY(exp.value("artifact_location").toString().startsWith("file://"));
        const QJsonArray exported = layout.value("runs").toArray();
        QCOMPARE(exported.size(), 5);
        int withBundle = 0;
        for (const auto &v : exported) {
            const QJsonObject r = v.toObject();
            const QJsonObject meta = r.value("meta").toObject();
            QCOMPARE(meta.value("run_id").toString(), r.value("dir").toString());
            QCOMPARE(meta.value("run_uuid").toString(), r.value("dir").toString());
            QVERIFY(QRegularExpression("^[0-9a-f]{32}$")
                        .match(meta.value("run_id").toString())
                        .hasMatch());
            QCOMPARE(meta.value("experiment_id").toString(), QStringLiteral("1"));
            QCOMPARE(meta.value("status").toInt(), 3); // FINISHED
            QVERIFY(meta.value("end_time").toDouble() >= meta.value("start_time").toDouble());
            QVERIFY(meta.value("start_time").toDouble() > 1.7e12);
            const QString auc = r.value("metrics").toObject().value("auc").toString();
            QVERIFY2(QRegularExpression("^\\d{13} 0\\.\\d+ 0\n$").match(auc).hasMatch(),
                     qPrintable(auc));
            QVERIFY(!r.value("params").toObject().value("learner").toString().isEmpty());
            QCOMPARE(r.value("params").toObject().value("data.sha256").toString().size(), 64);
            QVERIFY(r.value("tags").toObject().value("mlflow.runName").toString().contains('-'));
            withBundle += r.value("artifacts").toArray().contains("m.clb");
        }
        QCOMPARE(withBundle, 1);

        // Off means off.
        run({"train", csv, "--target", "churn", "--models", "lr", "--tracking", "off"}, store);
        QCOMPARE(QJsonDocument::fromJson(run({"runs", "list", "--json"}, store)).array().size(), 5);
    }
};

QTEST_GUILESS_MAIN(CliRunsTest)
#include "CliRunsTest.moc"

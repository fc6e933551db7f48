#include "TestData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

// churnlab-cli end to end: what a script sees (exit codes, stdout, one-line stderr).
class CliInspectTest : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int code = -1;
        QByteArray out, err;
    };
    static Run run(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(CHURNLAB_CLI_PATH), args);
        p.waitForFinished(120000);
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    // The first leaderboard row of `train --json` output.
    static QJsonObject firstModel(const QByteArray &json)
    {
        return QJsonDocument::fromJson(json).object().value("models").toArray().first().toObject();
    }

private slots:
    void printsHelpAndVersion()
    {
        const Run help = run({QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.contains("inspect"));
        const Run version = run({QStringLiteral("--version")});
        QCOMPARE(version.code, 0);
        QVERIFY(version.out.startsWith("churnlab-cli "));
        const Run inspectHelp = run({QStringLiteral("inspect"), QStringLiteral("--help")});
        QCOMPARE(inspectHelp.code, 0);
        QVERIFY(inspectHelp.out.contains("--json"));
    }

    void inspectsAsJson()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.csv"));
        QCOMPARE(run({QStringLiteral("sample"), QStringLiteral("-o"), path,
                      QStringLiteral("--rows"), QStringLiteral("1500")})
                     .code,
                 0);
        const Run r = run({QStringLiteral("inspect"), path, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("rows")).toInt(), 1500);
        const QJsonArray columns = o.value(QStringLiteral("columns")).toArray();
        QCOMPARE(columns.size(), 18);
        QCOMPARE(columns[0].toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("customer_id"));
        QCOMPARE(columns[0].toObject().value(QStringLiteral("type")).toString(),
                 QStringLiteral("text"));
        for (const auto &c : columns) {
            QVERIFY(c.toObject().contains(QStringLiteral("missing")));
            QVERIFY(c.toObject().contains(QStringLiteral("distinct")));
        }
        QCOMPARE(o.value(QStringLiteral("dialect"))
                     .toObject()
                     .value(QStringLiteral("delimiter"))
                     .toString(),
                 QStringLiteral(","));
    }

    void inspectsTelco()
    {
        REQUIRE_SHARED_FILE(path, "telco-churn.csv");
        const Run r = run({QStringLiteral("inspect"), path, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("rows")).toInt(), 7043);
        QCOMPARE(o.value(QStringLiteral("columns")).toArray().size(), 21);
        for (const auto &c : o.value(QStringLiteral("columns")).toArray()) {
            if (c.toObject().value(QStringLiteral("name")).toString()
                == QLatin1String("TotalCharges")) {
                QCOMPARE(c.toObject().value(QStringLiteral("type")).toString(),
                         QStringLiteral("real"));
                QCOMPARE(c.toObject().value(QStringLiteral("missing")).toInt(), 11);
            }
        }
    }

    void addsFindingsAndAssociationForATarget()
    {
        REQUIRE_SHARED_FILE(path, "telco-churn.csv");
        const Run r = run({"inspect", path, "--target", "Churn", "--json"});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value("target").toObject().value("positive").toString(), QStringLiteral("Yes"));
        bool idLike = false, blanks = false;
        for (const auto &f : o.value("findings").toArray()) {
            const QJsonObject fo = f.toObject();
            const QStringList cols = fo.value("columns").toVariant().toStringList();
            idLike |= fo.value("kind").toString() == "id_like" && cols.contains("customerID");
            blanks |=
                fo.value("kind").toString() == "missing_values" && cols.contains("TotalCharges");
            QVERIFY(!fo.value("severity").toString().isEmpty());
            QVERIFY(!fo.value("message").toString().isEmpty());
        }
        QVERIFY(idLike);
        QVERIFY(blanks);
        const QJsonArray assoc = o.value("association").toArray();
        QVERIFY(assoc.size() >= 10);
        QStringList top;
        for (int i = 0; i < 3; ++i)
            top << assoc[i].toObject().value("column").toString();
        QVERIFY2(top.contains("Contract") && top.contains("tenure"), qPrintable(top.join(", ")));
        QCOMPARE(assoc[0].toObject().value("measure").toString(), QStringLiteral("auc"));
        for (const auto &a : assoc) {
            if (a.toObject().value("column").toString() == "Contract")
                QVERIFY(a.toObject().contains("cramers_v"));
        }
        const Run bad = run({"inspect", path, "--target", "gender", "--positive", "Maybe"});
        QCOMPARE(bad.code, 1);
        QVERIFY(bad.err.contains("Maybe"));
    }

    void trainsAndReportsALeaderboard()
    {
        QTemporaryDir dir;
        const QString train = dir.filePath("train.csv"), test = dir.filePath("test.csv");
        QCOMPARE(run({"sample", "-o", train, "--rows", "3000", "--seed", "1"}).code, 0);
        QCOMPARE(run({"sample", "-o", test, "--rows", "1000", "--seed", "2"}).code, 0);
        const Run r = run({"train", train, "--test", test, "--target", "churn", "--json"});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value("n_train").toInt(), 3000);
        QCOMPARE(o.value("n_test").toInt(), 1000); // the test file is used whole and untouched
        QCOMPARE(o.value("positive").toString(), QStringLiteral("Yes"));
        const QJsonObject lr = firstModel(r.out);
        QCOMPARE(lr.value("name").toString(), QStringLiteral("lr"));
        QVERIFY2(lr.value("auc").toDouble() > 0.75, r.out.constData());
        for (const char *key : {"pr_auc", "logloss", "brier", "accuracy", "precision", "recall",
                                "f1", "train_seconds"})
            QVERIFY2(lr.contains(key), key);
        QVERIFY(
            !o.value("features").toObject().value("ignored").toVariant().toStringList().isEmpty());

        // A seeded holdout gives the same figures twice.
        const Run a = run({"train", train, "--target", "churn", "--seed", "5", "--json"});
        const Run b = run({"train", train, "--target", "churn", "--seed", "5", "--json"});
        const double aucA = firstModel(a.out).value("auc").toDouble();
        const double aucB = firstModel(b.out).value("auc").toDouble();
        QCOMPARE(aucA, aucB);
        QCOMPARE(QJsonDocument::fromJson(a.out).object().value("n_test").toInt(), 600);

        // k-fold cross-validation: metrics from the pooled out-of-fold scores, and each fold's
        // values with their mean for the spread.
        const Run cv = run({"train", train, "--target", "churn", "--folds", "3", "--json"});
        QCOMPARE(cv.code, 0);
        const QJsonObject cvModel = firstModel(cv.out);
        const QJsonObject folds = cvModel.value("cv").toObject();
        const QJsonArray perFold = folds.value("auc_per_fold").toArray();
        QCOMPARE(perFold.size(), 3);
        const double mean =
            (perFold[0].toDouble() + perFold[1].toDouble() + perFold[2].toDouble()) / 3;
        QVERIFY(qAbs(folds.value("auc_mean").toDouble() - mean) < 1e-12);
        QVERIFY(qAbs(cvModel.value("auc").toDouble() - mean) < 0.02);
        QVERIFY(folds.value("auc_std").toDouble() >= 0);
        QCOMPARE(run({"train", train, "--target", "churn", "--folds", "3", "--test", test}).code,
                 2);
        QCOMPARE(run({"train", train, "--target", "churn", "--folds", "1"}).code, 2);

        QCOMPARE(run({"train", train, "--target", "churn", "--models", "lr,quantum"}).code, 2);
        QCOMPARE(run({"train", train, "--target", "tenure_months"}).code, 1); // not two-valued
        QCOMPARE(run({"train", train}).code, 2);

        // --features: the Features tab's JSON; a bad one is refused before any training.
        const QString features = dir.filePath("features.json");
        QFile f(features);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            R"({"columns":{"contract":{"encoding":"target"},"tenure_months":{"role":"ignore"}}})");
        f.close();
        const Run withFeatures =
            run({"train", train, "--target", "churn", "--features", features, "--json"});
        QCOMPARE(withFeatures.code, 0);
        const QJsonObject doc = QJsonDocument::fromJson(withFeatures.out).object();
        const QJsonArray names = doc.value("features").toObject().value("features").toArray();
        QVERIFY(names.contains(QJsonValue("contract")));
        QVERIFY(!names.contains(QJsonValue("tenure_months")));
        QVERIFY(doc.value("features")
                    .toObject()
                    .value("ignored")
                    .toArray()
                    .contains(QJsonValue("tenure_months")));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(R"({"columns":{"contract":{"encoding":"hashing"}}})");
        f.close();
        const Run bad = run({"train", train, "--target", "churn", "--features", features});
        QCOMPARE(bad.code, 2);
        QVERIFY(bad.err.contains("contract") && bad.err.contains("encoding"));
    }

    // Two near-copies of the target (a score, a reason filled only for churners): `train` and
    // `project` leave them out and name them; --keep-leaking-columns trains on them.
    void leakingColumnsAreLeftOutAndNamed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("leaky.csv");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("tenure,plan,risk_score,cancel_reason,churn\n");
        quint32 s = 5;
        const auto next = [&]() { return (s = s * 1664525u + 1013904223u) >> 8; };
        for (int i = 0; i < 3000; ++i) {
            const int tenure = int(next() % 72), plan = int(next() % 3);
            const bool churn = int(next() % 100) < 45 - tenure / 2 - 5 * plan;
            f.write(QByteArray::number(tenure) + ",p" + QByteArray::number(plan) + ','
                    + QByteArray::number(churn ? 60 + next() % 40 : next() % 50) + ','
                    + (churn ? (next() % 2 ? "Price" : "Competitor") : "") + ','
                    + (churn ? "Yes" : "No") + '\n');
        }
        f.close();
        const Run r = run({"train", path, "--target", "churn", "--models", "lr,gbt", "--json",
                           "--tracking", "off"});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QStringList excluded = o.value("excluded_for_leakage").toVariant().toStringList();
        excluded.sort();
        QCOMPARE(excluded, (QStringList {"cancel_reason", "risk_score"}));
        for (const QJsonValue &m : o.value("models").toArray())
            QVERIFY2(m.toObject().value("auc").toDouble() < 0.999, r.out.constData());
        const QJsonObject roles = o.value("spec").toObject().value("features").toObject();
        QVERIFY2(QJsonDocument(roles).toJson().contains("\"leakage\""), r.out.constData());
        const Run text =
            run({"train", path, "--target", "churn", "--models", "lr", "--tracking", "off"});
        const QByteArray line = text.out.mid(text.out.indexOf("leak the outcome: "), 60);
        QVERIFY2(line.contains("cancel_reason") && line.contains("risk_score"),
                 text.out.constData());

        const Run kept = run({"train", path, "--target", "churn", "--models", "lr", "--json",
                              "--tracking", "off", "--keep-leaking-columns"});
        QCOMPARE(kept.code, 0);
        const QJsonObject leaky = firstModel(kept.out);
        QVERIFY(leaky.value("auc").toDouble() > 0.99);
        QCOMPARE(leaky.value("flagged_columns").toArray().size(), 2);

        // A project does the same, and says so.
        const QString project = dir.filePath("leaky.churnlab");
        QCOMPARE(run({"project", "new", path, "--target", "churn", "-o", project, "--models", "lr"})
                     .code,
                 0);
        const Run trained = run({"project", "train", project});
        QCOMPARE(trained.code, 0);
        QVERIFY2(trained.out.contains("Left out for leakage: cancel_reason, risk_score"),
                 trained.out.constData());
    }

    void failsWithOneLineNamingTheLine()
    {
        QTemporaryDir dir;
        const QString path = writeTestFile(dir.path(), "bad.csv", "a,b,c\n1,2,3\n4,5\n");
        const Run r = run({QStringLiteral("inspect"), path, QStringLiteral("--json")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(r.err.contains("Line 3"), r.err.constData());
        QVERIFY(r.err.contains("ragged_row"));
        const Run missing =
            run({QStringLiteral("inspect"), dir.filePath(QStringLiteral("nope.csv"))});
        QCOMPARE(missing.code, 1);
        const Run usage = run({QStringLiteral("inspect")});
        QCOMPARE(usage.code, 2);
        const Run unknown = run({QStringLiteral("frobnicate")});
        QCOMPARE(unknown.code, 2);
        const Run badType = run(
            {QStringLiteral("inspect"), path, QStringLiteral("--type"), QStringLiteral("a=blob")});
        QCOMPARE(badType.code, 2);
    }

    void inspectsTheBuiltInSample()
    {
        const Run r = run({QStringLiteral("inspect"), QStringLiteral("--sample")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("5000 rows"));
        QVERIFY(r.out.contains("Target churn"));
        QVERIFY(r.out.contains("Association with the target"));
    }
};

QTEST_GUILESS_MAIN(CliInspectTest)
#include "CliInspectTest.moc"

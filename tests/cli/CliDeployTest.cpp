#include "BundleEdit.h"
#include "TestData.h"
#include "core/bundle/Bundle.h"
#include "core/data/BinaryTarget.h"
#include "core/data/DataReader.h"
#include "core/fairness/FairnessAnalysis.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace churnlab;

// The deploy path from the command line: train --export, bundle verify/info, keygen and
// signing, and batch scoring whose probabilities equal the model's own to 1e-12, in shards
// that together score every row once.
class CliDeployTest : public QObject
{
    Q_OBJECT

    struct Run
    {
        int code;
        QByteArray out, err;
    };
    static Run run(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(CHURNLAB_CLI_PATH), args);
        p.waitForFinished(300000);
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }
    static std::vector<double> probabilities(const QString &csv)
    {
        auto r = DataReader().read(csv);
        if (!r)
            return {};
        const Column &p = r->dataset.column(r->dataset.indexOf("probability"));
        std::vector<double> out;
        for (qsizetype i = 0; i < p.size(); ++i)
            out.push_back(p.number(i));
        return out;
    }

    QTemporaryDir m_dir;
    QString m_train, m_score;

private slots:
    void initTestCase()
    {
        m_train = m_dir.filePath("train.csv");
        m_score = m_dir.filePath("score.csv");
        QCOMPARE(run({"sample", "-o", m_train, "--rows", "3000", "--seed", "4"}).code, 0);
        QCOMPARE(run({"sample", "-o", m_score, "--rows", "2000", "--seed", "5"}).code, 0);
    }

    void exportVerifyAndScore_data()
    {
        QTest::addColumn<QString>("id");
        for (const char *id : {"lr", "tree", "rf", "gbt", "nb", "mlp"})
            QTest::newRow(id) << QString::fromLatin1(id);
    }
    void exportVerifyAndScore()
    {
        QFETCH(QString, id);
        const QString bundle = m_dir.filePath(id + ".clb"), out = m_dir.filePath(id + ".out.csv");
        const Run trained = run(
            {"train", m_train, "--target", "churn", "--models", id, "--export", bundle, "--json"});
        QVERIFY2(trained.code == 0, trained.err.constData());
        const QJsonObject exported =
            QJsonDocument::fromJson(trained.out).object().value("export").toObject();
        QCOMPARE(exported.value("model").toString(), id);
        const Run verified = run({"bundle", "verify", bundle, "--json"});
        QCOMPARE(verified.code, 0);
        QVERIFY(QJsonDocument::fromJson(verified.out).object().value("ok").toBool());
        const Run info = run({"bundle", "info", bundle, "--json"});
        QCOMPARE(info.code, 0);
        const QJsonObject manifest = QJsonDocument::fromJson(info.out).object();
        QCOMPARE(manifest.value("data").toObject().value("rows").toInt(), 3000);
        QCOMPARE(manifest.value("data").toObject().value("sha256").toString().size(), 64);
        const Run scored =
            run({"score", bundle, m_score, "-o", out, "--keep", "tenure_months", "--json"});
        QVERIFY2(scored.code == 0, scored.err.constData());
        QCOMPARE(QJsonDocument::fromJson(scored.out).object().value("rows").toInt(), 2000);
        // The model's own probabilities for the same rows, through the bundle's scorer.
        auto b = Bundle::open(bundle);
        QVERIFY(b.ok());
        auto data = DataReader().read(m_score);
        auto expected = b->scorer()->score(data->dataset);
        QVERIFY(expected.ok());
        const std::vector<double> got = probabilities(out);
        QCOMPARE(got.size(), expected->probability.size());
        for (size_t i = 0; i < got.size(); ++i)
            QVERIFY2(qAbs(got[i] - expected->probability[i]) <= 1e-12,
                     qPrintable(QString::number(i)));
        auto written = DataReader().read(out);
        QCOMPARE(written->dataset.columnNames(),
                 QStringList({"customer_id", "tenure_months", "probability", "label"}));
    }

    // --explain K adds each row's K largest contributions, the same as the bundle's explainer.
    void explainAddsTheTopReasons()
    {
        for (const char *id : {"gbt", "lr"}) {
            const QString bundle = m_dir.filePath(QLatin1String(id) + ".clb"),
                          out = m_dir.filePath(QLatin1String(id) + ".reasons.csv");
            QVERIFY(QFile::exists(bundle));
            const Run scored =
                run({"score", bundle, m_score, "-o", out, "--explain", "2", "--json"});
            QVERIFY2(scored.code == 0, scored.err.constData());
            const QJsonObject summary =
                QJsonDocument::fromJson(scored.out).object().value("explanation").toObject();
            QCOMPARE(summary.value("method").toString(),
                     QLatin1String(id) == QLatin1String("lr") ? "linear" : "tree_shap");
            QCOMPARE(summary.value("scale").toString(), "log-odds");
            auto written = DataReader().read(out);
            QVERIFY(written.ok());
            const Dataset &d = written->dataset;
            QCOMPARE(d.columnNames(),
                     QStringList({"customer_id", "probability", "label", "reason_1",
                                  "reason_1_contribution", "reason_2", "reason_2_contribution"}));
            auto b = Bundle::open(bundle);
            auto input = DataReader().read(m_score);
            std::vector<quint32> rows(size_t(input->dataset.rowCount()));
            std::iota(rows.begin(), rows.end(), 0u);
            auto e = b->explainer()->explain(input->dataset, rows);
            QVERIFY(e.ok());
            for (quint32 r = 0; r < rows.size(); r += 97) {
                const std::vector<int> top = e->top(r, 2);
                QCOMPARE(d.column(3).text(r), e->columns[top[0]]);
                QCOMPARE(d.column(5).text(r), e->columns[top[1]]);
                QVERIFY(qAbs(d.column(4).number(r) - e->values(r, top[0])) <= 1e-12);
                QVERIFY(qAbs(d.column(6).number(r) - e->values(r, top[1])) <= 1e-12);
            }
        }
        QCOMPARE(run({"score", m_dir.filePath("lr.clb"), m_score, "-o", m_dir.filePath("x.csv"),
                      "--explain", "none"})
                     .code,
                 2);
    }

    // fairness prints the same numbers as the core analysis, and fails outside the bands only
    // when asked.
    void fairnessMatchesTheCore()
    {
        const QString bundle = m_dir.filePath("gbt.clb");
        const Run r = run({"fairness", bundle, m_score, "--sensitive", "senior", "--json"});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject got = QJsonDocument::fromJson(r.out).object();
        auto b = Bundle::open(bundle);
        auto data = DataReader().read(m_score);
        auto target = BinaryTarget::fromColumn(data->dataset, "churn", "Yes");
        QVERIFY(target.ok());
        std::vector<quint32> rows;
        for (quint32 i = 0; i < quint32(data->dataset.rowCount()); ++i)
            if (target->label(i) >= 0)
                rows.push_back(i);
        auto expected = FairnessAnalysis::run(*b->scorer(), data->dataset, rows, target->labels(),
                                              "senior", {});
        QVERIFY(expected.ok());
        QCOMPARE(got, expected->toJson());
        QCOMPARE(got["groups"].toArray().size(), 2);
        const Run tight = run({"fairness", bundle, m_score, "--sensitive", "tenure_months",
                               "--edges", "12,24", "--ratio-band", "1", "--fail-outside-bands"});
        QCOMPARE(tight.code, 5);
        QVERIFY2(tight.out.contains("12 – 24"), tight.out.constData());
        const Run missing = run({"fairness", bundle, m_score, "--sensitive", "nope"});
        QCOMPARE(missing.code, 1);
        QVERIFY(missing.err.contains("nope"));
        QCOMPARE(run({"fairness", bundle, m_score, "--sensitive", "senior", "--group-threshold",
                      "Yes=2"})
                     .code,
                 2);
    }

    void shardsTogetherScoreEveryRowOnce()
    {
        const QString bundle = m_dir.filePath("lr.clb");
        QVERIFY(QFile::exists(bundle));
        const QString whole = m_dir.filePath("whole.csv");
        QCOMPARE(run({"score", bundle, m_score, "-o", whole}).code, 0);
        std::vector<double> joined;
        for (int i = 0; i < 3; ++i) {
            const QString part = m_dir.filePath(QStringLiteral("part%1.csv").arg(i));
            QCOMPARE(run({"score", bundle, m_score, "-o", part, "--shard",
                          QStringLiteral("%1/3").arg(i)})
                         .code,
                     0);
            const auto p = probabilities(part);
            joined.insert(joined.end(), p.begin(), p.end());
        }
        QCOMPARE(joined, probabilities(whole));
        QCOMPARE(run({"score", bundle, m_score, "-o", whole, "--shard", "3/3"}).code, 2);
    }

    void strictAndMissingColumnsAreErrorsNamingThePlace()
    {
        const QString bundle = m_dir.filePath("lr.clb");
        QFile in(m_score);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QList<QByteArray> lines = in.readAll().split('\n');
        const QList<QByteArray> header = lines[0].split(',');
        const int tenure = header.indexOf("tenure_months");
        QList<QByteArray> row = lines[5].split(',');
        row[tenure] = "soon";
        lines[5] = row.join(',');
        const QString dirty = m_dir.filePath("dirty.csv");
        QFile out(dirty);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(lines.join('\n'));
        out.close();
        const Run lenient = run({"score", bundle, dirty, "-o", m_dir.filePath("d.csv")});
        QCOMPARE(lenient.code, 0);
        QVERIFY2(lenient.out.contains("tenure_months"), lenient.out.constData());
        const Run strict = run({"score", bundle, dirty, "-o", m_dir.filePath("d.csv"), "--strict"});
        QCOMPARE(strict.code, 1);
        QVERIFY2(strict.err.contains("Row 5") && strict.err.contains("tenure_months")
                     && strict.err.contains("soon"),
                 strict.err.constData());
        const Run missing =
            run({"score", bundle, m_train, "-o", m_dir.filePath("m.csv"), "--delimiter", ";"});
        QCOMPARE(missing.code, 1);
    }

    void signedBundlesAndTrustedKeys()
    {
        const QString key = m_dir.filePath("key"), bundle = m_dir.filePath("signed.clb");
        QCOMPARE(run({"keygen", "-o", key}).code, 0);
        QVERIFY(QFile::exists(key + ".pub"));
        QCOMPARE(run({"train", m_train, "--target", "churn", "--models", "lr", "--export", bundle,
                      "--sign", key})
                     .code,
                 0);
        QCOMPARE(run({"bundle", "verify", bundle, "--trusted-key", key + ".pub"}).code, 0);
        const Run unsignedRun =
            run({"bundle", "verify", m_dir.filePath("lr.clb"), "--trusted-key", key + ".pub"});
        QCOMPARE(unsignedRun.code, 1);
        QVERIFY(unsignedRun.err.contains("not signed"));
        QCOMPARE(run({"score", m_dir.filePath("lr.clb"), m_score, "-o", m_dir.filePath("x.csv"),
                      "--trusted-key", key + ".pub"})
                     .code,
                 1);
        // Without a key: checked for being intact, said to be unchecked (F9).
        const Run noKey = run({"bundle", "verify", bundle});
        QCOMPARE(noKey.code, 0);
        QVERIFY2(noKey.out.contains("signature present but not checked (no trusted key)"),
                 noKey.out.constData());
        QCOMPARE(run({"bundle", "verify", bundle, "--require-signature"}).code, 0);
        const Run required =
            run({"bundle", "verify", m_dir.filePath("lr.clb"), "--require-signature"});
        QCOMPARE(required.code, 1);
        QVERIFY(required.err.contains("not signed"));
        // A manifest changed under its signature (checksums made to fit): refused without a key.
        const QString broken = m_dir.filePath("broken.clb");
        QFile::remove(broken);
        QFile in(bundle), out(broken);
        QVERIFY(in.open(QIODevice::ReadOnly) && out.open(QIODevice::WriteOnly));
        out.write(rebuiltBundle(in.readAll(), [](auto &, QJsonObject &manifest) {
            manifest.insert("threshold", 0.01);
        }));
        out.close();
        const Run brokenRun = run({"bundle", "verify", broken});
        QCOMPARE(brokenRun.code, 1);
        QVERIFY2(brokenRun.err.contains("broken"), brokenRun.err.constData());
    }
};

QTEST_GUILESS_MAIN(CliDeployTest)
#include "CliDeployTest.moc"

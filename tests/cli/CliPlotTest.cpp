#include "TestData.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

// churnlab-cli plot end to end: every kind renders headless to SVG and PNG.
class CliPlotTest : public QObject
{
    Q_OBJECT

private:
    static int run(const QStringList &args, QByteArray *err = nullptr)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove("DISPLAY");
        env.remove("QT_QPA_PLATFORM");
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(CHURNLAB_CLI_PATH), args);
        p.waitForFinished(120000);
        if (err)
            *err = p.readAllStandardError();
        return p.exitCode();
    }

private slots:
    void rendersEveryKind_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("hist") << QStringList {"--kind", "hist", "--column", "tenure_months"};
        QTest::newRow("bars") << QStringList {"--kind", "bars", "--column", "contract"};
        QTest::newRow("box") << QStringList {"--kind", "box", "--column", "monthly_charges"};
        QTest::newRow("scatter") << QStringList {"--kind",        "scatter", "--column",
                                                 "tenure_months", "--by",    "total_charges"};
        QTest::newRow("corr") << QStringList {"--kind", "corr", "--method", "spearman"};
        QTest::newRow("assoc") << QStringList {"--kind", "assoc"};
    }
    void rendersEveryKind()
    {
        QFETCH(QStringList, args);
        QTemporaryDir dir;
        for (const QString &ext : {QStringLiteral("svg"), QStringLiteral("png")}) {
            const QString out = dir.filePath(QStringLiteral("chart.") + ext);
            QByteArray err;
            QCOMPARE(run(QStringList {"plot", "--sample"} + args + QStringList {"-o", out}, &err),
                     0);
            QVERIFY2(err.isEmpty(), err.constData());
            QFile f(out);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY(f.size() > 5000);
            const QByteArray head = f.read(200);
            QVERIFY(ext == QLatin1String("png") ? head.startsWith("\x89PNG")
                                                : head.contains("<svg"));
        }
    }

    void plotsAFileWithTarget()
    {
        REQUIRE_SHARED_FILE(path, "telco-churn.csv");
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("contract.svg"));
        QCOMPARE(run({"plot", path, "--kind", "bars", "--column", "Contract", "--target", "Churn",
                      "-o", out}),
                 0);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray svg = f.readAll();
        QVERIFY(svg.contains("Month-to-month"));
        QVERIFY(svg.contains("Churn rate"));
    }

    void refusesBadRequests()
    {
        QTemporaryDir dir;
        QByteArray err;
        QCOMPARE(run({"plot", "--sample", "--kind", "pie", "-o", dir.filePath("x.svg")}, &err), 2);
        QVERIFY(err.contains("--kind"));
        QCOMPARE(run({"plot", "--sample", "--kind", "hist", "--column", "tenure_months", "-o",
                      dir.filePath("x.gif")}),
                 2);
        QCOMPARE(run({"plot", "--sample", "--kind", "box", "--column", "contract", "-o",
                      dir.filePath("x.svg")},
                     &err),
                 1);
        QVERIFY(err.contains("not numeric"));
        QVERIFY(!QFile::exists(dir.filePath("x.svg")));
        QCOMPARE(run({"plot", "--sample", "--kind", "hist", "--column", "nope", "-o",
                      dir.filePath("x.svg")},
                     &err),
                 1);
        QVERIFY(err.contains("nope"));
    }
};

QTEST_GUILESS_MAIN(CliPlotTest)
#include "CliPlotTest.moc"

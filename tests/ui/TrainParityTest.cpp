#include "TestData.h"
#include "core/data/ColumnProfile.h"
#include "core/data/DataReader.h"
#include "ui/document/AnalysisDocument.h"
#include "ui/itemmodels/LeaderboardModel.h"
#include "ui/panels/ModelPanel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

using namespace churnlab;

// The same settings give the same metrics from the Model tab and from `churnlab-cli train`,
// holdout and k-fold alike: both are thin callers of one core training session. With a separate
// test file read under the data's import options (custom missing tokens, a type override), the
// Model tab, `train` and `project train` give identical metrics too.
class TrainParityTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_csv;

    static QJsonObject cli(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(CHURNLAB_CLI_PATH), args);
        p.waitForFinished(120000);
        if (p.exitCode() != 0)
            qWarning("%s", p.readAllStandardError().constData());
        return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    }

private slots:
    void initTestCase()
    {
        m_csv = m_dir.filePath(QStringLiteral("sample.csv"));
        QProcess p;
        p.start(QStringLiteral(CHURNLAB_CLI_PATH),
                {"sample", "-o", m_csv, "--rows", "4000", "--seed", "3"});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
    }

    void modelTabAndCliAgree_data()
    {
        QTest::addColumn<int>("folds");
        QTest::newRow("holdout") << 0;
        QTest::newRow("3-fold") << 3;
    }
    void modelTabAndCliAgree()
    {
        QFETCH(int, folds);
        QStringList args {"train",     m_csv,    "--target", "churn", "--models",
                          "lr,gbt,nb", "--seed", "11",       "--json"};
        if (folds > 0)
            args << "--folds" << QString::number(folds);
        const QJsonObject fromCli = cli(args);
        const QJsonArray rows = fromCli.value("models").toArray();
        QCOMPARE(rows.size(), 3);

        auto read = DataReader().read(m_csv);
        QVERIFY(read.ok());
        auto data = std::make_shared<const Dataset>(std::move(read->dataset));
        std::vector<qint64> distinct;
        for (const ColumnProfile &p : ColumnProfile::computeAll(*data))
            distinct.push_back(p.distinct);
        ModelPanel panel;
        panel.setDataset(data, distinct);
        panel.setTarget(QStringLiteral("churn"), {});
        panel.setSelectedModels(
            {QStringLiteral("lr"), QStringLiteral("gbt"), QStringLiteral("nb")});
        panel.setFolds(folds);
        for (auto *spin : panel.findChildren<QSpinBox *>())
            if (spin->toolTip().startsWith(QStringLiteral("The same seed")))
                spin->setValue(11);
        QCOMPARE(panel.spec().seed, quint64(11));
        QSignalSpy done(&panel, &ModelPanel::trainingFinished);
        panel.train();
        QVERIFY(done.wait(120000));
        QCOMPARE(panel.leaderboard()->reports().size(), 3);
        for (const auto &v : rows) {
            const QJsonObject row = v.toObject();
            const QString id = row.value("name").toString();
            std::shared_ptr<const ModelReport> report;
            for (const auto &r : panel.leaderboard()->reports())
                if (r->id == id)
                    report = r;
            QVERIFY2(report, qPrintable(id));
            QCOMPARE(report->run.metrics.auc, row.value("auc").toDouble());
            QCOMPARE(report->run.metrics.logLoss, row.value("logloss").toDouble());
            QCOMPARE(report->run.metrics.brier, row.value("brier").toDouble());
            if (folds > 0)
                QCOMPARE(report->foldAuc.size(),
                         size_t(row.value("cv").toObject().value("auc_per_fold").toArray().size()));
        }
    }

    void testFileReadWithTheImportOptions()
    {
        // The sample split in two files, "satisfaction" with missing values written as "n/a" and
        // "--", "tenure_months" with a CRM's sentinel 9999 for unknown: read with the defaults,
        // the sentinel would be scored as a tenure of 9999 months.
        QFile in(m_csv);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = in.readAll().trimmed().split('\n');
        QByteArray train = lines[0] + '\n', test = lines[0] + '\n';
        const int satisfaction = int(lines[0].split(',').indexOf("satisfaction"));
        const int tenure = int(lines[0].split(',').indexOf("tenure_months"));
        QVERIFY(satisfaction > 0 && tenure > 0);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            QList<QByteArray> cells = lines[i].split(',');
            if (i % 7 == 0)
                cells[satisfaction] = "n/a";
            else if (i % 11 == 0)
                cells[satisfaction] = "--";
            if (i % 5 == 0)
                cells[tenure] = "9999";
            (i <= 3000 ? train : test) += cells.join(',') + '\n';
        }
        const QString trainPath = writeTestFile(m_dir.path(), "train.csv", train);
        const QString testPath = writeTestFile(m_dir.path(), "test.csv", test);
        const QStringList csvArgs {"--na-values", "n/a,--,9999", "--type", "senior=categorical"};

        const QJsonArray fromTrain =
            cli(QStringList {"train", trainPath, "--test", testPath, "--target", "churn",
                             "--models", "lr,gbt", "--seed", "11", "--json"}
                + csvArgs)
                .value("models")
                .toArray();
        QCOMPARE(fromTrain.size(), 2);
        const QString project = m_dir.filePath("parity.churnlab");
        QProcess made;
        made.start(QStringLiteral(CHURNLAB_CLI_PATH),
                   QStringList {"project", "new", trainPath, "--target", "churn", "--models",
                                "lr,gbt", "--seed", "11", "--test", testPath, "-o", project}
                       + csvArgs);
        QVERIFY(made.waitForFinished(60000));
        QCOMPARE(made.exitCode(), 0);
        const QJsonArray fromProject =
            cli({"project", "train", project, "--json"}).value("models").toArray();
        QCOMPARE(fromProject.size(), 2);

        CsvOptions options;
        options.naValues = {"n/a", "--", "9999"};
        options.typeOverrides.insert("senior", ColumnType::Categorical);
        auto read = DataReader(options).read(trainPath);
        QVERIFY(read.ok());
        auto data = std::make_shared<const Dataset>(std::move(read->dataset));
        QVERIFY(data->column(data->indexOf("satisfaction")).type() != ColumnType::Text);
        std::vector<qint64> distinct;
        for (const ColumnProfile &p : ColumnProfile::computeAll(*data))
            distinct.push_back(p.distinct);
        ModelPanel panel;
        panel.document()->setDataSource(trainPath, options);
        panel.setDataset(data, distinct);
        panel.setTarget(QStringLiteral("churn"), {});
        panel.setSelectedModels({QStringLiteral("lr"), QStringLiteral("gbt")});
        panel.setTestFile(testPath);
        for (auto *spin : panel.findChildren<QSpinBox *>())
            if (spin->toolTip().startsWith(QStringLiteral("The same seed")))
                spin->setValue(11);
        QSignalSpy done(&panel, &ModelPanel::trainingFinished);
        panel.train();
        QVERIFY(done.wait(120000));
        QCOMPARE(panel.leaderboard()->reports().size(), 2);
        for (qsizetype i = 0; i < fromTrain.size(); ++i) {
            const QJsonObject cliRow = fromTrain[i].toObject();
            const QString id = cliRow.value("name").toString();
            const auto report = panel.leaderboard()->report(id);
            QVERIFY2(report, qPrintable(id));
            QJsonObject projectMetrics;
            for (const auto &v : fromProject)
                if (v.toObject().value("id").toString() == id)
                    projectMetrics = v.toObject().value("metrics").toObject();
            QVERIFY2(!projectMetrics.isEmpty(), qPrintable(id));
            QCOMPARE(report->run.metrics.auc, cliRow.value("auc").toDouble());
            QCOMPARE(report->run.metrics.logLoss, cliRow.value("logloss").toDouble());
            QCOMPARE(report->run.metrics.auc, projectMetrics.value("auc").toDouble());
            QCOMPARE(report->run.metrics.logLoss, projectMetrics.value("logloss").toDouble());
            QCOMPARE(report->evaluation.source, EvaluationRows::Source::TestFile);
            QCOMPARE(qint64(report->evaluation.rows.size()), qint64(lines.size() - 1 - 3000));
        }
    }
};

QTEST_MAIN(TrainParityTest)
#include "TrainParityTest.moc"

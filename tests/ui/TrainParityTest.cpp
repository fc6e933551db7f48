#include "TestData.h"
#include "core/data/ColumnProfile.h"
#include "core/data/DataReader.h"
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
// holdout and k-fold alike: both are thin callers of one core training session.
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
};

QTEST_MAIN(TrainParityTest)
#include "TrainParityTest.moc"

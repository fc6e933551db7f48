#include "core/bundle/Bundle.h"
#include "core/data/SampleData.h"
#include "core/data/csv/CsvWriter.h"
#include "core/train/TrainingSession.h"
#include "ui/dialogs/RetrainDialog.h"
#include "ui/panels/MonitorPanel.h"

#include <QChartView>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace churnlab;

// The Monitor tab: a bundle and a current CSV in which one column shifted; the check runs off
// the UI thread, the shifted column tops the table in red with its overlay shown, and the
// table exports to CSV. With CHURNLAB_SCREENSHOTS set, the tab is saved for docs/.
class MonitorUiTest : public QObject
{
    Q_OBJECT

    // A gradient-boosting bundle trained on generated customers, saved at path.
    static bool saveBundle(qsizetype rows, quint64 seed, const QString &path)
    {
        auto data = std::make_shared<const Dataset>(SampleData::generate(rows, seed));
        TrainSpec spec;
        spec.target.column = SampleData::targetColumn();
        spec.learners = {{QStringLiteral("gbt"), {}}};
        TrainingSession session(data, spec);
        if (!session.prepare())
            return false;
        auto report = session.train(spec.learners.first());
        if (!report)
            return false;
        auto bundle =
            Bundle::fromTraining(session, *report, DataFingerprint::ofDataset("s", *data));
        return bundle && bundle->save(path).ok();
    }

private slots:
    void showsTheShiftedColumnFirst()
    {
        QTemporaryDir dir;
        const QString bundlePath = dir.filePath(QStringLiteral("churn.clb"));
        QVERIFY(saveBundle(8000, 3, bundlePath));

        // Current data: tenure shortened by a quarter for every customer.
        Dataset current = SampleData::generate(6000, 4);
        const int t = current.indexOf(QStringLiteral("tenure_months"));
        std::vector<qint64> v(size_t(current.rowCount()));
        for (qsizetype r = 0; r < current.rowCount(); ++r)
            v[size_t(r)] = qint64(current.column(t).number(r) * 0.75);
        current.replaceColumn(t,
                              Column::makeInt(QStringLiteral("tenure_months"), ColumnType::Integer,
                                              std::move(v), current.column(t).missingMask()));
        const QString csv = dir.filePath(QStringLiteral("current.csv"));
        QVERIFY(CsvWriter().write(current, csv).ok());

        MonitorPanel panel;
        panel.resize(1200, 800);
        panel.show();
        panel.setBundlePath(bundlePath);
        panel.setCurrentPath(csv);
        QSignalSpy done(&panel, &MonitorPanel::checked);
        panel.check();
        QVERIFY(panel.isRunning());
        QVERIFY(done.wait(60000));
        QCOMPARE(done.first().first().toString(), QString());
        QVERIFY(panel.report()->anyDrift());
        QCOMPARE(panel.table()->item(0, 0)->text(), QStringLiteral("tenure_months"));
        QCOMPARE(panel.table()->item(0, 7)->text(), QStringLiteral("Drift"));
        QVERIFY(panel.verdictText().contains(QStringLiteral("Drift")));
        QCOMPARE(panel.report()->driftedFeatures(), 1);
        QVERIFY(panel.overlay()->chart()->title().contains(QStringLiteral("tenure_months")));
        if (const QString shots = qEnvironmentVariable("CHURNLAB_SCREENSHOTS"); !shots.isEmpty())
            panel.grab().save(shots + QStringLiteral("/monitor-tab.png"));

        const QString out = dir.filePath(QStringLiteral("drift.csv"));
        QVERIFY(panel.exportCsv(out).ok());
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QVERIFY(lines.first().startsWith("column,kind,test,statistic,p_value"));
        QVERIFY(lines.at(1).startsWith("tenure_months,numeric,wasserstein,"));
        QVERIFY(lines.at(1).contains(",yes,"));

        // A file that is not there: the error says so and nothing is shown as checked.
        panel.setCurrentPath(dir.filePath(QStringLiteral("nope.csv")));
        done.clear();
        panel.check();
        QVERIFY(done.wait(20000));
        QVERIFY(done.first().first().toString().contains(QStringLiteral("nope.csv")));
    }

    // Retrain on New Data from the tab: a champion trained on 800 customers, 5,000 newer ones;
    // the dialog runs the retraining off the UI thread, shows both models on the holdout and
    // promotes the challenger, and the tab then watches the new version.
    void retrainsAndPromotesFromTheTab()
    {
        QTemporaryDir dir;
        const QString champion = dir.filePath(QStringLiteral("churn.clb"));
        QVERIFY(saveBundle(800, 11, champion));
        const QString csv = dir.filePath(QStringLiteral("new.csv"));
        QVERIFY(CsvWriter().write(SampleData::generate(5000, 12), csv).ok());

        MonitorPanel panel;
        panel.setBundlePath(champion);
        panel.setCurrentPath(csv);
        QSignalSpy retrained(&panel, &MonitorPanel::retrained);
        RetrainDialog *dialog = panel.openRetrainDialog();
        // By default a promoted model goes beside the champion, never over it.
        QCOMPARE(dialog->outputPath(), dir.filePath(QStringLiteral("churn-challenger.clb")));
        dialog->setOverwriteChampion(true);
        QVERIFY(dialog->outputPath().isEmpty()); // the job's "over the champion"
        dialog->setOverwriteChampion(false);
        const QString next = dir.filePath(QStringLiteral("churn-v2.clb"));
        dialog->setOutput(next);
        QCOMPARE(dialog->outputPath(), next);
        QSignalSpy finished(dialog, &RetrainDialog::finished);
        dialog->start();
        QVERIFY(dialog->isRunning());
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY2(dialog->summary()->outcome.decision.promote, qPrintable(dialog->verdictText()));
        QVERIFY(dialog->verdictText().startsWith(QStringLiteral("Promote the challenger")));
        QCOMPARE(dialog->comparison()->rowCount(), 2);
        QCOMPARE(dialog->comparison()->item(1, 0)->text(),
                 QStringLiteral("Challenger (version 2)"));
        QCOMPARE(retrained.size(), 1);
        QCOMPARE(retrained.first().first().toString(), next);
        auto written = Bundle::open(next);
        QVERIFY(written.ok());
        QCOMPARE(written->modelVersion(), 2);
        if (const QString shots = qEnvironmentVariable("CHURNLAB_SCREENSHOTS"); !shots.isEmpty())
            dialog->grab().save(shots + QStringLiteral("/retrain-dialog.png"));
        dialog->close();
    }
};

QTEST_MAIN(MonitorUiTest)
#include "MonitorUiTest.moc"

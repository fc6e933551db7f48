#include "core/bundle/DataFingerprint.h"
#include "core/data/SampleData.h"
#include "core/tracking/RunRecorder.h"
#include "core/tracking/TrackingStore.h"
#include "core/train/TrainingSession.h"
#include "ui/panels/RunsPanel.h"

#include <QChart>
#include <QChartView>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace churnlab;

// The Runs tab on a store of real runs: the table lists them, the filter narrows them, two
// selected runs show what differs, champion moves, a run's settings can be reopened, and the
// metric plots against time. With CHURNLAB_SCREENSHOTS set, the tab is saved for docs/.
class RunsUiTest : public QObject
{
    Q_OBJECT

private slots:
    void listsComparesTagsAndReopensRuns()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("runs.sqlite"));
        qputenv("CHURNLAB_TRACKING", path.toLocal8Bit());
        auto data = std::make_shared<const Dataset>(SampleData::generate(3000, 5));
        const DataFingerprint fp =
            DataFingerprint::ofDataset(QStringLiteral("customers.csv"), *data);
        {
            auto store = TrackingStore::open(path);
            QVERIFY(store.ok());
            for (const auto &[id, params] :
                 {std::pair {QStringLiteral("lr"), QJsonObject {{"c", 0.1}}},
                  std::pair {QStringLiteral("lr"), QJsonObject {{"c", 10.0}}},
                  std::pair {QStringLiteral("gbt"), QJsonObject {{"max_leaves", 15}}}}) {
                TrainSpec spec;
                spec.target.column = SampleData::targetColumn();
                spec.learners = {{id, params}};
                TrainingSession session(data, spec);
                QVERIFY(session.prepare().ok());
                auto report = session.train(spec.learners.first());
                QVERIFY(report.ok());
                RunRecord run = RunRecorder::finished(spec, *report, fp, "gui");
                if (id == QStringLiteral("gbt"))
                    run.experiment = QStringLiteral("retention"); // a project's run
                QVERIFY((*store)->record(run).ok());
            }
        }
        RunsPanel panel;
        panel.resize(1300, 800);
        panel.show();
        // With a project open, its own runs by default; "All runs" shows the rest.
        panel.setExperiment(QStringLiteral("retention"));
        QCOMPARE(panel.table()->model()->rowCount(), 1);
        panel.setShowAllRuns(true);
        QCOMPARE(panel.table()->model()->rowCount(), 3);
        panel.setExperiment(QString());
        panel.refresh();
        QCOMPARE(panel.table()->model()->rowCount(), 3);
        QVERIFY(panel.message().contains(QStringLiteral("3")));

        // Two lr runs side by side: their c differs, their data does not.
        panel.selectRuns({1, 2});
        QStringList keys, labels;
        for (int r = 0; r < panel.diffTable()->rowCount(); ++r) {
            keys << panel.diffTable()->item(r, 0)->data(Qt::UserRole).toString();
            labels << panel.diffTable()->item(r, 0)->text();
        }
        QVERIFY(keys.contains(QStringLiteral("params.c")));
        // A setting reads by its label, as in the dialog.
        QVERIFY2(labels.contains(QStringLiteral("Setting: Penalty strength (C)")),
                 qPrintable(labels.join(QLatin1Char('|'))));
        const int cRow = int(keys.indexOf(QStringLiteral("params.c")));
        QCOMPARE(panel.diffTable()->item(cRow, 1)->text(), QStringLiteral("0.1"));
        QCOMPARE(panel.diffTable()->item(cRow, 2)->text(), QStringLiteral("10"));
        QVERIFY(keys.contains(QStringLiteral("metrics.auc")));
        QVERIFY(!keys.contains(QStringLiteral("data.file")));
        if (const QString shots = qEnvironmentVariable("CHURNLAB_SCREENSHOTS"); !shots.isEmpty())
            panel.grab().save(shots + QStringLiteral("/runs-tab.png"));

        panel.selectRuns({1});
        panel.tagChampion();
        auto store = TrackingStore::open(path);
        QVERIFY((*store)->get(1)->tags.contains(QStringLiteral("champion")));
        panel.selectRuns({2});
        panel.tagChampion(); // one champion per experiment
        QVERIFY(!(*TrackingStore::open(path))->get(1)->tags.contains(QStringLiteral("champion")));

        QSignalSpy reopened(&panel, &RunsPanel::reopenRequested);
        panel.selectRuns({2});
        QMetaObject::invokeMethod(&panel, [&panel]() {
            for (auto *b : panel.findChildren<QPushButton *>())
                if (b->text().contains(QStringLiteral("open")))
                    b->click();
        });
        QCOMPARE(reopened.size(), 1);
        auto spec = TrainSpec::fromJson(reopened.first().first().toJsonObject());
        QVERIFY(spec.ok());
        QCOMPARE(spec->paramsOf(QStringLiteral("lr")).value(QStringLiteral("c")).toDouble(), 10.0);

        // The metric over time: one series per learner.
        QCOMPARE(panel.plot()->chart()->series().size(), 2);

        // The filter narrows the table.
        auto *filter = panel.findChild<QLineEdit *>();
        filter->setText(QStringLiteral("gbt"));
        QCOMPARE(panel.table()->model()->rowCount(), 1);
        qputenv("CHURNLAB_TRACKING", "off");
    }
};

QTEST_MAIN(RunsUiTest)
#include "RunsUiTest.moc"

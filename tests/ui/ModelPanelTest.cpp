#include "ui/panels/ModelPanel.h"
#include "UiTestHelpers.h"
#include "core/data/ColumnProfile.h"
#include "core/data/SampleData.h"
#include "core/data/csv/CsvReader.h"
#include "core/tracking/TrackingStore.h"
#include "ui/dialogs/ModelParamsDialog.h"
#include "ui/itemmodels/LeaderboardModel.h"
#include "ui/panels/ThresholdPanel.h"

#include <QChart>
#include <QChartView>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace churnlab;

// The Model tab driven as an analyst would: tick models, train, read the leaderboard and the
// curves, move the threshold, cancel a long training. With CHURNLAB_SCREENSHOTS set to a
// folder, each view is also saved there as a PNG (for docs/).
class ModelPanelTest : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<const Dataset> m_data =
        std::make_shared<const Dataset>(SampleData::generate(3000, 9));

    static double aucAt(const ModelPanel &panel, int proxyRow)
    {
        const QAbstractItemModel *m = panel.leaderboardView()->model();
        return m->index(proxyRow, LeaderboardModel::AucColumn)
            .data(LeaderboardModel::SortRole)
            .toDouble();
    }

private slots:
    void recordsEveryRunWithNoExtraClick()
    {
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("runs.sqlite"));
        qputenv("CHURNLAB_TRACKING", store.toLocal8Bit());
        ModelPanel panel;
        panel.show();
        panel.setDataset(m_data, distinctCounts(*m_data));
        panel.setSelectedModels({QStringLiteral("lr"), QStringLiteral("nb")});
        QSignalSpy done(&panel, &ModelPanel::trainingFinished);
        panel.train();
        QVERIFY(done.wait(60000));
        qputenv("CHURNLAB_TRACKING", "off");
        auto runs = (*TrackingStore::open(store))->list();
        QVERIFY(runs.ok());
        QCOMPARE(runs->size(), 2);
        for (const RunRecord &r : *runs) {
            QCOMPARE(r.source, QStringLiteral("gui"));
            QCOMPARE(r.status, RunRecord::Status::Finished);
            const auto report = panel.leaderboard()->report(r.learner);
            QVERIFY(report);
            QCOMPARE(r.metrics.value(QStringLiteral("auc")).toDouble(), report->run.metrics.auc);
            QCOMPARE(r.data.value(QStringLiteral("rows")).toInt(), 3000);
        }
    }

    void trainsSeveralModelsAndComparesThem()
    {
        ModelPanel panel;
        panel.resize(1280, 800);
        panel.show();
        panel.setDataset(m_data, distinctCounts(*m_data));
        QCOMPARE(panel.targetColumn(), QStringLiteral("churn"));
        QCOMPARE(panel.positiveClass(), QStringLiteral("Yes"));
        panel.setSelectedModels({QStringLiteral("lr"), QStringLiteral("tree"), QStringLiteral("nb"),
                                 QStringLiteral("gbt")});
        QSignalSpy done(&panel, &ModelPanel::trainingFinished);
        QSignalSpy finished(panel.controller(), &TrainingController::modelFinished);
        panel.train();
        QVERIFY(panel.isTraining());
        QVERIFY(done.wait(120000));
        QCOMPARE(finished.size(), 4);
        QVERIFY(!panel.isTraining());
        QCOMPARE(panel.leaderboard()->reports().size(), 4);
        QVERIFY(panel.message().contains(QStringLiteral("2400")));

        // Sorted by ROC AUC, best first; every model learned something real.
        for (int r = 0; r < 4; ++r) {
            QVERIFY2(aucAt(panel, r) > 0.7, qPrintable(QString::number(aucAt(panel, r))));
            if (r > 0)
                QVERIFY(aucAt(panel, r - 1) >= aucAt(panel, r));
        }
        const QAbstractItemModel *board = panel.leaderboardView()->model();
        QCOMPARE(board->index(0, LeaderboardModel::StatusColumn).data().toString(),
                 QStringLiteral("Done"));
        // Clicking a header sorts by it: log loss ascending puts the lowest first.
        panel.leaderboardView()->sortByColumn(LeaderboardModel::LogLossColumn, Qt::AscendingOrder);
        QVERIFY(board->index(0, LeaderboardModel::LogLossColumn)
                    .data(LeaderboardModel::SortRole)
                    .toDouble()
                <= board->index(3, LeaderboardModel::LogLossColumn)
                       .data(LeaderboardModel::SortRole)
                       .toDouble());
        panel.leaderboardView()->sortByColumn(LeaderboardModel::AucColumn, Qt::DescendingOrder);

        // Overlaid curves: a reference line plus one series per model.
        QChartView *roc = panel.chartView(0);
        QCOMPARE(roc->chart()->series().size(), 5);
        screenshot(&panel, QStringLiteral("model-roc.png"));
        for (int tab = 1; tab <= 3; ++tab) {
            panel.chartTabs()->setCurrentIndex(tab);
            QCOMPARE(panel.chartView(tab)->chart()->series().size(), 5);
        }
        screenshot(&panel, QStringLiteral("model-calibration.png"));
        // Selecting two rows overlays just those two.
        panel.chartTabs()->setCurrentIndex(0);
        panel.leaderboardView()->selectRow(0);
        panel.leaderboardView()->selectionModel()->select(
            board->index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(panel.chartView(0)->chart()->series().size(), 3);

        // Importance of the leader: one bar per column, named after dataset columns.
        panel.chartTabs()->setCurrentIndex(4);
        QChart *importance = panel.chartView(4)->chart();
        QCOMPARE(importance->series().size(), 1);
        QVERIFY(importance->title().contains(QStringLiteral("permutation")));
        screenshot(&panel, QStringLiteral("model-importance.png"));

        // Export: the chart shown as PNG and SVG, the leaderboard as CSV in its sorted order.
        QTemporaryDir dir;
        QVERIFY(panel.exportChart(dir.filePath(QStringLiteral("imp.png"))).ok());
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("imp.png"))).size() > 1000);
        panel.chartTabs()->setCurrentIndex(0);
        QVERIFY(panel.exportChart(dir.filePath(QStringLiteral("roc.svg"))).ok());
        QVERIFY(!panel.exportChart(dir.filePath(QStringLiteral("roc.bmp"))).ok());
        const QString csvPath = dir.filePath(QStringLiteral("board.csv"));
        QVERIFY(panel.exportLeaderboard(csvPath).ok());
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QStringList lines =
            QString::fromUtf8(csv.readAll()).trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 5);
        QVERIFY(lines[0].startsWith(QStringLiteral("model,id,ROC AUC,PR AUC")));
        const QString leader = board->index(0, LeaderboardModel::ModelColumn)
                                   .data(LeaderboardModel::IdRole)
                                   .toString();
        QCOMPARE(lines[1].section(QLatin1Char(','), 1, 1), leader);
        QCOMPARE(lines[1].section(QLatin1Char(','), 2, 2).toDouble(), aucAt(panel, 0));
    }

    void thresholdDrivesConfusionAndLeaderboard()
    {
        ModelPanel panel;
        panel.resize(1280, 800);
        panel.show();
        panel.setDataset(m_data, distinctCounts(*m_data));
        panel.setSelectedModels({QStringLiteral("lr")});
        QSignalSpy done(&panel, &ModelPanel::trainingFinished);
        panel.train();
        QVERIFY(done.wait(60000));
        const auto report = panel.leaderboard()->report(QStringLiteral("lr"));
        QVERIFY(report);
        ThresholdPanel *threshold = panel.thresholdPanel();
        panel.chartTabs()->setCurrentWidget(threshold);

        threshold->setThreshold(0.3);
        const BinaryMetrics at = report->metricsAt(0.3);
        QCOMPARE(threshold->confusionText(),
                 QStringLiteral("%1 %2 %3 %4").arg(at.tp).arg(at.fn).arg(at.fp).arg(at.tn));
        QCOMPARE(at.tp + at.fn + at.fp + at.tn, qint64(600));
        const int row = panel.leaderboard()->rowOf(QStringLiteral("lr"));
        QCOMPARE(panel.leaderboard()
                     ->index(row, LeaderboardModel::RecallColumn)
                     .data(LeaderboardModel::SortRole)
                     .toDouble(),
                 at.recall());

        // Missing a churner costs ten offers: the cheapest threshold flags more than 0.5 does
        // and costs no more than any other.
        threshold->setCosts(1, 10);
        threshold->useMinimumCost();
        const double t = threshold->threshold();
        QVERIFY(t < 0.5);
        auto costAt = [&](double th) {
            const auto c = report->sweep.confusionAt(th);
            return double(c.fp) * 1 + double(c.fn) * 10;
        };
        for (double other = 0; other <= 1.0; other += 0.001)
            QVERIFY2(costAt(t) <= costAt(other) + 1e-9, qPrintable(QString::number(other)));
        // The label names the threshold the button set, and the cost there.
        const double perCustomer = report->sweep.expectedCost(t, threshold->costs());
        QVERIFY2(threshold->leastCostText().contains(QString::number(t, 'f', 3))
                     && threshold->leastCostText().contains(QString::number(perCustomer, 'f', 4)),
                 qPrintable(threshold->leastCostText() + " vs " + QString::number(t, 'f', 3)));
        QVERIFY(threshold->costChart()->chart()->series().size() == 2);
        screenshot(&panel, QStringLiteral("model-threshold.png"));
    }

    void sameSeedSameModels()
    {
        ModelPanel panel;
        panel.setDataset(m_data, distinctCounts(*m_data));
        panel.setSelectedModels({QStringLiteral("rf")});
        QSignalSpy done(&panel, &ModelPanel::trainingFinished);
        panel.train();
        QVERIFY(done.wait(60000));
        const auto first = panel.leaderboard()->report(QStringLiteral("rf"));
        panel.train();
        QVERIFY(done.wait(60000));
        // Training again adds to the shelf: the first model stays beside the second.
        QCOMPARE(panel.leaderboard()->report(QStringLiteral("rf")), first);
        const auto second = panel.leaderboard()->report(QStringLiteral("rf-2"));
        QVERIFY(first && second && first != second);
        QCOMPARE(second->run.scores, first->run.scores);
        QCOMPARE(panel.leaderboard()->reports().size(), 2);
    }

    void crossValidationScoresEveryRow()
    {
        ModelPanel panel;
        panel.setDataset(m_data, distinctCounts(*m_data));
        panel.setSelectedModels({QStringLiteral("lr"), QStringLiteral("nb")});
        panel.setFolds(4);
        QSignalSpy done(&panel, &ModelPanel::trainingFinished);
        panel.train();
        QVERIFY(done.wait(60000));
        QVERIFY(
            panel.message().startsWith(QStringLiteral("4-fold cross-validation on 3000 rows.")));
        const auto report = panel.leaderboard()->report(QStringLiteral("lr"));
        QVERIFY(report);
        QCOMPARE(report->foldAuc.size(), size_t(4));
        QCOMPARE(report->sweep.positives() + report->sweep.negatives(), qint64(3000));
        const QString tip = panel.leaderboard()
                                ->index(panel.leaderboard()->rowOf(QStringLiteral("lr")),
                                        LeaderboardModel::AucColumn)
                                .data(Qt::ToolTipRole)
                                .toString();
        QVERIFY(tip.contains(QStringLiteral("4 folds")));
    }

    void saysWhyItCannotTrain()
    {
        QByteArray csv = "customer,churn\n";
        for (int i = 0; i < 200; ++i)
            csv += "C" + QByteArray::number(i) + (i % 4 ? ",No\n" : ",Yes\n");
        auto read = CsvReader().readBytes(csv);
        QVERIFY(read.ok());
        const auto data = std::make_shared<const Dataset>(std::move(read->dataset));
        ModelPanel panel;
        panel.setDataset(data, distinctCounts(*data));
        QCOMPARE(panel.targetColumn(), QStringLiteral("churn"));
        panel.setSelectedModels({QStringLiteral("lr")});
        QSignalSpy done(&panel, &ModelPanel::trainingFinished);
        panel.train();
        QVERIFY(done.wait(20000));
        QVERIFY2(panel.message().contains(QStringLiteral("No usable feature columns")),
                 qPrintable(panel.message()));
        QVERIFY(panel.leaderboard()->reports().isEmpty());
        QVERIFY(!panel.isTraining());
        QCOMPARE(panel.leaderboard()->index(0, LeaderboardModel::StatusColumn).data().toString(),
                 QStringLiteral("Not trained"));
    }

    void cancelStopsALongTraining()
    {
        const auto big = std::make_shared<const Dataset>(SampleData::generate(40000, 3));
        ModelPanel panel;
        panel.setDataset(big, distinctCounts(*big));
        panel.setSelectedModels({QStringLiteral("rf")});
        panel.setModelParams(QStringLiteral("rf"), {{QStringLiteral("trees"), 5000}});
        QSignalSpy done(&panel, &ModelPanel::trainingFinished);
        QSignalSpy progress(panel.controller(), &TrainingController::modelProgress);
        panel.train();
        // Wait until the forest is being grown, then cancel.
        QTRY_VERIFY_WITH_TIMEOUT(panel.leaderboardView()
                                             ->model()
                                             ->index(0, LeaderboardModel::StatusColumn)
                                             .data()
                                             .toString()
                                         != QStringLiteral("Queued")
                                     && !panel.message().startsWith(QStringLiteral("Preparing")),
                                 30000);
        QElapsedTimer clock;
        clock.start();
        panel.cancel();
        QVERIFY(done.wait(10000));
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(panel.leaderboard()->reports().isEmpty());
        QCOMPARE(panel.message(), QStringLiteral("Training cancelled."));
    }

    // The dialog is built from the learner's hyperparameter table: each editor is bounded by
    // the parameter's range, so a value the learner would refuse cannot be entered.
    void hyperparameterDialogFollowsTheTable()
    {
        const auto info = ModelCatalog::find(QStringLiteral("gbt"));
        QVERIFY(info);
        ModelParamsDialog dialog(*info, {});
        auto *rate = dialog.findChild<QDoubleSpinBox *>(QStringLiteral("learning_rate"));
        QVERIFY(rate);
        QCOMPARE(rate->value(), 0.3);
        QVERIFY(rate->toolTip().contains(QStringLiteral("Default: 0.3")));
        rate->setValue(0); // learning rate must be positive: clamped to the table's minimum
        QCOMPARE(rate->value(), info->parameter(QStringLiteral("learning_rate"))->low);
        auto *leaves = dialog.findChild<QSpinBox *>(QStringLiteral("max_leaves"));
        QVERIFY(leaves);
        QCOMPARE(leaves->minimum(), 2);
        // Every parameter of the table has an editor, feature_subsample included.
        for (const HyperParameter &p : info->parameters)
            QVERIFY2(dialog.findChild<QWidget *>(p.name), qPrintable(p.name));
        rate->setValue(0.05);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.params(), QJsonObject({{QStringLiteral("learning_rate"), 0.05}}));
    }
};

QTEST_MAIN(ModelPanelTest)
#include "ModelPanelTest.moc"

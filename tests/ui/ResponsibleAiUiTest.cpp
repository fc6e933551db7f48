#include "UiTestHelpers.h"
#include "core/bundle/Bundle.h"
#include "core/data/ColumnProfile.h"
#include "core/data/SampleData.h"
#include "ui/MainWindow.h"
#include "ui/dialogs/AutoMlDialog.h"
#include "ui/itemmodels/LeaderboardModel.h"
#include "ui/panels/ExplainPanel.h"
#include "ui/panels/FairnessPanel.h"
#include "ui/panels/ModelPanel.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace churnlab;

// AutoML, explanations and fairness in the app, driven as an analyst would: a search with a
// small budget fills its chart and table and puts its models on the leaderboard (exportable);
// the Explain tab shows the selected customer's waterfall (equal to the explainer's numbers),
// the dependence and partial-dependence plots; the Fairness tab compares groups, equalises
// opportunity and takes a typed threshold. With CHURNLAB_SCREENSHOTS set, each view is saved.
class ResponsibleAiUiTest : public QObject
{
    Q_OBJECT

    std::shared_ptr<const Dataset> m_data =
        std::make_shared<const Dataset>(SampleData::generate(4000, 12));

private slots:
    void autoMlFromTheModelTab()
    {
        ModelPanel panel;
        panel.resize(1280, 800);
        panel.show();
        panel.setDataset(m_data, distinctCounts(*m_data));
        AutoMlDialog *dialog = panel.autoMlDialog();
        dialog->setBudget(12);
        dialog->show();
        QSignalSpy done(dialog, &AutoMlDialog::searchFinished);
        dialog->start();
        QVERIFY(dialog->isRunning());
        QVERIFY(done.wait(90000));
        QCOMPARE(done.first().first().toBool(), true);
        QVERIFY(!dialog->isRunning());
        QVERIFY2(dialog->trials()->rowCount() >= 6, qPrintable(dialog->statusText()));
        QVERIFY(dialog->statusText().contains("on the leaderboard"));
        screenshot(dialog, QStringLiteral("automl-progress.png"));
        // The result is an ordinary model: on the leaderboard and exportable.
        const auto reports = panel.leaderboard()->reports();
        QVERIFY(!reports.isEmpty());
        for (const auto &r : reports)
            QVERIFY(r->id.startsWith("automl-"));
        QTemporaryDir dir;
        const QString path = dir.filePath("automl.clb");
        QSignalSpy exported(&panel, &ModelPanel::exportFinished);
        QVERIFY(panel.canExport());
        panel.exportModel(path);
        QVERIFY(exported.wait(60000));
        QCOMPARE(exported.first().at(1).toString(), QString());
        auto bundle = Bundle::open(path);
        QVERIFY2(bundle.ok(), bundle.ok() ? "" : qPrintable(bundle.error().message));
        QCOMPARE(bundle->learner(), panel.currentModel()->run.id);
    }

    void explainAndFairnessTabs()
    {
        MainWindow w;
        w.resize(1400, 900);
        w.show();
        ModelPanel *panel = w.modelPanel();
        panel->setDataset(m_data, distinctCounts(*m_data));
        panel->setSelectedModels({QStringLiteral("gbt")});
        QSignalSpy trained(panel, &ModelPanel::trainingFinished);
        panel->train();
        QVERIFY(trained.wait(60000));

        ExplainPanel *explain = w.explainPanel();
        QSignalSpy explained(explain, &ExplainPanel::explained);
        QSignalSpy pdShown(explain, &ExplainPanel::partialDependenceShown);
        w.tabs()->setCurrentWidget(explain);
        QVERIFY(explained.wait(60000));
        QVERIFY(explain->customers()->rowCount() > 100);
        QVERIFY(explain->message().contains("exact TreeSHAP"));
        // Highest probability first; the waterfall is the selected customer's.
        const double first = explain->customers()->item(0, 1)->text().toDouble();
        const double second = explain->customers()->item(1, 1)->text().toDouble();
        QVERIFY(first >= second);
        explain->selectCustomer(3);
        QVERIFY(explain->waterfallView()->chart()->title().contains(
            explain->customers()->item(3, 0)->text()));
        const auto &e = *explain->explanations();
        for (Eigen::Index r = 0; r < e.values.rows(); ++r)
            QVERIFY(std::abs(e.expected + e.values.row(r).sum() - e.output(r)) < 1e-9);
        QVERIFY(pdShown.wait(30000) || pdShown.size() > 0);
        screenshot(explain, QStringLiteral("explain-waterfall.png"));
        explain->globalTabs()->setCurrentIndex(1);
        explain->columnPicker()->setCurrentText(QStringLiteral("tenure_months"));
        QVERIFY(pdShown.wait(30000));
        QVERIFY(explain->globalTabs()->widget(1)->isVisible());
        screenshot(explain, QStringLiteral("explain-dependence.png"));
        explain->globalTabs()->setCurrentIndex(2);
        QVERIFY(QTest::qWaitFor([&] { return !explain->isBusy(); }, 30000));
        screenshot(explain, QStringLiteral("explain-partial-dependence.png"));

        FairnessPanel *fairness = w.fairnessPanel();
        QSignalSpy analysed(fairness, &FairnessPanel::analysed);
        w.tabs()->setCurrentWidget(fairness);
        // It opens on a column that could be sensitive, not on the first column.
        QCOMPARE(fairness->settings().column, QStringLiteral("gender"));
        fairness->setColumn(QStringLiteral("senior"));
        QVERIFY(analysed.wait(30000) || analysed.size() > 0);
        QVERIFY(QTest::qWaitFor(
            [&] {
                return fairness->result().has_value()
                    && fairness->result()->report.column == "senior";
            },
            30000));
        QCOMPARE(fairness->groups()->rowCount(), 2);
        QVERIFY(fairness->disparityText().contains("Demographic parity ratio"));
        const double single = fairness->result()->report.expectedCost;
        fairness->equaliseOpportunity();
        QVERIFY(fairness->result()->report.tprDifference < 0.05);
        QVERIFY(fairness->result()->report.expectedCost != single);
        screenshot(fairness, QStringLiteral("fairness.png"));
        // A threshold typed into the table applies to its group.
        fairness->resetThresholds();
        auto *cell = fairness->groups()->item(0, FairnessPanel::ThresholdColumn);
        cell->setText(QStringLiteral("0.9"));
        QCOMPARE(fairness->result()->report.groups[0].threshold, 0.9);
        // Numbers in bins: tenure as a band.
        fairness->setColumn(QStringLiteral("tenure_months"));
        fairness->setEdges(QStringLiteral("12, 24"));
        QCOMPARE(fairness->groups()->rowCount(), 3);
    }
};

QTEST_MAIN(ResponsibleAiUiTest)
#include "ResponsibleAiUiTest.moc"

#include "ui/panels/FeaturePanel.h"
#include "core/data/SampleData.h"
#include "ui/AppSettings.h"
#include "ui/MainWindow.h"
#include "ui/document/AnalysisDocument.h"
#include "ui/document/JobTracker.h"
#include "ui/itemmodels/FeatureConfigModel.h"
#include "ui/itemmodels/FeaturePreviewModel.h"
#include "ui/itemmodels/LeaderboardModel.h"
#include "ui/panels/ModelPanel.h"
#include "ui/panels/TrainingForm.h"

#include <QAction>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace churnlab;

// The Features tab: edits through the table are undoable, the preview follows them, and the
// Model tab trains with them.
class FeaturePanelTest : public QObject
{
    Q_OBJECT

    std::shared_ptr<const Dataset> m_data =
        std::make_shared<const Dataset>(SampleData::generate(2000, 5));

    static int rowOf(const FeatureConfigModel *m, const QString &column)
    {
        for (int r = 0; r < m->rowCount(); ++r)
            if (m->columnName(r) == column)
                return r;
        return -1;
    }

    // tenure and plan drive churn; churn_score is a near-copy of it, churn_reason is filled
    // only for churners.
    static QString writeLeakyFile(const QString &dir)
    {
        const QString path = dir + QStringLiteral("/leaky.csv");
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write("tenure,plan,churn_score,churn_reason,churn\n");
        quint32 s = 99;
        const auto next = [&]() { return (s = s * 1664525u + 1013904223u) >> 8; };
        for (int i = 0; i < 3000; ++i) {
            const int tenure = int(next() % 72), plan = int(next() % 3);
            const bool churn = int(next() % 100) < 45 - tenure / 2 - 5 * plan;
            f.write(QByteArray::number(tenure) + ",p" + QByteArray::number(plan) + ','
                    + QByteArray::number(churn ? 60 + next() % 40 : next() % 50) + ','
                    + (churn ? (next() % 2 ? "Price" : "Competitor") : "") + ','
                    + (churn ? "Yes" : "No") + '\n');
        }
        return path;
    }

private slots:
    void editsAreUndoableAndPreviewed()
    {
        JobTracker jobs;
        FeaturePanel panel(&jobs);
        panel.setDataset(m_data);
        panel.setTarget(QStringLiteral("churn"), QStringLiteral("Yes"));
        panel.refreshPreview();
        FeatureConfigModel *model = panel.model();
        QCOMPARE(rowOf(model, QStringLiteral("churn")), -1); // the target is not a feature
        const int contract = rowOf(model, QStringLiteral("contract"));
        QVERIFY(contract >= 0);
        const QStringList before = panel.previewModel()->names();
        QVERIFY(before.contains(QStringLiteral("contract=Month-to-month")));
        QVERIFY(!(model->flags(model->index(contract, FeatureConfigModel::ScalingColumn))
                  & Qt::ItemIsEditable)); // a category has no scaling

        // Target-encode contract: one column instead of three.
        QSignalSpy changed(&panel, &FeaturePanel::configChanged);
        QVERIFY(model->setData(model->index(contract, FeatureConfigModel::EncodingColumn),
                               int(FeatureConfig::Encoding::Target), Qt::EditRole));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(panel.config().transform(QStringLiteral("contract")).encoding,
                 FeatureConfig::Encoding::Target);
        panel.refreshPreview();
        QVERIFY(panel.previewModel()->names().contains(QStringLiteral("contract")));
        QCOMPARE(panel.previewModel()->names().size(), before.size() - 2);
        QCOMPARE(model->index(contract, FeatureConfigModel::EncodingColumn).data().toString(),
                 QStringLiteral("Target"));

        // Log of monthly charges through its check box, then ignore tenure.
        const int charges = rowOf(model, QStringLiteral("monthly_charges"));
        QVERIFY(model->setData(model->index(charges, FeatureConfigModel::LogColumn), Qt::Checked,
                               Qt::CheckStateRole));
        const int tenure = rowOf(model, QStringLiteral("tenure_months"));
        QVERIFY(model->setData(model->index(tenure, FeatureConfigModel::RoleColumn),
                               int(FeatureConfig::Role::Ignore), Qt::EditRole));
        QCOMPARE(panel.undoStack()->count(), 3);
        QVERIFY(panel.undoStack()->undoText().contains(QStringLiteral("tenure_months")));
        panel.refreshPreview();
        QVERIFY(!panel.previewModel()->names().contains(QStringLiteral("tenure_months")));
        QCOMPARE(model->index(tenure, FeatureConfigModel::StatusColumn).data().toString(),
                 QStringLiteral("left out"));

        panel.undoStack()->undo();
        panel.refreshPreview();
        QVERIFY(panel.previewModel()->names().contains(QStringLiteral("tenure_months")));
        QVERIFY(panel.config().transform(QStringLiteral("monthly_charges")).log);
        panel.undoStack()->redo();
        QCOMPARE(panel.config().transform(QStringLiteral("tenure_months")).role,
                 FeatureConfig::Role::Ignore);

        // Saved and opened again as JSON (what churnlab-cli train --features reads).
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("features.json"));
        QVERIFY(panel.saveConfig(path).ok());
        const FeatureConfig saved = panel.config();
        panel.undoStack()->undo();
        QVERIFY(!(panel.config() == saved));
        QVERIFY(panel.loadConfig(path).ok());
        QVERIFY(panel.config() == saved);
        panel.undoStack()->undo(); // opening is one step
        QVERIFY(!(panel.config() == saved));
        panel.undoStack()->redo();
        QFile broken(dir.filePath(QStringLiteral("broken.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write(R"({"columns":{"plan":{"scaling":"log"}}})");
        broken.close();
        auto bad = panel.loadConfig(broken.fileName());
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message.contains(QStringLiteral("scaling")));
        QVERIFY(panel.config() == saved); // nothing changed

        // Reset All is one undoable step.
        const FeatureConfig edited = panel.config();
        for (auto *button : panel.findChildren<QPushButton *>())
            if (button->text() == QStringLiteral("Reset All"))
                button->click();
        QVERIFY(panel.config().isEmpty());
        panel.undoStack()->undo();
        QVERIFY(panel.config() == edited);
        // An edit that changes nothing makes no undo step.
        const int count = panel.undoStack()->count();
        QVERIFY(!model->setData(model->index(tenure, FeatureConfigModel::RoleColumn),
                                int(FeatureConfig::Role::Ignore), Qt::EditRole));
        QCOMPARE(panel.undoStack()->count(), count);
    }

    // A leak is excluded as soon as the target is known, visibly and as one undoable step; undo
    // keeps it as a feature, and the Model tab and the leaderboard then warn.
    void leakageIsExcludedVisiblyAndUndoably()
    {
        QTemporaryDir dir;
        const QString path = writeLeakyFile(dir.path());
        MainWindow window;
        QSignalSpy profiles(&window, &MainWindow::profilesShown);
        window.loadFile(path);
        QVERIFY(profiles.wait(20000));
        FeaturePanel *features = window.featurePanel();
        QSignalSpy found(features, &FeaturePanel::leakageFound);
        window.analysis()->setTarget(QStringLiteral("churn"), QStringLiteral("Yes"));
        QTRY_VERIFY_WITH_TIMEOUT(!features->leakage().isEmpty(), 20000);
        const FeatureConfig &config = features->config();
        for (const char *column : {"churn_score", "churn_reason"})
            QCOMPARE(config.transform(QString::fromLatin1(column)).role,
                     FeatureConfig::Role::Leakage);
        QCOMPARE(window.analysis()->features(), config); // the document has it too
        FeatureConfigModel *model = features->model();
        const int score = rowOf(model, QStringLiteral("churn_score"));
        QCOMPARE(model->index(score, FeatureConfigModel::RoleColumn).data().toString(),
                 QStringLiteral("Excluded (leakage)"));
        QVERIFY(model->index(score, FeatureConfigModel::StatusColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("leaks")));
        QVERIFY(model->index(score, FeatureConfigModel::NameColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("AUC")));
        QCOMPARE(features->undoStack()->count(), 1);
        QCOMPARE(features->undoStack()->undoText(), QStringLiteral("Exclude leaking columns"));
        if (const QString shots = qEnvironmentVariable("CHURNLAB_SCREENSHOTS"); !shots.isEmpty()) {
            window.resize(1400, 860);
            window.tabs()->setCurrentWidget(features);
            window.grab().save(shots + QStringLiteral("/features-leakage.png"));
        }
        auto *form = window.modelPanel()->findChild<TrainingForm *>();
        QVERIFY(form->flaggedText().isEmpty()); // nothing flagged trains

        // Undo keeps them as features; the Model tab names them before training.
        features->undoStack()->undo();
        QCOMPARE(features->config().transform(QStringLiteral("churn_score")).role,
                 FeatureConfig::Role::Feature);
        QVERIFY(form->flaggedText().contains(QStringLiteral("churn_score")));
        QVERIFY(form->flaggedText().contains(QStringLiteral("churn_reason")));
        ModelPanel *models = window.modelPanel();
        models->setSelectedModels({QStringLiteral("lr")});
        QSignalSpy done(models, &ModelPanel::trainingFinished);
        models->train();
        QVERIFY(done.wait(60000));
        const auto report = models->leaderboard()->report(QStringLiteral("lr"));
        QVERIFY(report && report->flagged.size() == 2);
        QVERIFY(report->run.metrics.auc > 0.99);
        const QModelIndex name = models->leaderboard()->index(0, LeaderboardModel::ModelColumn);
        QVERIFY(name.data().toString().startsWith(QStringLiteral("⚠")));
        QVERIFY(name.data(Qt::ToolTipRole).toString().contains(QStringLiteral("churn_reason")));

        // "Exclude them" (the Model tab's link) is the Features tab's one undoable step.
        emit form->excludeFlaggedRequested();
        QCOMPARE(features->config().transform(QStringLiteral("churn_reason")).role,
                 FeatureConfig::Role::Leakage);
        QVERIFY(form->flaggedText().isEmpty());
        QCOMPARE(features->undoStack()->undoText(), QStringLiteral("Exclude all flagged columns"));
        models->train();
        QVERIFY(done.wait(60000));
        const auto clean = models->leaderboard()->report(QStringLiteral("lr-2"));
        QVERIFY(clean && clean->flagged.isEmpty());
        QVERIFY2(clean->run.metrics.auc < 0.95,
                 qPrintable(QString::number(clean->run.metrics.auc)));

        // Several rows get one role in one step.
        features->table()->selectionModel()->clearSelection();
        for (const char *column : {"tenure", "plan"})
            features->table()->selectionModel()->select(
                model->index(rowOf(model, QString::fromLatin1(column)), 0),
                QItemSelectionModel::Select | QItemSelectionModel::Rows);
        const int steps = features->undoStack()->count();
        features->setSelectedRoles(FeatureConfig::Role::Ignore);
        QCOMPARE(features->undoStack()->count(), steps + 1);
        QCOMPARE(features->config().transform(QStringLiteral("plan")).role,
                 FeatureConfig::Role::Ignore);
        QCOMPARE(features->config().transform(QStringLiteral("tenure")).role,
                 FeatureConfig::Role::Ignore);
        features->undoStack()->undo();
        QCOMPARE(features->config().transform(QStringLiteral("tenure")).role,
                 FeatureConfig::Role::Auto);
    }

    void modelTabTrainsWithTheChoices()
    {
        MainWindow window;
        QSignalSpy profiles(&window, &MainWindow::profilesShown);
        window.openSample();
        QVERIFY(profiles.wait(20000));
        FeaturePanel *features = window.featurePanel();
        window.tabs()->setCurrentWidget(features);
        FeatureConfigModel *model = features->model();
        const int contract = rowOf(model, QStringLiteral("contract"));
        QVERIFY(model->setData(model->index(contract, FeatureConfigModel::RoleColumn),
                               int(FeatureConfig::Role::Ignore), Qt::EditRole));
        // Edit > Undo acts on the Features stack while its tab is shown.
        QVERIFY(window.undoStack() != features->undoStack());
        QVERIFY(features->undoStack()->canUndo());

        ModelPanel *models = window.modelPanel();
        models->setSelectedModels({QStringLiteral("lr")});
        QSignalSpy done(models, &ModelPanel::trainingFinished);
        models->train();
        QVERIFY(done.wait(60000));
        const auto report = models->leaderboard()->report(QStringLiteral("lr"));
        QVERIFY(report);
        for (const QString &name : report->featureNames)
            QVERIFY2(!name.startsWith(QStringLiteral("contract")), qPrintable(name));
        QVERIFY(report->featureNames.contains(QStringLiteral("tenure_months")));

        // Edit > Undo on the Features tab undoes the feature edit, not a data edit.
        window.tabs()->setCurrentWidget(features);
        QAction *undo = nullptr;
        for (QAction *a : window.findChildren<QAction *>())
            if (a->shortcut() == QKeySequence(QKeySequence::Undo))
                undo = a;
        QVERIFY(undo && undo->isEnabled());
        undo->trigger();
        QVERIFY(features->config().isEmpty());
    }

    // The same in German: the role, the status and the warning are translated (last: it
    // installs the translators for the rest of the process).
    void leakageSpeaksGerman()
    {
        AppSettings::installTranslators(*qApp, QStringLiteral("de"));
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QTemporaryDir dir;
        MainWindow window;
        QSignalSpy profiles(&window, &MainWindow::profilesShown);
        window.loadFile(writeLeakyFile(dir.path()));
        QVERIFY(profiles.wait(20000));
        FeaturePanel *features = window.featurePanel();
        window.analysis()->setTarget(QStringLiteral("churn"), QStringLiteral("Yes"));
        QTRY_VERIFY_WITH_TIMEOUT(!features->leakage().isEmpty(), 20000);
        FeatureConfigModel *model = features->model();
        const int score = rowOf(model, QStringLiteral("churn_score"));
        QCOMPARE(model->index(score, FeatureConfigModel::RoleColumn).data().toString(),
                 QStringLiteral("Ausgeschlossen (Leakage)"));
        QVERIFY(model->index(score, FeatureConfigModel::StatusColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("verrät")));
        if (const QString shots = qEnvironmentVariable("CHURNLAB_SCREENSHOTS"); !shots.isEmpty()) {
            window.resize(1400, 860);
            window.tabs()->setCurrentWidget(features);
            window.grab().save(shots + QStringLiteral("/features-leakage-de.png"));
        }
    }
};

QTEST_MAIN(FeaturePanelTest)
#include "FeaturePanelTest.moc"

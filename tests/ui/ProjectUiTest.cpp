#include "UiTestHelpers.h"
#include "core/data/SampleData.h"
#include "core/project/Project.h"
#include "ui/MainWindow.h"
#include "ui/dialogs/ReportPreviewDialog.h"
#include "ui/document/AnalysisDocument.h"
#include "ui/itemmodels/LeaderboardModel.h"
#include "ui/panels/CanvasPanel.h"
#include "ui/panels/ModelPanel.h"
#include "ui/panels/RoiPanel.h"
#include "ui/panels/ThresholdPanel.h"
#include "ui/session/ProjectController.h"
#include "ui/widgets/CanvasBlockEditor.h"

#include <QChartView>
#include <QMessageBox>
#include <QMimeData>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QUndoStack>
#include <QtTest>

using namespace churnlab;

// Projects in the app: a whole analysis saved, closed and opened again comes back the same
// (data, target, leaderboard and curves, threshold and costs, canvas, ROI); the canvas's facts
// go stale and update without touching the notes, and undo covers both; a crash with unsaved
// changes is recovered on the next start (the process is really killed); damaged projects
// are refused with nothing lost; the report is previewed before it is saved. With
// CHURNLAB_SCREENSHOTS set, the Canvas tab and the ROI chart are saved for docs/.
class ProjectUiTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    // The sample, trained with lr and gbt, a threshold, costs, ROI inputs and a canvas.
    static void prepare(MainWindow &w)
    {
        QSignalSpy profiles(&w, &MainWindow::profilesShown);
        w.openSample();
        QVERIFY(profiles.wait(20000));
        ModelPanel *models = w.modelPanel();
        models->setSelectedModels({QStringLiteral("lr"), QStringLiteral("gbt")});
        QSignalSpy trained(models, &ModelPanel::trainingFinished);
        models->train();
        QVERIFY(trained.wait(60000));
        models->thresholdPanel()->setCosts(2, 9);
        models->thresholdPanel()->setThreshold(0.35);
        models->roiPanel()->setInputs({25000, 12, 0.35, 300});
        CanvasPanel *canvas = w.canvasPanel();
        QTextEdit *notes = canvas->block(QStringLiteral("value_proposition"))->editor();
        notes->setFocus();
        QTest::keyClicks(notes, QStringLiteral("Keep customers worth keeping"));
        canvas->fillAll();
    }

    // Answers the next message box when it shows (polling, so that nothing here blocks the
    // event loop the box runs in).
    void answerNextBox(std::function<void(QMessageBox *)> answer)
    {
        auto *timer = new QTimer(this);
        connect(timer, &QTimer::timeout, this, [timer, answer]() {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                timer->stop();
                timer->deleteLater();
                answer(box);
            }
        });
        timer->start(50);
    }

    static void waitFor(const std::function<bool()> &condition, int ms = 30000)
    {
        QElapsedTimer t;
        t.start();
        while (!condition() && t.elapsed() < ms)
            QTest::qWait(50);
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("ChurnLab"));
        QCoreApplication::setApplicationName(QStringLiteral("ChurnLab"));
        QVERIFY(m_home.isValid());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toLocal8Bit());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toLocal8Bit());
        QStandardPaths::setTestModeEnabled(false);
    }

    void savedProjectOpensInTheSameState()
    {
        const QString path = m_home.filePath(QStringLiteral("retention.churnlab"));
        MainWindow w;
        w.resize(1400, 900);
        w.show();
        prepare(w);
        ProjectController *project = w.project();
        QVERIFY(project->isModified());
        QVERIFY(w.isWindowModified());
        QVERIFY(w.windowTitle().contains(QStringLiteral("[*]")));
        const auto before = w.modelPanel()->leaderboard()->reports();
        QCOMPARE(before.size(), 2);
        const QString confusion = w.modelPanel()->thresholdPanel()->confusionText();
        const Canvas canvas = w.canvasPanel()->canvas();
        QVERIFY(!canvas.block(QStringLiteral("decisions")).facts.isEmpty());
        const double value = w.modelPanel()->roiPanel()->result().atThreshold.monthlyValue;

        w.tabs()->setCurrentWidget(w.canvasPanel());
        screenshot(&w, QStringLiteral("canvas-tab.png"));

        QSignalSpy saved(project, &ProjectController::saved);
        QVERIFY(project->save(path));
        QVERIFY(saved.wait(60000));
        QCOMPARE(saved.first().at(1).toString(), QString());
        QVERIFY(!project->isModified());
        QVERIFY(w.windowTitle().startsWith(QStringLiteral("retention")));

        project->newProject();
        QVERIFY(!w.analysis()->dataset());
        QCOMPARE(w.modelPanel()->leaderboard()->rowCount(), 0);
        QVERIFY(w.canvasPanel()->canvas().isEmpty());

        QSignalSpy opened(project, &ProjectController::opened);
        project->open(path);
        QVERIFY(opened.wait(60000));
        QCOMPARE(w.analysis()->dataset()->rowCount(), qsizetype(SampleData::defaultRows));
        QCOMPARE(w.analysis()->target().column, SampleData::targetColumn());
        const auto after = w.modelPanel()->leaderboard()->reports();
        QCOMPARE(after.size(), 2);
        for (const auto &r : before) {
            const auto back = w.modelPanel()->leaderboard()->report(r->id);
            QVERIFY(back);
            QCOMPARE(back->run.metrics.auc, r->run.metrics.auc);
            QCOMPARE(back->sweep.roc(), r->sweep.roc());
        }
        QCOMPARE(w.modelPanel()->thresholdPanel()->threshold(), 0.35);
        QCOMPARE(w.modelPanel()->thresholdPanel()->costs().falseNegative, 9.0);
        QCOMPARE(w.modelPanel()->thresholdPanel()->confusionText(), confusion);
        QCOMPARE(w.modelPanel()->roiPanel()->inputs(),
                 RetentionRoi::Inputs({25000, 12, 0.35, 300}));
        QCOMPARE(w.modelPanel()->roiPanel()->result().atThreshold.monthlyValue, value);
        QCOMPARE(w.canvasPanel()->canvas(), canvas);
        QVERIFY(w.canvasPanel()->staleBlocks().isEmpty());
        QVERIFY(!project->isModified());
        // The reopened models export from their bundles.
        QVERIFY(w.modelPanel()->canExport());

        w.tabs()->setCurrentWidget(w.modelPanel());
        w.modelPanel()->chartTabs()->setCurrentWidget(w.modelPanel()->roiPanel());
        QTest::qWait(100);
        screenshot(w.modelPanel()->roiPanel(), QStringLiteral("roi-chart.png"));
        QVERIFY(w.modelPanel()->roiPanel()->chartView()->chart()->series().size() == 2);
        if (const QString dir = qEnvironmentVariable("CHURNLAB_SCREENSHOTS"); !dir.isEmpty()) {
            QSignalSpy written(project, &ProjectController::reportWritten);
            project->exportReport(dir + QStringLiteral("/report.pdf"));
            QVERIFY(written.wait(60000));
        }
        project->setModified(false);
    }

    void staleFactsUpdateAndUndoCoversEdits()
    {
        MainWindow w;
        w.show();
        QSignalSpy profiles(&w, &MainWindow::profilesShown);
        w.openSample();
        QVERIFY(profiles.wait(20000));
        CanvasPanel *canvas = w.canvasPanel();
        w.tabs()->setCurrentWidget(canvas);
        CanvasBlockEditor *decisions = canvas->block(QStringLiteral("decisions"));
        QTextEdit *notes = decisions->editor();
        notes->setFocus();
        QTest::keyClicks(notes, QStringLiteral("Offer a discount"));
        canvas->fill(QStringLiteral("decisions"));
        QVERIFY(!decisions->facts().isEmpty());
        QVERIFY(!decisions->isStale());

        w.modelPanel()->thresholdPanel()->setThreshold(0.42);
        canvas->refreshFacts();
        QVERIFY(decisions->isStale());
        QCOMPARE(canvas->staleBlocks(), QStringList {QStringLiteral("decisions")});
        QCOMPARE(decisions->fillButton()->text(), QStringLiteral("Update"));
        QTest::mouseClick(decisions->fillButton(), Qt::LeftButton);
        QVERIFY(!decisions->isStale());
        QCOMPARE(notes->toPlainText(), QStringLiteral("Offer a discount"));

        // Undo walks back the update, the fill, then the typing.
        QUndoStack *undo = canvas->undoStack();
        undo->undo();
        QVERIFY(decisions->isStale());
        undo->undo();
        QVERIFY(decisions->facts().isEmpty());
        while (undo->canUndo())
            undo->undo();
        QVERIFY(notes->toPlainText().isEmpty());
        undo->redo();
        QVERIFY(!notes->toPlainText().isEmpty());
        w.project()->setModified(false);
    }

    void damagedProjectsAreRefusedAndNothingIsLost()
    {
        MainWindow w;
        w.show();
        QSignalSpy profiles(&w, &MainWindow::profilesShown);
        w.openSample();
        QVERIFY(profiles.wait(20000));
        const auto data = w.analysis()->dataset();
        const QString path = m_home.filePath(QStringLiteral("damaged.churnlab"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("PK\x03\x04 not really a project");
        f.close();
        QString shown;
        answerNextBox([&](QMessageBox *box) {
            shown = box->text();
            box->accept();
        });
        QSignalSpy failed(w.project(), &ProjectController::openFailed);
        w.project()->open(path);
        QVERIFY(failed.wait(20000));
        QVERIFY2(shown.contains(QStringLiteral("damaged.churnlab")), qPrintable(shown));
        QCOMPARE(w.analysis()->dataset(), data); // the window kept what it had
    }

    void crashedSessionIsRecovered()
    {
        // A real ChurnLab trains the sample, autosaves every second, and is killed.
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CHURNLAB_AUTOSAVE_SECONDS"), QStringLiteral("1"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(CHURNLAB_APP_PATH), {QStringLiteral("--train")});
        QVERIFY(app.waitForStarted());
        const QString recovery = ProjectController::recoveryFolder()
            + QStringLiteral("/%1.churnlab").arg(app.processId());
        int models = 0;
        waitFor(
            [&]() {
                auto p = Project::open(recovery);
                models = p ? int(p->models.size()) : 0;
                return models >= 3;
            },
            120000);
        QCOMPARE(models, 3);
        app.kill();
        QVERIFY(app.waitForFinished());

        QVERIFY(ProjectController::orphanedRecoveries().contains(recovery));
        MainWindow w;
        w.show();
        QSignalSpy opened(w.project(), &ProjectController::opened);
        QVERIFY(w.project()->offerRecovery(false));
        QVERIFY(opened.wait(60000));
        QCOMPARE(w.analysis()->dataset()->rowCount(), qsizetype(SampleData::defaultRows));
        QCOMPARE(w.modelPanel()->leaderboard()->reports().size(), 3);
        QVERIFY(w.project()->isModified()); // recovered work is unsaved work
        QVERIFY(ProjectController::orphanedRecoveries().isEmpty());
        w.project()->discardRecovery();
        w.project()->setModified(false);
    }

    void reportIsPreviewedThenSaved()
    {
        MainWindow w;
        w.show();
        prepare(w);
        QSignalSpy written(w.project(), &ProjectController::reportWritten);
        w.project()->exportReport();
        QVERIFY(written.wait(60000));
        QCOMPARE(written.first().at(1).toString(), QString());
        ReportPreviewDialog *preview = w.findChild<ReportPreviewDialog *>();
        QVERIFY(preview);
        QVERIFY(preview->pageCount() >= 6);
        const QString pdf = m_home.filePath(QStringLiteral("report.pdf"));
        QVERIFY(preview->saveTo(pdf));
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");
        preview->close();
        w.project()->setModified(false);
    }

    void dropsAProjectAndAsksBeforeLosingChanges()
    {
        const QString path = m_home.filePath(QStringLiteral("retention.churnlab"));
        QVERIFY(QFile::exists(path));
        MainWindow w;
        w.show();
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton,
                              Qt::NoModifier);
        QApplication::sendEvent(&w, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QSignalSpy opened(w.project(), &ProjectController::opened);
        QSignalSpy failed(w.project(), &ProjectController::openFailed);
        QApplication::sendEvent(&w, &drop);
        QVERIFY(opened.wait(60000) || !failed.isEmpty());
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(1).toString()));
        QCOMPARE(w.modelPanel()->leaderboard()->reports().size(), 2);

        w.modelPanel()->thresholdPanel()->setThreshold(0.6);
        QVERIFY(w.project()->isModified());
        // Closing asks; Cancel keeps the window and its changes.
        answerNextBox([](QMessageBox *box) { box->button(QMessageBox::Cancel)->click(); });
        QVERIFY(!w.close());
        QVERIFY(w.isVisible());
        QVERIFY(w.project()->isModified());
        w.project()->setModified(false);
        QVERIFY(w.close());
    }
};

QTEST_MAIN(ProjectUiTest)
#include "ProjectUiTest.moc"

#include "ui/document/AnalysisDocument.h"
#include "TestData.h"
#include "core/bundle/Bundle.h"
#include "core/data/DataReader.h"
#include "ui/MainWindow.h"
#include "ui/dialogs/RetrainDialog.h"
#include "ui/dialogs/ScoreFileDialog.h"
#include "ui/itemmodels/LeaderboardModel.h"
#include "ui/panels/CanvasPanel.h"
#include "ui/panels/ExplainPanel.h"
#include "ui/panels/FairnessPanel.h"
#include "ui/panels/ModelPanel.h"
#include "ui/panels/ThresholdPanel.h"
#include "ui/session/ProjectController.h"

#include <QApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>

using namespace churnlab;

// The acceptance test of the one analysis document (issue "One document behind the window"),
// driven on the real Telco file: after the threshold is moved, the exported bundle, the scored
// file, the report's every page, Fairness, Explain, the Retrain dialog and the canvas all use
// it; after save and reopen in a new process, Fairness and Explain judge the same rows with the
// same numbers; opening a data file over a modified project asks first and Cancel changes
// nothing; AutoML adds to the leaderboard.
class AnalysisDocumentTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    static void answerNextBox(QObject *owner, std::function<void(QMessageBox *)> answer)
    {
        auto *timer = new QTimer(owner);
        QObject::connect(timer, &QTimer::timeout, owner, [timer, answer]() {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                timer->stop();
                timer->deleteLater();
                answer(box);
            }
        });
        timer->start(50);
    }

    // What Fairness (by gender, unless the analysis already names its column) and Explain say
    // about the current model, as JSON.
    static QJsonObject judge(MainWindow &w, bool chooseGender = true)
    {
        FairnessPanel *fairness = w.fairnessPanel();
        QSignalSpy analysed(fairness, &FairnessPanel::analysed);
        w.tabs()->setCurrentWidget(fairness);
        if (chooseGender)
            fairness->setColumn(QStringLiteral("gender"));
        if (!fairness->result())
            analysed.wait(60000);
        QJsonObject out;
        if (!fairness->result())
            return out;
        const FairnessReport &r = fairness->result()->report;
        out.insert("fairness_rows", r.rows);
        out.insert("fairness_threshold", r.threshold);
        QJsonArray groups;
        for (const FairnessReport::Group &g : r.groups)
            groups.append(QJsonObject {{"name", g.name},
                                       {"size", g.size},
                                       {"auc", g.auc},
                                       {"flagged", g.flagged},
                                       {"threshold", g.threshold}});
        out.insert("groups", groups);
        ExplainPanel *explain = w.explainPanel();
        QSignalSpy explained(explain, &ExplainPanel::explained);
        w.tabs()->setCurrentWidget(explain);
        if (!explain->explanations())
            explained.wait(60000);
        out.insert("explain_rows", explain->customers()->rowCount());
        out.insert("explain_message", explain->message());
        return out;
    }

    static QString pdfText(const QString &pdf)
    {
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        p.waitForFinished(60000);
        return QString::fromUtf8(p.readAllStandardOutput());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("HOME", m_home.path().toUtf8());
        QStandardPaths::setTestModeEnabled(true);
        qputenv("CHURNLAB_AUTOSAVE_SECONDS", "3600");
    }

    void wholeLoopUsesOneDecision()
    {
        REQUIRE_SHARED_FILE(telco, "telco-churn.csv");
        QTemporaryDir dir;
        MainWindow w;
        w.resize(1400, 900);
        w.show();
        QSignalSpy profiles(&w, &MainWindow::profilesShown);
        w.openFile(telco, false);
        QVERIFY(profiles.wait(60000));
        AnalysisDocument *doc = w.analysis();
        doc->setTarget(QStringLiteral("Churn"), QStringLiteral("Yes"));
        ModelPanel *models = w.modelPanel();
        models->setSelectedModels({QStringLiteral("lr"), QStringLiteral("gbt")});
        QSignalSpy trained(models, &ModelPanel::trainingFinished);
        models->train();
        QVERIFY(trained.wait(180000));
        QCOMPARE(models->leaderboard()->reports().size(), 2);
        doc->setChosenModel(QStringLiteral("lr"));
        QCOMPARE(models->currentModelId(), QStringLiteral("lr"));

        // The decision: the minimum-cost threshold, undoable as one step.
        models->thresholdPanel()->useMinimumCost();
        const double t = doc->decision().threshold;
        QVERIFY2(t < 0.45 && t > 0.01, qPrintable(QString::number(t)));
        doc->undoStack()->undo();
        QCOMPARE(doc->decision().threshold, 0.5);
        QCOMPARE(models->thresholdPanel()->threshold(), 0.5);
        doc->undoStack()->redo();
        QCOMPARE(doc->decision().threshold, t);
        QCOMPARE(models->thresholdPanel()->threshold(), t);
        const auto report = doc->currentModel();

        // 1. The bundle decides at it, and its test metrics are at it.
        const QString bundlePath = dir.filePath("lr.clb");
        QSignalSpy exported(models, &ModelPanel::exportFinished);
        models->exportModel(bundlePath);
        QVERIFY(exported.wait(60000));
        QCOMPARE(exported.first().at(1).toString(), QString());
        auto bundle = Bundle::open(bundlePath);
        QVERIFY(bundle.ok());
        QCOMPARE(bundle->manifest().value("threshold").toDouble(), t);
        QCOMPARE(bundle->scorer()->threshold(), t);
        QCOMPARE(bundle->manifest().value("train_spec").toObject().value("threshold").toDouble(),
                 t);
        const QJsonObject test = bundle->metrics().value("test").toObject();
        QCOMPARE(qint64(test.value("tp").toDouble()), report->metricsAt(t).tp);
        QVERIFY(bundle->modelCard().contains(QLocale::c().toString(t, 'f', 3))
                || bundle->modelCard().contains(QString::number(t, 'f', 3)));

        // 2. Score a File labels at it.
        const QString scored = dir.filePath("scored.csv");
        {
            ScoreFileDialog dialog;
            dialog.setPaths(bundlePath, telco, scored);
            dialog.setAnalysisThreshold(doc->decision().threshold);
            QSignalSpy done(&dialog, &ScoreFileDialog::finished);
            dialog.start();
            QVERIFY(done.wait(60000));
            QVERIFY2(done.first().at(0).toBool(), qPrintable(dialog.summary()));
            QVERIFY(!dialog.summary().contains("export the model again"));
        }
        auto out = DataReader().read(scored);
        QVERIFY(out.ok());
        const Column &probability = out->dataset.column(out->dataset.indexOf("probability"));
        const Column &label = out->dataset.column(out->dataset.indexOf("label"));
        qint64 flagged = 0, atT = 0, atHalf = 0;
        for (qsizetype r = 0; r < out->dataset.rowCount(); ++r) {
            flagged += label.text(r) == QStringLiteral("Yes");
            atT += probability.number(r) >= t;
            atHalf += probability.number(r) >= 0.5;
        }
        QCOMPARE(flagged, atT);
        QVERIFY(flagged > atHalf);

        // 3. Fairness, Explain: the model's holdout rows, at the threshold.
        const QJsonObject before = judge(w);
        QCOMPARE(before.value("fairness_threshold").toDouble(), t);
        const qint64 holdout = qint64(report->evaluation.rows.size());
        QCOMPARE(report->evaluation.source, EvaluationRows::Source::Holdout);
        QCOMPARE(before.value("fairness_rows").toInteger(), holdout);
        QCOMPARE(before.value("explain_rows").toInteger(), holdout);
        QVERIFY2(before.value("explain_message")
                     .toString()
                     .contains(QString::number(holdout) + " holdout row"),
                 qPrintable(before.value("explain_message").toString()));
        // A group's own threshold is the analysis' too: kept in the document and the project.
        w.fairnessPanel()->setGroupThreshold(QStringLiteral("Female"), 0.4);
        QCOMPARE(doc->fairness().column, QStringLiteral("gender"));
        QCOMPARE(doc->fairness().groupThresholds.value(QStringLiteral("Female")), 0.4);
        const QJsonObject judged = judge(w, false);
        bool femaleAtOwn = false;
        for (const QJsonValue &g : judged.value("groups").toArray())
            femaleAtOwn = femaleAtOwn
                || (g["name"] == QStringLiteral("Female") && g["threshold"].toDouble() == 0.4);
        QVERIFY(femaleAtOwn);

        // 4. The Retrain dialog judges the champion at it.
        {
            RetrainDialog retrain;
            retrain.setChampion(bundlePath);
            retrain.setNewData(telco);
            retrain.setDryRun(true);
            QSignalSpy done(&retrain, &RetrainDialog::finished);
            retrain.start();
            QVERIFY(done.wait(180000));
            QVERIFY2(retrain.summary().has_value(), qPrintable(retrain.verdictText()));
            QCOMPARE(retrain.summary()->outcome.decision.threshold, t);
            QVERIFY(retrain.verdictText().contains(QLocale().toString(t, 'f', 3)));
        }

        // 5. The canvas states it.
        w.canvasPanel()->fillAll();
        bool stated = false;
        for (const Canvas::Fact &f : w.canvasPanel()->canvas().block("decisions").facts)
            if (f.key == QStringLiteral("threshold")) {
                stated = true;
                QCOMPARE(f.value, QLocale().toString(t, 'f', 3));
            }
        QVERIFY(stated);

        // 6. The report: every threshold it prints is the analysis' (the best-value one aside).
        const QString pdf = dir.filePath("report.pdf");
        QSignalSpy written(w.project(), &ProjectController::reportWritten);
        w.project()->exportReport(pdf);
        QVERIFY(written.wait(120000));
        QCOMPARE(written.first().at(1).toString(), QString());
        if (!QStandardPaths::findExecutable("pdftotext").isEmpty()) {
            const QString text = pdfText(pdf);
            // The model is not saved yet; the report still carries its card.
            QVERIFY2(text.contains("Model card") && text.contains("Intended use"),
                     "no model card in the report of an unsaved model");
            QVERIFY(!text.isEmpty());
            const QString expected = QLocale().toString(t, 'f', 3);
            static const QRegularExpression mention(
                QStringLiteral("[Tt]hreshold\\)?:?\\s+(?:of\\s+)?(\\d+[.,]\\d+)"));
            int checked = 0;
            const QStringList pages = text.split(QLatin1Char('\f'));
            for (int page = 0; page < pages.size(); ++page)
                for (const QString &line : pages[page].split(QLatin1Char('\n'))) {
                    // Money "at the threshold" and the best-value threshold are other numbers.
                    if (line.contains(QStringLiteral("Best threshold"))
                        || line.contains(QStringLiteral("value"), Qt::CaseInsensitive))
                        continue;
                    auto it = mention.globalMatch(line);
                    while (it.hasNext()) {
                        const QString value = it.next().captured(1);
                        QVERIFY2(qAbs(QLocale().toDouble(value) - t) < 0.0006
                                     || qAbs(value.toDouble() - t) < 0.0006,
                                 qPrintable(QStringLiteral("page %1: %2").arg(page + 1).arg(line)));
                        ++checked;
                    }
                }
            QVERIFY2(checked >= 3, qPrintable(QString::number(checked)));
            QVERIFY(text.contains(expected));
        }

        // 7. Save; a new process opens it and judges the same rows with the same numbers.
        const QString project = dir.filePath("telco.churnlab");
        QSignalSpy saved(w.project(), &ProjectController::saved);
        QVERIFY(w.project()->save(project));
        QVERIFY(saved.wait(120000));
        QCOMPARE(saved.first().at(1).toString(), QString());
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("CHURNLAB_REOPEN_PROJECT", project);
        env.insert("CHURNLAB_REOPEN_OUT", dir.filePath("reopened.json"));
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        child.start(QCoreApplication::applicationFilePath(), {"reopenedInANewProcess"});
        QVERIFY(child.waitForFinished(300000));
        QCOMPARE(child.exitCode(), 0);
        QFile reopened(dir.filePath("reopened.json"));
        QVERIFY(reopened.open(QIODevice::ReadOnly));
        const QJsonObject after = QJsonDocument::fromJson(reopened.readAll()).object();
        QCOMPARE(after.value("threshold").toDouble(), t);
        for (const char *key : {"fairness_rows", "fairness_threshold", "explain_rows"})
            QCOMPARE(after.value(key), before.value(key));
        // The reopened analysis compares the same column with Female at its own threshold.
        QCOMPARE(after.value("groups"), judged.value("groups"));

        // 8. A data file over a modified project: asked first; Cancel changes nothing.
        models->thresholdPanel()->setThreshold(0.3);
        QVERIFY(w.project()->isModified());
        const QString title = w.windowTitle();
        const int shelf = int(doc->models().size());
        answerNextBox(this, [](QMessageBox *box) { box->button(QMessageBox::Cancel)->click(); });
        w.openFile(telco, false);
        QCOMPARE(w.project()->path(), project);
        QCOMPARE(w.windowTitle(), title);
        QCOMPARE(int(doc->models().size()), shelf);
        QCOMPARE(doc->decision().threshold, 0.3);
        QVERIFY(w.project()->isModified());

        // 9. AutoML adds to the shelf.
        AutoMlSpec automl;
        automl.budgetSeconds = 4;
        automl.learners = {QStringLiteral("lr")};
        automl.ensemble = false;
        QSignalSpy searched(models, &ModelPanel::trainingFinished);
        QCOMPARE(models->startAutoMl(automl), QString());
        QVERIFY(searched.wait(120000));
        QVERIFY(doc->model(QStringLiteral("lr")));
        QVERIFY(doc->model(QStringLiteral("gbt")));
        QCOMPARE(int(doc->models().size()), shelf + 1);
        QCOMPARE(models->leaderboard()->reports().size(), shelf + 1);

        // 10. Removing a model is explicit and undoable.
        doc->setChosenModel(QStringLiteral("gbt"));
        models->removeCurrentModel();
        QVERIFY(!doc->model(QStringLiteral("gbt")));
        QCOMPARE(models->leaderboard()->reports().size(), shelf);
        doc->undoStack()->undo();
        QVERIFY(doc->model(QStringLiteral("gbt")));
        QCOMPARE(models->leaderboard()->reports().size(), shelf + 1);
        answerNextBox(this, [](QMessageBox *box) { box->button(QMessageBox::Discard)->click(); });
    }

    // Run by wholeLoopUsesOneDecision in a child process.
    void reopenedInANewProcess()
    {
        const QString project = qEnvironmentVariable("CHURNLAB_REOPEN_PROJECT");
        if (project.isEmpty())
            QSKIP("run by wholeLoopUsesOneDecision in a new process");
        MainWindow w;
        w.resize(1400, 900);
        w.show();
        QSignalSpy opened(w.project(), &ProjectController::opened);
        w.project()->open(project);
        QVERIFY(opened.wait(120000));
        QJsonObject out = judge(w, false);
        out.insert("threshold", w.analysis()->decision().threshold);
        QFile file(qEnvironmentVariable("CHURNLAB_REOPEN_OUT"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(out).toJson());
    }
};

QTEST_MAIN(AnalysisDocumentTest)
#include "AnalysisDocumentTest.moc"

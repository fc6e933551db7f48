#include "UiTestHelpers.h"
#include "core/bundle/Bundle.h"
#include "core/data/ColumnProfile.h"
#include "core/data/SampleData.h"
#include "core/data/csv/CsvWriter.h"
#include "ui/dialogs/ScoreFileDialog.h"
#include "ui/itemmodels/LeaderboardModel.h"
#include "ui/panels/ModelPanel.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace churnlab;

// The deploy path in the app: Export Model… writes a bundle that scores as the model did, and
// Score a File… scores a CSV with it off the UI thread. With CHURNLAB_SCREENSHOTS set, both
// views are saved for docs/.
class DeployUiTest : public QObject
{
    Q_OBJECT

private slots:
    void exportsAndScoresAFile()
    {
        QTemporaryDir dir;
        auto data = std::make_shared<const Dataset>(SampleData::generate(3000, 12));
        std::vector<qint64> distinct;
        for (const ColumnProfile &p : ColumnProfile::computeAll(*data))
            distinct.push_back(p.distinct);
        ModelPanel panel;
        panel.resize(1280, 800);
        panel.show();
        panel.setDataset(data, distinct);
        panel.setSelectedModels({QStringLiteral("lr"), QStringLiteral("gbt")});
        QVERIFY(!panel.canExport());
        QSignalSpy trained(&panel, &ModelPanel::trainingFinished);
        panel.train();
        QVERIFY(trained.wait(120000));
        QVERIFY(panel.canExport());
        const QString bundlePath = dir.filePath("churn.clb");
        QSignalSpy exported(&panel, &ModelPanel::exportFinished);
        panel.exportModel(bundlePath);
        QVERIFY(exported.wait(60000));
        QCOMPARE(exported.first().at(1).toString(), QString());
        QVERIFY(panel.message().contains(QStringLiteral("Exported")));
        screenshot(&panel, QStringLiteral("export-model.png"));
        auto bundle = Bundle::open(bundlePath);
        QVERIFY2(bundle.ok(), bundle.ok() ? "" : qPrintable(bundle.error().message));
        // The leader was exported, and it scores as the app's model does.
        QString leader;
        double best = -1;
        for (const auto &r : panel.leaderboard()->reports())
            if (r->run.metrics.auc > best) {
                best = r->run.metrics.auc;
                leader = r->id;
            }
        QCOMPARE(bundle->learner(), leader);

        // The same export as ONNX: a graph file, not a bundle.
        const QString onnx = dir.filePath("churn.onnx");
        panel.exportModel(onnx);
        QVERIFY(exported.wait(60000));
        QCOMPARE(exported.last().at(1).toString(), QString());
        QFile graph(onnx);
        QVERIFY(graph.open(QIODevice::ReadOnly));
        QVERIFY(graph.size() > 100);
        QVERIFY(graph.readAll().contains("ai.onnx.ml"));
        QVERIFY(!Bundle::open(onnx).ok());

        const QString input = dir.filePath("new.csv"), output = dir.filePath("scores.csv");
        QVERIFY(CsvWriter().write(SampleData::generate(800, 13), input).ok());
        ScoreFileDialog dialog;
        dialog.setPaths(bundlePath, input, output);
        dialog.show();
        QSignalSpy done(&dialog, &ScoreFileDialog::finished);
        dialog.start();
        QVERIFY(done.wait(60000));
        QCOMPARE(done.first().first().toBool(), true);
        QVERIFY2(dialog.summary().contains(QStringLiteral("800")), qPrintable(dialog.summary()));
        QFile scores(output);
        QVERIFY(scores.open(QIODevice::ReadOnly));
        QCOMPARE(scores.readAll().count('\n'), 801);
        screenshot(&dialog, QStringLiteral("score-dialog.png"));

        // A file that is not a bundle: a clear failure, nothing written.
        const QString notBundle = dir.filePath("bogus.clb");
        QFile(notBundle).open(QIODevice::WriteOnly);
        dialog.setPaths(notBundle, input, dir.filePath("never.csv"));
        dialog.start();
        QVERIFY(done.wait(60000));
        QCOMPARE(done.last().first().toBool(), false);
        QVERIFY(dialog.summary().startsWith(QStringLiteral("Scoring failed")));
        QVERIFY(!QFile::exists(dir.filePath("never.csv")));
    }
};

QTEST_MAIN(DeployUiTest)
#include "DeployUiTest.moc"

#include "UiTestHelpers.h"
#include "core/bundle/Bundle.h"
#include "core/data/ColumnProfile.h"
#include "core/data/SampleData.h"
#include "core/data/csv/CsvReader.h"
#include "core/data/csv/CsvWriter.h"
#include "core/data/db/DatabaseReader.h"
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

        // The same scores into a database table (a SQLite file here; the servers' writers are
        // DatabaseRoutesTest's), equal to the file's.
        const QString db = dir.filePath("crm.db");
        dialog.setPaths(bundlePath, input, QStringLiteral("sqlite://") + db);
        dialog.setTable(QStringLiteral("churn_scores"));
        done.clear();
        dialog.start();
        QVERIFY(done.wait(60000));
        QVERIFY2(done.first().first().toBool(), qPrintable(dialog.summary()));
        QVERIFY2(dialog.summary().contains(QStringLiteral("table churn_scores")),
                 qPrintable(dialog.summary()));
        DatabaseQuery written;
        written.url = *DatabaseUrl::parse(QStringLiteral("sqlite://") + db);
        written.table = QStringLiteral("churn_scores");
        auto table = DatabaseReader().read(written);
        QVERIFY2(table.ok(), qPrintable(table.ok() ? QString() : table.error().describe()));
        auto file = CsvReader().read(output);
        QVERIFY(file.ok());
        QCOMPARE(table->dataset.rowCount(), file->dataset.rowCount());
        const int p = file->dataset.indexOf(QStringLiteral("probability"));
        QVERIFY(p >= 0);
        const int q = table->dataset.indexOf(QStringLiteral("probability"));
        QVERIFY(q >= 0);
        for (qsizetype r = 0; r < file->dataset.rowCount(); r += 97)
            QVERIFY(std::abs(table->dataset.column(q).number(r) - file->dataset.column(p).number(r))
                    <= 1e-12);

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

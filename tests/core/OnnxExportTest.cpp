#include "core/bundle/OnnxExport.h"
#include "TestData.h"
#include "core/bundle/Bundle.h"
#include "core/data/csv/CsvReader.h"
#include "core/train/TrainingSession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace churnlab;

// The ONNX export runs in ONNX Runtime (onnxruntime-node, the reference runtime) and gives our
// probabilities to 1e-5 and our labels, on the Telco file's test rows.
class OnnxExportTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<const Dataset> m_data;
    const QString m_runner = QStringLiteral(CHURNLAB_SOURCE_DIR "/tests/onnx/score.mjs");

    Result<Bundle> bundleOf(const QString &id, std::vector<quint32> &testRows)
    {
        TrainSpec spec;
        spec.target.column = QStringLiteral("Churn");
        spec.learners = {{id, {}}};
        TrainingSession session(m_data, spec);
        if (auto prep = session.prepare(); !prep)
            return prep.error();
        auto report = session.train(spec.learners.first());
        if (!report)
            return report.error();
        testRows = session.trainingData()->testRows;
        return Bundle::fromTraining(session, *report, DataFingerprint::ofDataset("telco", *m_data));
    }

private slots:
    void initTestCase()
    {
        REQUIRE_SHARED_FILE(path, "telco-churn.csv");
        auto read = CsvReader().read(path);
        QVERIFY(read.ok());
        m_data = std::make_shared<const Dataset>(std::move(read->dataset));
        QVERIFY2(
            QFile::exists(
                QStringLiteral(CHURNLAB_SOURCE_DIR "/tests/onnx/node_modules/onnxruntime-node")),
            "onnxruntime-node is missing: run scripts/setup-test-deps.sh (npm ci in tests/onnx)");
    }

    void runtimeAgrees_data()
    {
        QTest::addColumn<QString>("id");
        for (const char *id : {"lr", "tree", "rf", "gbt", "mlp"})
            QTest::newRow(id) << QString::fromLatin1(id);
    }
    void runtimeAgrees()
    {
        QFETCH(QString, id);
        std::vector<quint32> rows;
        auto bundle = bundleOf(id, rows);
        QVERIFY2(bundle.ok(), bundle.ok() ? "" : qPrintable(bundle.error().message));
        const QString model = m_dir.filePath(id + ".onnx");
        auto written = OnnxExport::write(*bundle, model);
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
        // The test rows, one array per input column, as a client would send them.
        QJsonObject inputs;
        for (const QString &name : bundle->scorer()->pipeline().inputColumns()) {
            const Column &c = m_data->column(m_data->indexOf(name));
            const bool number = isNumericType(c.type());
            QJsonArray data;
            for (quint32 r : rows)
                data.append(c.isMissing(r) ? QJsonValue()
                                : number   ? QJsonValue(c.number(r))
                                           : QJsonValue(c.text(r)));
            inputs.insert(name,
                          QJsonObject {{"type", number ? "double" : "string"}, {"data", data}});
        }
        const QString inputPath = m_dir.filePath(id + ".json");
        QFile f(inputPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(inputs).toJson(QJsonDocument::Compact));
        f.close();
        QProcess node;
        node.start(QStringLiteral("node"), {m_runner, model, inputPath});
        QVERIFY(node.waitForFinished(120000));
        QVERIFY2(node.exitCode() == 0, node.readAllStandardError().constData());
        const QJsonObject out = QJsonDocument::fromJson(node.readAllStandardOutput()).object();
        const QJsonArray p = out.value("probability").toArray(),
                         label = out.value("label").toArray();
        auto ours = bundle->scorer()->score(*m_data, rows);
        QVERIFY(ours.ok());
        QCOMPARE(p.size(), qsizetype(rows.size()));
        const QString positive = bundle->manifest()["target"].toObject()["positive"].toString();
        double worst = 0;
        for (qsizetype i = 0; i < p.size(); ++i) {
            worst = std::max(worst, qAbs(p[i].toDouble() - ours->probability[size_t(i)]));
            if (qAbs(ours->probability[size_t(i)] - bundle->scorer()->threshold()) > 1e-5)
                QCOMPARE(label[i].toString() == positive, ours->label[size_t(i)] == 1);
        }
        QVERIFY2(worst <= 1e-5, qPrintable(QStringLiteral("largest difference %1").arg(worst)));
    }

    void unexpressibleLearnersAreRefused()
    {
        std::vector<quint32> rows;
        auto bundle = bundleOf("nb", rows);
        QVERIFY(bundle.ok());
        auto refused = OnnxExport::serialize(*bundle);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains("naive Bayes"),
                 qPrintable(refused.error().message));
    }
};

QTEST_GUILESS_MAIN(OnnxExportTest)
#include "OnnxExportTest.moc"

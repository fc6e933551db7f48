#include "core/bundle/OnnxExport.h"
#include "TestData.h"
#include "core/bundle/Bundle.h"
#include "core/data/DataReader.h"
#include "core/data/SampleData.h"
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

    Result<Bundle> bundleOf(const QString &id, std::vector<quint32> &testRows,
                            std::shared_ptr<const Dataset> data = {},
                            const QString &target = QStringLiteral("Churn"),
                            const QJsonObject &params = {})
    {
        if (!data)
            data = m_data;
        TrainSpec spec;
        spec.target.column = target;
        spec.learners = {{id, params}};
        TrainingSession session(data, spec);
        if (auto prep = session.prepare(); !prep)
            return prep.error();
        auto report = session.train(spec.learners.first());
        if (!report)
            return report.error();
        testRows = session.trainingData()->testRows;
        return Bundle::fromTraining(session, *report, DataFingerprint::ofDataset("data", *data));
    }

    // Runs the bundle's ONNX graph on the rows in ONNX Runtime: the largest difference from our
    // own probabilities, or −1 when something failed (with a test failure recorded).
    double runtimeDifference(const Bundle &bundle, const Dataset &data,
                             const std::vector<quint32> &rows, const QString &name)
    {
        const QString model = m_dir.filePath(name + ".onnx");
        auto written = OnnxExport::write(bundle, model);
        if (!written) {
            qWarning("%s", qPrintable(written.error().message));
            return -1;
        }
        // The rows, one array per input column, as a client would send them: numbers, and
        // dates as days since 1970, as doubles; everything else as text.
        QJsonObject inputs;
        for (const QString &column : bundle.scorer()->pipeline().inputColumns()) {
            const Column &c = data.column(data.indexOf(column));
            const bool number = isNumericType(c.type()) || isTemporalType(c.type());
            QJsonArray values;
            for (quint32 r : rows)
                values.append(c.isMissing(r) ? QJsonValue()
                                  : number   ? QJsonValue(c.number(r))
                                             : QJsonValue(c.text(r)));
            inputs.insert(column,
                          QJsonObject {{"type", number ? "double" : "string"}, {"data", values}});
        }
        const QString inputPath = m_dir.filePath(name + ".json");
        QFile f(inputPath);
        if (!f.open(QIODevice::WriteOnly))
            return -1;
        f.write(QJsonDocument(inputs).toJson(QJsonDocument::Compact));
        f.close();
        QProcess node;
        node.start(QStringLiteral("node"), {m_runner, model, inputPath});
        if (!node.waitForFinished(120000) || node.exitCode() != 0) {
            qWarning("%s", node.readAllStandardError().constData());
            return -1;
        }
        const QJsonObject out = QJsonDocument::fromJson(node.readAllStandardOutput()).object();
        const QJsonArray p = out.value("probability").toArray(),
                         label = out.value("label").toArray();
        auto ours = bundle.scorer()->score(data, rows);
        if (!ours || p.size() != qsizetype(rows.size()))
            return -1;
        const QString positive = bundle.manifest()["target"].toObject()["positive"].toString();
        double worst = 0;
        for (qsizetype i = 0; i < p.size(); ++i) {
            worst = std::max(worst, qAbs(p[i].toDouble() - ours->probability[size_t(i)]));
            const bool clear =
                qAbs(ours->probability[size_t(i)] - bundle.scorer()->threshold()) > 1e-5;
            if (clear && (label[i].toString() == positive) != (ours->label[size_t(i)] == 1))
                return -1;
        }
        return worst;
    }

private slots:
    void initTestCase()
    {
        REQUIRE_SHARED_FILE(path, "telco-churn.csv");
        auto read = DataReader().read(path);
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
        QTest::addColumn<QJsonObject>("params");
        for (const char *id : {"lr", "tree", "rf", "gbt", "mlp"})
            QTest::newRow(id) << QString::fromLatin1(id) << QJsonObject();
        // AutoML's soft vote: the mean of the members' graphs.
        QTest::newRow("ensemble") << QStringLiteral("ensemble")
                                  << QJsonObject {{"members",
                                                   QJsonArray {QJsonObject {{"learner", "gbt"}},
                                                               QJsonObject {{"learner", "lr"}},
                                                               QJsonObject {{"learner", "rf"}}}}};
    }
    void runtimeAgrees()
    {
        QFETCH(QString, id);
        QFETCH(QJsonObject, params);
        std::vector<quint32> rows;
        auto bundle = bundleOf(id, rows, {}, QStringLiteral("Churn"), params);
        QVERIFY2(bundle.ok(), bundle.ok() ? "" : qPrintable(bundle.error().message));
        const double worst = runtimeDifference(*bundle, *m_data, rows, id);
        QVERIFY2(worst >= 0 && worst <= 1e-5,
                 qPrintable(QStringLiteral("largest difference %1").arg(worst)));
    }

    void datesGoInAsDays()
    {
        auto data = std::make_shared<const Dataset>(SampleData::generate(3000, 31));
        QVERIFY(isTemporalType(data->column(data->indexOf("signup_date")).type()));
        std::vector<quint32> rows;
        auto bundle = bundleOf("gbt", rows, data, SampleData::targetColumn());
        QVERIFY(bundle.ok());
        QVERIFY(bundle->scorer()->pipeline().inputColumns().contains("signup_date"));
        const double worst = runtimeDifference(*bundle, *data, rows, "dates");
        QVERIFY2(worst >= 0 && worst <= 1e-5,
                 qPrintable(QStringLiteral("largest difference %1").arg(worst)));
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

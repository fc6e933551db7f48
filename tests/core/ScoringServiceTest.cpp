#include "core/serving/ScoringService.h"
#include "core/bundle/Bundle.h"
#include "core/data/SampleData.h"
#include "core/models/ModelCatalog.h"
#include "core/train/TrainingSession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace churnlab;

// The service's protocol layer for every learner: a bundle's probabilities come back the same,
// to 1e-12, through the Open Inference Protocol v2 and MLflow's /invocations (ServeTest drives
// the same service over real HTTP).
class ScoringServiceTest : public QObject
{
    Q_OBJECT

private slots:
    void everyLearnerOverBothProtocols_data()
    {
        QTest::addColumn<QString>("id");
        for (const QString &id : ModelCatalog::ids())
            QTest::newRow(qPrintable(id)) << id;
    }
    void everyLearnerOverBothProtocols()
    {
        QFETCH(QString, id);
        auto data = std::make_shared<const Dataset>(SampleData::generate(2000, 41));
        TrainSpec spec;
        spec.target.column = SampleData::targetColumn();
        spec.learners = {{id, {}}};
        TrainingSession session(data, spec);
        QVERIFY(session.prepare().ok());
        auto report = session.train(spec.learners.first());
        QVERIFY(report.ok());
        auto built = Bundle::fromTraining(session, *report, DataFingerprint::ofDataset("s", *data));
        QVERIFY(built.ok());
        auto bundle = Bundle::read(built->bytes()); // as the server would open it
        QVERIFY(bundle.ok());
        ScoringService service({});
        service.setBundle(std::make_shared<const Bundle>(std::move(bundle.value())));

        const int rows = 30;
        QJsonArray inputs, records;
        for (int c = 0; c < data->columnCount(); ++c) {
            const Column &col = data->column(c);
            const bool number = isNumericType(col.type());
            QJsonArray values;
            for (int r = 0; r < rows; ++r)
                values.append(col.isMissing(r) ? QJsonValue()
                                  : number     ? QJsonValue(col.number(r))
                                               : QJsonValue(col.text(r)));
            inputs.append(QJsonObject {{"name", col.name()},
                                       {"datatype", number ? "FP64" : "BYTES"},
                                       {"shape", QJsonArray {rows, 1}},
                                       {"data", values}});
        }
        for (int r = 0; r < rows; ++r) {
            QJsonObject record;
            for (int c = 0; c < data->columnCount(); ++c) {
                const Column &col = data->column(c);
                record.insert(col.name(),
                              col.isMissing(r)                ? QJsonValue()
                                  : isNumericType(col.type()) ? QJsonValue(col.number(r))
                                                              : QJsonValue(col.text(r)));
            }
            records.append(record);
        }
        const HttpResponse v2 =
            service.handle({"POST",
                            "/v2/models/churn/infer",
                            {{"content-type", "application/json"}},
                            QJsonDocument(QJsonObject {{"inputs", inputs}}).toJson()});
        QCOMPARE(v2.status, 200);
        const HttpResponse mlflow =
            service.handle({"POST",
                            "/invocations",
                            {{"content-type", "application/json"}},
                            QJsonDocument(QJsonObject {{"dataframe_records", records}}).toJson()});
        QCOMPARE(mlflow.status, 200);
        std::vector<quint32> first(rows);
        std::iota(first.begin(), first.end(), 0u);
        auto expected = report->scorer->score(*data, first);
        QVERIFY(expected.ok());
        const QJsonArray a = QJsonDocument::fromJson(v2.body)
                                 .object()["outputs"]
                                 .toArray()[0]
                                 .toObject()["data"]
                                 .toArray();
        const QJsonArray b = QJsonDocument::fromJson(mlflow.body).object()["predictions"].toArray();
        QCOMPARE(a.size(), rows);
        QCOMPARE(b.size(), rows);
        for (int i = 0; i < rows; ++i) {
            QVERIFY(qAbs(a[i].toDouble() - expected->probability[size_t(i)]) <= 1e-12);
            QVERIFY(qAbs(b[i].toDouble() - expected->probability[size_t(i)]) <= 1e-12);
        }

        // Explained: the same contributions as the model's explainer, from either protocol.
        auto explained = report->explainer->explain(*data, first);
        QVERIFY(explained.ok());
        const HttpResponse v2Explained =
            service.handle({"POST",
                            "/v2/models/churn/infer",
                            {{"content-type", "application/json"}},
                            QJsonDocument(QJsonObject {{"inputs", inputs}}).toJson(),
                            "explain=true"});
        QCOMPARE(v2Explained.status, 200);
        const HttpResponse mlflowExplained = service.handle(
            {"POST",
             "/invocations",
             {{"content-type", "application/json"}},
             QJsonDocument(QJsonObject {{"dataframe_records", records},
                                        {"parameters", QJsonObject {{"explain", true}}}})
                 .toJson()});
        QCOMPARE(mlflowExplained.status, 200);
        for (const QJsonObject &e :
             {QJsonDocument::fromJson(v2Explained.body)
                  .object()["parameters"]
                  .toObject()["explanations"]
                  .toObject(),
              QJsonDocument::fromJson(mlflowExplained.body).object()["explanations"].toObject()}) {
            QCOMPARE(e["method"].toString(), Explainer::methodId(explained->method));
            QCOMPARE(e["expected"].toDouble(), explained->expected);
            const QJsonArray perRow = e["rows"].toArray();
            QCOMPARE(perRow.size(), rows);
            for (int i = 0; i < rows; ++i) {
                const QJsonArray c = perRow[i].toObject()["contributions"].toArray();
                QCOMPARE(c.size(), explained->columns.size());
                double sum = e["expected"].toDouble();
                for (const QJsonValue &v : c) {
                    const int at = int(explained->columns.indexOf(v["column"].toString()));
                    QVERIFY(at >= 0);
                    QVERIFY(qAbs(v["value"].toDouble() - explained->values(i, at)) <= 1e-12);
                    sum += v["value"].toDouble();
                }
                QVERIFY(qAbs(sum - perRow[i].toObject()["output"].toDouble()) <= 1e-9);
            }
            // Largest first.
            const QJsonArray c = perRow[0].toObject()["contributions"].toArray();
            QVERIFY(qAbs(c[0]["value"].toDouble()) >= qAbs(c[1]["value"].toDouble()));
        }
    }
};

QTEST_GUILESS_MAIN(ScoringServiceTest)
#include "ScoringServiceTest.moc"

#include "TestData.h"
#include "core/data/DataReader.h"
#include "core/data/csv/CsvReader.h"
#include "core/models/ModelCatalog.h"
#include "core/train/TrainingSession.h"

#include <QJsonDocument>
#include <QtTest>

#include <cstring>

using namespace churnlab;

// What is saved loads back and predicts exactly as before: every learner, the feature pipeline
// and the input schema go through JSON text and back on the Telco file; malformed saves are
// refused with an error that names the field.
class ModelPersistenceTest : public QObject
{
    Q_OBJECT

    static QJsonObject throughText(const QJsonObject &o)
    {
        return QJsonDocument::fromJson(QJsonDocument(o).toJson(QJsonDocument::Compact)).object();
    }
    static bool bitIdentical(const Eigen::MatrixXd &a, const Eigen::MatrixXd &b)
    {
        return a.rows() == b.rows() && a.cols() == b.cols()
            && std::memcmp(a.data(), b.data(), size_t(a.size()) * sizeof(double)) == 0;
    }

private slots:
    void everyLearnerAndThePipelineRoundTrip_data()
    {
        QTest::addColumn<QString>("id");
        for (const QString &id : ModelCatalog::ids())
            QTest::newRow(qPrintable(id)) << id;
    }
    void everyLearnerAndThePipelineRoundTrip()
    {
        QFETCH(QString, id);
        REQUIRE_SHARED_FILE(path, "telco-churn.csv");
        auto read = DataReader().read(path);
        QVERIFY(read.ok());
        auto data = std::make_shared<const Dataset>(std::move(read->dataset));
        TrainSpec spec;
        spec.target.column = QStringLiteral("Churn");
        spec.learners = {{id, {}}};
        FeatureConfig::Transform idRole;
        idRole.role = FeatureConfig::Role::Id;
        spec.features.setTransform(QStringLiteral("customerID"), idRole);
        TrainingSession session(data, spec);
        QVERIFY(session.prepare().ok());
        auto report = session.train(spec.learners.first());
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
        const TrainingData &prepared = *session.trainingData();

        const QJsonObject saved = throughText(report->run.model->toJson());
        QCOMPARE(saved.value("format").toString(), QStringLiteral("churnlab-model"));
        QCOMPARE(saved.value("version").toInt(), 1);
        QCOMPARE(saved.value("features").toInt(), int(prepared.xTest.cols()));
        // Every hyperparameter of the learner's table is saved, with the seed.
        const auto info = ModelCatalog::find(id);
        for (const HyperParameter &p : info->parameters)
            QVERIFY2(saved.value("params").toObject().contains(p.name), qPrintable(p.name));
        auto loaded = ModelCatalog::load(saved);
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().message));
        QVERIFY(bitIdentical(report->run.model->predictProba(prepared.xTest),
                             loaded.value()->predictProba(prepared.xTest)));
        QCOMPARE(loaded.value()->featureImportance(), report->run.model->featureImportance());

        auto pipeline = FeaturePipeline::fromJson(throughText(prepared.pipeline.toJson()));
        QVERIFY2(pipeline.ok(), pipeline.ok() ? "" : qPrintable(pipeline.error().message));
        QCOMPARE(pipeline->featureNames(), prepared.pipeline.featureNames());
        QVERIFY(bitIdentical(pipeline->transform(*data, prepared.testRows), prepared.xTest));

        auto schema = InputSchema::fromJson(throughText(prepared.schema.toJson()));
        QVERIFY(schema.ok());
        QCOMPARE(schema->toJson(), prepared.schema.toJson());
        QCOMPARE(schema->idColumn(), QStringLiteral("customerID"));
        QVERIFY(schema->column(QStringLiteral("Contract"))->required);
        QCOMPARE(schema->column(QStringLiteral("Contract"))->categories.size(), 3);
    }

    void treeNodesRecordTheirCover()
    {
        REQUIRE_SHARED_FILE(path, "telco-churn.csv");
        auto read = DataReader().read(path);
        QVERIFY(read.ok());
        TrainSpec spec;
        spec.target.column = QStringLiteral("Churn");
        spec.learners = {{QStringLiteral("tree"), {}}};
        TrainingSession session(std::make_shared<const Dataset>(std::move(read->dataset)), spec);
        QVERIFY(session.prepare().ok());
        auto report = session.train(spec.learners.first());
        QVERIFY(report.ok());
        const QJsonObject tree =
            report->run.model->state().value("trees").toArray().first().toObject();
        const QJsonArray cover = tree.value("cover").toArray();
        const QJsonArray left = tree.value("left").toArray(), right = tree.value("right").toArray();
        // The root holds every training row, and each split passes all of its rows on.
        QCOMPARE(cover[0].toDouble(), double(session.trainingData()->trainRows.size()));
        for (qsizetype i = 0; i < cover.size(); ++i)
            if (left[i].toInt() >= 0)
                QCOMPARE(cover[left[i].toInt()].toDouble() + cover[right[i].toInt()].toDouble(),
                         cover[i].toDouble());
    }

    void malformedModelsAreRefusedNamingTheField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expected");
        QTest::newRow("format") << "format"
                                << "format";
        QTest::newRow("learner") << "learner"
                                 << "learner";
        QTest::newRow("coefficients") << "state.coefficients"
                                      << "coefficients";
        QTest::newRow("params") << "params.c"
                                << "c";
        QTest::newRow("features") << "features"
                                  << "coefficients"; // 2 saved for 3 features
    }
    void malformedModelsAreRefusedNamingTheField()
    {
        QFETCH(QString, field);
        QFETCH(QString, expected);
        Eigen::MatrixXd x(40, 2);
        Eigen::VectorXd y(40);
        for (int i = 0; i < 40; ++i) {
            x(i, 0) = i % 7;
            x(i, 1) = (i * 13) % 5;
            y(i) = (i % 7 + (i * 13) % 5) > 5 ? 1 : 0;
        }
        auto lr = ModelCatalog::create(QStringLiteral("lr"));
        QVERIFY(lr.value()->fit(x, y).ok());
        QJsonObject json = lr.value()->toJson();
        if (field == QLatin1String("format"))
            json.insert("format", "pickle");
        else if (field == QLatin1String("learner"))
            json.insert("learner", "svm");
        else if (field == QLatin1String("features"))
            json.insert("features", 3); // coefficients for 2
        else {
            const QString part = field.section('.', 0, 0), key = field.section('.', 1);
            QJsonObject inner = json.value(part).toObject();
            inner.insert(key, part == QLatin1String("params") ? QJsonValue(-1) : QJsonValue("x"));
            json.insert(part, inner);
        }
        auto loaded = ModelCatalog::load(json);
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.error().message.contains(expected), qPrintable(loaded.error().message));

        QJsonObject newer = lr.value()->toJson();
        newer.insert("version", 2);
        auto refused = ModelCatalog::load(newer);
        QCOMPARE(refused.error().kind, Error::Kind::NewerFormat);
        QVERIFY2(refused.error().message.contains("newer ChurnLab"),
                 qPrintable(refused.error().message));
    }

    void malformedPipelinesAreRefused()
    {
        auto r = CsvReader().readBytes("a,b,c\n1,x,Yes\n2,y,No\n3,x,Yes\n4,y,No\n");
        QVERIFY(r.ok());
        FeaturePipeline::Options o;
        o.minLevelCount = 1;
        const QJsonObject saved =
            FeaturePipeline::fit(r->dataset, {0, 1, 2, 3}, r->dataset.indexOf("c"), o).toJson();
        QJsonObject bad = saved;
        bad.insert("order", QJsonArray {"numeric"});
        auto refused = FeaturePipeline::fromJson(bad);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains("order"), qPrintable(refused.error().message));
        bad = saved;
        bad.insert("features", QJsonArray {"a"});
        QVERIFY(!FeaturePipeline::fromJson(bad).ok());
        QVERIFY(FeaturePipeline::fromJson(saved).ok());
    }
};

QTEST_GUILESS_MAIN(ModelPersistenceTest)
#include "ModelPersistenceTest.moc"

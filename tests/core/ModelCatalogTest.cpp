#include "core/models/ModelCatalog.h"
#include "core/data/SampleData.h"
#include "core/eval/Split.h"
#include "core/models/NaiveBayes.h"
#include "core/models/NeuralNetwork.h"
#include "core/train/ModelRun.h"

#include <QJsonDocument>
#include <QtTest>

#include <cmath>

using namespace churnlab;

class ModelCatalogTest : public QObject
{
    Q_OBJECT

private:
    // The fixture of the reference computation below, rebuilt exactly.
    static void nbFixture(Eigen::VectorXd &x1, Eigen::VectorXd &x2, Eigen::VectorXi &cat,
                          Eigen::VectorXd &y)
    {
        const int n = 300;
        x1.resize(n);
        x2.resize(n);
        cat.resize(n);
        y.resize(n);
        for (int i = 0; i < n; ++i) {
            x1(i) = std::sin(i * 0.7) * 3 + (i % 5);
            x2(i) = std::cos(i * 0.13) * 2;
            cat(i) = (i * 7) % 3;
            y(i) = (std::sin(i * 1.3) + 0.3 * x2(i) + 0.5 * (cat(i) == 1)) > 0.4 ? 1 : 0;
        }
    }

private slots:
    // Reference: /usr/bin/python3, scikit-learn 1.2.1, with i = 0..299:
    //   x1 = 3 sin(0.7 i) + i mod 5; x2 = 2 cos(0.13 i); cat = 7i mod 3
    //   y = sin(1.3 i) + 0.3 x2 + 0.5 [cat = 1] > 0.4                        (123 positives)
    //   GaussianNB().fit([x1 x2], y).predict_proba(first 3 rows)[:, 1] =
    //     0.6201962272906129, 0.6176632691755486, 0.6111301788929645
    //   CategoricalNB(alpha=1).fit([cat], y).predict_proba(first 3 rows)[:, 1] =
    //     0.341495918707313, 0.527595081498427, 0.36106152564560284
    void naiveBayesEqualsScikitLearn()
    {
        Eigen::VectorXd x1, x2, y;
        Eigen::VectorXi cat;
        nbFixture(x1, x2, cat, y);
        QCOMPARE(int(y.sum()), 123);
        Eigen::MatrixXd numeric(300, 2);
        numeric << x1, x2;
        NaiveBayes gaussian;
        QVERIFY(gaussian.fit(numeric, y).ok());
        const Eigen::VectorXd pg = gaussian.predictProba(numeric.topRows(3));
        const double wantG[3] = {0.6201962272906129, 0.6176632691755486, 0.6111301788929645};
        for (int i = 0; i < 3; ++i)
            QVERIFY2(std::abs(pg(i) - wantG[i]) < 1e-9,
                     qPrintable(QString::number(pg(i), 'g', 17)));

        // The category as one-hot indicators, grouped as the feature pipeline reports them.
        Eigen::MatrixXd onehot = Eigen::MatrixXd::Zero(300, 3);
        for (int i = 0; i < 300; ++i)
            onehot(i, cat(i)) = 1;
        NaiveBayes categorical;
        categorical.setFeatureGroups({0, 0, 0});
        QVERIFY(categorical.fit(onehot, y).ok());
        const Eigen::VectorXd pc = categorical.predictProba(onehot.topRows(3));
        const double wantC[3] = {0.341495918707313, 0.527595081498427, 0.36106152564560284};
        for (int i = 0; i < 3; ++i)
            QVERIFY2(std::abs(pc(i) - wantC[i]) < 1e-9,
                     qPrintable(QString::number(pc(i), 'g', 17)));
    }

    void neuralNetworkLearnsANonLinearBoundaryReproducibly()
    {
        // Churn inside a ring: no linear model separates it.
        const int n = 3000;
        Eigen::MatrixXd x(n, 2);
        Eigen::VectorXd y(n);
        for (int i = 0; i < n; ++i) {
            x(i, 0) = std::sin(i * 0.618) * 2;
            x(i, 1) = std::cos(i * 1.377) * 2;
            const double r = x.row(i).norm();
            y(i) = (r > 0.8 && r < 1.6) ? 1 : 0;
        }
        NeuralNetwork::Options o;
        o.maxEpochs = 150;
        NeuralNetwork a(o), b(o);
        QVERIFY(a.fit(x, y).ok());
        QVERIFY(b.fit(x, y).ok());
        QCOMPARE(QJsonDocument(a.toJson()).toJson(), QJsonDocument(b.toJson()).toJson());
        const Eigen::VectorXd p = a.predictProba(x);
        std::vector<qint8> labels(n);
        for (int i = 0; i < n; ++i)
            labels[size_t(i)] = qint8(y(i));
        const double auc =
            BinaryMetrics::compute(std::vector<double>(p.data(), p.data() + p.size()), labels).auc;
        QVERIFY2(auc > 0.9, qPrintable(QString::number(auc))); // a linear model scores about 0.5
        QVERIFY(a.epochs() <= o.maxEpochs);
        Progress cancelled;
        cancelled.cancel();
        auto r = NeuralNetwork().fit(x, y, cancelled);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Cancelled);
    }

    void catalogRejectsUnknownModelsAndBadHyperparameters()
    {
        auto unknown = ModelCatalog::create("svm");
        QVERIFY(!unknown.ok());
        QVERIFY(unknown.error().message.contains("svm"));
        QVERIFY(unknown.error().message.contains("gbt"));
        auto badValue = ModelCatalog::create("rf", {{"trees", -3}});
        QVERIFY(!badValue.ok());
        QVERIFY(badValue.error().message.contains("trees"));
        auto badName = ModelCatalog::create("gbt", {{"learning_rat", 0.1}});
        QVERIFY(!badName.ok());
        QVERIFY(badName.error().message.contains("learning_rat"));
        auto badPenalty = ModelCatalog::create("lr", {{"penalty", "l3"}});
        QVERIFY(!badPenalty.ok());
        QVERIFY(ModelCatalog::create("lr", {{"penalty", "l1"}, {"c", 0.5}}).ok());
    }

    // Every learner, trained through the same path as the CLI and the GUI, ranks the sample
    // data's churners well above chance.
    void everyLearnerLearnsTheSampleData_data()
    {
        QTest::addColumn<QString>("id");
        for (const QString &id : ModelCatalog::ids())
            QTest::newRow(qPrintable(id)) << id;
    }
    void everyLearnerLearnsTheSampleData()
    {
        QFETCH(QString, id);
        const Dataset d = SampleData::generate(5000, 11);
        auto target = BinaryTarget::fromColumn(d, SampleData::targetColumn());
        QVERIFY(target.ok());
        const Split split = Split::stratified(target->labels(), 0.25, 3);
        const TrainingData data = TrainingData::prepare(d, *target, split.train, split.test);
        auto run = ModelRun::train(id, {}, 42, data, 0.5);
        QVERIFY2(run.ok(), run.ok() ? "" : qPrintable(run.error().message));
        QCOMPARE(run->scores.size(), data.testRows.size());
        QVERIFY2(run->metrics.auc > 0.75, qPrintable(QString::number(run->metrics.auc)));
        QVERIFY(run->trainSeconds > 0);
        const QJsonObject row = run->toJson();
        QCOMPARE(row.value("name").toString(), id);
        QVERIFY(row.value("auc").toDouble() > 0.75);
        QCOMPARE(run->model->toJson().value("learner").toString(), id);
        if (!run->importance.empty())
            QCOMPARE(run->importance.size(), size_t(data.xTrain.cols()));
    }
};

QTEST_GUILESS_MAIN(ModelCatalogTest)
#include "ModelCatalogTest.moc"

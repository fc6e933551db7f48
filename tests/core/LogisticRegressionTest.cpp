#include "core/models/LogisticRegression.h"
#include "core/data/BinaryTarget.h"
#include "core/data/SampleData.h"
#include "core/data/csv/CsvReader.h"
#include "core/eval/Metrics.h"
#include "core/eval/Split.h"
#include "core/features/FeaturePipeline.h"

#include <QJsonArray>
#include <QtTest>

#include <cmath>

using namespace churnlab;

class LogisticRegressionTest : public QObject
{
    Q_OBJECT

private:
    // The fixture of the reference computation below, rebuilt exactly.
    static void fixture(Eigen::MatrixXd &x, Eigen::VectorXd &y)
    {
        const int n = 400;
        x.resize(n, 3);
        y.resize(n);
        for (int i = 0; i < n; ++i) {
            x(i, 0) = std::sin(i * 0.37) * 2.0;
            x(i, 1) = std::cos(i * 0.11) + 0.01 * i;
            x(i, 2) = double((i * 7) % 11) / 10.0;
            const double logit = 0.8 * x(i, 0) - 1.2 * x(i, 1) + 2.0 * x(i, 2) - 0.5;
            y(i) = (std::sin(i * 1.7) * 0.5 + 0.5 < 1.0 / (1.0 + std::exp(-logit))) ? 1.0 : 0.0;
        }
    }

private slots:
    // Reference: /usr/bin/python3, scikit-learn 1.2.1:
    //   i = np.arange(400); x1 = sin(0.37 i)·2; x2 = cos(0.11 i) + 0.01 i; x3 = ((7 i) mod 11)/10
    //   y = (sin(1.7 i)·0.5 + 0.5 < sigmoid(0.8 x1 − 1.2 x2 + 2 x3 − 0.5))      (111 positives)
    //   LogisticRegression(C=1.0, solver="newton-cg", tol=1e-14, max_iter=10000).fit(X, y)
    //     intercept −0.17355531298167878, coef [0.48556894891109476, −0.7168074968576482,
    //     0.7211186941274027]
    //   C=0.1: intercept −0.0657733375126987, coef [0.43893517678222704, −0.6443365794228113,
    //   0.32128636526788923]
    // (The default lbfgs solver stops on its function tolerance about 1e-5 short of this optimum;
    // newton-cg, like ours, converges to it.)
    void equalsScikitLearnCoefficients_data()
    {
        QTest::addColumn<double>("c");
        QTest::addColumn<double>("b");
        QTest::addColumn<double>("w0");
        QTest::addColumn<double>("w1");
        QTest::addColumn<double>("w2");
        QTest::newRow("C=1") << 1.0 << -0.17355531298167878 << 0.48556894891109476
                             << -0.7168074968576482 << 0.7211186941274027;
        QTest::newRow("C=0.1") << 0.1 << -0.0657733375126987 << 0.43893517678222704
                               << -0.6443365794228113 << 0.32128636526788923;
    }
    void equalsScikitLearnCoefficients()
    {
        QFETCH(double, c);
        QFETCH(double, b);
        QFETCH(double, w0);
        QFETCH(double, w1);
        QFETCH(double, w2);
        Eigen::MatrixXd x;
        Eigen::VectorXd y;
        fixture(x, y);
        QCOMPARE(int(y.sum()), 111);
        LogisticRegression lr({c, 100, 1e-12});
        QVERIFY(lr.fit(x, y).ok());
        QVERIFY(lr.iterations() < 20);
        QVERIFY2(qAbs(lr.intercept() - b) < 1e-8,
                 qPrintable(QString::number(lr.intercept(), 'g', 17)));
        const double want[3] = {w0, w1, w2};
        for (int k = 0; k < 3; ++k)
            QVERIFY2(qAbs(lr.coefficients()(k) - want[k]) < 1e-8,
                     qPrintable(QString::number(lr.coefficients()(k), 'g', 17)));
        const Eigen::VectorXd p = lr.predictProba(x);
        QVERIFY(p.minCoeff() > 0 && p.maxCoeff() < 1);
    }

    // Reference: the fixture above, scikit-learn 1.2.1,
    //   LogisticRegression(penalty=P, C=C, l1_ratio=R, solver="saga", tol=1e-15,
    //   max_iter=2000000).fit(X, y):
    //   l1, C=1: −0.1554403118731408, [0.4799853892317983, −0.7119094415488508,
    //   0.6752987891904988]; l1, C=0.05: −0.10072144204718575, [0.30086426873384,
    //   −0.4975670233509223, 0.0]; elasticnet, C=0.1, R=0.5: 0.05459967328264865,
    //   [0.4139397326545999, −0.6225835801485219, 0.030499406926851904]
    void l1AndElasticNetEqualScikitLearn_data()
    {
        QTest::addColumn<int>("penalty");
        QTest::addColumn<double>("c");
        QTest::addColumn<double>("b");
        QTest::addColumn<double>("w0");
        QTest::addColumn<double>("w1");
        QTest::addColumn<double>("w2");
        using P = LogisticRegression::Options::Penalty;
        QTest::newRow("l1 C=1") << int(P::L1) << 1.0 << -0.1554403118731408 << 0.4799853892317983
                                << -0.7119094415488508 << 0.6752987891904988;
        QTest::newRow("l1 C=0.05 (sparse)") << int(P::L1) << 0.05 << -0.10072144204718575
                                            << 0.30086426873384 << -0.4975670233509223 << 0.0;
        QTest::newRow("elasticnet C=0.1")
            << int(P::ElasticNet) << 0.1 << 0.05459967328264865 << 0.4139397326545999
            << -0.6225835801485219 << 0.030499406926851904;
    }
    void l1AndElasticNetEqualScikitLearn()
    {
        QFETCH(int, penalty);
        QFETCH(double, c);
        QFETCH(double, b);
        QFETCH(double, w0);
        QFETCH(double, w1);
        QFETCH(double, w2);
        Eigen::MatrixXd x;
        Eigen::VectorXd y;
        fixture(x, y);
        LogisticRegression::Options o;
        o.c = c;
        o.penalty = LogisticRegression::Options::Penalty(penalty);
        o.l1Ratio = 0.5;
        LogisticRegression lr(o);
        QVERIFY(lr.fit(x, y).ok());
        QVERIFY2(qAbs(lr.intercept() - b) < 1e-4,
                 qPrintable(QString::number(lr.intercept(), 'g', 17)));
        const double want[3] = {w0, w1, w2};
        for (int k = 0; k < 3; ++k)
            QVERIFY2(qAbs(lr.coefficients()(k) - want[k]) < 1e-4,
                     qPrintable(QString::number(lr.coefficients()(k), 'g', 17)));
        if (w2 == 0.0)
            QCOMPARE(lr.coefficients()(2), 0.0); // L1 sets it exactly to zero
    }

    void stopsWhenCancelled()
    {
        Eigen::MatrixXd x;
        Eigen::VectorXd y;
        fixture(x, y);
        Progress progress;
        progress.cancel();
        auto r = LogisticRegression().fit(x, y, progress);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Cancelled);
    }

    void splitsStratifiedAndReproducibly()
    {
        std::vector<qint8> labels(1000, 0);
        for (int i = 0; i < 1000; i += 4)
            labels[size_t(i)] = 1;
        labels[3] = -1;
        const Split a = Split::stratified(labels, 0.2, 42), b = Split::stratified(labels, 0.2, 42);
        QCOMPARE(a.train, b.train);
        QCOMPARE(a.test, b.test);
        QVERIFY(a.test != Split::stratified(labels, 0.2, 7).test);
        QCOMPARE(a.train.size() + a.test.size(), size_t(999));
        int testPositives = 0;
        for (quint32 r : a.test)
            testPositives += labels[r] == 1;
        QCOMPARE(testPositives, 50); // 20 % of 250
        QCOMPARE(a.test.size(), size_t(50 + 150));
    }

    void foldsTestEveryRowOnce()
    {
        std::vector<qint8> labels(503, 0);
        for (int i = 0; i < 503; i += 5)
            labels[size_t(i)] = 1;
        labels[7] = -1; // unlabelled: in no fold
        const auto folds = Split::stratifiedFolds(labels, 4, 9);
        QCOMPARE(folds.size(), size_t(4));
        std::vector<int> tested(labels.size(), 0);
        for (const Split &f : folds) {
            QCOMPARE(f.train.size() + f.test.size(), size_t(502));
            int positives = 0;
            for (quint32 r : f.test) {
                ++tested[r];
                positives += labels[r] == 1;
            }
            QVERIFY(positives == 25 || positives == 26); // 101 positives over 4 folds
        }
        for (size_t r = 0; r < labels.size(); ++r)
            QCOMPARE(tested[r], labels[r] < 0 ? 0 : 1);
        QCOMPARE(Split::stratifiedFolds(labels, 4, 9)[2].test, folds[2].test);
    }

    void pipelineFitsOnTrainingRowsOnly()
    {
        auto r = CsvReader().readBytes("id,amount,plan,churn\n"
                                       "1,10,a,No\n2,20,a,Yes\n3,,b,No\n4,1000,b,Yes\n5,30,c,No\n");
        QVERIFY(r.ok());
        const Dataset &d = r->dataset;
        FeaturePipeline::Options o;
        o.minLevelCount = 1;
        const FeaturePipeline f = FeaturePipeline::fit(d, {0, 1, 2}, d.indexOf("churn"), o);
        // Median of the training rows' amounts (10, 20) is 15; row 3 (1000) is not seen.
        QCOMPARE(f.featureNames(),
                 QStringList({"id", "amount", "amount=(missing)", "plan=a", "plan=b"}));
        const Eigen::MatrixXd x = f.transform(d, {2, 3, 4});
        QCOMPARE(x.rows(), 3);
        QCOMPARE(x(0, 2), 1.0); // row 3's amount was missing
        QCOMPARE(x(2, 3) + x(2, 4), 0.0); // level c unseen in training: no column lit
        const QJsonObject json = f.toJson();
        QCOMPARE(json.value("numeric").toArray()[1].toObject().value("median").toDouble(), 15.0);
        QVERIFY(json.value("ignored").toArray().isEmpty());
    }

    void learnsTheSampleData()
    {
        const Dataset d = SampleData::generate(4000, 3);
        auto target = BinaryTarget::fromColumn(d, SampleData::targetColumn());
        QVERIFY(target.ok());
        const Split split = Split::stratified(target->labels(), 0.25, 1);
        const FeaturePipeline f = FeaturePipeline::fit(d, split.train, target->columnIndex());
        QVERIFY(!f.featureNames().contains("customer_id"));
        Eigen::VectorXd y(Eigen::Index(split.train.size()));
        for (size_t i = 0; i < split.train.size(); ++i)
            y(Eigen::Index(i)) = target->label(split.train[i]);
        LogisticRegression lr;
        QVERIFY(lr.fit(f.transform(d, split.train), y).ok());
        const Eigen::VectorXd p = lr.predictProba(f.transform(d, split.test));
        std::vector<qint8> labels;
        for (quint32 row : split.test)
            labels.push_back(target->label(row));
        const BinaryMetrics m =
            BinaryMetrics::compute(std::vector<double>(p.data(), p.data() + p.size()), labels);
        QVERIFY2(m.auc > 0.75, qPrintable(QString::number(m.auc)));
    }
};

QTEST_GUILESS_MAIN(LogisticRegressionTest)
#include "LogisticRegressionTest.moc"

#include "core/features/FeaturePipeline.h"
#include "core/data/BinaryTarget.h"
#include "core/data/csv/CsvReader.h"
#include "core/eval/Ranking.h"
#include "core/train/TrainingData.h"

#include <QtTest>

using namespace churnlab;

// The per-column transforms of FeatureConfig, each checked against values worked out by hand.
class FeaturePipelineTest : public QObject
{
    Q_OBJECT

    static Dataset data()
    {
        auto r = CsvReader().readBytes("id,amount,plan,churn\n"
                                       "1,10,a,No\n"
                                       "2,20,a,Yes\n"
                                       "3,,b,No\n"
                                       "4,20,b,Yes\n"
                                       "5,1000,c,No\n"
                                       "6,40,a,No\n");
        return std::move(r->dataset);
    }
    static FeaturePipeline fit(const Dataset &d, const FeatureConfig &config,
                               const std::vector<qint8> *labels = nullptr)
    {
        FeaturePipeline::Options o;
        o.minLevelCount = 1;
        o.config = config;
        o.labels = labels;
        std::vector<quint32> rows(size_t(d.rowCount()));
        std::iota(rows.begin(), rows.end(), 0u);
        return FeaturePipeline::fit(d, rows, d.indexOf(QStringLiteral("churn")), o);
    }
    static FeatureConfig with(const QString &column, FeatureConfig::Transform t)
    {
        FeatureConfig c;
        c.setTransform(column, t);
        return c;
    }
    static int featureIndex(const FeaturePipeline &f, const QString &name)
    {
        return int(f.featureNames().indexOf(name));
    }

private slots:
    void imputationChoices()
    {
        const Dataset d = data();
        const std::vector<quint32> missingRow = {2};
        FeatureConfig::Transform t;
        t.scaling = FeatureConfig::Scaling::None;
        struct Case
        {
            FeatureConfig::Impute impute;
            double expected;
        };
        // Known amounts: 10, 20, 20, 1000, 40.
        for (const Case &c :
             {Case {FeatureConfig::Impute::Median, 20}, Case {FeatureConfig::Impute::Mean, 218},
              Case {FeatureConfig::Impute::MostFrequent, 20},
              Case {FeatureConfig::Impute::Constant, -1}}) {
            t.impute = c.impute;
            t.constant = -1;
            const FeaturePipeline f = fit(d, with(QStringLiteral("amount"), t));
            const Eigen::MatrixXd x = f.transform(d, missingRow);
            QCOMPARE(x(0, featureIndex(f, QStringLiteral("amount"))), c.expected);
            QCOMPARE(x(0, featureIndex(f, QStringLiteral("amount=(missing)"))), 1.0);
        }
        t.missingIndicator = false;
        const FeaturePipeline f = fit(d, with(QStringLiteral("amount"), t));
        QCOMPARE(featureIndex(f, QStringLiteral("amount=(missing)")), -1);
    }

    void scalingLogAndBins()
    {
        const Dataset d = data();
        FeatureConfig::Transform t;
        t.scaling = FeatureConfig::Scaling::MinMax;
        FeaturePipeline f = fit(d, with(QStringLiteral("amount"), t));
        Eigen::MatrixXd x = f.transformTraining(d);
        const int a = featureIndex(f, QStringLiteral("amount"));
        QCOMPARE(x.col(a).minCoeff(), 0.0);
        QCOMPARE(x.col(a).maxCoeff(), 1.0);
        QCOMPARE(x(0, a), 0.0); // 10 is the minimum
        QVERIFY(qAbs(x(1, a) - 10.0 / 990.0) < 1e-12);

        t.scaling = FeatureConfig::Scaling::None;
        t.log = true;
        f = fit(d, with(QStringLiteral("amount"), t));
        x = f.transform(d, {4});
        QVERIFY(qAbs(x(0, a) - std::log1p(1000.0)) < 1e-12);

        t.log = false;
        t.bins = 2; // the median of 10, 20, 20, 1000, 40 splits them: ≤ 20 and above
        f = fit(d, with(QStringLiteral("amount"), t));
        x = f.transform(d, {0, 1, 4, 5});
        QCOMPARE(x(0, a), 0.0);
        QCOMPARE(x(1, a), 0.0);
        QCOMPARE(x(2, a), 1.0);
        QCOMPARE(x(3, a), 1.0);
    }

    void ordinalAndTargetEncoding()
    {
        const Dataset d = data();
        FeatureConfig::Transform t;
        t.encoding = FeatureConfig::Encoding::Ordinal;
        FeaturePipeline f = fit(d, with(QStringLiteral("plan"), t));
        QVERIFY(f.featureNames().contains(QStringLiteral("plan")));
        QCOMPARE(featureIndex(f, QStringLiteral("plan=a")), -1);
        const int p = featureIndex(f, QStringLiteral("plan"));
        Eigen::MatrixXd x = f.transform(d, {0, 2, 4});
        QCOMPARE(x(0, p), 0.0); // a
        QCOMPARE(x(1, p), 1.0); // b
        QCOMPARE(x(2, p), 2.0); // c

        auto target = BinaryTarget::fromColumn(d, QStringLiteral("churn"), QStringLiteral("Yes"));
        QVERIFY(target.ok());
        t.encoding = FeatureConfig::Encoding::Target;
        f = fit(d, with(QStringLiteral("plan"), t), &target->labels());
        // Prior 2/6; smoothing 10: a has 1 of 3 churned → (1 + 10/3) / 13.
        const double prior = 2.0 / 6.0;
        x = f.transform(d, {0, 4});
        QVERIFY(qAbs(x(0, p) - (1 + 10 * prior) / 13) < 1e-12);
        QVERIFY(qAbs(x(1, p) - (0 + 10 * prior) / 11) < 1e-12); // c: 0 of 1
        // Training rows are cross-fitted: row 4 is the only "c", in its own fold, so its own
        // label is unseen and it gets the prior; a test-time "c" does see it.
        const Eigen::MatrixXd xt = f.transformTraining(d);
        QVERIFY(qAbs(xt(4, p) - prior) < 1e-12);
        // Row 0 ("a") shares fold 0 with row 5 ("a", stayed): it sees row 1 only (churned).
        QVERIFY(qAbs(xt(0, p) - (1 + 10 * prior) / 11) < 1e-12);
    }

    void rolesOverrideTheDefaults()
    {
        QByteArray csv = "id,amount,plan,churn\n";
        for (int i = 0; i < 30; ++i)
            csv += QByteArray::number(i) + "," + QByteArray::number(i % 7) + (i % 2 ? ",a" : ",b")
                + (i % 3 ? ",No\n" : ",Yes\n");
        auto read = CsvReader().readBytes(csv);
        QVERIFY(read.ok());
        const Dataset &d = read->dataset;
        // The id column is left out by default (unique integers) ...
        FeaturePipeline f = fit(d, {});
        QVERIFY(f.ignoredColumns().contains(QStringLiteral("id")));
        // ... unless the analyst makes it a feature; and any column can be ignored.
        FeatureConfig::Transform feature;
        feature.role = FeatureConfig::Role::Feature;
        FeatureConfig config = with(QStringLiteral("id"), feature);
        FeatureConfig::Transform ignore;
        ignore.role = FeatureConfig::Role::Ignore;
        config.setTransform(QStringLiteral("plan"), ignore);
        f = fit(d, config);
        QVERIFY(f.featureNames().contains(QStringLiteral("id")));
        QVERIFY(f.ignoredColumns().contains(QStringLiteral("plan")));
        FeatureConfig::Transform id;
        id.role = FeatureConfig::Role::Id;
        config.setTransform(QStringLiteral("amount"), id);
        QVERIFY(fit(d, config).ignoredColumns().contains(QStringLiteral("amount")));
        QVERIFY(FeatureConfig::fromJson(config.toJson()).value() == config);
        QCOMPARE(f.sourceColumns().size(), f.featureNames().size());
    }

    void configRoundTripsThroughJson()
    {
        FeatureConfig config;
        FeatureConfig::Transform t;
        t.impute = FeatureConfig::Impute::Constant;
        t.constant = 7;
        t.scaling = FeatureConfig::Scaling::MinMax;
        t.encoding = FeatureConfig::Encoding::Target;
        t.log = true;
        t.bins = 4;
        config.setTransform(QStringLiteral("amount"), t);
        config.setTransform(QStringLiteral("plan"), {}); // defaults are not stored
        auto back = FeatureConfig::fromJson(config.toJson());
        QVERIFY(back.ok());
        QVERIFY(back.value() == config);
        QCOMPARE(config.toJson().value(QStringLiteral("columns")).toObject().size(), 1);

        auto bad = FeatureConfig::fromJson(QJsonObject {
            {QStringLiteral("columns"),
             QJsonObject {{QStringLiteral("plan"),
                           QJsonObject {{QStringLiteral("encoding"), QStringLiteral("hash")}}}}}});
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message.contains(QStringLiteral("plan")));
        QVERIFY(bad.error().message.contains(QStringLiteral("encoding")));
    }

    void targetEncodingDoesNotLeakIntoTraining()
    {
        // 100 levels of 4 rows each, labels unrelated to them: fitted on its own rows, the
        // encoding would "predict" the training labels; cross-fitted, it must not.
        QByteArray csv = "key,churn\n";
        for (int i = 0; i < 400; ++i)
            csv += "k" + QByteArray::number(i % 100) + (i % 3 == 0 ? ",Yes\n" : ",No\n");
        auto r = CsvReader().readBytes(csv);
        QVERIFY(r.ok());
        auto target = BinaryTarget::fromColumn(r->dataset, QStringLiteral("churn"));
        QVERIFY(target.ok());
        FeatureConfig::Transform t;
        t.encoding = FeatureConfig::Encoding::Target;
        FeatureConfig config = with(QStringLiteral("key"), t);
        std::vector<quint32> rows(400);
        std::iota(rows.begin(), rows.end(), 0u);
        const TrainingData data =
            TrainingData::prepare(r->dataset, *target, rows, rows, {true, 10, 50, 200, config});
        QCOMPARE(data.xTrain.cols(), 1);
        auto aucOf = [&](const Eigen::MatrixXd &x) {
            return rocAuc(std::vector<double>(x.data(), x.data() + x.rows()), target->labels());
        };
        const double leaky = aucOf(data.pipeline.transform(r->dataset, rows));
        const double crossFitted = aucOf(data.xTrain);
        QVERIFY2(leaky > 0.6, qPrintable(QString::number(leaky)));
        QVERIFY2(crossFitted < 0.55, qPrintable(QString::number(crossFitted)));
    }
};

QTEST_GUILESS_MAIN(FeaturePipelineTest)
#include "FeaturePipelineTest.moc"

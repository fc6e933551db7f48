#include "core/explore/TargetAssociation.h"
#include "TestData.h"
#include "core/data/DataReader.h"
#include "core/data/csv/CsvReader.h"
#include "core/eval/Ranking.h"

#include <QtTest>

using namespace churnlab;

class TargetAssociationTest : public QObject
{
    Q_OBJECT

private slots:
    void rankingMatchesScipy()
    {
        // scipy.stats.rankdata([3, 1, 3, 2]) == [3.5, 1, 3.5, 2]
        QCOMPARE(averageRanks({3, 1, 3, 2}), (std::vector<double> {3.5, 1, 3.5, 2}));
        // sklearn.metrics.roc_auc_score([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]) == 0.75
        QCOMPARE(rocAuc({0.1, 0.4, 0.35, 0.8}, {0, 0, 1, 1}), 0.75);
        // ties count half: roc_auc_score([0, 1], [0.5, 0.5]) == 0.5
        QCOMPARE(rocAuc({0.5, 0.5}, {0, 1}), 0.5);
        QVERIFY(std::isnan(rocAuc({1, 2}, {1, 1})));
    }

    // Reference values from /usr/bin/python3 with scikit-learn 1.2.1 and pandas 1.5.3:
    //   df = pd.read_csv("telco-churn.csv", na_values=[" "]); y = (df.Churn == "Yes")
    //   numeric column c: m = df[c].notna(); auc = roc_auc_score(y[m], df[c][m])
    //   categorical c: rate = y.groupby(df[c]).mean(); auc = roc_auc_score(y, df[c].map(rate))
    //   folded: max(auc, 1 - auc)
    //   Cramér's V: chi2 of pd.crosstab(df[c], y) without continuity correction,
    //   sqrt(chi2 / (n * (min(r, k) - 1))), as
    //   scipy.stats.contingency.association(method="cramer").
    void matchesReferenceOnTelco_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<double>("auc");
        QTest::addColumn<double>("cramersV");
        QTest::newRow("tenure") << "tenure" << 0.7398671755286289 << qQNaN();
        QTest::newRow("MonthlyCharges") << "MonthlyCharges" << 0.6207856895706255 << qQNaN();
        QTest::newRow("TotalCharges") << "TotalCharges" << 0.6517318198271915 << qQNaN();
        QTest::newRow("SeniorCitizen") << "SeniorCitizen" << 0.5629805611173122 << qQNaN();
        QTest::newRow("Contract") << "Contract" << 0.7391084533256065 << 0.4101156965761409;
        QTest::newRow("PaymentMethod")
            << "PaymentMethod" << 0.6712364762446632 << 0.30335862555407056;
        QTest::newRow("gender") << "gender" << 0.5048760595172429 << 0.008612095078997826;
        QTest::newRow("Partner") << "Partner" << 0.5851362938907403 << 0.15044754495917653;
    }
    void matchesReferenceOnTelco()
    {
        QFETCH(QString, column);
        QFETCH(double, auc);
        QFETCH(double, cramersV);
        REQUIRE_SHARED_FILE(path, "telco-churn.csv");
        auto r = DataReader().read(path);
        QVERIFY(r.ok());
        auto target = BinaryTarget::fromColumn(r->dataset, "Churn");
        QVERIFY(target.ok());
        QCOMPARE(target->positiveLabel(), QStringLiteral("Yes"));
        const Association a =
            Association::compute(r->dataset.column(r->dataset.indexOf(column)), *target);
        // Categories: the reference is in-sample; out of fold stays close for few levels.
        const double inSample = a.measure == "auc_level_rate" ? a.inSampleAuc : a.auc;
        QVERIFY2(qAbs(inSample - auc) < 1e-9, qPrintable(QString::number(inSample, 'g', 17)));
        QVERIFY2(qAbs(a.auc - auc) < 0.01, qPrintable(QString::number(a.auc, 'g', 17)));
        if (std::isnan(cramersV))
            QVERIFY(std::isnan(a.cramersV));
        else
            QVERIFY2(qAbs(a.cramersV - cramersV) < 1e-9,
                     qPrintable(QString::number(a.cramersV, 'g', 17)));
    }

    void ranksContractAndTenureFirst()
    {
        REQUIRE_SHARED_FILE(path, "telco-churn.csv");
        auto r = DataReader().read(path);
        auto target = BinaryTarget::fromColumn(r->dataset, "Churn");
        const QList<Association> ranked = Association::rank(r->dataset, *target);
        QCOMPARE(ranked.size(), 19); // every column but the target and the customerID text
        QStringList top;
        for (int i = 0; i < 3; ++i)
            top << ranked[i].column;
        QVERIFY2(top.contains("tenure") && top.contains("Contract"), qPrintable(top.join(", ")));
        for (int i = 1; i < ranked.size(); ++i)
            QVERIFY(ranked[i - 1].auc >= ranked[i].auc);
    }

    // A column of many small levels with no signal: in sample each level's own rows make it
    // look strong; out of fold it ranks below every column with a real signal.
    void manyLevelNoiseRanksLast()
    {
        QByteArray csv = "city,tenure,plan,churn\n";
        quint32 state = 12345;
        const auto next = [&]() { return state = state * 1664525u + 1013904223u; };
        for (int i = 0; i < 6000; ++i) {
            const int tenure = int((next() >> 8) % 72), plan = int((next() >> 8) % 3);
            const double noise = double((next() >> 8) % 1000) / 1000.0;
            const bool churn = noise < 0.45 - tenure / 200.0 - 0.08 * plan;
            csv += "c" + QByteArray::number((next() >> 8) % 1000) + ',' + QByteArray::number(tenure)
                + ",p" + QByteArray::number(plan) + ',' + (churn ? "Yes" : "No") + '\n';
        }
        auto r = CsvReader().readBytes(csv);
        QVERIFY(r.ok());
        auto target = BinaryTarget::fromColumn(r->dataset, "churn");
        const QList<Association> ranked = Association::rank(r->dataset, *target);
        QCOMPARE(ranked.size(), 3);
        QCOMPARE(ranked.last().column, QStringLiteral("city"));
        const Association &city = ranked.last();
        QVERIFY2(city.auc < 0.53, qPrintable(QString::number(city.auc)));
        QVERIFY2(city.inSampleAuc > 0.7, qPrintable(QString::number(city.inSampleAuc)));
        QVERIFY2(city.levels > 990 && city.levels <= 1000,
                 qPrintable(QString::number(city.levels)));
        QVERIFY(qAbs(city.rowsPerLevel() - 6000.0 / double(city.levels)) < 1e-9);
        QCOMPARE(city.toJson().value("levels").toInt(), int(city.levels));
    }

    void guessesThePositiveClass()
    {
        auto r = CsvReader().readBytes("a,b,c,d\nNo,0,stay,x\nYes,1,left,y\nNo,0,stay,z\n");
        QVERIFY(r.ok());
        QCOMPARE(BinaryTarget::fromColumn(r->dataset, "a")->positiveLabel(), QStringLiteral("Yes"));
        QCOMPARE(BinaryTarget::fromColumn(r->dataset, "b")->positiveLabel(), QStringLiteral("1"));
        QCOMPARE(BinaryTarget::fromColumn(r->dataset, "c")->positiveLabel(),
                 QStringLiteral("left"));
        QCOMPARE(BinaryTarget::fromColumn(r->dataset, "a", "No")->positives(), 2);
        auto three = BinaryTarget::fromColumn(r->dataset, "d");
        QVERIFY(!three.ok());
        QVERIFY(three.error().message.contains("two values"));
        QVERIFY(!BinaryTarget::fromColumn(r->dataset, "nope").ok());
        QVERIFY(!BinaryTarget::fromColumn(r->dataset, "a", "Maybe").ok());
    }
};

QTEST_GUILESS_MAIN(TargetAssociationTest)
#include "TargetAssociationTest.moc"

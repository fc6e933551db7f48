#include "core/explore/LeakageScreen.h"
#include "TestData.h"
#include "core/data/DataReader.h"
#include "core/data/csv/CsvReader.h"
#include "core/explore/DataQuality.h"
#include "core/train/TrainingSession.h"

#include <QtTest>

#include <random>

using namespace churnlab;

// The leakage screen finds what knows the outcome, and training leaves it out by default.
class LeakageScreenTest : public QObject
{
    Q_OBJECT

    // A churn file with honest columns (tenure, contract), a city of many small levels with no
    // signal, two near-copies of the target (a numeric score and a reason filled only for
    // churners), a strong honest-looking column (late_payments, AUC ≈ 0.92) and a column named
    // like an outcome with a moderate signal (retention_score, AUC ≈ 0.80).
    static std::shared_ptr<const Dataset> leakyData(int rows = 4000)
    {
        std::mt19937 rng(7);
        std::normal_distribution<double> normal;
        std::uniform_real_distribution<double> uniform;
        const char *contracts[] = {"Month-to-month", "One year", "Two year"};
        const char *reasons[] = {"Competitor", "Price", "Support", "Moved", "Network"};
        QByteArray csv = "tenure,contract,city,churn_score,churn_reason,late_payments,"
                         "retention_score,churn\n";
        for (int i = 0; i < rows; ++i) {
            const int contract = int(rng() % 3);
            const double tenure = std::floor(uniform(rng) * 72);
            const double risk = 0.9 - 0.5 * contract - tenure / 40 + normal(rng);
            const bool churn = risk > 0.4;
            const bool flip = uniform(rng) < 0.005;
            const double score = (churn != flip) ? 0.6 + 0.4 * uniform(rng) : 0.45 * uniform(rng);
            csv += QByteArray::number(tenure) + ',' + contracts[contract] + ",c"
                + QByteArray::number(int(rng() % 800)) + ',' + QByteArray::number(score, 'f', 4)
                + ',' + (churn ? reasons[rng() % 5] : "") + ','
                + QByteArray::number((churn ? 2.0 : 0.0) + normal(rng), 'f', 3) + ','
                + QByteArray::number((churn ? 1.2 : 0.0) + normal(rng), 'f', 3) + ','
                + (churn ? "Yes" : "No") + '\n';
        }
        auto read = CsvReader().readBytes(csv);
        return std::make_shared<const Dataset>(std::move(read->dataset));
    }

    static const LeakageFinding *find(const QList<LeakageFinding> &all, const QString &column)
    {
        for (const LeakageFinding &f : all)
            if (f.column == column)
                return &f;
        return nullptr;
    }

private slots:
    void findsLeaksAndSuspiciousColumns()
    {
        const auto data = leakyData();
        auto target = BinaryTarget::fromColumn(*data, "churn");
        QVERIFY(target.ok());
        const QList<LeakageFinding> found = LeakageScreen::screen(*data, *target);
        const LeakageFinding *score = find(found, "churn_score");
        const LeakageFinding *reason = find(found, "churn_reason");
        const LeakageFinding *late = find(found, "late_payments");
        const LeakageFinding *named = find(found, "retention_score");
        QVERIFY(score && reason && late && named);
        QCOMPARE(score->tier, LeakageFinding::Tier::Leak);
        QCOMPARE(score->reason, LeakageFinding::Reason::Separates);
        QCOMPARE(reason->tier, LeakageFinding::Tier::Leak);
        QCOMPARE(reason->reason, LeakageFinding::Reason::OneClassOnly);
        QCOMPARE(reason->onlyClass, QStringLiteral("Yes"));
        QVERIFY(reason->describe().contains("“Yes”"));
        QCOMPARE(late->tier, LeakageFinding::Tier::Suspicious);
        QCOMPARE(named->tier, LeakageFinding::Tier::Suspicious);
        QCOMPARE(named->reason, LeakageFinding::Reason::Named);
        QVERIFY(!find(found, "tenure") && !find(found, "contract") && !find(found, "city"));
        // Leaks first.
        QCOMPARE(found[0].tier, LeakageFinding::Tier::Leak);
        QCOMPARE(found[1].tier, LeakageFinding::Tier::Leak);
        // The JSON form keeps everything.
        for (const LeakageFinding &f : found) {
            auto back = LeakageFinding::fromJson(f.toJson());
            QVERIFY(back.ok());
            QCOMPARE(back->describe(), f.describe());
        }
        QVERIFY(!LeakageFinding::fromJson({{"column", "x"}, {"tier", "maybe"}}).ok());

        // Exclusion touches only automatic leaks; a Feature chosen by the analyst stays.
        FeatureConfig config;
        FeatureConfig::Transform keep;
        keep.role = FeatureConfig::Role::Feature;
        config.setTransform("churn_score", keep);
        QCOMPARE(LeakageScreen::exclude(config, found), QStringList {"churn_reason"});
        QCOMPARE(config.transform("churn_reason").role, FeatureConfig::Role::Leakage);
        QStringList kept;
        for (const LeakageFinding &f : LeakageScreen::kept(config, found))
            kept << f.column;
        kept.sort();
        QCOMPARE(kept, (QStringList {"churn_score", "late_payments", "retention_score"}));
        // The role survives the JSON the Features tab saves.
        QCOMPARE(FeatureConfig::fromJson(config.toJson())->transform("churn_reason").role,
                 FeatureConfig::Role::Leakage);
    }

    void qualityNamesBothTiersAndDoesNotAdviseFillingALeak()
    {
        const auto data = leakyData();
        auto target = BinaryTarget::fromColumn(*data, "churn");
        const auto findings = DataQuality::assess(*data, *target);
        QStringList leaks, suspicious;
        for (const QualityFinding &f : findings) {
            if (f.kind == "target_leakage")
                leaks << f.columns;
            if (f.kind == "suspicious_column")
                suspicious << f.columns;
            // "Churn reason" is empty for stayers: filling it with an indicator is the leak.
            QVERIFY2(!(f.kind == "missing_values" && f.columns.contains("churn_reason")),
                     qPrintable(f.suggestion));
        }
        leaks.sort();
        suspicious.sort();
        QCOMPARE(leaks, (QStringList {"churn_reason", "churn_score"}));
        QCOMPARE(suspicious, (QStringList {"late_payments", "retention_score"}));
    }

    void trainingLeavesLeaksOutByDefault()
    {
        const auto data = leakyData();
        TrainSpec spec;
        spec.target.column = "churn";
        spec.learners = {{"lr", {}}};
        TrainingSession session(data, spec);
        std::vector<ModelReport> reports;
        auto prep = session.run([&](const QString &, const Result<ModelReport> &r) {
            QVERIFY(r.ok());
            reports.push_back(*r);
        });
        QVERIFY(prep.ok());
        QCOMPARE(prep->excludedForLeakage, (QStringList {"churn_reason", "churn_score"}));
        QVERIFY(prep->notes.join('\n').contains("churn_reason, churn_score"));
        QCOMPARE(session.spec().features.transform("churn_score").role,
                 FeatureConfig::Role::Leakage);
        QCOMPARE(reports.size(), size_t(1));
        QVERIFY2(reports[0].run.metrics.auc < 0.999,
                 qPrintable(QString::number(reports[0].run.metrics.auc)));
        for (const QString &name : reports[0].featureNames)
            QVERIFY2(!name.startsWith("churn_"), qPrintable(name));
        // The suspicious columns stay, and the model says so (also after a save).
        QCOMPARE(reports[0].flagged.size(), 2);
        auto back = ModelReport::fromJson(reports[0].toJson());
        QVERIFY(back.ok());
        QCOMPARE(back->flagged.size(), 2);
        QCOMPARE(back->flagged[0].column, reports[0].flagged[0].column);

        // Kept on purpose: the leak trains (AUC near 1) and is named on the model.
        spec.keepLeakingColumns = true;
        TrainingSession keeping(data, spec);
        QVERIFY(keeping.prepare().ok());
        auto leaky = keeping.train({"lr", {}});
        QVERIFY(leaky.ok());
        QVERIFY(leaky->run.metrics.auc > 0.99);
        QVERIFY(find(leaky->flagged, "churn_score") && find(leaky->flagged, "churn_reason"));
        QCOMPARE(TrainSpec::fromJson(spec.toJson())->keepLeakingColumns, true);
    }

    void realFilesKeepTheirColumns_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("target");
        QTest::newRow("telco") << "telco-churn.csv"
                               << "Churn";
        QTest::newRow("bank") << "bank-churn.csv"
                              << "Exited";
        QTest::newRow("hr") << "hr-attrition.csv"
                            << "Attrition";
    }
    void realFilesKeepTheirColumns()
    {
        QFETCH(QString, file);
        QFETCH(QString, target);
        if (sharedDataDir().isEmpty() || !QFile::exists(sharedDataDir() + '/' + file))
            QSKIP("../shared/data is absent: skipped");
        auto r = DataReader().read(sharedDataDir() + '/' + file);
        QVERIFY(r.ok());
        auto t = BinaryTarget::fromColumn(r->dataset, target);
        QVERIFY(t.ok());
        // Nothing in these public files is recorded after the outcome.
        for (const LeakageFinding &f : LeakageScreen::screen(r->dataset, *t))
            QVERIFY2(f.tier != LeakageFinding::Tier::Leak, qPrintable(f.describe()));
    }
};

QTEST_GUILESS_MAIN(LeakageScreenTest)
#include "LeakageScreenTest.moc"

#include "core/data/DataReader.h"
#include "core/fairness/FairnessAnalysis.h"

#include "TestData.h"
#include "core/bundle/Bundle.h"
#include "core/data/BinaryTarget.h"
#include "core/data/SampleData.h"
#include "core/data/csv/CsvReader.h"
#include "core/train/TrainingSession.h"

#include <QtTest>

#include <cmath>
#include <numeric>

using namespace churnlab;

// Fairness numbers equal an independent reference computation on the Telco file; groups,
// bins, per-group thresholds and proxies behave as documented; the whole analysis of a trained
// model equals a plain loop over its test rows.
class FairnessTest : public QObject
{
    Q_OBJECT

    static std::vector<quint32> allRows(const Dataset &d)
    {
        std::vector<quint32> rows(size_t(d.rowCount()));
        std::iota(rows.begin(), rows.end(), 0u);
        return rows;
    }

private slots:
    // Reference values: tests/reference/fairness_reference.py (pandas groupby, numpy rates,
    // scikit-learn 1.2.1 roc_auc_score) on ../shared/data/telco-churn.csv with the same fixed
    // score, z = −1 + 0.9·[Contract = Month-to-month] − 0.03·tenure + 0.01·MonthlyCharges and
    // p = 0.5 + z/8 (correctly rounded operations only, so that both sides compute the same
    // bits and tied scores tie alike), at threshold 0.5; printed with repr() and copied here.
    void telcoMatchesTheReference()
    {
        REQUIRE_SHARED_FILE(path, "telco-churn.csv");
        auto read = DataReader().read(path);
        QVERIFY(read.ok());
        const Dataset &d = read->dataset;
        const Column &contract = d.column(d.indexOf("Contract"));
        const Column &tenure = d.column(d.indexOf("tenure"));
        const Column &charges = d.column(d.indexOf("MonthlyCharges"));
        auto target = BinaryTarget::fromColumn(d, "Churn", "Yes");
        QVERIFY(target.ok());
        std::vector<double> p;
        std::vector<qint8> y;
        for (qint64 r = 0; r < d.rowCount(); ++r) {
            const double z = -1 + 0.9 * (contract.text(r) == "Month-to-month")
                - 0.03 * tenure.number(r) + 0.01 * charges.number(r);
            p.push_back(std::min(std::max(0.5 + z / 8, 0.0), 1.0));
            y.push_back(target->label(r));
        }
        struct Expected
        {
            const char *group;
            qint64 size;
            double selection, tpr, fpr, precision, auc, ece;
        };
        struct Case
        {
            const char *column;
            std::vector<Expected> groups;
            double dpDifference, dpRatio, eoDifference;
            bool ratioOk;
        };
        const std::vector<Case> cases = {
            {"gender",
             {{"Female", 3488, 0.33400229357798167, 0.6900958466453674, 0.2028246371125932,
               0.5562231759656653, 0.8301706154682389, 0.13569624426605506},
              {"Male", 3555, 0.32855133614627285, 0.6494623655913978, 0.21485714285714286,
               0.5171232876712328, 0.7990033794162826, 0.13484511251758086}},
             0.005450957431708814,
             0.983679880238798,
             0.04063348105396958,
             true},
            {"SeniorCitizen",
             {{"0", 5901, 0.31757329266226064, 0.6812634601579325, 0.2051907719609583,
               0.5064034151547492, 0.8189273149879197, 0.15506211870869344},
              {"1", 1142, 0.4019264448336252, 0.6365546218487395, 0.23423423423423423,
               0.6601307189542484, 0.7844966815555051, 0.10068689798598951}},
             0.08435315217136458,
             0.7901278871901997,
             0.04470883830919303,
             false}};
        for (const Case &c : cases) {
            auto groups = SensitiveGroups::of(d.column(d.indexOf(c.column)), allRows(d));
            QVERIFY(groups.ok());
            const FairnessReport r = FairnessReport::compute(p, y, *groups, 0.5, CostMatrix {});
            QCOMPARE(int(r.groups.size()), int(c.groups.size()));
            for (size_t g = 0; g < c.groups.size(); ++g) {
                const Expected &e = c.groups[g];
                const FairnessReport::Group &got = r.groups[g];
                QCOMPARE(got.name, QString::fromLatin1(e.group));
                QCOMPARE(got.size, e.size);
                for (const auto &[a, b] : {std::pair {got.selectionRate, e.selection},
                                           {got.tpr, e.tpr},
                                           {got.fpr, e.fpr},
                                           {got.precision, e.precision},
                                           {got.auc, e.auc},
                                           {got.calibrationError, e.ece}})
                    QVERIFY2(std::abs(a - b) < 1e-9,
                             qPrintable(QStringLiteral("%1 %2: %3 vs %4")
                                            .arg(c.column, e.group)
                                            .arg(a, 0, 'g', 17)
                                            .arg(b, 0, 'g', 17)));
            }
            QVERIFY(std::abs(r.parityDifference - c.dpDifference) < 1e-12);
            QVERIFY(std::abs(r.parityRatio - c.dpRatio) < 1e-12);
            QVERIFY(std::abs(r.equalizedOddsDifference - c.eoDifference) < 1e-12);
            QCOMPARE(r.parityRatioOk(), c.ratioOk);
            QVERIFY(r.parityDifferenceOk() && r.equalizedOddsOk());
            QCOMPARE(r.findings().size(), 3);
        }
    }

    void groupsFromNumbersAndCategories()
    {
        QByteArray csv = "age,plan,flag\n";
        for (int i = 0; i < 100; ++i)
            csv += QByteArray::number(18 + i % 60) + "," + (i % 3 ? "basic" : "pro") + ","
                + (i % 10 == 0 ? "" : QByteArray::number(i % 2)) + "\n";
        auto read = CsvReader().readBytes(csv);
        QVERIFY(read.ok());
        const Dataset &d = read->dataset;
        const auto rows = allRows(d);
        auto quartiles = SensitiveGroups::of(d.column(0), rows);
        QVERIFY(quartiles.ok());
        QCOMPARE(quartiles->names.size(), 4);
        std::vector<int> count(4);
        for (const int g : quartiles->index)
            ++count[size_t(g)];
        for (const int c : count)
            QVERIFY2(c >= 20 && c <= 30, qPrintable(QString::number(c)));
        auto bands = SensitiveGroups::of(d.column(0), rows, 4, {30, 45, 60});
        QCOMPARE(bands->names, QStringList({"< 30", "30 – 45", "45 – 60", "≥ 60"}));
        QCOMPARE(bands->index[0], 0); // 18
        QCOMPARE(bands->index[12], 1); // 30
        QCOMPARE(bands->index[44], 3); // 62
        auto plans = SensitiveGroups::of(d.column(1), rows);
        QCOMPARE(plans->names, QStringList({"basic", "pro"}));
        auto flags = SensitiveGroups::of(d.column(2), rows);
        QCOMPARE(flags->names.size(), 3); // 0, 1 and (missing)
        QCOMPARE(flags->names[flags->index[0]], QStringLiteral("(missing)"));
        QVERIFY(!SensitiveGroups::of(d.column(0), rows, 4, {45, 30}).ok());
    }

    void equalOpportunityThresholdsEqualiseTpr()
    {
        std::mt19937_64 random(3);
        std::vector<double> p;
        std::vector<qint8> y;
        SensitiveGroups groups;
        groups.column = "group";
        groups.names = {"a", "b"};
        for (int i = 0; i < 4000; ++i) {
            const int g = i % 2;
            const qint8 label = std::uniform_real_distribution<>()(random) < 0.3;
            // Group b's churners score lower: the single threshold catches fewer of them.
            const double s = std::clamp(0.35 + 0.3 * label - 0.12 * g * label
                                            + 0.15 * std::normal_distribution<>()(random),
                                        0.0, 1.0);
            p.push_back(s);
            y.push_back(label);
            groups.index.push_back(g);
        }
        const FairnessReport single = FairnessReport::compute(p, y, groups, 0.5, CostMatrix {});
        QVERIFY(single.tprDifference > 0.2);
        const auto thresholds = FairnessReport::equalOpportunityThresholds(p, y, groups, 0.5);
        QCOMPARE(thresholds.size(), 2);
        QVERIFY(thresholds["b"] < thresholds["a"]);
        const FairnessReport equal =
            FairnessReport::compute(p, y, groups, 0.5, CostMatrix {}, thresholds);
        QVERIFY2(equal.tprDifference < 0.01, qPrintable(QString::number(equal.tprDifference)));
        QCOMPARE(equal.groups[1].threshold, thresholds["b"]);
        // The trade-off is visible: cost moves when the thresholds do.
        QVERIFY(equal.expectedCost != single.expectedCost);
    }

    void proxiesAreFound()
    {
        QByteArray csv = "gender,height,plan,noise\n";
        std::mt19937_64 random(5);
        for (int i = 0; i < 2000; ++i) {
            const bool f = i % 2;
            const double height = (f ? 165 : 178) + 4 * std::normal_distribution<>()(random);
            csv += QByteArray(f ? "F" : "M") + "," + QByteArray::number(height, 'f', 1) + ","
                + ((i / 2) % 2 ? "basic" : "pro") + ","
                + QByteArray::number(std::normal_distribution<>()(random)) + "\n";
        }
        auto read = CsvReader().readBytes(csv);
        const Dataset &d = read->dataset;
        const auto proxies =
            ProxyCheck::measure(d, allRows(d), "gender", {"height", "plan", "noise"});
        QCOMPARE(int(proxies.size()), 3);
        QCOMPARE(proxies[0].column, QStringLiteral("height"));
        QVERIFY(proxies[0].cramersV > ProxyCheck::kStrong);
        QVERIFY(proxies[1].cramersV < 0.1 && proxies[2].cramersV < 0.1);
        const auto findings = ProxyCheck::findings("gender", proxies);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings[0].kind, QStringLiteral("sensitive_proxy"));
        QVERIFY(findings[0].message.contains("height"));
        // The quality checks see the same, for every column marked sensitive.
        const auto assessed = ProxyCheck::assess(d, {"gender"});
        QCOMPARE(assessed.size(), 1);
        QCOMPARE(assessed[0].columns, QStringList({"height", "gender"}));
        QCOMPARE(assessed[0].severity, QualityFinding::Severity::Warning);
        // A column is its own perfect proxy.
        std::vector<int> a {0, 1, 0, 1, 1}, b {1, 0, 1, 0, 0};
        QVERIFY(std::abs(ProxyCheck::cramersV(a, 2, b, 2) - 1) < 1e-12);
    }

    // The analysis of a trained model: scores from its scorer, groups of the test rows, the
    // same numbers as a plain loop.
    // A sensitive column stays out of the features, and the bundle's manifest and model card
    // carry its fairness table.
    void sensitiveColumnsReachTheModelCard()
    {
        auto data = std::make_shared<const Dataset>(SampleData::generate(3000, 23));
        TrainSpec spec;
        spec.target.column = SampleData::targetColumn();
        spec.learners = {{"gbt", {}}};
        FeatureConfig::Transform sensitive;
        sensitive.role = FeatureConfig::Role::Sensitive;
        spec.features.setTransform("gender", sensitive);
        TrainingSession session(data, spec);
        QVERIFY(session.prepare().ok());
        QVERIFY(!session.trainingData()->pipeline.inputColumns().contains("gender"));
        QVERIFY(session.trainingData()->pipeline.ignoredColumns().contains("gender"));
        auto report = session.train(spec.learners.first());
        QVERIFY(report.ok());
        auto bundle =
            Bundle::fromTraining(session, *report, DataFingerprint::ofDataset("s", *data));
        QVERIFY(bundle.ok());
        auto reopened = Bundle::read(bundle->bytes());
        QVERIFY(reopened.ok());
        const QJsonArray fairness = reopened->manifest()["fairness"].toArray();
        QCOMPARE(fairness.size(), 1);
        QCOMPARE(fairness[0]["column"].toString(), QStringLiteral("gender"));
        auto expected =
            FairnessAnalysis::run(*report->scorer, *data, session.trainingData()->testRows,
                                  session.target()->labels(), "gender", {});
        QCOMPARE(fairness[0].toObject(), expected->toJson());
        auto back = FairnessReport::fromJson(fairness[0].toObject());
        QVERIFY(back.ok());
        QCOMPARE(back->toJson(), expected->report.toJson());
        const QString card = reopened->modelCard();
        QVERIFY(card.contains("## Fairness"));
        QVERIFY2(card.contains("| Female |") && card.contains("| Male |"), qPrintable(card));
        QVERIFY(card.contains("Demographic parity ratio"));
    }

    void analysisOfATrainedModel()
    {
        auto data = std::make_shared<const Dataset>(SampleData::generate(3000, 17));
        TrainSpec spec;
        spec.target.column = SampleData::targetColumn();
        spec.learners = {{"lr", {}}};
        TrainingSession session(data, spec);
        QVERIFY(session.prepare().ok());
        auto report = session.train(spec.learners.first());
        QVERIFY(report.ok());
        const auto &rows = session.trainingData()->testRows;
        const QString column = data->columnNames().contains("contract") ? QStringLiteral("contract")
                                                                        : data->columnNames()[2];
        auto result = FairnessAnalysis::run(*report->scorer, *data, rows,
                                            session.target()->labels(), column, {});
        QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
        auto scores = report->scorer->score(*data, rows);
        const Column &c = data->column(data->indexOf(column));
        for (const FairnessReport::Group &g : result->report.groups) {
            qint64 size = 0, flagged = 0;
            for (size_t i = 0; i < rows.size(); ++i)
                if (!c.isMissing(rows[i]) && c.text(rows[i]) == g.name
                    && session.target()->label(rows[i]) >= 0) {
                    ++size;
                    flagged += scores->probability[i] >= report->scorer->threshold();
                }
            QCOMPARE(g.size, size);
            QCOMPARE(g.flagged, flagged);
        }
        const QJsonObject json = result->toJson();
        QCOMPARE(json["column"].toString(), column);
        QVERIFY(json.contains("demographic_parity_ratio"));
        QVERIFY(json["proxies"].isArray());
        QVERIFY(!FairnessAnalysis::run(*report->scorer, *data, rows, session.target()->labels(),
                                       "no such column", {})
                     .ok());
    }
};

QTEST_GUILESS_MAIN(FairnessTest)
#include "FairnessTest.moc"

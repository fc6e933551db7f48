#include "core/monitor/Retraining.h"
#include "core/bundle/Bundle.h"
#include "core/bundle/DataFingerprint.h"
#include "core/data/SampleData.h"
#include "core/train/TrainingSession.h"

#include <QtTest>

using namespace churnlab;

// Champion and challenger: the columns the rows and appends are built from, the promotion
// rule at its edges, the holdout measures by hand, and whole retrainings on generated data.
class RetrainingTest : public QObject
{
    Q_OBJECT

    static std::shared_ptr<const Bundle> champion(qsizetype rows, quint64 seed,
                                                  const QString &learner = QStringLiteral("gbt"))
    {
        auto data = std::make_shared<const Dataset>(SampleData::generate(rows, seed));
        TrainSpec spec;
        spec.target.column = SampleData::targetColumn();
        spec.learners = {{learner, {}}};
        spec.seed = 7;
        spec.threshold = 0.3;
        spec.costs = {2, 9};
        TrainingSession session(data, spec);
        if (!session.prepare())
            return nullptr;
        auto report = session.train(spec.learners.first());
        if (!report)
            return nullptr;
        auto bundle =
            Bundle::fromTraining(session, *report, DataFingerprint::ofDataset("old", *data));
        return bundle ? std::make_shared<const Bundle>(std::move(bundle.value())) : nullptr;
    }

    static Column coded(const QString &name, ColumnType type, const QStringList &levels,
                        const std::vector<quint32> &codes)
    {
        StringPool pool;
        for (const QString &l : levels)
            pool.append(l.toStdString());
        return Column::makeCoded(name, type, std::move(pool),
                                 Column::narrowCodes(codes, pool.size()));
    }

private slots:
    void columnsTakeRowsAndAppend()
    {
        MissingMask gap;
        gap.set(1, 4);
        const Column real = Column::makeReal("x", {1.5, 0, 3.5, 4.5}, gap);
        const Column picked = real.rows({3, 1, 0});
        QCOMPARE(picked.size(), 3);
        QCOMPARE(picked.number(0), 4.5);
        QVERIFY(picked.isMissing(1));
        QCOMPARE(picked.number(2), 1.5);
        const Column both = real.appended(picked);
        QCOMPARE(both.size(), 7);
        QCOMPARE(both.missingCount(), 2);
        QVERIFY(both.isMissing(1) && both.isMissing(5));
        QCOMPARE(both.number(4), 4.5);

        // Levels merge by text whatever their order in either column.
        const Column a = coded("c", ColumnType::Categorical, {"No", "Yes"}, {0, 1, 0});
        const Column b =
            coded("c", ColumnType::Categorical, {"Yes", "Maybe"}, {1, 0, Column::missingCode32});
        const Column ab = a.appended(b);
        QCOMPARE(ab.levels().size(), 3u);
        const QStringList texts {ab.text(0), ab.text(1), ab.text(2), ab.text(3), ab.text(4)};
        QCOMPARE(texts, (QStringList {"No", "Yes", "No", "Maybe", "Yes"}));
        QVERIFY(ab.isMissing(5));
        QCOMPARE(ab.code(1), ab.code(4));
        // Text may repeat a string among its levels; the appended rows still read right.
        const Column t = coded("t", ColumnType::Text, {"p", "q", "p"}, {0, 1, 2});
        const Column u = coded("t", ColumnType::Text, {"q", "r"}, {0, 1});
        const Column tu = t.appended(u);
        QCOMPARE((QStringList {tu.text(0), tu.text(2), tu.text(3), tu.text(4)}),
                 (QStringList {"p", "p", "q", "r"}));
        QCOMPARE(tu.code(3), tu.code(1));
    }

    // Ten customers by hand: threshold 0.5, a false positive costs 1, a false negative 5.
    //   scores 0.9 0.8 0.7 0.6 0.4 0.3 0.2 0.1 0.05 0.55 ; labels 1 1 0 1 1 0 0 0 0 0
    //   flagged (≥ 0.5): rows 0 1 2 3 9 → tp 3, fp 2; missed churner: row 4 → fn 1
    //   expected cost = (2·1 + 1·5) / 10 = 0.7
    //   ten equal bins, right-closed: (0.0,0.1] {0.05, 0.1} mean 0.075 rate 0,
    //   (0.1,0.2] {0.2} 0.2/0, (0.2,0.3] {0.3} 0.3/0, (0.3,0.4] {0.4} 0.4/1,
    //   (0.5,0.6] {0.55, 0.6} 0.575/0.5, (0.6,0.7] {0.7} 0.7/0, (0.7,0.8] {0.8} 0.8/1,
    //   (0.8,0.9] {0.9} 0.9/1
    //   ECE = (2·0.075 + 0.2 + 0.3 + 0.6 + 2·0.075 + 0.7 + 0.2 + 0.1) / 10 = 0.24
    void holdoutMeasuresByHand()
    {
        const std::vector<double> s {0.9, 0.8, 0.7, 0.6, 0.4, 0.3, 0.2, 0.1, 0.05, 0.55};
        const std::vector<qint8> y {1, 1, 0, 1, 1, 0, 0, 0, 0, 0};
        const HoldoutEvaluation e = HoldoutEvaluation::of(s, y, 0.5, CostMatrix {1, 5});
        QCOMPARE(e.metrics.tp, 3);
        QCOMPARE(e.metrics.fp, 2);
        QCOMPARE(e.metrics.fn, 1);
        QVERIFY(qAbs(e.expectedCost - 0.7) < 1e-12);
        QVERIFY2(qAbs(e.calibrationError - 0.24) < 1e-12,
                 qPrintable(QString::number(e.calibrationError, 'g', 17)));
    }

    void promotionRule_data()
    {
        QTest::addColumn<double>("aucGain");
        QTest::addColumn<double>("costDrop");
        QTest::addColumn<double>("calibrationLoss");
        QTest::addColumn<bool>("promote");
        QTest::newRow("AUC gain exactly the margin") << 0.005 << -0.1 << 0.0 << true;
        QTest::newRow("AUC gain just short, cost higher") << 0.0049 << -0.1 << 0.0 << false;
        QTest::newRow("no AUC gain but lower cost") << 0.0 << 0.01 << 0.0 << true;
        QTest::newRow("equal cost is no win") << 0.0 << 0.0 << 0.0 << false;
        QTest::newRow("AUC win, calibration within tolerance") << 0.02 << 0.0 << 0.01 << true;
        QTest::newRow("AUC win, calibration worse") << 0.02 << 0.05 << 0.0101 << false;
    }
    void promotionRule()
    {
        QFETCH(double, aucGain);
        QFETCH(double, costDrop);
        QFETCH(double, calibrationLoss);
        QFETCH(bool, promote);
        HoldoutEvaluation champion, challenger;
        champion.metrics.auc = 0.8;
        champion.expectedCost = 1.0;
        champion.calibrationError = 0.03;
        challenger.metrics.auc = 0.8 + aucGain;
        challenger.expectedCost = 1.0 - costDrop;
        challenger.calibrationError = 0.03 + calibrationLoss;
        const RetrainDecision d = RetrainDecision::decide(champion, challenger, 0.5, {}, {});
        QCOMPARE(d.promote, promote);
        QCOMPARE(d.reasons.size(), 3);
        QCOMPARE(d.toJson().value("promote").toBool(), promote);
    }

    // A champion trained on 800 customers against a challenger trained on 8,000 newer ones.
    void moreDataIsPromotedAsTheNextVersion()
    {
        const auto old = champion(800, 1);
        QVERIFY(old);
        auto fresh = std::make_shared<const Dataset>(SampleData::generate(10000, 2));
        auto outcome = Retraining(old).run(fresh);
        QVERIFY2(outcome.ok(), outcome.ok() ? "" : qPrintable(outcome.error().describe()));
        const RetrainDecision &d = outcome->decision;
        QVERIFY2(d.promote, qPrintable(d.reasons.join('\n')));
        QCOMPARE(d.holdoutRows, 2000);
        QCOMPARE(d.trainRows, 8000);
        // The champion's exact settings, its threshold and costs included.
        const TrainSpec &spec = outcome->session->spec();
        QCOMPARE(spec.seed, 7u);
        QCOMPARE(spec.threshold, 0.3);
        QCOMPARE(spec.costs, (CostMatrix {2, 9}));
        QCOMPARE(d.threshold, 0.3);
        QCOMPARE(outcome->challenger.run.model->params(),
                 old->manifest().value("model").toObject().value("params").toObject());
        QCOMPARE(d.challenger.metrics.auc, outcome->challenger.run.metrics.auc);

        auto next =
            Retraining::nextBundle(*outcome, *old, DataFingerprint::ofDataset("new", *fresh));
        QVERIFY(next.ok());
        auto reread = Bundle::read(next->bytes());
        QVERIFY(reread.ok());
        QCOMPARE(reread->modelVersion(), 2);
        QCOMPARE(reread->manifest().value("previous").toObject().value("created"),
                 old->manifest().value("created"));
        QVERIFY(reread->manifest().value("retraining").toObject().value("promote").toBool());
        QVERIFY(reread->modelCard().contains("Version 2"));

        // The same inputs give the same numbers.
        auto again = Retraining(old).run(fresh);
        QVERIFY(again.ok());
        QCOMPARE(again->decision.toJson(), d.toJson());
    }

    void aHigherBarKeepsTheChampion()
    {
        const auto old = champion(3000, 3, "lr");
        QVERIFY(old);
        RetrainOptions strict;
        strict.aucMargin = 0.2;
        strict.costMargin = 100;
        auto outcome = Retraining(old, strict)
                           .run(std::make_shared<const Dataset>(SampleData::generate(4000, 4)));
        QVERIFY(outcome.ok());
        QVERIFY(!outcome->decision.promote);
        QVERIFY(outcome->decision.summary().startsWith("Keep the champion"));
    }

    void appendStacksTheOldRowsAboveTheNew()
    {
        const auto old = champion(1000, 5, "lr");
        QVERIFY(old);
        RetrainOptions append;
        append.mode = RetrainOptions::Mode::Append;
        auto before = std::make_shared<const Dataset>(SampleData::generate(1000, 5));
        auto fresh = std::make_shared<const Dataset>(SampleData::generate(3000, 6));
        auto outcome = Retraining(old, append).run(fresh, before);
        QVERIFY(outcome.ok());
        QCOMPARE(outcome->decision.trainRows, 1000 + 2400);
        QCOMPARE(outcome->decision.holdoutRows, 600);
        QCOMPARE(outcome->session->dataset()->rowCount(), 3400);
        // Without the old data, appending is refused.
        auto missing = Retraining(old, append).run(fresh);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, Error::Kind::InvalidArgument);
    }

    void aSchemaThatDoesNotMatchIsRefused()
    {
        const auto old = champion(1000, 8, "lr");
        QVERIFY(old);
        // A column the champion reads is absent from the new data.
        Dataset lacking;
        const Dataset full = SampleData::generate(2000, 9);
        for (int c = 0; c < full.columnCount(); ++c)
            if (full.column(c).name() != QLatin1String("tenure_months"))
                lacking.addColumn(full.column(c));
        auto outcome = Retraining(old).run(std::make_shared<const Dataset>(std::move(lacking)));
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error().kind, Error::Kind::MissingColumn);
        QVERIFY(outcome.error().message.contains("tenure_months"));
        // Appending: a number column of the new file holds text that is no number.
        RetrainOptions append;
        append.mode = RetrainOptions::Mode::Append;
        Dataset texty = full.clone();
        const int at = texty.indexOf("monthly_charges");
        std::vector<quint32> codes(size_t(texty.rowCount()), 0);
        texty.replaceColumn(at,
                            coded("monthly_charges", ColumnType::Categorical, {"call us"}, codes));
        auto mixed = Retraining(old, append)
                         .run(std::make_shared<const Dataset>(std::move(texty)),
                              std::make_shared<const Dataset>(SampleData::generate(1000, 8)));
        QVERIFY(!mixed.ok());
        QVERIFY2(mixed.error().message.contains("monthly_charges"),
                 qPrintable(mixed.error().message));
    }
};

QTEST_GUILESS_MAIN(RetrainingTest)
#include "RetrainingTest.moc"

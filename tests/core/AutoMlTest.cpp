#include "core/automl/AutoMlSearch.h"

#include "TestData.h"
#include "core/automl/SearchSpace.h"
#include "core/data/DataReader.h"
#include "core/data/SampleData.h"
#include "core/models/ModelCatalog.h"
#include "core/train/TrainingSession.h"

#include <QElapsedTimer>
#include <QtTest>

#include <atomic>
#include <thread>

using namespace churnlab;

// AutoML: the documented strategy (defaults first, then successive halving), reproducible for
// a seed and a trial count, within its budget, Cancel keeps what was found, the ensemble is
// kept only when it wins, and on Telco it beats every default learner on the test rows.
class AutoMlTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<TrainingSession> session(std::shared_ptr<const Dataset> data,
                                             const QString &target, const QString &positive = {})
    {
        TrainSpec spec;
        spec.target.column = target;
        spec.target.positive = positive;
        auto s = std::make_unique<TrainingSession>(std::move(data), spec);
        if (!s->prepare())
            return nullptr;
        return s;
    }

private slots:
    void searchSpacesAreValidSettings()
    {
        std::mt19937_64 random(1);
        for (const QString &learner : SearchSpace::learners())
            for (int i = 0; i < 50; ++i) {
                auto made = ModelCatalog::create(learner, SearchSpace::sample(learner, random));
                QVERIFY2(made.ok(),
                         made.ok() ? "" : qPrintable(learner + ": " + made.error().message));
            }
    }

    void costIsTheCheapestThreshold()
    {
        // Scores 0.9 (churner), 0.8 (stayer), 0.3 (churner), 0.1 (stayer); FP 1, FN 5.
        const std::vector<double> s {0.9, 0.8, 0.3, 0.1};
        const std::vector<qint8> y {1, 0, 1, 0};
        // Flag none: 10; the top one: 5; top two: 6; top three: 1; all: 2.
        QCOMPARE(AutoMlSearch::measure(AutoMlSpec::Metric::Cost, s, y, 1, 5), 1.0 / 4);
        QCOMPARE(AutoMlSearch::measure(AutoMlSpec::Metric::Auc, s, y, 1, 5), 0.75);
    }

    // On 30 000 rows: a holdout with three rungs; defaults first, then brackets whose
    // survivors reappear on more rows; the same seed and trial count give the same trials.
    void strategyAndReproducibility()
    {
        auto data = std::make_shared<const Dataset>(SampleData::generate(30000, 5));
        auto s = session(data, SampleData::targetColumn());
        QVERIFY(s);
        AutoMlSpec spec;
        spec.maxTrials = 24;
        spec.budgetSeconds = 600;
        std::vector<AutoMlTrial> live;
        auto first = AutoMlSearch::run(*s, spec, [&](const AutoMlTrial &t) { live.push_back(t); });
        QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().message));
        QCOMPARE(int(first->trials.size()), 24);
        QCOMPARE(int(live.size()), 24);
        QVERIFY(!first->crossValidated);
        const QStringList defaults {"nb", "lr", "tree", "gbt", "rf", "mlp"};
        for (int i = 0; i < 6; ++i) {
            QCOMPARE(first->trials[size_t(i)].learner, defaults[i]);
            QVERIFY(first->trials[size_t(i)].full);
        }
        // Bracket: nine on a ninth of the rows, three of them again on a third.
        for (int i = 6; i < 15; ++i)
            QCOMPARE(first->trials[size_t(i)].rung, 0);
        for (int i = 15; i < 18; ++i) {
            const AutoMlTrial &t = first->trials[size_t(i)];
            QCOMPARE(t.rung, 1);
            QVERIFY(std::any_of(first->trials.begin() + 6, first->trials.begin() + 15,
                                [&](const AutoMlTrial &e) { return e.params == t.params; }));
        }
        QCOMPARE(first->trials[18].rung, 2);
        // The best so far never gets worse, and the result is the best full trial.
        for (size_t i = 1; i < first->trials.size(); ++i)
            QVERIFY(first->trials[i].bestSoFar >= first->trials[i - 1].bestSoFar);
        const AutoMlTrial &best = first->trials[size_t(first->bestTrial)];
        for (const AutoMlTrial &t : first->trials)
            if (t.full && t.status == AutoMlTrial::Status::Done)
                QVERIFY(best.value >= t.value);
        QVERIFY(first->best);
        QCOMPARE(first->best->run.id, best.learner);
        QCOMPARE(first->best->id, "automl-" + best.learner);
        // Kept only when it won on validation.
        if (first->ensemble)
            QVERIFY(first->ensembleValue > best.value);

        auto again = AutoMlSearch::run(*s, spec);
        QVERIFY(again.ok());
        for (size_t i = 0; i < first->trials.size(); ++i) {
            QCOMPARE(again->trials[i].learner, first->trials[i].learner);
            QCOMPARE(again->trials[i].params, first->trials[i].params);
            QCOMPARE(again->trials[i].value, first->trials[i].value);
        }
        QCOMPARE(again->best->run.metrics.auc, first->best->run.metrics.auc);
    }

    void budgetIsHonouredAndCancelKeepsTheBest()
    {
        auto data = std::make_shared<const Dataset>(SampleData::generate(60000, 6));
        auto s = session(data, SampleData::targetColumn());
        QVERIFY(s);
        AutoMlSpec spec;
        spec.budgetSeconds = 6;
        QElapsedTimer clock;
        clock.start();
        auto timed = AutoMlSearch::run(*s, spec);
        const double seconds = double(clock.elapsed()) / 1000;
        QVERIFY2(timed.ok(), timed.ok() ? "" : qPrintable(timed.error().message));
        QVERIFY2(seconds <= spec.budgetSeconds + 3, qPrintable(QString::number(seconds)));
        QVERIFY(timed->best);

        Progress progress;
        int seen = 0;
        spec.budgetSeconds = 300;
        auto cancelled = AutoMlSearch::run(
            *s, spec,
            [&](const AutoMlTrial &) {
                if (++seen == 5)
                    progress.cancel();
            },
            progress);
        QVERIFY(cancelled.ok());
        QVERIFY(cancelled->cancelled);
        QCOMPARE(int(cancelled->trials.size()), 5);
        QVERIFY(cancelled->best);
        QVERIFY(!cancelled->ensemble);
    }

    // Another program keeps both cores busy: the search still ends within its budget (+5 %),
    // leaving out the ensemble rather than running past it.
    void budgetHoldsUnderACompetingLoad()
    {
        auto data = std::make_shared<const Dataset>(SampleData::generate(30000, 8));
        auto s = session(data, SampleData::targetColumn());
        QVERIFY(s);
        std::atomic<bool> stop {false};
        std::vector<std::thread> load;
        for (int i = 0; i < 2; ++i)
            load.emplace_back([&stop]() {
                volatile double x = 1;
                while (!stop.load(std::memory_order_relaxed))
                    x = x * 1.0000001 + 1e-9;
            });
        AutoMlSpec spec;
        spec.budgetSeconds = 10;
        QElapsedTimer clock;
        clock.start();
        auto timed = AutoMlSearch::run(*s, spec);
        const double seconds = double(clock.elapsed()) / 1000;
        stop = true;
        for (std::thread &t : load)
            t.join();
        QVERIFY2(timed.ok(), timed.ok() ? "" : qPrintable(timed.error().message));
        QVERIFY(timed->best);
        QVERIFY2(seconds <= spec.budgetSeconds * 1.05, qPrintable(QString::number(seconds)));
    }

    // The acceptance check on the Telco file: a fixed number of trials (so that the result
    // does not depend on the machine's speed) finds a model whose test AUC is at least that of
    // the best default learner on the same split.
    void telcoBeatsEveryDefault()
    {
        REQUIRE_SHARED_FILE(path, "telco-churn.csv");
        auto read = DataReader().read(path);
        QVERIFY(read.ok());
        auto s = session(std::make_shared<const Dataset>(std::move(read->dataset)), "Churn", "Yes");
        QVERIFY(s);
        double bestDefault = 0;
        for (const QString &id : SearchSpace::learners()) {
            auto r = s->train({id, {}});
            QVERIFY(r.ok());
            bestDefault = std::max(bestDefault, r->run.metrics.auc);
        }
        AutoMlSpec spec;
        spec.maxTrials = 60;
        spec.budgetSeconds = 600;
        auto outcome = AutoMlSearch::run(*s, spec);
        QVERIFY(outcome.ok());
        QVERIFY(outcome->crossValidated);
        const auto &result = outcome->ensemble ? outcome->ensemble : outcome->best;
        QVERIFY2(result->run.metrics.auc >= bestDefault,
                 qPrintable(QStringLiteral("AutoML %1 < best default %2")
                                .arg(result->run.metrics.auc)
                                .arg(bestDefault)));
    }
};

QTEST_GUILESS_MAIN(AutoMlTest)
#include "AutoMlTest.moc"

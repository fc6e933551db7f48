#include "core/train/CrossValidation.h"
#include "core/data/SampleData.h"
#include "core/eval/Split.h"

#include <QtTest>

using namespace churnlab;

class CrossValidationTest : public QObject
{
    Q_OBJECT

private slots:
    // Each fold is exactly the holdout run on that fold's rows; the pooled scores cover every
    // labelled row once.
    void foldsMatchSeparateRunsAndPoolEveryRow()
    {
        const Dataset d = SampleData::generate(2000, 4);
        auto target = BinaryTarget::fromColumn(d, SampleData::targetColumn());
        QVERIFY(target.ok());
        Progress progress;
        double last = 0;
        Progress watched([&](double f, const QString &) { last = f; });
        TrainSpec spec;
        spec.seed = 7;
        spec.validation = {ValidationSpec::Kind::KFold, 0.2, 3};
        auto report = CrossValidation::run({QStringLiteral("lr"), {}}, QStringLiteral("LR"), spec,
                                           d, *target, watched);
        QVERIFY(report.ok());
        QCOMPARE(report->foldAuc.size(), size_t(3));
        QCOMPARE(report->foldMetrics.size(), size_t(3));
        QVERIFY(report->scorer);
        QCOMPARE(last, 1.0);
        const std::vector<Split> folds = Split::stratifiedFolds(target->labels(), 3, 7);
        for (size_t f = 0; f < 3; ++f) {
            const TrainingData data =
                TrainingData::prepare(d, *target, folds[f].train, folds[f].test);
            auto run = ModelRun::train(QStringLiteral("lr"), {}, 7, data, 0.5);
            QVERIFY(run.ok());
            QCOMPARE(report->foldAuc[f], run->metrics.auc);
        }
        QCOMPARE(report->sweep.positives() + report->sweep.negatives(),
                 target->positives() + target->negatives());
        QCOMPARE(qint64(report->run.scores.size()), target->positives() + target->negatives());
        double mean = 0;
        for (double a : report->foldAuc)
            mean += a / 3;
        QVERIFY(qAbs(report->run.metrics.auc - mean) < 0.02);
        QVERIFY(!report->permutation.entries.empty());

        spec.validation.folds = 1;
        auto tooFew = CrossValidation::run({QStringLiteral("lr"), {}}, {}, spec, d, *target);
        QVERIFY(!tooFew.ok());
        progress.cancel();
        spec.validation.folds = 3;
        auto cancelled =
            CrossValidation::run({QStringLiteral("gbt"), {}}, {}, spec, d, *target, progress);
        QVERIFY(!cancelled.ok());
        QCOMPARE(cancelled.error().kind, Error::Kind::Cancelled);
    }
};

QTEST_GUILESS_MAIN(CrossValidationTest)
#include "CrossValidationTest.moc"

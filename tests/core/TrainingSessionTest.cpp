#include "core/train/TrainingSession.h"
#include "core/data/SampleData.h"
#include "core/data/csv/CsvReader.h"
#include "core/models/ModelCatalog.h"

#include <QtTest>

using namespace churnlab;

// The one training run: rows the target cannot label are counted and named; a spec round-trips
// through JSON; the steps the GUI runs one by one give what run() gives.
class TrainingSessionTest : public QObject
{
    Q_OBJECT

    static QByteArray withTarget(const QStringList &values)
    {
        QByteArray csv = "x,plan,Exited\n";
        for (int i = 0; i < values.size(); ++i)
            csv += QByteArray::number(i % 17) + (i % 3 ? ",a," : ",b,") + values[i].toUtf8() + '\n';
        return csv;
    }

private slots:
    void missingTargetCellsAreCountedAndNamed()
    {
        QStringList values;
        for (int i = 0; i < 200; ++i)
            values << (i == 5 ? QString() : i % 4 ? QStringLiteral("No") : QStringLiteral("Yes"));
        auto r = CsvReader().readBytes(withTarget(values));
        QVERIFY(r.ok());
        auto target = BinaryTarget::fromColumn(r->dataset, QStringLiteral("Exited"));
        QVERIFY(target.ok());
        QCOMPARE(target->missingRows(), 1);
        QCOMPARE(target->label(5), qint8(-1));
        QCOMPARE(target->leftOut().join(' '),
                 QStringLiteral("1 row(s) with a missing Exited left out."));
    }

    void aFewOtherValuesAreNamedAndCanBeLeftOut()
    {
        QStringList values;
        for (int i = 0; i < 200; ++i)
            values << (i == 17     ? QStringLiteral("Maybe")
                           : i % 4 ? QStringLiteral("No")
                                   : QStringLiteral("Yes"));
        auto r = CsvReader().readBytes(withTarget(values));
        QVERIFY(r.ok());
        auto refused = BinaryTarget::fromSpec(r->dataset, {QStringLiteral("Exited"), {}, false});
        QVERIFY(!refused.ok());
        const QString message = refused.error().message;
        QVERIFY2(message.contains("Maybe") && message.contains("data row 18")
                     && message.contains("--drop-other-target-values"),
                 qPrintable(message));
        auto kept = BinaryTarget::fromSpec(r->dataset, {QStringLiteral("Exited"), {}, true});
        QVERIFY(kept.ok());
        QCOMPARE(kept->otherRows(), 1);
        QCOMPARE(kept->label(17), qint8(-1));
        QCOMPARE(kept->positiveLabel(), QStringLiteral("Yes"));
        QCOMPARE(kept->positives() + kept->negatives(), 199);
        QVERIFY(kept->leftOut().join(' ').contains("Maybe"));

        // Many values are not a two-class target with strays.
        QStringList many;
        for (int i = 0; i < 200; ++i)
            many << QString::number(i % 3);
        auto r3 = CsvReader().readBytes(withTarget(many));
        auto three = BinaryTarget::fromSpec(r3->dataset, {QStringLiteral("Exited"), {}, true});
        QVERIFY(!three.ok());
        QVERIFY(three.error().message.contains("two values"));
    }

    void specRoundTripsThroughJson()
    {
        TrainSpec spec;
        spec.target = {QStringLiteral("Churn"), QStringLiteral("Yes"), true};
        spec.validation = {ValidationSpec::Kind::KFold, 0.25, 7};
        spec.seed = 18446744073709551557ull; // beyond a double's exact integers
        spec.learners = {
            {QStringLiteral("gbt"), {{QStringLiteral("max_leaves"), 15}}},
            {QStringLiteral("lr"), {{QStringLiteral("penalty"), QStringLiteral("l1")}}}};
        spec.threshold = 0.3;
        spec.costs = {2, 9};
        FeatureConfig::Transform t;
        t.role = FeatureConfig::Role::Ignore;
        spec.features.setTransform(QStringLiteral("tenure"), t);
        auto back = TrainSpec::fromJson(spec.toJson());
        QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().message));
        QVERIFY(back.value() == spec);

        QJsonObject bad = spec.toJson();
        QJsonArray learners = bad.value("learners").toArray();
        learners[0] = QJsonObject {{"id", "gbt"}, {"params", QJsonObject {{"max_leaves", 1}}}};
        bad.insert("learners", learners);
        auto refused = TrainSpec::fromJson(bad);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains("max_leaves"));
        QVERIFY(TrainSpec().validate().ok());
        QCOMPARE(TrainSpec().learnerIds(),
                 QStringList({QStringLiteral("lr"), QStringLiteral("rf"), QStringLiteral("gbt")}));
    }

    // The GUI prepares once and trains learners on worker threads; the CLI calls run(). Both
    // give the same numbers, holdout and k-fold.
    void stepsAndRunAgree_data()
    {
        QTest::addColumn<bool>("kfold");
        QTest::newRow("holdout") << false;
        QTest::newRow("kfold") << true;
    }
    void stepsAndRunAgree()
    {
        QFETCH(bool, kfold);
        auto data = std::make_shared<const Dataset>(SampleData::generate(3000, 5));
        TrainSpec spec;
        spec.target.column = SampleData::targetColumn();
        spec.learners = {{QStringLiteral("lr"), {}}, {QStringLiteral("gbt"), {}}};
        if (kfold)
            spec.validation = {ValidationSpec::Kind::KFold, 0.2, 3};
        QHash<QString, double> viaRun;
        TrainingSession a(data, spec);
        auto prep = a.run([&](const QString &id, const Result<ModelReport> &r) {
            QVERIFY(r.ok());
            viaRun.insert(id, r->run.metrics.logLoss);
        });
        QVERIFY(prep.ok());
        QCOMPARE(prep->folds, kfold ? 3 : 0);
        TrainingSession b(data, spec);
        QVERIFY(b.prepare().ok());
        // In reverse order, as worker threads may finish.
        for (qsizetype i = spec.learners.size() - 1; i >= 0; --i) {
            auto r = b.train(spec.learners[i]);
            QVERIFY(r.ok());
            QCOMPARE(r->run.metrics.logLoss, viaRun.value(spec.learners[i].id));
            if (kfold)
                QCOMPARE(r->foldMetrics.size(), size_t(3));
        }
    }

    void aTestFileThatLacksAColumnIsRefused()
    {
        auto data = std::make_shared<const Dataset>(SampleData::generate(1000, 5));
        auto r = CsvReader().readBytes("tenure_months,churn\n3,Yes\n40,No\n");
        QVERIFY(r.ok());
        TrainSpec spec;
        spec.target.column = SampleData::targetColumn();
        spec.learners = {{QStringLiteral("lr"), {}}};
        TrainingSession session(data, spec, std::make_shared<const Dataset>(std::move(r->dataset)));
        auto prep = session.prepare();
        QVERIFY(!prep.ok());
        QCOMPARE(prep.error().kind, Error::Kind::MissingColumn);
        QVERIFY2(prep.error().message.startsWith("Test file: The input has no column"),
                 qPrintable(prep.error().message));
    }
};

QTEST_GUILESS_MAIN(TrainingSessionTest)
#include "TrainingSessionTest.moc"

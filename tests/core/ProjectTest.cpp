#include "core/project/Project.h"

#include "core/data/SampleData.h"
#include "core/data/csv/CsvWriter.h"
#include "core/eval/RetentionRoi.h"
#include "core/io/ZipArchive.h"
#include "core/project/CanvasFacts.h"
#include "core/project/ProjectTraining.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace churnlab;

// A project keeps a whole analysis: saved and opened again it gives back the same data source,
// settings, models (curves and scores), canvas and ROI; damage and newer formats are refused
// with their reason; the ROI and the canvas's facts are what a hand calculation says.
class ProjectTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_csv;

    // A project on a CSV copy of the sample, trained with lr and gbt.
    Project trainedProject(const QString &projectPath)
    {
        Project p;
        p.name = QStringLiteral("Churn Q3");
        p.created = QDateTime::currentDateTimeUtc();
        auto data = std::make_shared<const Dataset>(SampleData::generate(2000, 5));
        p.data = DataSource::ofFile(m_csv, projectPath, {}, *data).value();
        p.spec.target.column = SampleData::targetColumn();
        p.spec.learners = {{QStringLiteral("lr"), {}},
                           {QStringLiteral("gbt"), {{QStringLiteral("max_iterations"), 40}}}};
        FeatureConfig::Transform id;
        id.role = FeatureConfig::Role::Id;
        p.spec.features.setTransform(QStringLiteral("customer_id"), id);
        p.spec.threshold = 0.3;
        auto prep = ProjectTraining::run(p, projectPath);
        if (!prep)
            qWarning() << prep.error().describe();
        return p;
    }

    static Result<std::shared_ptr<const Dataset>> load(const Project &p, const QString &path)
    {
        return p.data.load(path);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_csv = m_dir.filePath(QStringLiteral("data/churn.csv"));
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("data"))));
        QVERIFY(CsvWriter().write(SampleData::generate(2000, 5), m_csv).ok());
    }

    void roiMatchesAHandCalculation()
    {
        // Ten test rows, four churners; scores from high to low.
        const std::vector<double> scores {0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1, 0.05};
        const std::vector<qint8> labels {1, 1, 0, 1, 0, 0, 1, 0, 0, 0};
        const ThresholdSweep sweep = ThresholdSweep::compute(scores, labels);
        RetentionRoi::Inputs in;
        in.customersPerMonth = 1000;
        in.offerCost = 10;
        in.successRate = 0.5;
        in.retainedValue = 100;
        const RetentionRoi roi = RetentionRoi::compute(sweep, in, 0.55);
        // At 0.55: flagged 0.9, 0.8, 0.7, 0.6 → tp 3, fp 1 of n 10.
        // value = 1000 · (3/10 · 0.5 · 100 − 4/10 · 10) = 1000 · (15 − 4) = 11000.
        QCOMPARE(roi.atThreshold.monthlyValue, 11000.0);
        QCOMPARE(roi.atThreshold.contactedPerMonth, 400.0);
        QCOMPARE(roi.atThreshold.savedPerMonth, 150.0);
        // Everyone: 1000 · (4/10 · 50 − 10) = 10000; nobody: 0.
        QCOMPARE(roi.contactEveryone, 10000.0);
        QCOMPARE(roi.contactNobody, 0.0);
        // Best: at 0.3 (tp 4, fp 3): 1000 · (20 − 7) = 13000, above 0.6's 11000 and 0.8's 8000.
        QCOMPARE(roi.best.monthlyValue, 13000.0);
        QCOMPARE(roi.best.threshold, 0.3);
        QVERIFY(roi.curve.size() == sweep.points().size());
        // Expensive offers: contacting nobody is best.
        in.offerCost = 1000;
        const RetentionRoi costly = RetentionRoi::compute(sweep, in, 0.5);
        QCOMPARE(costly.best.monthlyValue, 0.0);
        QCOMPARE(costly.best.threshold, 1.0);
    }

    void roiInputsRoundTripAndRefuseNonsense()
    {
        RetentionRoi::Inputs in {5000, 12.5, 0.25, 340};
        QCOMPARE(RetentionRoi::Inputs::fromJson(in.toJson()).value(), in);
        QJsonObject bad = in.toJson();
        bad.insert(QStringLiteral("success_rate"), 1.5);
        auto refused = RetentionRoi::Inputs::fromJson(bad);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("success_rate")));
    }

    void fairnessSettingsRoundTripAndRefuseNonsense()
    {
        FairnessSettings s;
        s.column = QStringLiteral("age");
        s.bins = 5;
        s.edges = {30, 45.5, 60};
        s.groupThresholds.insert(QStringLiteral("[30, 45.5)"), 0.35);
        QCOMPARE(FairnessSettings::fromJson(s.toJson()).value(), s);
        const auto refusedWith = [&](const char *field, const QJsonValue &value) {
            QJsonObject bad = s.toJson();
            bad.insert(QLatin1String(field), value);
            auto r = FairnessSettings::fromJson(bad);
            return !r && r.error().message.contains(QLatin1String(field));
        };
        QVERIFY(refusedWith("bins", 1));
        QVERIFY(refusedWith("edges", QJsonArray {60, 30}));
        QVERIFY(refusedWith("edges", QJsonArray {QStringLiteral("30")}));
        QVERIFY(refusedWith("group_thresholds", QJsonObject {{QStringLiteral("x"), 1.5}}));
    }

    void savedProjectOpensInTheSameState()
    {
        const QString path = m_dir.filePath(QStringLiteral("churn.churnlab"));
        Project p = trainedProject(path);
        QCOMPARE(p.models.size(), 2);
        p.canvas.setNotes(QStringLiteral("value_proposition"),
                          QStringLiteral("<p>Keep <b>valuable</b> customers</p>"));
        auto data = load(p, path).value();
        p.roi = {20000, 15, 0.4, 250};
        p.fairness.column = QStringLiteral("gender");
        p.fairness.groupThresholds.insert(QStringLiteral("Female"), 0.42);
        p.charts.append(QJsonObject {{QStringLiteral("kind"), QStringLiteral("association")}});
        p.chosenModel = QStringLiteral("gbt");
        for (const QString &block : Canvas::blockIds())
            CanvasFacts::fill(p, data.get(), block);
        QVERIFY(p.save(path).ok());

        auto back = Project::open(path);
        QVERIFY2(back, qPrintable(back ? QString() : back.error().describe()));
        QCOMPARE(back->name, p.name);
        QCOMPARE(back->data.path, QStringLiteral("data/churn.csv"));
        QCOMPARE(back->data.fingerprint.sha256, p.data.fingerprint.sha256);
        QCOMPARE(back->spec, p.spec);
        QCOMPARE(back->canvas, p.canvas);
        QCOMPARE(back->roi, p.roi);
        QCOMPARE(back->fairness, p.fairness);
        QCOMPARE(back->charts, p.charts);
        QCOMPARE(back->chosen()->id(), QStringLiteral("gbt"));
        QCOMPARE(back->models.size(), 2);
        for (int i = 0; i < 2; ++i) {
            const ModelReport &a = *p.models[i].report, &b = *back->models[i].report;
            QCOMPARE(b.id, a.id);
            QCOMPARE(b.run.metrics.auc, a.run.metrics.auc);
            QCOMPARE(b.run.metrics.logLoss, a.run.metrics.logLoss);
            QCOMPARE(b.sweep.points().size(), a.sweep.points().size());
            QCOMPARE(b.sweep.roc(), a.sweep.roc());
            QCOMPARE(b.calibration.bins.size(), a.calibration.bins.size());
            QCOMPARE(b.featureNames, a.featureNames);
            QCOMPARE(b.nativeImportance, a.nativeImportance);
            QCOMPARE(b.permutation.entries.size(), a.permutation.entries.size());
            // The reopened model scores exactly as the trained one.
            auto s1 = a.scorer->score(*data), s2 = b.scorer->score(*data);
            QCOMPARE(s2->probability, s1->probability);
        }
        // Nothing in the canvas went stale by saving and opening.
        QVERIFY(CanvasFacts::stale(*back, data.get()).isEmpty());
        // Saving the reopened project writes the same bundles again.
        QCOMPARE(back->models[1].bundleBytes, p.models[1].bundleBytes);
    }

    void factsGoStaleAndUpdatesKeepTheNotes()
    {
        const QString path = m_dir.filePath(QStringLiteral("facts.churnlab"));
        Project p = trainedProject(path);
        auto data = load(p, path).value();
        const auto facts = CanvasFacts::compute(p, data.get());
        // The sample's base rate, counted by hand.
        const Dataset &d = *data;
        const int t = d.indexOf(SampleData::targetColumn());
        qint64 churners = 0;
        for (qsizetype r = 0; r < d.rowCount(); ++r)
            churners += d.column(t).text(r) == SampleData::positiveClass();
        const QString rate =
            QLocale::c().toString(100.0 * double(churners) / double(d.rowCount()), 'f', 1);
        bool found = false;
        for (const Canvas::Fact &f : facts.value(QStringLiteral("prediction_task")))
            if (f.key == QLatin1String("base_rate")) {
                found = true;
                QVERIFY2(f.value.startsWith(rate),
                         qPrintable(f.value + QLatin1String(" / ") + rate));
            }
        QVERIFY(found);

        p.canvas.setNotes(QStringLiteral("decisions"), QStringLiteral("Call the top decile."));
        CanvasFacts::fill(p, data.get(), QStringLiteral("decisions"));
        QVERIFY(CanvasFacts::stale(p, data.get()).isEmpty());
        p.spec.threshold = 0.45;
        const auto stale = CanvasFacts::stale(p, data.get());
        QVERIFY(stale.value(QStringLiteral("decisions")).contains(QStringLiteral("threshold")));
        QVERIFY(stale.value(QStringLiteral("decisions")).contains(QStringLiteral("roi")));
        CanvasFacts::fill(p, data.get(), QStringLiteral("decisions"));
        QVERIFY(CanvasFacts::stale(p, data.get()).isEmpty());
        QCOMPARE(p.canvas.block(QStringLiteral("decisions")).notes,
                 QStringLiteral("Call the top decile."));
    }

    void damagedOrNewerProjectsAreRefused()
    {
        const QString path = m_dir.filePath(QStringLiteral("damaged.churnlab"));
        Project p = trainedProject(path);
        const QByteArray good = p.bytes().value();

        auto truncated = Project::read(good.left(good.size() / 2));
        QVERIFY(!truncated);
        QCOMPARE(truncated.error().kind, Error::Kind::Malformed);

        auto garbage = Project::read(QByteArray("Churn,Tenure\nYes,3\n"));
        QVERIFY(!garbage);
        QVERIFY(garbage.error().message.contains(QStringLiteral("not a ChurnLab project")));

        auto zip = ZipArchive::open(good).value();
        QList<ZipArchive::Member> members;
        for (const QString &name : zip.names())
            members << ZipArchive::Member {name, zip.read(name, 1 << 30).value()};
        auto rebuild = [&](const std::function<void(QList<ZipArchive::Member> &)> &edit) {
            QList<ZipArchive::Member> copy = members;
            edit(copy);
            return ZipArchive::write(copy, 0).value();
        };
        auto newer = Project::read(rebuild([](QList<ZipArchive::Member> &m) {
            QJsonObject o = QJsonDocument::fromJson(m[0].data).object();
            o.insert(QStringLiteral("version"), Project::kFormatVersion + 1);
            m[0].data = QJsonDocument(o).toJson();
        }));
        QVERIFY(!newer);
        QCOMPARE(newer.error().kind, Error::Kind::NewerFormat);

        auto tampered = Project::read(rebuild([](QList<ZipArchive::Member> &m) {
            for (ZipArchive::Member &member : m)
                if (member.name.endsWith(QLatin1String(".clb"))) {
                    auto inner = ZipArchive::open(member.data).value();
                    QList<ZipArchive::Member> bundle;
                    for (const QString &n : inner.names())
                        bundle << ZipArchive::Member {n, inner.read(n, 1 << 30).value()};
                    bundle.last().data.append("tampered");
                    member.data = ZipArchive::write(bundle, 0).value();
                    return;
                }
        }));
        QVERIFY(!tampered);
        QVERIFY2(tampered.error().message.contains(QStringLiteral("model “lr”")),
                 qPrintable(tampered.error().message));

        auto missing = Project::read(rebuild([](QList<ZipArchive::Member> &m) { m.removeLast(); }));
        QVERIFY(!missing);
        QVERIFY(missing.error().message.contains(QStringLiteral(".clb")));

        // A failed save leaves the last good file as it was.
        QVERIFY(p.save(path).ok());
        const QByteArray before = [&] {
            QFile f(path);
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }();
        Project broken = p;
        broken.models[0].bundleBytes.clear();
        QVERIFY(!broken.save(path));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    }

    void movedOrChangedDataIsNoticed()
    {
        const QString path = m_dir.filePath(QStringLiteral("moved.churnlab"));
        const QString copy = m_dir.filePath(QStringLiteral("data/copy.csv"));
        QFile::remove(copy);
        QVERIFY(QFile::copy(m_csv, copy));
        auto data = std::make_shared<const Dataset>(SampleData::generate(2000, 5));
        DataSource s = DataSource::ofFile(copy, path, {}, *data).value();
        QCOMPARE(s.path, QStringLiteral("data/copy.csv"));
        QCOMPARE(s.check(path), DataSource::Status::Ok);
        // The project saved into a sub-folder still finds its data.
        const QString deeper = m_dir.filePath(QStringLiteral("sub/moved.churnlab"));
        s.rebase(path, deeper);
        QCOMPARE(s.path, QStringLiteral("../data/copy.csv"));
        QCOMPARE(s.check(deeper), DataSource::Status::Ok);

        {
            QFile f(copy);
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek(40);
            f.write("X");
        }
        QString why;
        QCOMPARE(s.check(deeper, &why), DataSource::Status::Changed);
        QVERIFY(why.contains(QStringLiteral("SHA-256")));
        QFile::remove(copy);
        QCOMPARE(s.check(deeper, &why), DataSource::Status::Missing);
        QVERIFY(why.contains(QStringLiteral("copy.csv")));
    }

    void importOptionsRoundTrip()
    {
        CsvOptions o;
        o.delimiter = ';';
        o.header = true;
        o.decimalComma = true;
        o.typeOverrides.insert(QStringLiteral("zip"), ColumnType::Categorical);
        auto back = DataSource::optionsFromJson(DataSource::optionsToJson(o)).value();
        QCOMPARE(back.delimiter, o.delimiter);
        QCOMPARE(back.header, o.header);
        QCOMPARE(back.decimalComma, o.decimalComma);
        QCOMPARE(back.typeOverrides, o.typeOverrides);
        QVERIFY(!back.encoding);
    }
};

QTEST_GUILESS_MAIN(ProjectTest)
#include "ProjectTest.moc"

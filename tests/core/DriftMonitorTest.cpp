#include "core/monitor/DriftMonitor.h"

#include "core/bundle/Bundle.h"
#include "core/data/SampleData.h"
#include "core/monitor/DriftStatistics.h"
#include "core/train/TrainingSession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace churnlab;

// Drift monitoring: the statistics equal scipy's on fixed inputs, and on generated data a
// shifted column — and only that column — is flagged, while data of the same distribution
// (another seed) flags nothing, at 10k and at 1M rows.
class DriftMonitorTest : public QObject
{
    Q_OBJECT

    std::optional<Bundle> m_bundle;

    // Current data: the sample generator with another seed, then one change.
    enum class Shift { None, ScaleMonthlyCharges, MoveContractShare, NewPaymentMethod };
    static Dataset current(qsizetype rows, Shift shift)
    {
        Dataset d = SampleData::generate(rows, 777);
        if (shift == Shift::ScaleMonthlyCharges) {
            // monthly_charges × 1.05: every customer pays 5 % more.
            const int i = d.indexOf(QStringLiteral("monthly_charges"));
            const Column &c = d.column(i);
            std::vector<double> v(size_t(c.size()));
            for (qsizetype r = 0; r < c.size(); ++r)
                v[size_t(r)] = c.isMissing(r) ? 0 : c.number(r) * 1.05;
            d.replaceColumn(i, Column::makeReal(c.name(), std::move(v), c.missingMask()));
        } else if (shift != Shift::None) {
            const bool contract = shift == Shift::MoveContractShare;
            const int i =
                d.indexOf(contract ? QStringLiteral("contract") : QStringLiteral("payment_method"));
            const Column &c = d.column(i);
            StringPool levels = c.levels();
            // contract: half of the "Two year" customers become "Month-to-month";
            // payment_method: every 20th customer pays with a method never seen in training.
            auto find = [&levels](const char *name) {
                for (quint32 l = 0; l < levels.size(); ++l)
                    if (levels.view(l) == name)
                        return l;
                return Column::missingCode32;
            };
            const quint32 from = contract ? find("Two year") : 0;
            const quint32 to = contract ? find("Month-to-month") : levels.append("Crypto wallet");
            std::vector<quint32> codes(size_t(c.size()));
            qint64 seen = 0;
            for (qsizetype r = 0; r < c.size(); ++r) {
                quint32 code = c.code(r);
                if (contract ? code == from && (seen++ % 2 == 0) : r % 20 == 0)
                    code = to;
                codes[size_t(r)] = code;
            }
            const quint32 n = levels.size();
            d.replaceColumn(i,
                            Column::makeCoded(c.name(), c.type(), std::move(levels),
                                              Column::narrowCodes(codes, n)));
        }
        return d;
    }

    QStringList flagged(const DriftReport &r)
    {
        QStringList out;
        for (const auto &f : r.features)
            if (f.drifted)
                out << f.column;
        return out;
    }

private slots:
    void initTestCase()
    {
        auto data = std::make_shared<const Dataset>(SampleData::generate(20000, 1));
        TrainSpec spec;
        spec.target.column = SampleData::targetColumn();
        spec.learners = {{QStringLiteral("lr"), {}}};
        FeatureConfig::Transform id;
        id.role = FeatureConfig::Role::Id;
        spec.features.setTransform(QStringLiteral("customer_id"), id);
        TrainingSession session(data, spec);
        QVERIFY(session.prepare().ok());
        auto report = session.train(spec.learners.first());
        QVERIFY(report.ok());
        auto bundle =
            Bundle::fromTraining(session, *report, DataFingerprint::ofDataset("sample", *data));
        QVERIFY(bundle.ok());
        // Through bytes, as a deployed bundle is read.
        auto read = Bundle::read(bundle->bytes());
        QVERIFY(read.ok());
        m_bundle = std::move(*read);
        const QByteArray reference =
            QJsonDocument(m_bundle->driftReference().toJson()).toJson(QJsonDocument::Compact);
        // Small enough to ship: under 1 MB per 100 features (16 columns here).
        QVERIFY2(reference.size() < 16 * 10 * 1024, qPrintable(QString::number(reference.size())));
    }

    // Reference values from Debian's python3-scipy 1.10.1, computed as the header of
    // DriftStatistics.h says (script in the comment of each value):
    //   a = sorted(0.5 * ((i * 7) % 23) for i in range(40)); b = sorted(0.5 * ((i * 5) % 19) + 1.3
    //   for i in range(35))
    void statisticsEqualScipy()
    {
        std::vector<double> a, b;
        for (int i = 0; i < 40; ++i)
            a.push_back(0.5 * ((i * 7) % 23));
        for (int i = 0; i < 35; ++i)
            b.push_back(0.5 * ((i * 5) % 19) + 1.3);
        std::sort(a.begin(), a.end());
        std::sort(b.begin(), b.end());
        // stats.ks_2samp(a, b).statistic; stats.kstwobign.sf(sqrt(n*m/(n+m)) * D)
        const auto ks = DriftStatistics::ks(a, b);
        QVERIFY(std::abs(ks.statistic - 0.125) < 1e-12);
        QVERIFY(std::abs(ks.pValue - 0.9324454651610864) < 1e-9);
        // stats.wasserstein_distance(a, b) / np.std(a)
        double mean = 0, sq = 0;
        for (double v : a) {
            mean += v;
            sq += v * v;
        }
        mean /= a.size();
        const double sd = std::sqrt(sq / a.size() - mean * mean);
        QVERIFY(std::abs(DriftStatistics::wasserstein(a, b, sd) - 0.16753624160579919) < 1e-9);
        // stats.chi2_contingency([[120, 80, 50, 30], [100, 95, 40, 45]], correction=False)
        const auto chi = DriftStatistics::chiSquare({120, 80, 50, 30}, {100, 95, 40, 45});
        QVERIFY(std::abs(chi.statistic - 7.2150072150072146) < 1e-9);
        QVERIFY(std::abs(chi.pValue - 0.065351516678412547) < 1e-9);
        QCOMPARE(chi.dof, 3);
        // scipy.spatial.distance.jensenshannon(p, q) on the shares of the same rows
        QVERIFY(std::abs(DriftStatistics::jensenShannon({120, 80, 50, 30}, {100, 95, 40, 45})
                         - 0.080410351241505862)
                < 1e-9);
        // np.sum((q - p) * np.log(q / p)) with shares floored at 1e-4
        QVERIFY(std::abs(DriftStatistics::psi({120, 80, 50, 30}, {100, 95, 40, 45})
                         - 0.051919989730512685)
                < 1e-9);
        // stats.chi2.sf(5.4, 7); stats.kstwobign.sf(0.1), stats.kstwobign.sf(1.0)
        QVERIFY(std::abs(DriftStatistics::gammaQ(3.5, 2.7) - 0.61127154293957897) < 1e-9);
        QVERIFY(std::abs(DriftStatistics::kolmogorovSurvival(0.1) - 1.0) < 1e-9);
        QVERIFY(std::abs(DriftStatistics::kolmogorovSurvival(1.0) - 0.26999967167735456) < 1e-9);
    }

    void flagsTheShiftedColumnOnly_data()
    {
        QTest::addColumn<qsizetype>("rows");
        QTest::addColumn<int>("shift");
        QTest::addColumn<QStringList>("expected");
        for (qsizetype rows : {qsizetype(10000), qsizetype(1000000)}) {
            const QByteArray n = QByteArray::number(rows);
            QTest::newRow("same distribution " + n) << rows << int(Shift::None) << QStringList();
            QTest::newRow("monthly_charges x1.05 " + n)
                << rows << int(Shift::ScaleMonthlyCharges) << QStringList {"monthly_charges"};
            QTest::newRow("half of two-year contracts to monthly " + n)
                << rows << int(Shift::MoveContractShare) << QStringList {"contract"};
            QTest::newRow("new payment method in 5% " + n)
                << rows << int(Shift::NewPaymentMethod) << QStringList {"payment_method"};
        }
    }
    void flagsTheShiftedColumnOnly()
    {
        QFETCH(qsizetype, rows);
        QFETCH(int, shift);
        QFETCH(QStringList, expected);
        const Dataset data = current(rows, Shift(shift));
        auto report = DriftMonitor::compare(*m_bundle, data);
        QVERIFY2(report.ok(), qPrintable(report ? QString() : report.error().describe()));
        QCOMPARE(flagged(*report), expected);
        QCOMPARE(report->anyDrift(), !expected.isEmpty() || report->scoresDrifted);
        QVERIFY(!report->datasetDrift());
        if (Shift(shift) == Shift::NewPaymentMethod) {
            const auto &f = report->features.first();
            QCOMPARE(f.newCategories, QStringList {"Crypto wallet"});
            QCOMPARE(f.newCategoryRows, qint64(rows / 20));
        }
        if (Shift(shift) == Shift::None)
            QVERIFY(!report->scoresDrifted);
        // The sample has the target: live metrics beside the offline ones.
        QVERIFY(report->live.has_value());
        QVERIFY(report->offline.has_value());
        if (Shift(shift) == Shift::None)
            QVERIFY(std::abs(report->live->auc - report->offline->auc) < 0.03);
    }

    void smallSamplesUseTests()
    {
        auto report = DriftMonitor::compare(*m_bundle, current(500, Shift::None));
        QVERIFY(report.ok());
        for (const auto &f : report->features) {
            QCOMPARE(f.test, f.numeric ? QStringLiteral("ks") : QStringLiteral("chi_square"));
            QVERIFY(!std::isnan(f.pValue));
        }
        // One false alarm in twenty is what a 5 % test allows; far more would be a bug.
        QVERIFY(report->driftedFeatures() <= 3);
    }

    void readsARequestLogAndRefusesBadInput()
    {
        QTemporaryDir dir;
        const QString log = dir.filePath(QStringLiteral("requests.jsonl"));
        QFile f(log);
        QVERIFY(f.open(QIODevice::WriteOnly));
        // Scores only (a service that does not log inputs): the scores are compared.
        for (int i = 0; i < 200; ++i) {
            QJsonArray p;
            for (int k = 0; k < 10; ++k)
                p.append(0.9 + 0.0001 * k); // far higher than training scores
            f.write(QJsonDocument(QJsonObject {{"probabilities", p}}).toJson(QJsonDocument::Compact)
                    + '\n');
        }
        f.close();
        auto report = DriftMonitor::compareFile(*m_bundle, log);
        QVERIFY(report.ok());
        QVERIFY(report->scoresAvailable);
        QVERIFY(report->scoresDrifted);
        QVERIFY(report->features.isEmpty());

        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"probabilities\": [0.1]}\nthis is not json\n");
        f.close();
        auto bad = DriftMonitor::compareFile(*m_bundle, log);
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().line, qint64(2));

        // A CSV without a column the model needs says which.
        Dataset d = current(2000, Shift::None);
        Dataset without;
        for (int c = 0; c < d.columnCount(); ++c)
            if (d.column(c).name() != QLatin1String("tenure_months"))
                without.addColumn(d.column(c));
        auto missing = DriftMonitor::compare(*m_bundle, without);
        QVERIFY(missing.ok());
        QCOMPARE(missing->missingColumns, QStringList {"tenure_months"});
        QVERIFY(missing->anyDrift());
    }
};

QTEST_GUILESS_MAIN(DriftMonitorTest)
#include "DriftMonitorTest.moc"

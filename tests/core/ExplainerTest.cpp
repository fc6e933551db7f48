#include "core/explain/Explainer.h"

#include "core/bundle/Bundle.h"
#include "core/data/csv/CsvReader.h"
#include "core/explain/PartialDependence.h"
#include "core/explain/TreeShap.h"
#include "core/io/ZipArchive.h"
#include "core/models/TreeModel.h"
#include "core/train/TrainingSession.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

#include <random>

using namespace churnlab;

// Per-customer contributions per source column: exact for trees (TreeSHAP, grouped) and for
// logistic regression (equal to a brute-force Shapley computation over every coalition of
// columns against the background), an estimate for the other models that still adds up
// exactly and stays close to that brute force; and the background travels in the bundle.
class ExplainerTest : public QObject
{
    Q_OBJECT

    std::shared_ptr<const Dataset> m_data;

    // Five columns (two categorical, one with a missing value now and then) and a target that
    // depends on tenure, contract and charges.
    static std::shared_ptr<const Dataset> generate(int rows)
    {
        std::mt19937_64 random(7);
        std::normal_distribution<double> normal;
        std::uniform_int_distribution<int> level(0, 2);
        QByteArray csv = "tenure,charges,contract,region,score,churn\n";
        const char *contracts[] = {"monthly", "yearly", "two-year"};
        const char *regions[] = {"north", "south", "east"};
        for (int i = 0; i < rows; ++i) {
            const double tenure = std::abs(normal(random)) * 20;
            const double charges = 50 + 20 * normal(random);
            const int contract = level(random), region = level(random);
            const double score = normal(random);
            const double logit =
                1.0 - 0.08 * tenure + 0.02 * (charges - 50) - 1.2 * contract + 0.3 * normal(random);
            const bool churn =
                1 / (1 + std::exp(-logit)) > std::uniform_real_distribution<>()(random);
            csv += QByteArray::number(tenure, 'f', 2) + ','
                + (i % 17 == 0 ? QByteArray() : QByteArray::number(charges, 'f', 2)) + ','
                + contracts[contract] + ',' + regions[region] + ','
                + QByteArray::number(score, 'f', 3) + ',' + (churn ? "yes" : "no") + '\n';
        }
        auto read = CsvReader().readBytes(csv);
        return std::make_shared<const Dataset>(std::move(read.value().dataset));
    }

    struct Trained
    {
        std::unique_ptr<TrainingSession> session;
        ModelReport report;
    };

    Trained train(const QString &learner)
    {
        TrainSpec spec;
        spec.target.column = QStringLiteral("churn");
        spec.target.positive = QStringLiteral("Yes");
        spec.learners = {{learner, {}}};
        Trained t;
        t.session = std::make_unique<TrainingSession>(m_data, spec);
        if (auto prep = t.session->prepare(); !prep)
            qWarning() << prep.error().message;
        else if (auto report = t.session->train(spec.learners.first()); !report)
            qWarning() << report.error().message;
        else
            t.report = std::move(report.value());
        return t;
    }

    // Shapley values of the columns by definition: every coalition S of columns, valued as the
    // model's output with the columns in S taken from x and the rest from each background row
    // in turn (averaged), weighted |S|!(n−|S|−1)!/n!.
    static std::vector<double> bruteForce(const Explainer &explainer, const Eigen::RowVectorXd &x,
                                          bool logOdds)
    {
        const Model &model = explainer.scorer().model();
        const Eigen::MatrixXd &background = explainer.background();
        const int n = int(explainer.columns().size());
        const std::vector<int> &column = explainer.featureColumn();
        std::vector<double> value(size_t(1) << n);
        for (quint32 s = 0; s < (1u << n); ++s) {
            Eigen::MatrixXd points = background;
            for (Eigen::Index f = 0; f < x.size(); ++f)
                if (s & (1u << column[size_t(f)]))
                    points.col(f).setConstant(x(f));
            const Eigen::VectorXd p = model.predictProba(points);
            value[s] = logOdds ? (p.array() / (1 - p.array())).log().mean() : p.mean();
        }
        std::vector<double> factorial(size_t(n + 1), 1.0);
        for (int i = 1; i <= n; ++i)
            factorial[size_t(i)] = factorial[size_t(i - 1)] * i;
        std::vector<double> phi(size_t(n), 0.0);
        for (int j = 0; j < n; ++j)
            for (quint32 s = 0; s < (1u << n); ++s) {
                if (s & (1u << j))
                    continue;
                const int size = std::popcount(s);
                phi[size_t(j)] += factorial[size_t(size)] * factorial[size_t(n - size - 1)]
                    / factorial[size_t(n)] * (value[s | (1u << j)] - value[s]);
            }
        return phi;
    }

private slots:
    void initTestCase() { m_data = generate(4000); }

    void treeContributionsArePerColumnTreeShap()
    {
        for (const QString learner : {"gbt", "rf", "tree"}) {
            Trained t = train(learner);
            QVERIFY2(t.report.explainer, qPrintable(learner));
            const Explainer &explainer = *t.report.explainer;
            QCOMPARE(explainer.method(), Explainer::Method::TreeShap);
            QCOMPARE(explainer.columns(),
                     QStringList({"tenure", "charges", "contract", "region", "score"}));
            const TrainingData &data = *t.session->trainingData();
            const Eigen::MatrixXd x = data.xTest.topRows(300);
            auto e = explainer.explainFeatures(x);
            QVERIFY(e.ok());
            QCOMPARE(e->logOdds, learner == QLatin1String("gbt"));
            const auto &trees = static_cast<const TreeModel &>(explainer.scorer().model());
            double expected = 0;
            const Eigen::MatrixXd perFeature = TreeShap::explainAll(trees, x, &expected);
            QCOMPARE(e->expected, expected);
            const Eigen::VectorXd p = trees.predictProba(x);
            for (Eigen::Index r = 0; r < x.rows(); ++r) {
                const double margin = e->logOdds ? std::log(p(r) / (1 - p(r))) : p(r);
                QVERIFY2(std::abs(e->output(r) - margin) < 1e-9, qPrintable(learner));
                QVERIFY(std::abs(e->expected + e->values.row(r).sum() - margin) < 1e-9);
                // Each column is the sum of its features' contributions.
                for (int c = 0; c < int(explainer.columns().size()); ++c) {
                    double sum = 0;
                    for (Eigen::Index f = 0; f < x.cols(); ++f)
                        if (explainer.featureColumn()[size_t(f)] == c)
                            sum += perFeature(r, f);
                    QVERIFY(std::abs(sum - e->values(r, c)) < 1e-12);
                }
            }
        }
    }

    void linearContributionsAreExactShapley()
    {
        Trained t = train(QStringLiteral("lr"));
        const Explainer &explainer = *t.report.explainer;
        QCOMPARE(explainer.method(), Explainer::Method::Linear);
        QCOMPARE(explainer.background().rows(), Eigen::Index(Explainer::kBackgroundRows));
        const Eigen::MatrixXd x = t.session->trainingData()->xTest.topRows(5);
        auto e = explainer.explainFeatures(x);
        QVERIFY(e.ok());
        QVERIFY(e->logOdds);
        const Eigen::VectorXd p = explainer.scorer().model().predictProba(x);
        for (Eigen::Index r = 0; r < x.rows(); ++r) {
            QVERIFY(std::abs(e->output(r) - std::log(p(r) / (1 - p(r)))) < 1e-9);
            const std::vector<double> exact = bruteForce(explainer, x.row(r), true);
            for (size_t c = 0; c < exact.size(); ++c)
                QVERIFY2(std::abs(exact[c] - e->values(r, Eigen::Index(c))) < 1e-9,
                         qPrintable(QStringLiteral("row %1 column %2: %3 vs %4")
                                        .arg(r)
                                        .arg(c)
                                        .arg(exact[c])
                                        .arg(e->values(r, Eigen::Index(c)))));
        }
    }

    void samplingEstimatesAddUpAndApproachShapley()
    {
        for (const QString learner : {"nb", "mlp"}) {
            Trained t = train(learner);
            const Explainer &explainer = *t.report.explainer;
            QCOMPARE(explainer.method(), Explainer::Method::Sampling);
            const Eigen::MatrixXd x = t.session->trainingData()->xTest.topRows(8);
            auto e = explainer.explainFeatures(x);
            QVERIFY(e.ok());
            QVERIFY(!e->logOdds);
            const Eigen::VectorXd p = explainer.scorer().model().predictProba(x);
            const Eigen::VectorXd atBackground =
                explainer.scorer().model().predictProba(explainer.background());
            QVERIFY(std::abs(e->expected - atBackground.mean()) < 1e-12);
            double worst = 0;
            for (Eigen::Index r = 0; r < x.rows(); ++r) {
                QVERIFY(std::abs(e->expected + e->values.row(r).sum() - p(r)) < 1e-9);
                const std::vector<double> exact = bruteForce(explainer, x.row(r), false);
                for (size_t c = 0; c < exact.size(); ++c)
                    worst = std::max(worst, std::abs(exact[c] - e->values(r, Eigen::Index(c))));
            }
            // 128 orders over five columns: within a few hundredths of a probability.
            QVERIFY2(worst < 0.03, qPrintable(QStringLiteral("%1: %2").arg(learner).arg(worst)));
            // Seeded: the same rows give the same estimates.
            auto again = explainer.explainFeatures(x);
            QCOMPARE(again->values, e->values);
        }
    }

    void shapImportanceRanksThePlantedColumns()
    {
        Trained t = train(QStringLiteral("gbt"));
        QCOMPARE(t.report.shapColumns.size(), 5);
        QCOMPARE(t.report.shapMethod, QStringLiteral("tree_shap"));
        const auto &mean = t.report.shapImportance;
        const auto at = [&](const char *c) {
            return mean[size_t(t.report.shapColumns.indexOf(QLatin1String(c)))];
        };
        // tenure, contract and charges drive churn; region and score are noise.
        for (const char *signal : {"tenure", "contract", "charges"})
            for (const char *noise : {"region", "score"})
                QVERIFY2(at(signal) > at(noise), signal);
        auto again = ModelReport::fromJson(t.report.toJson());
        QVERIFY(again.ok());
        QCOMPARE(again->shapImportance, t.report.shapImportance);
        QCOMPARE(again->shapColumns, t.report.shapColumns);
    }

    // Partial dependence: each ICE value is the model's probability for the customer with the
    // column changed (checked by scoring that record as any input), the average is their
    // mean, and the planted effects show: churn falls with tenure and with longer contracts.
    void partialDependenceRescoresTheCustomer()
    {
        Trained t = train(QStringLiteral("lr"));
        const Scorer &scorer = *t.report.scorer;
        const auto &rows = t.session->trainingData()->testRows;
        const std::vector<quint32> sample(rows.begin(), rows.begin() + 200);
        for (const QString column : {"tenure", "contract"}) {
            auto pd = PartialDependence::compute(scorer, *m_data, sample, column);
            QVERIFY2(pd.ok(), pd.ok() ? "" : qPrintable(pd.error().message));
            QCOMPARE(pd->categorical, column == QLatin1String("contract"));
            QCOMPARE(pd->ice.rows(), Eigen::Index(PartialDependence::kIceRows));
            for (int k = 0; k < int(pd->x.size()); ++k) {
                QJsonObject record;
                for (int c = 0; c < m_data->columnCount(); ++c) {
                    const Column &col = m_data->column(c);
                    record.insert(col.name(),
                                  col.isMissing(sample[3]) ? QJsonValue()
                                      : isNumericType(col.type())
                                      ? QJsonValue(col.number(sample[3]))
                                      : QJsonValue(col.text(sample[3])));
                }
                record.insert(column,
                              pd->categorical ? QJsonValue(pd->labels[k])
                                              : QJsonValue(pd->x[size_t(k)]));
                auto scored = scorer.scoreRecords(QJsonArray {record});
                QVERIFY(scored.ok());
                QVERIFY(std::abs(scored->probability[0] - pd->ice(3, k)) < 1e-12);
            }
            const auto &a = pd->average;
            if (column == QLatin1String("tenure"))
                QVERIFY(a.front() > a.back() + 0.2);
            else
                QCOMPARE(pd->labels, QStringList({"monthly", "two-year", "yearly"}));
        }
        QVERIFY(!PartialDependence::compute(scorer, *m_data, sample, "churn").ok());
    }

    void bundleKeepsTheBackground()
    {
        Trained t = train(QStringLiteral("lr"));
        auto bundle = Bundle::fromTraining(*t.session, t.report,
                                           DataFingerprint::ofDataset("generated", *m_data));
        QVERIFY(bundle.ok());
        auto reopened = Bundle::read(bundle->bytes());
        QVERIFY2(reopened.ok(), reopened.ok() ? "" : qPrintable(reopened.error().message));
        QCOMPARE(reopened->explainer()->background(), t.report.explainer->background());
        std::vector<quint32> rows {1, 2, 3};
        auto fromBundle = reopened->explainer()->explain(*m_data, rows);
        auto fromReport = t.report.explainer->explain(*m_data, rows);
        QVERIFY(fromBundle.ok() && fromReport.ok());
        QCOMPARE(fromBundle->values, fromReport->values);
        QCOMPARE(fromBundle->rowJson(0, 2).value("contributions").toArray().size(), 2);

        // A bundle from before explanations (no background) still opens; the linear model
        // then says what it lacks rather than guessing a baseline.
        auto zip = ZipArchive::open(bundle->bytes());
        QList<ZipArchive::Member> members;
        QJsonObject manifest, sums;
        for (const QString &name : zip->names()) {
            const QByteArray data = zip->read(name, 1 << 30).value();
            if (name == QLatin1String("manifest.json"))
                manifest = QJsonDocument::fromJson(data).object();
            else if (name != QLatin1String("explain_background.json")) {
                members << ZipArchive::Member {name, data};
                sums.insert(
                    name,
                    QString::fromLatin1(
                        QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()));
            }
        }
        manifest.insert("members", sums);
        members.prepend({"manifest.json", QJsonDocument(manifest).toJson()});
        auto old = Bundle::read(ZipArchive::write(members, 0).value());
        QVERIFY(old.ok());
        auto refused = old->explainer()->explain(*m_data, rows);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains("background"));

        // A background of the wrong width is refused, naming the member.
        members.append(
            ZipArchive::Member {"explain_background.json",
                                R"({"format":"churnlab-explain-background","version":1,"rows":1,)"
                                R"("features":2,"data":[1,2]})"});
        sums.insert(
            "explain_background.json",
            QString::fromLatin1(
                QCryptographicHash::hash(members.last().data, QCryptographicHash::Sha256).toHex()));
        manifest.insert("members", sums);
        members[0] = {"manifest.json", QJsonDocument(manifest).toJson()};
        auto wrong = Bundle::read(ZipArchive::write(members, 0).value());
        QVERIFY(!wrong.ok());
        QVERIFY2(wrong.error().message.contains("explain_background.json"),
                 qPrintable(wrong.error().message));
    }
};

QTEST_GUILESS_MAIN(ExplainerTest)
#include "ExplainerTest.moc"

#include "core/automl/AutoMlSearch.h"

#include "core/automl/SearchSpace.h"
#include "core/eval/Split.h"
#include "core/models/ModelCatalog.h"
#include "core/train/TrainingSession.h"

#include <QElapsedTimer>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <random>

namespace churnlab {

namespace {

// Rows below which a rung is too small to rank configurations by.
constexpr qint64 kMinRungRows = 2000;
// Up to this many training rows, a configuration is judged by 5-fold cross-validation (its
// pooled out-of-fold scores) rather than one holdout, whose few rows would make the choice
// among hundreds of trials a lottery.
constexpr qint64 kMaxCrossValidationRows = 20000;
constexpr int kFolds = 5;
constexpr int kEta = 3; // successive halving keeps the best 1/η at each rung
constexpr int kEnsembleMembers = 3;

Eigen::MatrixXd takeRows(const Eigen::MatrixXd &x, const std::vector<quint32> &rows)
{
    Eigen::MatrixXd out(Eigen::Index(rows.size()), x.cols());
    for (size_t i = 0; i < rows.size(); ++i)
        out.row(Eigen::Index(i)) = x.row(rows[i]);
    return out;
}

// One search: the data of each rung, the clock, the trials and what they found.
class Runner
{
public:
    Runner(const TrainingSession &session, const AutoMlSpec &spec,
           const AutoMlSearch::TrialCallback &onTrial, Progress &progress)
        : m_session(session)
        , m_spec(spec)
        , m_onTrial(onTrial)
        , m_progress(progress)
        , m_random(spec.seed)
        , m_learners(spec.learners.isEmpty() ? SearchSpace::learners() : spec.learners)
    {
        m_clock.start();
    }

    Result<AutoMlSearch::Outcome> run();

private:
    void prepare(const TrainingData &data);
    double elapsed() const { return double(m_clock.nsecsElapsed()) / 1e9; }
    // The search stops early enough for the final fits (estimated from the best trials).
    double searchDeadline() const;
    bool stopping() const;
    bool better(double a, double b) const
    {
        return AutoMlSpec::higherIsBetter(m_spec.metric) ? a > b : a < b;
    }
    const AutoMlTrial &evaluate(const QString &learner, const QJsonObject &params, int rung);
    void bracket();
    QString drawLearner();
    std::vector<int> fullTrialsBestFirst() const;
    Result<bool> finish(AutoMlSearch::Outcome &out);

    const TrainingSession &m_session;
    AutoMlSpec m_spec;
    const AutoMlSearch::TrialCallback &m_onTrial;
    Progress &m_progress;
    std::mt19937_64 m_random;
    QStringList m_learners;
    QElapsedTimer m_clock;
    double m_fpCost = 1, m_fnCost = 5;

    // What one trial fits and predicts: a holdout is one fold; cross-validation has five, whose
    // validation rows together are all the rows.
    struct Fold
    {
        Eigen::MatrixXd x;
        Eigen::VectorXd y;
        Eigen::MatrixXd validX;
        std::vector<quint32> validAt; // where its predictions go among the validation rows
    };
    std::vector<std::vector<Fold>> m_rungs; // per rung, from the fewest rows
    std::vector<qint8> m_validY;
    qint64 m_searchRows = 0;
    bool m_crossValidated = false;
    std::vector<int> m_groups;

    std::vector<AutoMlTrial> m_trials;
    std::map<int, std::vector<double>> m_validScores; // full trials: validation probabilities
    std::map<QString, double> m_bestOf; // best value per learner at any rung
    double m_best = qQNaN();
};

void Runner::prepare(const TrainingData &data)
{
    std::vector<qint8> y(size_t(data.yTrain.size()));
    for (size_t i = 0; i < y.size(); ++i)
        y[i] = qint8(data.yTrain(Eigen::Index(i)));
    m_groups = data.pipeline.featureGroups();
    auto fold = [&](const std::vector<quint32> &fit, const std::vector<quint32> &valid,
                    std::vector<quint32> validAt) {
        Fold f {takeRows(data.xTrain, fit), Eigen::VectorXd(Eigen::Index(fit.size())),
                takeRows(data.xTrain, valid), std::move(validAt)};
        for (size_t i = 0; i < fit.size(); ++i)
            f.y(Eigen::Index(i)) = data.yTrain(fit[i]);
        return f;
    };
    if (qint64(y.size()) <= kMaxCrossValidationRows) {
        m_crossValidated = true;
        m_validY = y;
        m_searchRows = qint64(y.size());
        std::vector<Fold> folds;
        for (const Split &split : Split::stratifiedFolds(y, kFolds, m_spec.seed))
            folds.push_back(fold(split.train, split.test, split.test));
        m_rungs.push_back(std::move(folds));
        return;
    }
    const Split split = Split::stratified(y, 0.2, m_spec.seed);
    std::vector<quint32> order = split.train;
    std::shuffle(order.begin(), order.end(), std::mt19937_64(m_spec.seed + 1));
    m_searchRows = qint64(order.size());
    for (const quint32 r : split.test)
        m_validY.push_back(y[r]);
    std::vector<quint32> validAt(split.test.size());
    std::iota(validAt.begin(), validAt.end(), 0u);
    // Rungs of n/9, n/3 and n rows; the small ones only when they are large enough to rank.
    std::vector<qint64> sizes;
    for (qint64 size = m_searchRows; size >= kMinRungRows || sizes.empty(); size /= kEta) {
        sizes.insert(sizes.begin(), size);
        if (sizes.size() == 3)
            break;
    }
    for (const qint64 size : sizes)
        m_rungs.push_back(
            {fold(std::vector<quint32>(order.begin(), order.begin() + size), split.test, validAt)});
}

double Runner::searchDeadline() const
{
    // A final fit sees 1/0.8 of the rows of a full holdout trial, or 1.25 of one of a
    // cross-validated trial's five fits; the report adds importance.
    const double scale = m_crossValidated ? 1.25 / kFolds : 1 / 0.8;
    double reserve = 1.0;
    const std::vector<int> order = fullTrialsBestFirst();
    QStringList seen;
    for (size_t i = 0; i < order.size() && seen.size() < kEnsembleMembers; ++i) {
        const AutoMlTrial &t = m_trials[size_t(order[i])];
        if (seen.contains(t.learner))
            continue;
        // The final fit's report adds permutation importance and explanations to the fit:
        // measured, they cost about as much again.
        if (seen.isEmpty() || m_spec.ensemble)
            reserve += 2.5 * t.seconds * scale;
        seen << t.learner;
    }
    return m_spec.budgetSeconds - reserve;
}

bool Runner::stopping() const
{
    return m_progress.isCancelled() || elapsed() >= searchDeadline()
        || (m_spec.maxTrials > 0 && int(m_trials.size()) >= m_spec.maxTrials);
}

const AutoMlTrial &Runner::evaluate(const QString &learner, const QJsonObject &params, int rung)
{
    AutoMlTrial t;
    t.number = int(m_trials.size()) + 1;
    t.learner = learner;
    t.params = params;
    t.rung = rung;
    const std::vector<Fold> &folds = m_rungs[size_t(rung)];
    t.rows = m_crossValidated ? m_searchRows : folds.front().x.rows();
    t.fraction = double(t.rows) / double(m_searchRows);
    t.full = rung == int(m_rungs.size()) - 1;
    QElapsedTimer clock;
    clock.start();
    Progress trial;
    const double deadline = searchDeadline();
    trial.setCancelCheck([this, deadline] {
        return m_progress.isCancelled()
            || (m_spec.maxTrials == 0 && elapsed() >= std::max(deadline, 0.0));
    });
    std::vector<double> scores(m_validY.size(), 0.0);
    for (const Fold &fold : folds) {
        auto made = ModelCatalog::create(learner, params, m_spec.seed);
        if (!made) {
            t.status = AutoMlTrial::Status::Failed;
            t.message = made.error().message;
            break;
        }
        made.value()->setFeatureGroups(m_groups);
        if (auto fitted = made.value()->fit(fold.x, fold.y, trial); !fitted) {
            t.status = fitted.error().kind == Error::Kind::Cancelled ? AutoMlTrial::Status::Stopped
                                                                     : AutoMlTrial::Status::Failed;
            t.message = fitted.error().message;
            break;
        }
        const Eigen::VectorXd p = made.value()->predictProba(fold.validX);
        for (size_t i = 0; i < fold.validAt.size(); ++i)
            scores[fold.validAt[i]] = p(Eigen::Index(i));
    }
    if (t.status == AutoMlTrial::Status::Done) {
        t.value = AutoMlSearch::measure(m_spec.metric, scores, m_validY, m_fpCost, m_fnCost);
        if (!std::isfinite(t.value))
            t.status = AutoMlTrial::Status::Failed;
        else if (t.full)
            m_validScores[t.number] = std::move(scores);
    }
    t.seconds = double(clock.nsecsElapsed()) / 1e9;
    t.elapsed = elapsed();
    if (t.status == AutoMlTrial::Status::Done) {
        auto [it, fresh] = m_bestOf.emplace(learner, t.value);
        if (!fresh && better(t.value, it->second))
            it->second = t.value;
        if (t.full && (std::isnan(m_best) || better(t.value, m_best)))
            m_best = t.value;
    }
    t.bestSoFar = m_best;
    m_trials.push_back(t);
    if (m_onTrial)
        m_onTrial(m_trials.back());
    m_progress.report(std::min(0.9, 0.9 * elapsed() / m_spec.budgetSeconds),
                      AutoMlSearch::tr("Trial %1: %2").arg(t.number).arg(learner));
    return m_trials.back();
}

QString Runner::drawLearner()
{
    // The two learners that did best so far are drawn five times as often as the rest;
    // learners whose defaults failed are not drawn again.
    QStringList ranked;
    for (const auto &[learner, value] : m_bestOf)
        if (m_learners.contains(learner))
            ranked << learner;
    std::sort(ranked.begin(), ranked.end(), [&](const QString &a, const QString &b) {
        return better(m_bestOf.at(a), m_bestOf.at(b));
    });
    if (ranked.isEmpty())
        return m_learners.first();
    std::vector<double> weights;
    for (qsizetype i = 0; i < ranked.size(); ++i)
        weights.push_back(i < 2 ? 1.0 : 0.2);
    std::discrete_distribution<int> pick(weights.begin(), weights.end());
    return ranked[pick(m_random)];
}

void Runner::bracket()
{
    const int rungs = int(m_rungs.size());
    int count = 1;
    for (int r = 1; r < rungs; ++r)
        count *= kEta;
    std::vector<std::pair<QString, QJsonObject>> configs;
    for (int i = 0; i < count; ++i) {
        const QString learner = drawLearner();
        configs.emplace_back(learner, SearchSpace::sample(learner, m_random));
    }
    for (int rung = 0; rung < rungs && !configs.empty(); ++rung) {
        std::vector<std::pair<double, size_t>> ranked;
        for (size_t i = 0; i < configs.size(); ++i) {
            if (stopping())
                return;
            const AutoMlTrial &t = evaluate(configs[i].first, configs[i].second, rung);
            if (t.status == AutoMlTrial::Status::Done)
                ranked.emplace_back(t.value, i);
        }
        std::sort(ranked.begin(), ranked.end(),
                  [&](const auto &a, const auto &b) { return better(a.first, b.first); });
        std::vector<std::pair<QString, QJsonObject>> next;
        for (size_t i = 0; i < std::max<size_t>(1, configs.size() / kEta) && i < ranked.size(); ++i)
            next.push_back(configs[ranked[i].second]);
        configs = std::move(next);
    }
}

std::vector<int> Runner::fullTrialsBestFirst() const
{
    std::vector<int> out;
    for (size_t i = 0; i < m_trials.size(); ++i)
        if (m_trials[i].full && m_trials[i].status == AutoMlTrial::Status::Done)
            out.push_back(int(i));
    std::stable_sort(out.begin(), out.end(), [&](int a, int b) {
        return better(m_trials[size_t(a)].value, m_trials[size_t(b)].value);
    });
    return out;
}

Result<AutoMlSearch::Outcome> Runner::run()
{
    const auto data = m_session.trainingData();
    if (!data)
        return Error {Error::Kind::InvalidArgument,
                      AutoMlSearch::tr("AutoML needs a prepared holdout or test-file session; "
                                       "cross-validation is not supported for the search.")};
    m_fpCost = m_session.spec().costs.falsePositive;
    m_fnCost = m_session.spec().costs.falseNegative;
    prepare(*data);
    const int full = int(m_rungs.size()) - 1;
    // Fast learners first, so that a short budget still sees several.
    for (const char *id : {"nb", "lr", "tree", "gbt", "rf", "mlp"})
        if (m_learners.contains(QLatin1String(id)) && !stopping())
            evaluate(QLatin1String(id), SearchSpace::fixed(QLatin1String(id)), full);
    while (!stopping())
        bracket();
    AutoMlSearch::Outcome out;
    out.spec = m_spec;
    out.cancelled = m_progress.isCancelled();
    out.searchRows = m_searchRows;
    out.validationRows = qint64(m_validY.size());
    out.crossValidated = m_crossValidated;
    auto finished = finish(out);
    out.trials = m_trials;
    out.seconds = elapsed();
    if (!finished)
        return finished.error();
    return out;
}

Result<bool> Runner::finish(AutoMlSearch::Outcome &out)
{
    const std::vector<int> order = fullTrialsBestFirst();
    if (order.empty())
        return Error {m_progress.isCancelled() ? Error::Kind::Cancelled : Error::Kind::InvalidValue,
                      AutoMlSearch::tr("No trial finished within the budget; give it more time.")};
    out.bestTrial = order.front();
    const AutoMlTrial &best = m_trials[size_t(order.front())];
    // Neither the budget nor Cancel stops the best model's fit: Cancel keeps what was found.
    Progress finalFits;
    m_progress.report(0.9, AutoMlSearch::tr("Training the best model on all training rows…"));
    const double beforeBest = elapsed();
    auto report = m_session.train(LearnerSpec {best.learner, best.params}, finalFits);
    const double bestSeconds = elapsed() - beforeBest;
    if (!report)
        return report.error();
    report->id = QStringLiteral("automl-") + report->id;
    report->title = AutoMlSearch::tr("AutoML: %1").arg(report->title);
    out.best = std::make_shared<const ModelReport>(std::move(report.value()));
    if (!m_spec.ensemble)
        return true;
    // The best trial of each of the best three learners, averaged on the validation rows.
    QJsonArray members;
    std::vector<double> mean(m_validY.size(), 0.0);
    for (const int i : order) {
        const AutoMlTrial &t = m_trials[size_t(i)];
        if (out.ensembleMembers.contains(t.learner))
            continue;
        out.ensembleMembers << t.learner;
        members.append(QJsonObject {{QStringLiteral("learner"), t.learner},
                                    {QStringLiteral("params"), t.params}});
        const std::vector<double> &s = m_validScores.at(t.number);
        for (size_t r = 0; r < mean.size(); ++r)
            mean[r] += s[r];
        if (out.ensembleMembers.size() == kEnsembleMembers)
            break;
    }
    if (out.ensembleMembers.size() < 2)
        return true;
    for (double &v : mean)
        v /= double(out.ensembleMembers.size());
    out.ensembleValue = AutoMlSearch::measure(m_spec.metric, mean, m_validY, m_fpCost, m_fnCost);
    if (!better(out.ensembleValue, best.value) || m_progress.isCancelled())
        return true;
    // The ensemble refits each member: about the best's final fit per member. When that would
    // overrun the budget (a loaded machine), the best model is the answer, on time.
    if (m_spec.maxTrials == 0
        && elapsed() + bestSeconds * double(out.ensembleMembers.size()) > m_spec.budgetSeconds) {
        out.notes << AutoMlSearch::tr("The ensemble was not trained: it would have run past the "
                                      "time budget.");
        return true;
    }
    m_progress.report(0.95, AutoMlSearch::tr("Training the ensemble on all training rows…"));
    auto ensemble =
        m_session.train(LearnerSpec {QStringLiteral("ensemble"),
                                     QJsonObject {{QStringLiteral("members"), members}}},
                        finalFits);
    if (!ensemble)
        return ensemble.error();
    ensemble->id = QStringLiteral("automl-ensemble");
    ensemble->title = AutoMlSearch::tr("AutoML: ensemble of %1")
                          .arg(out.ensembleMembers.join(QStringLiteral(", ")));
    out.ensemble = std::make_shared<const ModelReport>(std::move(ensemble.value()));
    return true;
}

} // namespace

Result<AutoMlSearch::Outcome> AutoMlSearch::run(const TrainingSession &session,
                                                const AutoMlSpec &spec,
                                                const TrialCallback &onTrial, Progress &progress)
{
    if (auto ok = spec.validate(); !ok)
        return ok.error();
    return Runner(session, spec, onTrial, progress).run();
}

double AutoMlSearch::measure(AutoMlSpec::Metric metric, const std::vector<double> &scores,
                             const std::vector<qint8> &labels, double falsePositiveCost,
                             double falseNegativeCost)
{
    if (metric != AutoMlSpec::Metric::Cost) {
        const BinaryMetrics m = BinaryMetrics::compute(scores, labels);
        return metric == AutoMlSpec::Metric::Auc  ? m.auc
            : metric == AutoMlSpec::Metric::PrAuc ? m.prAuc
                                                  : m.logLoss;
    }
    // Flag the k highest scores, for every k that falls between two distinct scores: the
    // cheapest is what the best threshold costs.
    std::vector<size_t> order(scores.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::sort(order.begin(), order.end(),
              [&](size_t a, size_t b) { return scores[a] > scores[b]; });
    double positives = 0;
    for (const qint8 y : labels)
        positives += y == 1;
    const CostMatrix costs {falsePositiveCost, falseNegativeCost};
    double fp = 0, fn = positives;
    double best = costs.of(fp, fn);
    for (size_t i = 0; i < order.size(); ++i) {
        (labels[order[i]] == 1 ? fn : fp) += labels[order[i]] == 1 ? -1 : 1;
        if (i + 1 == order.size() || scores[order[i + 1]] != scores[order[i]])
            best = std::min(best, costs.of(fp, fn));
    }
    return scores.empty() ? 0.0 : best / double(scores.size());
}

QJsonObject AutoMlSearch::Outcome::toJson() const
{
    QJsonArray t;
    for (const AutoMlTrial &trial : trials)
        t.append(trial.toJson());
    QJsonObject o {
        {QStringLiteral("spec"), spec.toJson()},
        {QStringLiteral("trials"), t},
        {QStringLiteral("seconds"), seconds},
        {QStringLiteral("cancelled"), cancelled},
        {QStringLiteral("search_rows"), searchRows},
        {QStringLiteral("validation_rows"), validationRows},
        {QStringLiteral("cross_validated"), crossValidated},
        {QStringLiteral("ensemble_members"), QJsonArray::fromStringList(ensembleMembers)},
        {QStringLiteral("ensemble_kept"), ensemble != nullptr},
        {QStringLiteral("notes"), QJsonArray::fromStringList(notes)}};
    if (bestTrial >= 0)
        o.insert(QStringLiteral("best_trial"), trials[size_t(bestTrial)].number);
    if (std::isfinite(ensembleValue))
        o.insert(QStringLiteral("ensemble_value"), ensembleValue);
    if (best)
        o.insert(QStringLiteral("best"), best->run.toJson());
    if (ensemble)
        o.insert(QStringLiteral("ensemble"), ensemble->run.toJson());
    return o;
}

} // namespace churnlab

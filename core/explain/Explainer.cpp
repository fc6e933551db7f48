#include "core/explain/Explainer.h"

#include "core/EnumNames.h"

#include "core/Parallel.h"
#include "core/explain/FastTreeShap.h"
#include "core/explain/TreeShap.h"
#include "core/models/LogisticRegression.h"
#include "core/models/Tree.h"
#include "core/models/TreeModel.h"
#include "core/models/VotingEnsemble.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QThread>

#include <algorithm>
#include <numeric>
#include <random>

namespace churnlab {

namespace {

Error cancelled()
{
    return Error {Error::Kind::Cancelled, Explainer::tr("The explanation was cancelled.")};
}

// Rows per piece of work between progress reports and cancellation checks.
constexpr Eigen::Index kChunkRows = 2048;

} // namespace

Explainer::Explainer(std::shared_ptr<const Scorer> scorer, Eigen::MatrixXd background, quint64 seed)
    : m_scorer(std::move(scorer))
    , m_background(std::move(background))
    , m_seed(seed)
{
    const Model &model = m_scorer->model();
    if (dynamic_cast<const TreeModel *>(&model))
        m_method = Method::TreeShap;
    else if (dynamic_cast<const LogisticRegression *>(&model))
        m_method = Method::Linear;
    else
        m_method = Method::Sampling;
    const QStringList sources = m_scorer->pipeline().sourceColumns();
    for (const QString &source : sources) {
        qsizetype at = m_columns.indexOf(source);
        if (at < 0) {
            at = m_columns.size();
            m_columns << source;
        }
        m_featureColumn.push_back(int(at));
    }
}

double Explainer::evaluationSteps(const Model &model)
{
    if (const auto *trees = dynamic_cast<const TreeModel *>(&model)) {
        double steps = 0;
        for (const Tree &t : trees->ensemble().trees)
            steps += std::max(t.depth(), 1);
        return std::max(steps, 1.0);
    }
    if (const auto *vote = dynamic_cast<const VotingEnsemble *>(&model)) {
        double steps = 0;
        for (const auto &member : vote->models())
            steps += evaluationSteps(*member);
        return std::max(steps, 1.0);
    }
    // Linear models, naive Bayes and the one-hidden-layer network: some work per feature.
    return 64.0 * std::max(model.featureCount(), 1);
}

double Explainer::stepsPerRow() const
{
    const Model &model = m_scorer->model();
    switch (m_method) {
    case Method::Linear:
        return double(model.featureCount());
    case Method::Sampling:
        // 2 × background chains of (columns − 1) model evaluations.
        return 2.0 * double(std::max<Eigen::Index>(m_background.rows(), 1))
            * double(m_columns.size()) * evaluationSteps(model);
    case Method::TreeShap:
        break;
    }
    double steps = 0;
    for (const Tree &t : static_cast<const TreeModel &>(model).ensemble().trees) {
        const double depth = t.depth(), leaves = t.leafCount();
        steps += depth <= FastTreeShap::kMaxPathFeatures ? leaves * std::max(depth, 1.0)
                                                         : leaves * depth * depth;
    }
    return std::max(steps, 1.0);
}

Eigen::Index Explainer::affordableRows(double steps, Eigen::Index least, Eigen::Index most) const
{
    return std::clamp(Eigen::Index(steps / stepsPerRow()), least, most);
}

Eigen::MatrixXd Explainer::sampleBackground(const Eigen::MatrixXd &x, quint64 seed)
{
    if (x.rows() <= kBackgroundRows)
        return x;
    std::vector<Eigen::Index> order(size_t(x.rows()));
    std::iota(order.begin(), order.end(), Eigen::Index(0));
    std::mt19937_64 random(seed);
    std::shuffle(order.begin(), order.end(), random);
    order.resize(kBackgroundRows);
    std::sort(order.begin(), order.end());
    Eigen::MatrixXd out(kBackgroundRows, x.cols());
    for (int i = 0; i < kBackgroundRows; ++i)
        out.row(i) = x.row(order[size_t(i)]);
    return out;
}

Eigen::MatrixXd Explainer::grouped(const Eigen::MatrixXd &perFeature) const
{
    Eigen::MatrixXd out = Eigen::MatrixXd::Zero(perFeature.rows(), m_columns.size());
    for (Eigen::Index f = 0; f < perFeature.cols(); ++f)
        out.col(m_featureColumn[size_t(f)]) += perFeature.col(f);
    return out;
}

Result<Explainer::Explanations> Explainer::explainFeatures(const Eigen::MatrixXd &x,
                                                           Progress &progress) const
{
    const Model &model = m_scorer->model();
    if (x.cols() != Eigen::Index(m_featureColumn.size()) || x.cols() != model.featureCount())
        return Error {Error::Kind::InvalidArgument,
                      tr("The rows have %1 features; the model takes %2.")
                          .arg(x.cols())
                          .arg(model.featureCount())};
    if (m_method != Method::TreeShap && m_background.rows() == 0)
        return Error {Error::Kind::InvalidArgument,
                      tr("This model was saved without the background sample its explanations "
                         "need; train or export it again.")};
    if (m_method == Method::Sampling) {
        Explanations e = sampling(x, progress);
        if (progress.isCancelled())
            return cancelled();
        return e;
    }
    Explanations e;
    e.method = m_method;
    e.columns = m_columns;
    e.values.resize(x.rows(), m_columns.size());
    if (m_method == Method::Linear) {
        const auto &lr = static_cast<const LogisticRegression &>(model);
        const Eigen::RowVectorXd mean = m_background.colwise().mean();
        const Eigen::VectorXd &w = lr.coefficients();
        e.logOdds = true;
        e.expected = lr.intercept() + mean.dot(w);
        e.values = grouped((x.rowwise() - mean).array().rowwise() * w.transpose().array());
    } else {
        const auto &trees = static_cast<const TreeModel &>(model);
        e.logOdds = trees.marginIsLogOdds();
        for (Eigen::Index start = 0; start < x.rows(); start += kChunkRows) {
            if (progress.isCancelled())
                return cancelled();
            const Eigen::Index n = std::min(kChunkRows, x.rows() - start);
            e.values.middleRows(start, n) =
                grouped(TreeShap::explainAll(trees, x.middleRows(start, n), &e.expected));
            progress.report(double(start + n) / double(x.rows()));
        }
        if (x.rows() == 0) {
            const Eigen::VectorXd none = Eigen::VectorXd::Zero(x.cols());
            e.expected = TreeShap::explain(trees, none.data(), int(x.cols())).expected;
        }
    }
    e.output = e.values.rowwise().sum().array() + e.expected;
    return e;
}

Explainer::Explanations Explainer::sampling(const Eigen::MatrixXd &x, Progress &progress) const
{
    const Model &model = m_scorer->model();
    const int groups = int(m_columns.size());
    const Eigen::Index b = m_background.rows(), f = x.cols();
    std::vector<std::vector<Eigen::Index>> featuresOf(static_cast<size_t>(groups));
    for (Eigen::Index i = 0; i < f; ++i)
        featuresOf[size_t(m_featureColumn[size_t(i)])].push_back(i);
    const Eigen::VectorXd atBackground = model.predictProba(m_background);
    Explanations e;
    e.method = Method::Sampling;
    e.columns = m_columns;
    e.expected = atBackground.mean();
    e.values = Eigen::MatrixXd::Zero(x.rows(), groups);
    e.output = model.predictProba(x);
    std::atomic<Eigen::Index> done = 0;
    std::atomic<bool> stopped = false;
    // Two orders (one and its reverse) per background row; each chain's points between the
    // background row and the customer are scored in one batch per customer.
    const Eigen::Index chains = 2 * b, inner = std::max(groups - 1, 0);
    parallelFor(int(x.rows()), QThread::idealThreadCount(), [&](int row, bool calling) {
        if (stopped.load() || progress.isCancelled()) {
            stopped = true;
            return;
        }
        std::mt19937_64 random(m_seed ^ (0x9E3779B97F4A7C15ull * quint64(row + 1)));
        std::vector<std::vector<int>> orders(static_cast<size_t>(chains));
        std::vector<int> order(static_cast<size_t>(groups));
        std::iota(order.begin(), order.end(), 0);
        Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor> points(
            chains * inner, f);
        Eigen::Index k = 0;
        for (Eigen::Index c = 0; c < chains; ++c) {
            if (c % 2 == 0)
                std::shuffle(order.begin(), order.end(), random);
            else
                std::reverse(order.begin(), order.end());
            orders[size_t(c)] = order;
            Eigen::RowVectorXd v = m_background.row(c / 2);
            for (Eigen::Index s = 0; s < inner; ++s) {
                for (const Eigen::Index i : featuresOf[size_t(order[size_t(s)])])
                    v(i) = x(row, i);
                points.row(k++) = v;
            }
        }
        const Eigen::VectorXd p = inner > 0 ? model.predictProba(points) : Eigen::VectorXd();
        Eigen::RowVectorXd phi = Eigen::RowVectorXd::Zero(groups);
        k = 0;
        for (Eigen::Index c = 0; c < chains; ++c) {
            double previous = atBackground(c / 2);
            for (int s = 0; s < groups; ++s) {
                const double current = s < inner ? p(k++) : e.output(row);
                phi(orders[size_t(c)][size_t(s)]) += current - previous;
                previous = current;
            }
        }
        e.values.row(row) = phi / double(chains);
        const Eigen::Index finished = ++done;
        if (calling)
            progress.report(double(finished) / double(x.rows()));
    });
    return e;
}

Result<Explainer::Explanations> Explainer::explain(const ConformedInput &input,
                                                   const std::vector<quint32> &rows,
                                                   Progress &progress) const
{
    return explainFeatures(m_scorer->pipeline().transform(input.lookup(), rows), progress);
}

Result<Explainer::Explanations>
Explainer::explain(const Dataset &input, const std::vector<quint32> &rows, Progress &progress) const
{
    ScoringReport report;
    auto conformed = m_scorer->schema().conform(input, report);
    if (!conformed)
        return conformed.error();
    return explain(*conformed, rows, progress);
}

std::vector<int> Explainer::Explanations::top(Eigen::Index row, int k) const
{
    std::vector<int> order(size_t(values.cols()));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return std::abs(values(row, a)) > std::abs(values(row, b));
    });
    if (k > 0 && size_t(k) < order.size())
        order.resize(size_t(k));
    return order;
}

QJsonObject Explainer::Explanations::rowJson(Eigen::Index row, int k) const
{
    QJsonArray contributions;
    for (const int c : top(row, k))
        contributions.append(QJsonObject {{QStringLiteral("column"), columns[c]},
                                          {QStringLiteral("value"), values(row, c)}});
    return {{QStringLiteral("expected"), expected},
            {QStringLiteral("output"), output(row)},
            {QStringLiteral("contributions"), contributions}};
}

std::vector<double> Explainer::Explanations::meanAbsolute() const
{
    std::vector<double> out(size_t(values.cols()), 0.0);
    if (values.rows() > 0)
        for (Eigen::Index c = 0; c < values.cols(); ++c)
            out[size_t(c)] = values.col(c).cwiseAbs().mean();
    return out;
}

QString Explainer::methodId(Method method)
{
    static const EnumNames<Method> names {{Method::TreeShap, "tree_shap"},
                                          {Method::Linear, "linear"},
                                          {Method::Sampling, "sampling_shapley"}};
    return names.name(method);
}

QString Explainer::methodTitle(Method method)
{
    switch (method) {
    case Method::TreeShap:
        return tr("exact TreeSHAP");
    case Method::Linear:
        return tr("exact linear contributions");
    case Method::Sampling:
        break;
    }
    return tr("sampling Shapley estimate");
}

QString Explainer::scaleTitle(bool logOdds)
{
    return logOdds ? tr("log-odds") : tr("probability");
}

} // namespace churnlab

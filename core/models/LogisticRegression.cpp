#include "core/models/LogisticRegression.h"

#include "core/JsonFields.h"
#include "core/Parallel.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QThread>

#include <algorithm>
#include <cmath>

namespace churnlab {

namespace {

Eigen::VectorXd sigmoid(const Eigen::VectorXd &z)
{
    return z.unaryExpr([](double v) {
        return v >= 0 ? 1.0 / (1.0 + std::exp(-v)) : std::exp(v) / (1.0 + std::exp(v));
    });
}

constexpr Eigen::Index kBlockRows = 8192;

// XᵀWX, the costly part of a Newton step. It is symmetric, so a rank update of √W·X fills one
// triangle (LDLT reads only that one) for half the work of a general product. Single precision
// is enough for the step direction — the gradient stays exact, so Newton still converges to the
// same optimum — and doubles the arithmetic rate. Fixed row blocks, summed in block order, make
// the result the same on one thread or many.
Eigen::MatrixXd weightedGram(const Eigen::MatrixXd &x, const Eigen::VectorXd &w)
{
    const Eigen::Index n = x.rows(), p = x.cols();
    const int blocks = int((n + kBlockRows - 1) / kBlockRows);
    std::vector<Eigen::MatrixXf> partial(static_cast<size_t>(blocks));
    parallelFor(blocks, QThread::idealThreadCount(), [&](int b, bool) {
        const Eigen::Index start = Eigen::Index(b) * kBlockRows,
                           rows = std::min(kBlockRows, n - start);
        const Eigen::MatrixXf sx =
            (x.middleRows(start, rows).array().colwise() * w.segment(start, rows).array().sqrt())
                .cast<float>();
        Eigen::MatrixXf &g = partial[size_t(b)];
        g = Eigen::MatrixXf::Zero(p, p);
        g.selfadjointView<Eigen::Lower>().rankUpdate(sx.transpose());
    });
    Eigen::MatrixXf sum = Eigen::MatrixXf::Zero(p, p);
    for (const Eigen::MatrixXf &g : partial)
        sum += g;
    return sum.cast<double>();
}

// The Newton system at θ = (w, b) for C·Σ log-loss + ½·l2‖w‖² (plus an L1 part the caller
// handles): the gradient, and the Hessian's lower triangle with `ridge` on the weights'
// diagonal. Both solvers build it the same way, once per pass over the data.
void newtonSystem(const Eigen::MatrixXd &x, const Eigen::VectorXd &y, const Eigen::VectorXd &theta,
                  double c, double l2, double ridge, Eigen::VectorXd &gradient,
                  Eigen::MatrixXd &hessian)
{
    const Eigen::Index p = x.cols();
    const Eigen::VectorXd prob = sigmoid((x * theta.head(p)).array() + theta(p));
    const Eigen::VectorXd residual = prob - y;
    gradient.resize(p + 1);
    gradient.head(p) = l2 * theta.head(p) + c * (x.transpose() * residual);
    gradient(p) = c * residual.sum();
    const Eigen::VectorXd w = (prob.array() * (1.0 - prob.array())).matrix() * c;
    hessian.setZero(p + 1, p + 1);
    hessian.topLeftCorner(p, p) = weightedGram(x, w);
    hessian.topLeftCorner(p, p).diagonal().array() += ridge;
    hessian.block(p, 0, 1, p) = (x.transpose() * w).transpose();
    hessian(p, p) = w.sum() + 1e-12;
}

// Weights at zero, the intercept at the base rate's log-odds: saves a Newton step or two.
Eigen::VectorXd initialTheta(const Eigen::VectorXd &y, Eigen::Index p)
{
    Eigen::VectorXd theta = Eigen::VectorXd::Zero(p + 1);
    const double rate = std::clamp(y.mean(), 1e-6, 1.0 - 1e-6);
    theta(p) = std::log(rate / (1.0 - rate));
    return theta;
}

Error cancelled()
{
    return {Error::Kind::Cancelled, LogisticRegression::tr("Training was cancelled.")};
}

} // namespace

Result<bool> LogisticRegression::fit(const Eigen::MatrixXd &x, const Eigen::VectorXd &y,
                                     Progress &progress)
{
    const Eigen::Index n = x.rows(), p = x.cols();
    if (n == 0 || y.size() != n)
        return Error {Error::Kind::InvalidArgument, LogisticRegression::tr("No training rows.")};
    if (m_options.penalty != Options::Penalty::L2)
        return fitProximal(x, y, progress);
    // θ = (w, b); the intercept is the last parameter and is not penalised.
    Eigen::VectorXd theta = initialTheta(y, p);
    Eigen::VectorXd gradient;
    Eigen::MatrixXd hessian;
    for (m_iterations = 0; m_iterations < m_options.maxIterations; ++m_iterations) {
        if (progress.isCancelled())
            return cancelled();
        newtonSystem(x, y, theta, m_options.c, 1.0, 1.0, gradient, hessian);
        const Eigen::VectorXd step = hessian.ldlt().solve(gradient);
        theta -= step;
        progress.report(std::min(1.0, double(m_iterations + 1) / 10.0));
        if (step.cwiseAbs().maxCoeff() < m_options.tolerance) {
            ++m_iterations;
            break;
        }
    }
    m_weights = theta.head(p);
    m_intercept = theta(p);
    return true;
}

// The L1 and elastic-net objectives are not smooth; a proximal Newton method keeps Newton's
// few passes over the data: the quadratic model with the L1 term is minimised by coordinate
// descent on the (p+1)² Hessian, and a backtracking line search on the true objective
// guarantees descent.
Result<bool> LogisticRegression::fitProximal(const Eigen::MatrixXd &x, const Eigen::VectorXd &y,
                                             Progress &progress)
{
    const Eigen::Index n = x.rows(), p = x.cols();
    const double c = m_options.c;
    const double l1 =
        m_options.penalty == Options::Penalty::L1 ? 1.0 : std::clamp(m_options.l1Ratio, 0.0, 1.0);
    const double l2 = 1.0 - l1;
    Eigen::VectorXd theta = initialTheta(y, p);
    auto objective = [&](const Eigen::VectorXd &t) {
        const Eigen::VectorXd z = (x * t.head(p)).array() + t(p);
        double loss = 0;
        for (Eigen::Index i = 0; i < n; ++i) {
            const double s = y(i) > 0.5 ? z(i) : -z(i);
            loss += s > 0 ? std::log1p(std::exp(-s)) : -s + std::log1p(std::exp(s));
        }
        return c * loss + l1 * t.head(p).lpNorm<1>() + 0.5 * l2 * t.head(p).squaredNorm();
    };
    double current = objective(theta);
    Eigen::VectorXd gradient;
    Eigen::MatrixXd hessian;
    for (m_iterations = 0; m_iterations < m_options.maxIterations; ++m_iterations) {
        if (progress.isCancelled())
            return cancelled();
        newtonSystem(x, y, theta, c, l2, l2 + 1e-12, gradient, hessian);
        const Eigen::MatrixXd h = hessian.selfadjointView<Eigen::Lower>();

        // Coordinate descent on g·d + ½dᵀHd + l1‖w + d‖₁.
        Eigen::VectorXd d = Eigen::VectorXd::Zero(p + 1), hd = Eigen::VectorXd::Zero(p + 1);
        for (int sweep = 0; sweep < 1000; ++sweep) {
            double largest = 0;
            for (Eigen::Index j = 0; j <= p; ++j) {
                const double a = h(j, j);
                const double slope = gradient(j) + hd(j) - a * d(j);
                double next;
                if (j == p) {
                    next = -slope / a;
                } else {
                    const double u = theta(j) - slope / a, cut = l1 / a;
                    next = (u > cut ? u - cut : u < -cut ? u + cut : 0.0) - theta(j);
                }
                const double delta = next - d(j);
                if (delta != 0) {
                    hd += h.col(j) * delta;
                    d(j) = next;
                    largest = std::max(largest, std::abs(delta));
                }
            }
            if (largest < 1e-13)
                break;
        }
        const double decrease = gradient.dot(d)
            + l1 * ((theta.head(p) + d.head(p)).lpNorm<1>() - theta.head(p).lpNorm<1>());
        double step = 1.0, next = objective(theta + d);
        while (next > current + 1e-4 * step * decrease && step > 1e-10) {
            step /= 2;
            next = objective(theta + step * d);
        }
        theta += step * d;
        const bool converged = (step * d).cwiseAbs().maxCoeff() < m_options.tolerance
            || current - next < 1e-15 * std::max(1.0, std::abs(current));
        current = next;
        progress.report(std::min(1.0, double(m_iterations + 1) / 10.0));
        if (converged) {
            ++m_iterations;
            break;
        }
    }
    m_weights = theta.head(p);
    m_intercept = theta(p);
    return true;
}

std::vector<double> LogisticRegression::featureImportance() const
{
    std::vector<double> out(size_t(m_weights.size()));
    for (Eigen::Index i = 0; i < m_weights.size(); ++i)
        out[size_t(i)] = std::abs(m_weights(i));
    return out;
}

Eigen::VectorXd LogisticRegression::predictProba(const Eigen::MatrixXd &x) const
{
    return sigmoid((x * m_weights).array() + m_intercept);
}

const ParamTable<LogisticRegression::Options> &LogisticRegression::table()
{
    using P = Options::Penalty;
    static const ParamTable<Options> t =
        ParamTable<Options>()
            .real("c", &Options::c, 1e-9, 1e9,
                  QT_TRANSLATE_NOOP("churnlab::ModelCatalog",
                                    "Inverse penalty strength, as scikit-learn's C: smaller "
                                    "values shrink the coefficients more"),
                  true)
            .choice("penalty", &Options::penalty,
                    EnumNames<P> {{P::L2, "l2"}, {P::L1, "l1"}, {P::ElasticNet, "elasticnet"}},
                    QT_TRANSLATE_NOOP("churnlab::ModelCatalog",
                                      "l2 keeps every feature; l1 sets weak ones to zero; "
                                      "elasticnet mixes the two"))
            .real("l1_ratio", &Options::l1Ratio, 0, 1,
                  QT_TRANSLATE_NOOP("churnlab::ModelCatalog",
                                    "Elastic net only: the L1 share of the penalty"))
            .integer("max_iterations", &Options::maxIterations, 1, 10000,
                     QT_TRANSLATE_NOOP("churnlab::ModelCatalog",
                                       "Most Newton steps before the solver stops"));
    return t;
}

QJsonObject LogisticRegression::state() const
{
    return {
        {QStringLiteral("intercept"), m_intercept},
        {QStringLiteral("iterations"), m_iterations},
        {QStringLiteral("coefficients"),
         toJsonArray(std::vector<double>(m_weights.data(), m_weights.data() + m_weights.size()))}};
}

Result<bool> LogisticRegression::loadState(const QJsonObject &state, int features)
{
    JsonFields f(state, Model::tr("logistic regression"));
    const double intercept = f.number("intercept");
    const int iterations = f.integer("iterations", 0, 1 << 30);
    const std::vector<double> w = f.numbers("coefficients", features);
    if (!f.ok())
        return f.error();
    m_intercept = intercept;
    m_iterations = iterations;
    m_weights = Eigen::Map<const Eigen::VectorXd>(w.data(), Eigen::Index(w.size()));
    return true;
}

} // namespace churnlab

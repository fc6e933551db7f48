#include "LogisticRegression.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

namespace churnlab {

namespace {

Eigen::VectorXd sigmoid(const Eigen::VectorXd &z)
{
    return z.unaryExpr([](double v) {
        return v >= 0 ? 1.0 / (1.0 + std::exp(-v)) : std::exp(v) / (1.0 + std::exp(v));
    });
}

} // namespace

Result<bool> LogisticRegression::fit(const Eigen::MatrixXd &x, const Eigen::VectorXd &y,
                                     Progress &progress)
{
    const Eigen::Index n = x.rows(), p = x.cols();
    if (n == 0 || y.size() != n)
        return Error {
            Error::Kind::InvalidArgument,
            QCoreApplication::translate("churnlab::LogisticRegression", "No training rows.")};
    // θ = (w, b); the intercept is the last parameter and is not penalised.
    Eigen::VectorXd theta = Eigen::VectorXd::Zero(p + 1);
    Eigen::MatrixXd hessian(p + 1, p + 1);
    for (m_iterations = 0; m_iterations < m_options.maxIterations; ++m_iterations) {
        if (progress.isCancelled())
            return Error {Error::Kind::Cancelled,
                          QCoreApplication::translate("churnlab::LogisticRegression",
                                                      "Training was cancelled.")};
        const Eigen::VectorXd prob = sigmoid((x * theta.head(p)).array() + theta(p));
        const Eigen::VectorXd residual = prob - y;
        Eigen::VectorXd gradient(p + 1);
        gradient.head(p) = theta.head(p) + m_options.c * (x.transpose() * residual);
        gradient(p) = m_options.c * residual.sum();
        const Eigen::VectorXd w = (prob.array() * (1.0 - prob.array())).matrix() * m_options.c;
        const Eigen::MatrixXd wx = x.array().colwise() * w.array();
        hessian.topLeftCorner(p, p).noalias() = x.transpose() * wx;
        hessian.topLeftCorner(p, p).diagonal().array() += 1.0;
        hessian.block(0, p, p, 1) = wx.colwise().sum().transpose();
        hessian.block(p, 0, 1, p) = hessian.block(0, p, p, 1).transpose();
        hessian(p, p) = w.sum() + 1e-12;
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

Eigen::VectorXd LogisticRegression::predictProba(const Eigen::MatrixXd &x) const
{
    return sigmoid((x * m_weights).array() + m_intercept);
}

QJsonObject LogisticRegression::toJson() const
{
    QJsonArray weights;
    for (double w : m_weights)
        weights.append(w);
    return {{QStringLiteral("model"), name()},
            {QStringLiteral("c"), m_options.c},
            {QStringLiteral("intercept"), m_intercept},
            {QStringLiteral("coefficients"), weights}};
}

} // namespace churnlab

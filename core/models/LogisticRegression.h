#pragma once

#include "Model.h"

namespace churnlab {

// L2-penalised logistic regression with an unpenalised intercept, the objective of
// scikit-learn's LogisticRegression(C): ½‖w‖² + C·Σ log-loss. Solved by Newton's method,
// which on churn-sized feature counts converges in a handful of passes over the data, each
// one BLAS-3-shaped work (XᵀWX) that Eigen vectorises.
class LogisticRegression final : public Model
{
public:
    struct Options
    {
        double c = 1.0;
        int maxIterations = 100;
        double tolerance = 1e-10; // on the largest Newton step component
    };

    LogisticRegression() = default;
    explicit LogisticRegression(Options options)
        : m_options(options)
    {
    }

    QString name() const override { return QStringLiteral("lr"); }
    Result<bool> fit(const Eigen::MatrixXd &x, const Eigen::VectorXd &y,
                     Progress &progress = Progress::none()) override;
    Eigen::VectorXd predictProba(const Eigen::MatrixXd &x) const override;
    QJsonObject toJson() const override;

    const Eigen::VectorXd &coefficients() const { return m_weights; }
    double intercept() const { return m_intercept; }
    int iterations() const { return m_iterations; }

private:
    Options m_options;
    Eigen::VectorXd m_weights;
    double m_intercept = 0;
    int m_iterations = 0;
};

} // namespace churnlab

#pragma once

#include "core/models/Model.h"
#include "core/models/ParamTable.h"
#include <QCoreApplication>

namespace churnlab {

// Penalised logistic regression with an unpenalised intercept, the objective of
// scikit-learn's LogisticRegression(C, penalty, l1_ratio): C·Σ log-loss + r‖w‖₁ + (1−r)/2‖w‖²,
// with r = 0 for L2, 1 for L1. Solved by Newton's method, which on churn-sized feature counts
// converges in a handful of passes over the data, each one BLAS-3-shaped work (XᵀWX) that
// Eigen vectorises. With an L1 part, each step is a proximal Newton step: coordinate descent
// on the quadratic model (no pass over the data) and a backtracking line search.
class LogisticRegression final : public Model
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::LogisticRegression)

public:
    struct Options
    {
        double c = 1.0;
        int maxIterations = 100;
        double tolerance = 1e-10; // on the largest Newton step component
        enum class Penalty { L2, L1, ElasticNet } penalty = Penalty::L2;
        double l1Ratio = 0.5; // elastic net: the L1 share of the penalty

        bool operator==(const Options &) const = default;
    };
    static const ParamTable<Options> &table();

    LogisticRegression() = default;
    explicit LogisticRegression(Options options)
        : m_options(options)
    {
    }

    QString name() const override { return QStringLiteral("lr"); }
    Result<bool> fit(const Eigen::MatrixXd &x, const Eigen::VectorXd &y,
                     Progress &progress = Progress::none()) override;
    Eigen::VectorXd predictProba(const Eigen::MatrixXd &x) const override;
    QJsonObject params() const override { return table().write(m_options); }
    QJsonObject state() const override;
    Result<bool> loadState(const QJsonObject &state, int features) override;
    int featureCount() const override { return int(m_weights.size()); }
    std::vector<double> featureImportance() const override;

    const Eigen::VectorXd &coefficients() const { return m_weights; }
    double intercept() const { return m_intercept; }
    int iterations() const { return m_iterations; }

private:
    Result<bool> fitProximal(const Eigen::MatrixXd &x, const Eigen::VectorXd &y,
                             Progress &progress);

    Options m_options;
    Eigen::VectorXd m_weights;
    double m_intercept = 0;
    int m_iterations = 0;
};

} // namespace churnlab

#pragma once

#include "core/Result.h"
#include "core/scoring/Scorer.h"

#include <Eigen/Dense>

#include <QCoreApplication>
#include <QStringList>

#include <vector>

namespace churnlab {

// How the predicted churn probability moves with one source column, everything else as it is
// (Friedman's partial dependence, and Goldstein et al.'s individual conditional expectation
// curves): each sampled customer is scored again with the column set to each grid value — the
// column's quantiles for numbers, its categories otherwise — and the curves are averaged. The
// column goes through the model's own pipeline, so imputation, scaling, bins and encodings
// apply exactly as in scoring.
struct PartialDependence
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::PartialDependence)

public:
    QString column;
    bool categorical = false;
    QStringList labels; // per grid point, for people
    std::vector<double> x; // per grid point: the value (numbers), or 0, 1, … (categories)
    std::vector<double> average; // the partial dependence: mean probability per grid point
    Eigen::MatrixXd ice; // a few customers × grid points

    static constexpr int kGridPoints = 20;
    static constexpr int kIceRows = 40;

    // rows: the customers to average over (a sample of the test rows).
    [[nodiscard]] static Result<PartialDependence> compute(const Scorer &scorer,
                                                           const Dataset &data,
                                                           const std::vector<quint32> &rows,
                                                           const QString &column);
};

} // namespace churnlab

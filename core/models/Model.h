#pragma once

#include "Progress.h"
#include "Result.h"

#include <Eigen/Dense>

#include <QJsonObject>

namespace churnlab {

// The interface every learner shares: fit on a dense feature matrix and 0/1 labels, predict
// P(churn), and save and load itself as plain data (never code) for the model bundle.
class Model
{
public:
    virtual ~Model() = default;

    virtual QString name() const = 0;
    [[nodiscard]] virtual Result<bool> fit(const Eigen::MatrixXd &x, const Eigen::VectorXd &y,
                                           Progress &progress = Progress::none()) = 0;
    virtual Eigen::VectorXd predictProba(const Eigen::MatrixXd &x) const = 0;
    virtual QJsonObject toJson() const = 0;
};

} // namespace churnlab

#pragma once

#include "Progress.h"
#include "Result.h"

#include <Eigen/Dense>

#include <QJsonObject>

#include <vector>

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
    // How much each feature matters to this model, ≥ 0 (split gain for trees, |coefficient|
    // on standardised features for linear models); empty when the model has no built-in
    // measure, for which callers use permutation importance.
    virtual std::vector<double> featureImportance() const { return {}; }
    // Which features are one-hot indicators of the same column (equal non-negative ids, −1
    // otherwise). Models that treat categories as such (naive Bayes) use it; others ignore it.
    virtual void setFeatureGroups(std::vector<int> groups) { Q_UNUSED(groups); }
};

} // namespace churnlab

#pragma once

#include "core/Progress.h"
#include "core/Result.h"
#include <QCoreApplication>

#include <Eigen/Dense>

#include <QJsonObject>

#include <vector>

namespace churnlab {

// The interface every learner shares: fit on a dense feature matrix and 0/1 labels, predict
// P(churn), and save and load itself as plain data (never code) for the model bundle.
//
// Every learner saves the same versioned layout (see ModelCatalog::load):
//   {"format": "churnlab-model", "version": 1, "learner": "gbt", "features": 42,
//    "params": {every hyperparameter, and the seed}, "state": {the fitted numbers}}
class Model
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::Model)

public:
    virtual ~Model() = default;

    // The learner's id in the catalog ("lr", "gbt", …).
    virtual QString name() const = 0;
    [[nodiscard]] virtual Result<bool> fit(const Eigen::MatrixXd &x, const Eigen::VectorXd &y,
                                           Progress &progress = Progress::none()) = 0;
    virtual Eigen::VectorXd predictProba(const Eigen::MatrixXd &x) const = 0;
    // Every hyperparameter with its value, as the learner's ParamTable writes them.
    virtual QJsonObject params() const = 0;
    // The fitted numbers alone.
    virtual QJsonObject state() const = 0;
    // Replaces the fitted numbers with saved ones for `features` input features. Malformed or
    // inconsistent data is refused with an error naming the field; the model is then unusable.
    [[nodiscard]] virtual Result<bool> loadState(const QJsonObject &state, int features) = 0;
    // The number of input features the model was fitted on (0 before fitting).
    virtual int featureCount() const = 0;
    // How much each feature matters to this model, ≥ 0 (split gain for trees, |coefficient|
    // on standardised features for linear models); empty when the model has no built-in
    // measure, for which callers use permutation importance.
    virtual std::vector<double> featureImportance() const { return {}; }
    // Which features are one-hot indicators of the same column (equal non-negative ids, −1
    // otherwise). Models that treat categories as such (naive Bayes) use it; others ignore it.
    virtual void setFeatureGroups(std::vector<int> groups) { Q_UNUSED(groups); }

    // The whole model in the shared layout above.
    QJsonObject toJson() const;
    static constexpr int kFormatVersion = 1;
};

} // namespace churnlab

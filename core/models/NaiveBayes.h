#pragma once

#include "core/models/Model.h"
#include "core/models/ParamTable.h"
#include <QCoreApplication>

namespace churnlab {

// Naive Bayes for mixed features: a Gaussian per class for numeric features (scikit-learn's
// GaussianNB, with its variance smoothing), and a categorical distribution per class with
// Laplace smoothing (CategoricalNB) for each categorical column — the group of its one-hot
// indicators — and for every 0/1 feature.
class NaiveBayes final : public Model
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::NaiveBayes)

public:
    struct Options
    {
        double varianceSmoothing = 1e-9; // share of the largest variance added to all
        double alpha = 1.0; // Laplace smoothing of category counts

        bool operator==(const Options &) const = default;
    };
    static const ParamTable<Options> &table();

    NaiveBayes() = default;
    explicit NaiveBayes(Options options)
        : m_options(options)
    {
    }

    // Which features are one-hot indicators of the same column (equal non-negative ids);
    // −1 for the others. Unset: each feature on its own.
    void setFeatureGroups(std::vector<int> groups) override { m_groups = std::move(groups); }

    QString name() const override { return QStringLiteral("nb"); }
    Result<bool> fit(const Eigen::MatrixXd &x, const Eigen::VectorXd &y,
                     Progress &progress = Progress::none()) override;
    Eigen::VectorXd predictProba(const Eigen::MatrixXd &x) const override;
    QJsonObject params() const override { return table().write(m_options); }
    QJsonObject state() const override;
    Result<bool> loadState(const QJsonObject &state, int features) override;
    int featureCount() const override { return m_features; }

private:
    struct Gaussian
    {
        int feature;
        double mean[2], variance[2];
    };
    // A categorical column: its indicator features, and log P(level | class) per level, the
    // last level being "no indicator set".
    struct Categorical
    {
        std::vector<int> features;
        std::vector<double> logProb[2];
    };
    struct Binary
    {
        int feature;
        double logProb[2][2]; // [class][value]
    };

    Options m_options;
    std::vector<int> m_groups;
    int m_features = 0;
    double m_logPrior[2] = {0, 0};
    std::vector<Gaussian> m_gaussian;
    std::vector<Categorical> m_categorical;
    std::vector<Binary> m_binary;
};

} // namespace churnlab

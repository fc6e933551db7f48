#pragma once

#include "core/models/Model.h"
#include "core/models/ModelFactory.h"
#include <QCoreApplication>

#include <QList>

#include <memory>
#include <vector>

namespace churnlab {

// Soft voting: the mean of its members' probabilities. AutoML offers one made of its best few
// models and keeps it only if it beats the best of them on the validation rows. A member is any
// other learner with its hyperparameters; the ensemble saves them all in the shared layout:
//   params {"members": [{"learner": "gbt", "params": {…}}, …], "seed": "42"}
//   state  {"models": [each member's Model::toJson()]}
class VotingEnsemble final : public Model
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::VotingEnsemble)

public:
    struct Member
    {
        QString learner;
        QJsonObject params;
    };

    static constexpr int kMaxMembers = 10;

    // Members are checked (known learners, valid hyperparameters, no nested ensembles).
    [[nodiscard]] static Result<std::unique_ptr<Model>> create(const QJsonObject &params,
                                                               const ModelFactory &factory);

    QString name() const override { return QStringLiteral("ensemble"); }
    Result<bool> fit(const Eigen::MatrixXd &x, const Eigen::VectorXd &y,
                     Progress &progress = Progress::none()) override;
    Eigen::VectorXd predictProba(const Eigen::MatrixXd &x) const override;
    QJsonObject params() const override;
    QJsonObject state() const override;
    Result<bool> loadState(const QJsonObject &state, int features) override;
    int featureCount() const override;
    // The members' normalised importances averaged, when every member has one.
    std::vector<double> featureImportance() const override;
    void setFeatureGroups(std::vector<int> groups) override;

    const std::vector<std::unique_ptr<Model>> &models() const { return m_models; }

private:
    QList<Member> m_members;
    quint64 m_seed = 42;
    const ModelFactory *m_factory = nullptr; // the catalog: lives as long as the program
    std::vector<std::unique_ptr<Model>> m_models;
    std::vector<int> m_groups;
};

} // namespace churnlab

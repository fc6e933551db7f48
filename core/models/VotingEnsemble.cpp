#include "core/models/VotingEnsemble.h"

#include <QJsonArray>

namespace churnlab {

namespace {

Error bad(const QString &message)
{
    return Error {Error::Kind::InvalidArgument, message};
}

} // namespace

Result<std::unique_ptr<Model>> VotingEnsemble::create(const QJsonObject &params,
                                                      const ModelFactory &factory)
{
    auto e = std::make_unique<VotingEnsemble>();
    e->m_factory = &factory;
    bool ok = true;
    e->m_seed =
        params.value(QStringLiteral("seed")).toString(QStringLiteral("42")).toULongLong(&ok);
    if (!ok)
        return bad(tr("ensemble: the seed must be a whole number."));
    for (auto it = params.begin(); it != params.end(); ++it)
        if (it.key() != QLatin1String("members") && it.key() != QLatin1String("seed"))
            return bad(tr("ensemble: unknown hyperparameter “%1”.").arg(it.key()));
    const QJsonArray members = params.value(QStringLiteral("members")).toArray();
    if (members.size() < 2 || members.size() > kMaxMembers)
        return bad(tr("ensemble: needs 2 to %1 members.").arg(kMaxMembers));
    for (qsizetype i = 0; i < members.size(); ++i) {
        const QJsonObject m = members[i].toObject();
        Member member {m.value(QStringLiteral("learner")).toString(),
                       m.value(QStringLiteral("params")).toObject()};
        if (member.learner == e->name())
            return bad(tr("ensemble: member %1 is an ensemble itself.").arg(i + 1));
        member.params.remove(QStringLiteral("seed"));
        auto checked = e->m_factory->validate(member.learner, member.params);
        if (!checked)
            return bad(tr("ensemble: member %1: %2").arg(i + 1).arg(checked.error().message));
        member.params = checked.value();
        member.params.remove(QStringLiteral("seed"));
        e->m_members << member;
    }
    return std::unique_ptr<Model>(std::move(e));
}

Result<bool> VotingEnsemble::fit(const Eigen::MatrixXd &x, const Eigen::VectorXd &y,
                                 Progress &progress)
{
    m_models.clear();
    for (qsizetype i = 0; i < m_members.size(); ++i) {
        // Each member gets its own seed, so that two forests in one ensemble differ.
        auto made =
            m_factory->create(m_members[i].learner, m_members[i].params, m_seed + quint64(i));
        if (!made)
            return made.error();
        made.value()->setFeatureGroups(m_groups);
        SubProgress part(progress, double(i) / double(m_members.size()),
                         double(i + 1) / double(m_members.size()));
        auto fitted = made.value()->fit(x, y, *part);
        if (!fitted)
            return fitted.error();
        m_models.push_back(std::move(made.value()));
    }
    return true;
}

Eigen::VectorXd VotingEnsemble::predictProba(const Eigen::MatrixXd &x) const
{
    Eigen::VectorXd sum = Eigen::VectorXd::Zero(x.rows());
    for (const auto &m : m_models)
        sum += m->predictProba(x);
    return sum / double(std::max<size_t>(m_models.size(), 1));
}

QJsonObject VotingEnsemble::params() const
{
    QJsonArray members;
    for (const Member &m : m_members)
        members.append(QJsonObject {{QStringLiteral("learner"), m.learner},
                                    {QStringLiteral("params"), m.params}});
    return {{QStringLiteral("members"), members},
            {QStringLiteral("seed"), QString::number(m_seed)}};
}

QJsonObject VotingEnsemble::state() const
{
    QJsonArray models;
    for (const auto &m : m_models)
        models.append(m->toJson());
    return {{QStringLiteral("models"), models}};
}

Result<bool> VotingEnsemble::loadState(const QJsonObject &state, int features)
{
    m_models.clear();
    const QJsonArray models = state.value(QStringLiteral("models")).toArray();
    if (models.size() != m_members.size())
        return Error {Error::Kind::Malformed,
                      tr("ensemble: %1 saved models for %2 members.")
                          .arg(models.size())
                          .arg(m_members.size())};
    for (qsizetype i = 0; i < models.size(); ++i) {
        auto loaded = m_factory->load(models[i].toObject());
        if (!loaded)
            return Error {Error::Kind::Malformed,
                          tr("ensemble: member %1: %2").arg(i + 1).arg(loaded.error().message)};
        if (loaded.value()->name() != m_members[i].learner
            || loaded.value()->featureCount() != features)
            return Error {Error::Kind::Malformed,
                          tr("ensemble: member %1 does not match its declaration.").arg(i + 1)};
        m_models.push_back(std::move(loaded.value()));
    }
    return true;
}

int VotingEnsemble::featureCount() const
{
    return m_models.empty() ? 0 : m_models.front()->featureCount();
}

std::vector<double> VotingEnsemble::featureImportance() const
{
    std::vector<double> sum;
    for (const auto &m : m_models) {
        std::vector<double> own = m->featureImportance();
        if (own.empty())
            return {};
        double total = 0;
        for (const double v : own)
            total += v;
        sum.resize(own.size(), 0.0);
        for (size_t i = 0; i < own.size(); ++i)
            sum[i] += total > 0 ? own[i] / total / double(m_models.size()) : 0.0;
    }
    return sum;
}

void VotingEnsemble::setFeatureGroups(std::vector<int> groups)
{
    m_groups = std::move(groups);
    for (const auto &m : m_models)
        m->setFeatureGroups(m_groups);
}

} // namespace churnlab

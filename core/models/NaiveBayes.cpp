#include "core/models/NaiveBayes.h"

#include "core/JsonFields.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <map>
#include <numbers>

namespace churnlab {

Result<bool> NaiveBayes::fit(const Eigen::MatrixXd &x, const Eigen::VectorXd &y, Progress &progress)
{
    const Eigen::Index n = x.rows(), p = x.cols();
    if (n == 0 || y.size() != n)
        return Error {Error::Kind::InvalidArgument, NaiveBayes::tr("No training rows.")};
    const double count[2] = {double(n) - y.sum(), y.sum()};
    if (count[0] == 0 || count[1] == 0)
        return Error {Error::Kind::InvalidArgument,
                      NaiveBayes::tr("The training rows hold a single class.")};
    for (int c = 0; c < 2; ++c)
        m_logPrior[c] = std::log(count[c] / double(n));
    m_features = int(p);
    m_gaussian.clear();
    m_categorical.clear();
    m_binary.clear();
    const double alpha = m_options.alpha;

    std::map<int, std::vector<int>> groups;
    for (Eigen::Index f = 0; f < p; ++f) {
        const int group = size_t(f) < m_groups.size() ? m_groups[size_t(f)] : -1;
        if (group >= 0) {
            groups[group].push_back(int(f));
            continue;
        }
        const auto column = x.col(f);
        const bool binary = (column.array() == 0.0 || column.array() == 1.0).all();
        if (binary) {
            Binary b {int(f), {}};
            for (int c = 0; c < 2; ++c) {
                double ones = 0;
                for (Eigen::Index i = 0; i < n; ++i)
                    if (int(y(i)) == c)
                        ones += column(i);
                b.logProb[c][1] = std::log((ones + alpha) / (count[c] + 2 * alpha));
                b.logProb[c][0] = std::log((count[c] - ones + alpha) / (count[c] + 2 * alpha));
            }
            m_binary.push_back(b);
            continue;
        }
        Gaussian gauss {int(f), {}, {}};
        for (int c = 0; c < 2; ++c) {
            double sum = 0, sumSq = 0;
            for (Eigen::Index i = 0; i < n; ++i)
                if (int(y(i)) == c) {
                    sum += column(i);
                    sumSq += column(i) * column(i);
                }
            gauss.mean[c] = sum / count[c];
            gauss.variance[c] = std::max(0.0, sumSq / count[c] - gauss.mean[c] * gauss.mean[c]);
        }
        m_gaussian.push_back(gauss);
    }
    // scikit-learn adds ε = smoothing × the largest feature variance to every variance.
    double largest = 0;
    for (Eigen::Index f = 0; f < p; ++f) {
        const double mean = x.col(f).mean();
        largest = std::max(largest, (x.col(f).array() - mean).square().mean());
    }
    for (Gaussian &g : m_gaussian)
        for (double &v : g.variance)
            v += m_options.varianceSmoothing * std::max(largest, 1e-300);

    for (const auto &[group, features] : groups) {
        // Levels: one per indicator, plus "none set" only if training rows had it (a missing
        // category without an "other" column), so that smoothing matches CategoricalNB.
        std::vector<size_t> level(static_cast<size_t>(n), features.size());
        for (Eigen::Index i = 0; i < n; ++i)
            for (size_t k = 0; k < features.size(); ++k)
                if (x(i, features[k]) > 0.5) {
                    level[size_t(i)] = k;
                    break;
                }
        const bool noneSeen = std::find(level.begin(), level.end(), features.size()) != level.end();
        const double levels = double(features.size() + (noneSeen ? 1 : 0));
        Categorical cat {features, {}};
        for (int c = 0; c < 2; ++c) {
            std::vector<double> levelCount(features.size() + 1, 0.0);
            for (Eigen::Index i = 0; i < n; ++i)
                if (int(y(i)) == c)
                    levelCount[level[size_t(i)]] += 1;
            cat.logProb[c].resize(features.size() + 1);
            for (size_t l = 0; l <= features.size(); ++l)
                cat.logProb[c][l] = std::log((levelCount[l] + alpha) / (count[c] + alpha * levels));
        }
        m_categorical.push_back(std::move(cat));
    }
    progress.report(1.0);
    return true;
}

Eigen::VectorXd NaiveBayes::predictProba(const Eigen::MatrixXd &x) const
{
    Eigen::VectorXd out(x.rows());
    for (Eigen::Index i = 0; i < x.rows(); ++i) {
        double joint[2] = {m_logPrior[0], m_logPrior[1]};
        for (int c = 0; c < 2; ++c) {
            for (const Gaussian &g : m_gaussian) {
                const double d = x(i, g.feature) - g.mean[c];
                joint[c] -=
                    0.5 * (std::log(2 * std::numbers::pi * g.variance[c]) + d * d / g.variance[c]);
            }
            for (const Binary &b : m_binary)
                joint[c] += b.logProb[c][x(i, b.feature) > 0.5 ? 1 : 0];
            for (const Categorical &cat : m_categorical) {
                size_t level = cat.features.size();
                for (size_t k = 0; k < cat.features.size(); ++k)
                    if (x(i, cat.features[k]) > 0.5) {
                        level = k;
                        break;
                    }
                joint[c] += cat.logProb[c][level];
            }
        }
        // P(churn) = 1 / (1 + e^(joint0 − joint1)), stable for large differences.
        const double d = joint[0] - joint[1];
        out(i) = d >= 0 ? std::exp(-d) / (1 + std::exp(-d)) : 1 / (1 + std::exp(d));
    }
    return out;
}

const ParamTable<NaiveBayes::Options> &NaiveBayes::table()
{
    static const ParamTable<Options> t =
        ParamTable<Options>()
            .real(
                "alpha", &Options::alpha, 0, 1e6,
                QT_TRANSLATE_NOOP("churnlab::ModelCatalog", "Laplace smoothing of category counts"))
            .real("variance_smoothing", &Options::varianceSmoothing, 0, 1,
                  QT_TRANSLATE_NOOP(
                      "churnlab::ModelCatalog",
                      "Share of the largest variance added to every variance, for stability"),
                  true);
    return t;
}

QJsonObject NaiveBayes::state() const
{
    QJsonArray gaussian, binary, categorical;
    for (const Gaussian &g : m_gaussian)
        gaussian.append(
            QJsonObject {{QStringLiteral("feature"), g.feature},
                         {QStringLiteral("mean"), QJsonArray {g.mean[0], g.mean[1]}},
                         {QStringLiteral("variance"), QJsonArray {g.variance[0], g.variance[1]}}});
    for (const Binary &b : m_binary)
        binary.append(QJsonObject {
            {QStringLiteral("feature"), b.feature},
            {QStringLiteral("log_prob_0"), QJsonArray {b.logProb[0][0], b.logProb[0][1]}},
            {QStringLiteral("log_prob_1"), QJsonArray {b.logProb[1][0], b.logProb[1][1]}}});
    for (const Categorical &c : m_categorical)
        categorical.append(QJsonObject {{QStringLiteral("features"), toJsonArray(c.features)},
                                        {QStringLiteral("log_prob_0"), toJsonArray(c.logProb[0])},
                                        {QStringLiteral("log_prob_1"), toJsonArray(c.logProb[1])}});
    return {{QStringLiteral("log_prior"), QJsonArray {m_logPrior[0], m_logPrior[1]}},
            {QStringLiteral("gaussian"), gaussian},
            {QStringLiteral("binary"), binary},
            {QStringLiteral("categorical"), categorical}};
}

Result<bool> NaiveBayes::loadState(const QJsonObject &state, int features)
{
    JsonFields f(state, Model::tr("naive Bayes"));
    const std::vector<double> prior = f.numbers("log_prior", 2);
    std::vector<Gaussian> gaussian;
    std::vector<Binary> binary;
    std::vector<Categorical> categorical;
    const QJsonArray g = f.array("gaussian"), b = f.array("binary"), c = f.array("categorical");
    for (qsizetype i = 0; i < g.size() && f.ok(); ++i) {
        JsonFields e = f.nested(g[i].toObject(), QStringLiteral("gaussian[%1]").arg(i));
        const int feature = e.integer("feature", 0, features - 1);
        const std::vector<double> mean = e.numbers("mean", 2), variance = e.numbers("variance", 2);
        if (e.ok() && (variance[0] <= 0 || variance[1] <= 0))
            e.fail(QStringLiteral("variance"), Model::tr("must be positive"));
        if (e.ok())
            gaussian.push_back({feature, {mean[0], mean[1]}, {variance[0], variance[1]}});
    }
    for (qsizetype i = 0; i < b.size() && f.ok(); ++i) {
        JsonFields e = f.nested(b[i].toObject(), QStringLiteral("binary[%1]").arg(i));
        const int feature = e.integer("feature", 0, features - 1);
        const std::vector<double> p0 = e.numbers("log_prob_0", 2), p1 = e.numbers("log_prob_1", 2);
        if (e.ok())
            binary.push_back({feature, {{p0[0], p0[1]}, {p1[0], p1[1]}}});
    }
    for (qsizetype i = 0; i < c.size() && f.ok(); ++i) {
        JsonFields e = f.nested(c[i].toObject(), QStringLiteral("categorical[%1]").arg(i));
        Categorical cat;
        cat.features = e.integers("features", -1, 0, features - 1);
        // One probability per indicator, and one for "none set".
        const qsizetype levels = qsizetype(cat.features.size()) + 1;
        cat.logProb[0] = e.numbers("log_prob_0", levels);
        cat.logProb[1] = e.numbers("log_prob_1", levels);
        if (e.ok())
            categorical.push_back(std::move(cat));
    }
    if (!f.ok())
        return f.error();
    m_logPrior[0] = prior[0];
    m_logPrior[1] = prior[1];
    m_gaussian = std::move(gaussian);
    m_binary = std::move(binary);
    m_categorical = std::move(categorical);
    m_features = features;
    return true;
}

} // namespace churnlab

#include "GradientBoosting.h"

#include "FeatureBins.h"
#include "Parallel.h"
#include "TreeGrower.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

namespace churnlab {

namespace {

double sigmoid(double z)
{
    return z >= 0 ? 1.0 / (1.0 + std::exp(-z)) : std::exp(z) / (1.0 + std::exp(z));
}

// A seeded stratified draw of the validation rows, so that early stopping sees both classes
// in their training proportions.
std::vector<bool> validationMask(const Eigen::VectorXd &y, double fraction, quint64 seed)
{
    std::vector<bool> mask(size_t(y.size()), false);
    std::mt19937_64 rng(seed ^ 0x9e3779b97f4a7c15ull);
    for (int cls = 0; cls < 2; ++cls) {
        std::vector<quint32> rows;
        for (Eigen::Index i = 0; i < y.size(); ++i)
            if (int(y(i)) == cls)
                rows.push_back(quint32(i));
        std::shuffle(rows.begin(), rows.end(), rng);
        const size_t take = size_t(std::llround(double(rows.size()) * fraction));
        for (size_t i = 0; i < take; ++i)
            mask[rows[i]] = true;
    }
    return mask;
}

double logLoss(const std::vector<double> &score, const std::vector<float> &label)
{
    double sum = 0;
    for (size_t i = 0; i < score.size(); ++i) {
        // log(1 + e^−z) for positives, log(1 + e^z) for negatives, without overflow.
        const double z = label[i] > 0.5f ? score[i] : -score[i];
        sum += z > 0 ? std::log1p(std::exp(-z)) : -z + std::log1p(std::exp(z));
    }
    return score.empty() ? 0 : sum / double(score.size());
}

} // namespace

Result<bool> GradientBoosting::fit(const Eigen::MatrixXd &xAll, const Eigen::VectorXd &yAll,
                                   Progress &progress)
{
    if (xAll.rows() == 0 || yAll.size() != xAll.rows())
        return Error {
            Error::Kind::InvalidArgument,
            QCoreApplication::translate("churnlab::GradientBoosting", "No training rows.")};
    const Options &o = m_options;
    const int threads = (m_options.threads > 0 ? m_options.threads : QThread::idealThreadCount());

    // Early stopping holds out a validation share, unless too few rows of a class are left.
    std::vector<bool> isValidation;
    const double positives = yAll.sum();
    if (o.validationFraction > 0
        && std::min(positives, double(yAll.size()) - positives) * o.validationFraction >= 20)
        isValidation = validationMask(yAll, o.validationFraction, o.seed);
    std::vector<Eigen::Index> fitRows, validRows;
    for (Eigen::Index i = 0; i < xAll.rows(); ++i)
        (!isValidation.empty() && isValidation[size_t(i)] ? validRows : fitRows).push_back(i);
    const Eigen::MatrixXd x = validRows.empty() ? Eigen::MatrixXd() : xAll(fitRows, Eigen::all);
    const Eigen::MatrixXd &xFit = validRows.empty() ? xAll : x;
    const Eigen::Index n = xFit.rows();
    std::vector<float> label(static_cast<size_t>(n)), validLabel(validRows.size());
    for (Eigen::Index i = 0; i < n; ++i)
        label[size_t(i)] = float(yAll(fitRows[size_t(i)]));
    for (size_t i = 0; i < validRows.size(); ++i)
        validLabel[i] = float(yAll(validRows[i]));

    const FeatureBins bins = FeatureBins::fit(xFit, o.maxBins, 200000, o.seed);
    const std::vector<std::uint8_t> codes = bins.apply(xFit);
    const std::vector<std::uint8_t> validCodes =
        validRows.empty() ? std::vector<std::uint8_t>() : bins.apply(xAll(validRows, Eigen::all));
    const size_t p = size_t(bins.features());

    const double rate = std::clamp(
        double(std::accumulate(label.begin(), label.end(), 0.0)) / double(n), 1e-6, 1 - 1e-6);
    m_base = std::log(rate / (1 - rate));
    m_ensemble = {};
    m_ensemble.gain.assign(p, 0.0);
    std::vector<double> score(static_cast<size_t>(n), m_base), validScore(validRows.size(), m_base);
    std::vector<float> g(static_cast<size_t>(n)), h(static_cast<size_t>(n));
    TreeGrower grower(codes.data(), bins, threads);
    std::mt19937_64 rng(o.seed);
    TreeGrowth growth;
    growth.maxLeaves = o.maxLeaves;
    growth.maxDepth = o.maxDepth;
    growth.minSamplesLeaf = o.minSamplesLeaf;
    growth.minHessianLeaf = 1e-3;
    growth.lambda = o.lambda;
    std::vector<quint32> rows;
    double bestLoss = std::numeric_limits<double>::infinity();
    int bestRounds = 0;
    std::vector<double> bestGain;
    const int blocks = int((n + 65535) / 65536);

    for (int round = 0; round < o.maxIterations; ++round) {
        if (progress.isCancelled())
            return Error {Error::Kind::Cancelled,
                          QCoreApplication::translate("churnlab::GradientBoosting",
                                                      "Training was cancelled.")};
        parallelFor(blocks, threads, [&](int b, bool) {
            const Eigen::Index end = std::min(n, Eigen::Index(b + 1) * 65536);
            for (Eigen::Index i = Eigen::Index(b) * 65536; i < end; ++i) {
                const double prob = sigmoid(score[size_t(i)]);
                g[size_t(i)] = float(prob - label[size_t(i)]);
                h[size_t(i)] = float(std::max(prob * (1 - prob), 1e-16));
            }
        });
        rows.resize(static_cast<size_t>(n));
        std::iota(rows.begin(), rows.end(), 0u);
        if (o.rowSubsample < 1.0) {
            std::bernoulli_distribution keep(o.rowSubsample);
            std::erase_if(rows, [&](quint32) { return !keep(rng); });
        }
        if (o.featureSubsample < 1.0) {
            std::vector<int> all(p);
            std::iota(all.begin(), all.end(), 0);
            std::shuffle(all.begin(), all.end(), rng);
            all.resize(std::max<size_t>(1, size_t(std::llround(double(p) * o.featureSubsample))));
            std::sort(all.begin(), all.end());
            growth.features = std::move(all);
        }
        Tree tree = grower.grow(rows, g.data(), h.data(), growth, rng, &m_ensemble.gain);
        for (TreeNode &node : tree.nodes)
            node.value *= o.learningRate;
        // Training scores from the leaves' row ranges: no tree walk needed.
        const auto &ranges = grower.nodeRows();
        for (size_t k = 0; k < tree.nodes.size(); ++k) {
            if (tree.nodes[k].feature >= 0)
                continue;
            for (quint32 i = ranges[k].begin; i < ranges[k].end; ++i)
                score[rows[i]] += tree.nodes[k].value;
        }
        if (o.rowSubsample < 1.0) {
            // Rows left out of this round still need the tree's output.
            std::vector<bool> inBag(static_cast<size_t>(n), false);
            for (quint32 r : rows)
                inBag[r] = true;
            for (Eigen::Index i = 0; i < n; ++i)
                if (!inBag[size_t(i)])
                    score[size_t(i)] += tree.predictBinned(codes.data() + size_t(i) * p);
        }
        m_ensemble.trees.push_back(std::move(tree));
        progress.report(double(round + 1) / o.maxIterations);
        if (validRows.empty())
            continue;
        const Tree &last = m_ensemble.trees.back();
        for (size_t i = 0; i < validRows.size(); ++i)
            validScore[i] += last.predictBinned(validCodes.data() + i * p);
        const double loss = logLoss(validScore, validLabel);
        if (loss < bestLoss - 1e-7) {
            bestLoss = loss;
            bestRounds = round + 1;
            bestGain = m_ensemble.gain;
        } else if (round + 1 - bestRounds >= o.patience) {
            break;
        }
    }
    if (!validRows.empty() && bestRounds > 0) {
        m_ensemble.trees.resize(size_t(bestRounds));
        m_ensemble.gain = bestGain;
    }
    progress.report(1.0);
    return true;
}

Eigen::VectorXd GradientBoosting::predictProba(const Eigen::MatrixXd &x) const
{
    Eigen::VectorXd z = m_ensemble.sum(x);
    return z.unaryExpr([this](double v) { return sigmoid(v + m_base); });
}

QJsonObject GradientBoosting::toJson() const
{
    const Options &o = m_options;
    return {{QStringLiteral("model"), name()},
            {QStringLiteral("base_score"), m_base},
            {QStringLiteral("params"),
             QJsonObject {{QStringLiteral("max_iterations"), o.maxIterations},
                          {QStringLiteral("learning_rate"), o.learningRate},
                          {QStringLiteral("max_leaves"), o.maxLeaves},
                          {QStringLiteral("max_depth"), o.maxDepth},
                          {QStringLiteral("min_samples_leaf"), o.minSamplesLeaf},
                          {QStringLiteral("lambda"), o.lambda},
                          {QStringLiteral("row_subsample"), o.rowSubsample},
                          {QStringLiteral("validation_fraction"), o.validationFraction},
                          {QStringLiteral("seed"), QString::number(o.seed)}}},
            {QStringLiteral("rounds"), rounds()},
            {QStringLiteral("trees"), m_ensemble.treesJson()}};
}

} // namespace churnlab

#include "core/models/GradientBoosting.h"

#include "core/JsonFields.h"
#include "core/Parallel.h"
#include "core/models/FeatureBins.h"
#include "core/models/TreeGrower.h"

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

double logLoss(const std::vector<double> &score, const std::vector<quint32> &rows,
               const std::vector<float> &label)
{
    double sum = 0;
    for (quint32 r : rows) {
        // log(1 + e^−z) for positives, log(1 + e^z) for negatives, without overflow.
        const double z = label[r] > 0.5f ? score[r] : -score[r];
        sum += z > 0 ? std::log1p(std::exp(-z)) : -z + std::log1p(std::exp(z));
    }
    return rows.empty() ? 0 : sum / double(rows.size());
}

} // namespace

Result<bool> GradientBoosting::fit(const Eigen::MatrixXd &xAll, const Eigen::VectorXd &yAll,
                                   Progress &progress)
{
    if (xAll.rows() == 0 || yAll.size() != xAll.rows())
        return Error {Error::Kind::InvalidArgument, GradientBoosting::tr("No training rows.")};
    const Options &o = m_options;
    const int threads = (m_options.threads > 0 ? m_options.threads : QThread::idealThreadCount());

    // Early stopping holds out a validation share, unless too few rows of a class are left.
    std::vector<bool> isValidation;
    const double positives = yAll.sum();
    if (o.validationFraction > 0
        && std::min(positives, double(yAll.size()) - positives) * o.validationFraction >= 20)
        isValidation = validationMask(yAll, o.validationFraction, o.seed);
    // Everything below indexes rows of xAll; the fit rows' matrix is never copied.
    std::vector<quint32> fitRows, validRows;
    for (Eigen::Index i = 0; i < xAll.rows(); ++i)
        (!isValidation.empty() && isValidation[size_t(i)] ? validRows : fitRows)
            .push_back(quint32(i));
    const size_t all = size_t(xAll.rows());
    std::vector<float> label(all);
    for (size_t i = 0; i < all; ++i)
        label[i] = float(yAll(Eigen::Index(i)));

    const FeatureBins bins = FeatureBins::fit(xAll, o.maxBins, 200000, o.seed, m_groups,
                                              validRows.empty() ? std::vector<quint32>() : fitRows);
    const BinnedRows codes = bins.apply(xAll);
    const size_t p = size_t(bins.features());
    const size_t n = fitRows.size();

    double positivesFit = 0;
    for (quint32 r : fitRows)
        positivesFit += label[r];
    const double rate = std::clamp(positivesFit / double(n), 1e-6, 1 - 1e-6);
    m_base = std::log(rate / (1 - rate));
    m_ensemble = {};
    m_ensemble.gain.assign(p, 0.0);
    std::vector<double> score(all, m_base);
    std::vector<float> g(all, 0.0f), h(all, 0.0f), validLabel;
    for (quint32 r : validRows)
        validLabel.push_back(label[r]);
    TreeGrower grower(codes, bins, threads);
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
            return Error {Error::Kind::Cancelled, GradientBoosting::tr("Training was cancelled.")};
        parallelFor(blocks, threads, [&](int b, bool) {
            const size_t end = std::min(n, size_t(b + 1) * 65536);
            for (size_t i = size_t(b) * 65536; i < end; ++i) {
                const quint32 r = fitRows[i];
                const double prob = sigmoid(score[r]);
                g[r] = float(prob - label[r]);
                h[r] = float(std::max(prob * (1 - prob), 1e-16));
            }
        });
        rows = fitRows;
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
            std::vector<bool> inBag(all, false);
            for (quint32 r : rows)
                inBag[r] = true;
            for (quint32 r : fitRows)
                if (!inBag[r])
                    score[r] +=
                        tree.predictBinned([&](int f) { return bins.bin(codes.row(r), f); });
        }
        m_ensemble.trees.push_back(std::move(tree));
        progress.report(double(round + 1) / o.maxIterations);
        if (validRows.empty())
            continue;
        const Tree &last = m_ensemble.trees.back();
        for (quint32 r : validRows)
            score[r] += last.predictBinned([&](int f) { return bins.bin(codes.row(r), f); });
        const double loss = logLoss(score, validRows, label);
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
    m_ensemble.pack();
    return true;
}

Eigen::VectorXd GradientBoosting::predictProba(const Eigen::MatrixXd &x) const
{
    Eigen::VectorXd z = m_ensemble.sum(x);
    return z.unaryExpr([this](double v) { return sigmoid(v + m_base); });
}

const ParamTable<GradientBoosting::Options> &GradientBoosting::table()
{
    static const ParamTable<Options> t =
        ParamTable<Options>()
            .integer("max_iterations", &Options::maxIterations, 1, 100000,
                     QT_TRANSLATE_NOOP("churnlab::ModelCatalog",
                                       "Most boosting rounds; early stopping usually ends sooner"))
            .real("learning_rate", &Options::learningRate, 1e-6, 1,
                  QT_TRANSLATE_NOOP("churnlab::ModelCatalog",
                                    "Shrinkage of each tree's contribution"),
                  true)
            .integer("max_leaves", &Options::maxLeaves, 2, 65536,
                     QT_TRANSLATE_NOOP("churnlab::ModelCatalog",
                                       "Most leaves per tree (trees grow leaf-wise)"))
            .integer("max_depth", &Options::maxDepth, 0, 64,
                     QT_TRANSLATE_NOOP("churnlab::ModelCatalog",
                                       "Deepest level of a tree; 0 for no limit"),
                     true)
            .integer("min_samples_leaf", &Options::minSamplesLeaf, 1, 1000000,
                     QT_TRANSLATE_NOOP("churnlab::ModelCatalog", "Fewest training rows in a leaf"))
            .real("lambda", &Options::lambda, 0, 1e6,
                  QT_TRANSLATE_NOOP("churnlab::ModelCatalog", "L2 penalty on leaf values"))
            .real("row_subsample", &Options::rowSubsample, 0.01, 1,
                  QT_TRANSLATE_NOOP("churnlab::ModelCatalog", "Share of rows each round sees"))
            .real("feature_subsample", &Options::featureSubsample, 0.01, 1,
                  QT_TRANSLATE_NOOP("churnlab::ModelCatalog",
                                    "Share of features each round may split on"))
            .real("validation_fraction", &Options::validationFraction, 0, 0.5,
                  QT_TRANSLATE_NOOP(
                      "churnlab::ModelCatalog",
                      "Share of training rows held back for early stopping; 0 runs every round"))
            .integer("patience", &Options::patience, 1, 100000,
                     QT_TRANSLATE_NOOP("churnlab::ModelCatalog",
                                       "Rounds without a better validation loss before stopping"))
            .seed(&Options::seed);
    return t;
}

QJsonObject GradientBoosting::state() const
{
    QJsonObject out = m_ensemble.toJson();
    out.insert(QStringLiteral("base_score"), m_base);
    out.insert(QStringLiteral("rounds"), rounds());
    return out;
}

Result<bool> GradientBoosting::loadState(const QJsonObject &state, int features)
{
    JsonFields f(state, Model::tr("gradient boosting"));
    const double base = f.number("base_score");
    if (!f.ok())
        return f.error();
    auto loaded = m_ensemble.load(state, features);
    if (!loaded)
        return loaded;
    m_base = base;
    return true;
}

} // namespace churnlab

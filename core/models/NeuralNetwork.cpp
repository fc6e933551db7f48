#include "core/models/NeuralNetwork.h"

#include "core/JsonFields.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

namespace churnlab {

namespace {

using RowMatrixF = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

// One Adam state per parameter block.
template<typename M> struct Adam
{
    M m, v;
    void init(const M &like)
    {
        m = M::Zero(like.rows(), like.cols());
        v = M::Zero(like.rows(), like.cols());
    }
    void step(M &param, const M &grad, float rate, int t)
    {
        constexpr float b1 = 0.9f, b2 = 0.999f, eps = 1e-8f;
        m = b1 * m + (1 - b1) * grad;
        v = b2 * v + (1 - b2) * grad.cwiseProduct(grad);
        const float lr =
            rate * std::sqrt(1 - std::pow(b2, float(t))) / (1 - std::pow(b1, float(t)));
        param.array() -= lr * m.array() / (v.array().sqrt() + eps);
    }
};

float sigmoidF(float z)
{
    return z >= 0 ? 1.0f / (1.0f + std::exp(-z)) : std::exp(z) / (1.0f + std::exp(z));
}

} // namespace

Result<bool> NeuralNetwork::fit(const Eigen::MatrixXd &x, const Eigen::VectorXd &y,
                                Progress &progress)
{
    const Eigen::Index n = x.rows(), p = x.cols();
    if (n == 0 || y.size() != n)
        return Error {Error::Kind::InvalidArgument, NeuralNetwork::tr("No training rows.")};
    const Options &o = m_options;
    const int hidden = std::max(1, o.hiddenUnits);
    std::mt19937_64 rng(o.seed);

    // Stratified validation rows for early stopping (none on tiny data).
    std::vector<quint32> fitRows, validRows;
    for (int cls = 0; cls < 2; ++cls) {
        std::vector<quint32> rows;
        for (Eigen::Index i = 0; i < n; ++i)
            if (int(y(i)) == cls)
                rows.push_back(quint32(i));
        std::shuffle(rows.begin(), rows.end(), rng);
        const size_t take =
            n >= 200 ? size_t(std::llround(double(rows.size()) * o.validationFraction)) : 0;
        validRows.insert(validRows.end(), rows.begin(), rows.begin() + std::ptrdiff_t(take));
        fitRows.insert(fitRows.end(), rows.begin() + std::ptrdiff_t(take), rows.end());
    }
    std::sort(fitRows.begin(), fitRows.end());
    const RowMatrixF xf = x.cast<float>();
    const Eigen::VectorXf yf = y.cast<float>();

    // Glorot-uniform initialisation, as scikit-learn.
    auto uniform = [&](Eigen::Index rows, Eigen::Index cols, float bound) {
        std::uniform_real_distribution<float> u(-bound, bound);
        Eigen::MatrixXf m(rows, cols);
        for (Eigen::Index c = 0; c < cols; ++c)
            for (Eigen::Index r = 0; r < rows; ++r)
                m(r, c) = u(rng);
        return m;
    };
    m_w1 = uniform(p, hidden, std::sqrt(6.0f / float(p + hidden)));
    m_b1 = uniform(1, hidden, std::sqrt(6.0f / float(p + hidden)));
    m_w2 = uniform(hidden, 1, std::sqrt(2.0f / float(hidden + 1)));
    m_b2 = uniform(1, 1, std::sqrt(2.0f / float(hidden + 1)))(0, 0);
    Adam<Eigen::MatrixXf> aw1;
    Adam<Eigen::RowVectorXf> ab1;
    Adam<Eigen::VectorXf> aw2;
    aw1.init(m_w1);
    ab1.init(m_b1);
    aw2.init(m_w2);
    float mb2 = 0, vb2 = 0;

    const RowMatrixF xValid =
        validRows.empty() ? RowMatrixF() : RowMatrixF(xf(validRows, Eigen::all));
    auto validLoss = [&]() {
        const Eigen::MatrixXf z1 = ((xValid * m_w1).rowwise() + m_b1).cwiseMax(0.0f);
        const Eigen::VectorXf z = (z1 * m_w2).array() + m_b2;
        double sum = 0;
        for (size_t i = 0; i < validRows.size(); ++i) {
            const double s = yf(validRows[i]) > 0.5f ? z(Eigen::Index(i)) : -z(Eigen::Index(i));
            sum += s > 0 ? std::log1p(std::exp(-s)) : -s + std::log1p(std::exp(s));
        }
        return sum / double(validRows.size());
    };

    double best = std::numeric_limits<double>::infinity();
    Eigen::MatrixXf bestW1 = m_w1;
    Eigen::RowVectorXf bestB1 = m_b1;
    Eigen::VectorXf bestW2 = m_w2;
    float bestB2 = m_b2;
    int bestEpoch = 0, t = 0;
    const float rate = float(o.learningRate), alpha = float(o.alpha);
    const Eigen::Index batch =
        std::min<Eigen::Index>(std::max(1, o.batchSize), Eigen::Index(fitRows.size()));
    RowMatrixF xb(batch, p);
    Eigen::VectorXf yb(batch);
    for (m_epochs = 0; m_epochs < o.maxEpochs; ++m_epochs) {
        std::shuffle(fitRows.begin(), fitRows.end(), rng);
        for (size_t start = 0; start < fitRows.size(); start += size_t(batch)) {
            if (progress.isCancelled())
                return Error {Error::Kind::Cancelled, NeuralNetwork::tr("Training was cancelled.")};
            const Eigen::Index b =
                std::min<Eigen::Index>(batch, Eigen::Index(fitRows.size() - start));
            for (Eigen::Index i = 0; i < b; ++i) {
                xb.row(i) = xf.row(fitRows[start + size_t(i)]);
                yb(i) = yf(fitRows[start + size_t(i)]);
            }
            const auto xbb = xb.topRows(b);
            const Eigen::MatrixXf pre = (xbb * m_w1).rowwise() + m_b1;
            const Eigen::MatrixXf act = pre.cwiseMax(0.0f);
            Eigen::VectorXf dz = (act * m_w2).array() + m_b2;
            for (Eigen::Index i = 0; i < b; ++i)
                dz(i) = (sigmoidF(dz(i)) - yb(i)) / float(b);
            const Eigen::VectorXf gw2 = act.transpose() * dz + (alpha / float(b)) * m_w2;
            const float gb2 = dz.sum();
            const Eigen::MatrixXf dact =
                (dz * m_w2.transpose()).array() * (pre.array() > 0.0f).cast<float>();
            const Eigen::MatrixXf gw1 = xbb.transpose() * dact + (alpha / float(b)) * m_w1;
            const Eigen::RowVectorXf gb1 = dact.colwise().sum();
            ++t;
            aw1.step(m_w1, gw1, rate, t);
            ab1.step(m_b1, gb1, rate, t);
            aw2.step(m_w2, gw2, rate, t);
            mb2 = 0.9f * mb2 + 0.1f * gb2;
            vb2 = 0.999f * vb2 + 0.001f * gb2 * gb2;
            m_b2 -= rate * std::sqrt(1 - std::pow(0.999f, float(t)))
                / (1 - std::pow(0.9f, float(t))) * mb2 / (std::sqrt(vb2) + 1e-8f);
        }
        progress.report(double(m_epochs + 1) / o.maxEpochs);
        if (validRows.empty())
            continue;
        const double loss = validLoss();
        if (loss < best - 1e-6) {
            best = loss;
            bestEpoch = m_epochs + 1;
            bestW1 = m_w1;
            bestB1 = m_b1;
            bestW2 = m_w2;
            bestB2 = m_b2;
        } else if (m_epochs + 1 - bestEpoch >= o.patience) {
            ++m_epochs;
            break;
        }
    }
    if (!validRows.empty()) {
        m_w1 = bestW1;
        m_b1 = bestB1;
        m_w2 = bestW2;
        m_b2 = bestB2;
    }
    progress.report(1.0);
    return true;
}

Eigen::VectorXd NeuralNetwork::predictProba(const Eigen::MatrixXd &x) const
{
    Eigen::VectorXd out(x.rows());
    constexpr Eigen::Index kBlock = 8192;
    for (Eigen::Index start = 0; start < x.rows(); start += kBlock) {
        const Eigen::Index rows = std::min(kBlock, x.rows() - start);
        const Eigen::MatrixXf xb = x.middleRows(start, rows).cast<float>();
        const Eigen::MatrixXf act = ((xb * m_w1).rowwise() + m_b1).cwiseMax(0.0f);
        const Eigen::VectorXf z = (act * m_w2).array() + m_b2;
        for (Eigen::Index i = 0; i < rows; ++i)
            out(start + i) = double(sigmoidF(z(i)));
    }
    return out;
}

const ParamTable<NeuralNetwork::Options> &NeuralNetwork::table()
{
    static const ParamTable<Options> t =
        ParamTable<Options>()
            .integer("hidden_units", &Options::hiddenUnits, 1, 4096,
                     QT_TRANSLATE_NOOP("churnlab::ModelCatalog", "Neurons in the hidden layer"))
            .real("learning_rate", &Options::learningRate, 1e-7, 1,
                  QT_TRANSLATE_NOOP("churnlab::ModelCatalog", "Adam's step size"), true)
            .integer("batch_size", &Options::batchSize, 1, 1 << 20,
                     QT_TRANSLATE_NOOP("churnlab::ModelCatalog", "Rows per gradient step"))
            .integer("max_epochs", &Options::maxEpochs, 1, 100000,
                     QT_TRANSLATE_NOOP(
                         "churnlab::ModelCatalog",
                         "Most passes over the training rows; early stopping usually ends sooner"))
            .real("alpha", &Options::alpha, 0, 1e3,
                  QT_TRANSLATE_NOOP("churnlab::ModelCatalog",
                                    "L2 penalty on the weights, as scikit-learn's alpha"),
                  true)
            .real("validation_fraction", &Options::validationFraction, 0.01, 0.5,
                  QT_TRANSLATE_NOOP("churnlab::ModelCatalog",
                                    "Share of training rows held back for early stopping"))
            .integer("patience", &Options::patience, 1, 100000,
                     QT_TRANSLATE_NOOP("churnlab::ModelCatalog",
                                       "Epochs without a better validation loss before stopping"))
            .seed(&Options::seed);
    return t;
}

QJsonObject NeuralNetwork::state() const
{
    auto array = [](const float *data, Eigen::Index size) {
        QJsonArray a;
        for (Eigen::Index i = 0; i < size; ++i)
            a.append(double(data[i]));
        return a;
    };
    return {{QStringLiteral("hidden_units"), int(m_w1.cols())},
            {QStringLiteral("epochs"), m_epochs},
            {QStringLiteral("w1_column_major"), array(m_w1.data(), m_w1.size())},
            {QStringLiteral("b1"), array(m_b1.data(), m_b1.size())},
            {QStringLiteral("w2"), array(m_w2.data(), m_w2.size())},
            {QStringLiteral("b2"), double(m_b2)}};
}

Result<bool> NeuralNetwork::loadState(const QJsonObject &state, int features)
{
    JsonFields f(state, Model::tr("neural network"));
    const int hidden = f.integer("hidden_units", 1, 1 << 20);
    const int epochs = f.integer("epochs", 0, 1 << 30);
    const std::vector<double> w1 = f.numbers("w1_column_major", qsizetype(features) * hidden),
                              b1 = f.numbers("b1", hidden), w2 = f.numbers("w2", hidden);
    const double b2 = f.number("b2");
    if (!f.ok())
        return f.error();
    // Saved from single precision, so the round trip through double is exact.
    m_w1 = Eigen::Map<const Eigen::MatrixXd>(w1.data(), features, hidden).cast<float>();
    m_b1 = Eigen::Map<const Eigen::RowVectorXd>(b1.data(), hidden).cast<float>();
    m_w2 = Eigen::Map<const Eigen::VectorXd>(w2.data(), hidden).cast<float>();
    m_b2 = float(b2);
    m_epochs = epochs;
    return true;
}

} // namespace churnlab

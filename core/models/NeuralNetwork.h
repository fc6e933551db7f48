#pragma once

#include "core/models/Model.h"
#include "core/models/ParamTable.h"
#include <QCoreApplication>

namespace churnlab {

// A small multilayer perceptron: one ReLU hidden layer and a logistic output, trained on log
// loss with L2 by mini-batch Adam (the choices of scikit-learn's MLPClassifier), stopping
// early on a stratified validation share and keeping the best epoch's weights. Single
// precision: the network is small and the data noisy, and it halves memory traffic.
class NeuralNetwork final : public Model
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::NeuralNetwork)

public:
    struct Options
    {
        int hiddenUnits = 64;
        double learningRate = 1e-3;
        int batchSize = 256;
        int maxEpochs = 200;
        double alpha = 1e-4; // L2 strength, as scikit-learn's
        double validationFraction = 0.1;
        int patience = 10; // epochs without a better validation loss before stopping
        quint64 seed = 42;

        bool operator==(const Options &) const = default;
    };
    static const ParamTable<Options> &table();

    NeuralNetwork() = default;
    explicit NeuralNetwork(Options options)
        : m_options(options)
    {
    }

    QString name() const override { return QStringLiteral("mlp"); }
    Result<bool> fit(const Eigen::MatrixXd &x, const Eigen::VectorXd &y,
                     Progress &progress = Progress::none()) override;
    Eigen::VectorXd predictProba(const Eigen::MatrixXd &x) const override;
    QJsonObject params() const override { return table().write(m_options); }
    QJsonObject state() const override;
    Result<bool> loadState(const QJsonObject &state, int features) override;
    int featureCount() const override { return int(m_w1.rows()); }

    int epochs() const { return m_epochs; }

private:
    Options m_options;
    Eigen::MatrixXf m_w1; // inputs × hidden
    Eigen::RowVectorXf m_b1;
    Eigen::VectorXf m_w2; // hidden
    float m_b2 = 0;
    int m_epochs = 0;
};

} // namespace churnlab

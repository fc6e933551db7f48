#pragma once

#include "core/models/ParamTable.h"
#include "core/models/TreeModel.h"
#include <QCoreApplication>

namespace churnlab {

// Histogram gradient-boosted trees on log loss, LightGBM-style: features binned once into at
// most 256 quantile bins, leaf-wise growth with histogram subtraction, shrinkage, row and
// feature subsampling, and early stopping on a stratified validation share of the training
// rows (the model keeps the best round).
class GradientBoosting final : public TreeModel
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::GradientBoosting)

public:
    struct Options
    {
        int maxIterations = 500;
        double learningRate = 0.3;
        int maxLeaves = 31;
        int maxDepth = 0; // 0: only maxLeaves limits the tree
        int minSamplesLeaf = 20;
        double lambda = 1.0;
        double rowSubsample = 1.0; // share of rows per round
        double featureSubsample = 1.0; // share of features per round
        int maxBins = 256;
        double validationFraction = 0.1; // 0: no early stopping, all rounds run
        int patience = 20; // rounds without a better validation loss before stopping
        quint64 seed = 42;
        int threads = 0; // 0: all cores; the model is the same for any count

        bool operator==(const Options &) const = default;
    };
    static const ParamTable<Options> &table();

    GradientBoosting() = default;
    explicit GradientBoosting(Options options)
        : m_options(options)
    {
    }

    QString name() const override { return QStringLiteral("gbt"); }
    Result<bool> fit(const Eigen::MatrixXd &x, const Eigen::VectorXd &y,
                     Progress &progress = Progress::none()) override;
    Eigen::VectorXd predictProba(const Eigen::MatrixXd &x) const override;
    double marginOffset() const override { return m_base; }
    bool marginIsLogOdds() const override { return true; }
    QJsonObject params() const override { return table().write(m_options); }
    QJsonObject state() const override;
    Result<bool> loadState(const QJsonObject &state, int features) override;

    int rounds() const { return int(m_ensemble.trees.size()); }
    const Options &options() const { return m_options; }

private:
    Options m_options;
    double m_base = 0;
};

} // namespace churnlab

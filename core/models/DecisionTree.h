#pragma once

#include "core/models/ParamTable.h"
#include "core/models/TreeModel.h"
#include <QCoreApplication>

namespace churnlab {

// A single CART classification tree (Gini), grown depth-first on binned features. The
// defaults limit depth and leaf size: an unpruned tree memorises the training rows and ranks
// new customers poorly, which is not what an analyst wants from a readable model.
class DecisionTree final : public TreeModel
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::DecisionTree)

public:
    struct Options
    {
        int maxDepth = 8;
        int minSamplesLeaf = 20;
        int maxBins = 256;
        quint64 seed = 42;
        int threads = 0; // 0: all cores; the model is the same for any count

        bool operator==(const Options &) const = default;
    };
    static const ParamTable<Options> &table();

    DecisionTree() = default;
    explicit DecisionTree(Options options)
        : m_options(options)
    {
    }

    QString name() const override { return QStringLiteral("tree"); }
    Result<bool> fit(const Eigen::MatrixXd &x, const Eigen::VectorXd &y,
                     Progress &progress = Progress::none()) override;
    Eigen::VectorXd predictProba(const Eigen::MatrixXd &x) const override;
    QJsonObject params() const override { return table().write(m_options); }

    const Tree &tree() const { return m_ensemble.trees.front(); }

private:
    Options m_options;
};

} // namespace churnlab

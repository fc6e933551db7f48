#pragma once

#include "core/models/ParamTable.h"
#include "core/models/TreeModel.h"
#include <QCoreApplication>

namespace churnlab {

// A probability forest (Breiman; as ranger's probability mode): each tree grows on a bootstrap
// sample with a random subset of features tried at each node, on binned features; the
// prediction is the mean of the leaves' churn rates. Trees are seeded one by one from the
// forest's seed, so the forest is the same on any number of threads.
class RandomForest final : public TreeModel
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::RandomForest)

public:
    struct Options
    {
        int trees = 100;
        int featuresPerNode = 0; // 0: √features, rounded down
        int minSamplesLeaf = 5;
        int maxDepth = 0; // 0: unlimited
        double sampleFraction = 1.0; // bootstrap size as a share of the rows
        int maxBins = 256;
        quint64 seed = 42;
        int threads = 0; // 0: all cores; the model is the same for any count

        bool operator==(const Options &) const = default;
    };
    static const ParamTable<Options> &table();

    RandomForest() = default;
    explicit RandomForest(Options options)
        : m_options(options)
    {
    }

    QString name() const override { return QStringLiteral("rf"); }
    Result<bool> fit(const Eigen::MatrixXd &x, const Eigen::VectorXd &y,
                     Progress &progress = Progress::none()) override;
    Eigen::VectorXd predictProba(const Eigen::MatrixXd &x) const override;
    double marginScale() const override
    {
        return 1.0 / double(std::max<size_t>(1, m_ensemble.trees.size()));
    }
    QJsonObject params() const override { return table().write(m_options); }

private:
    Options m_options;
};

} // namespace churnlab

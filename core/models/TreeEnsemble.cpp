#include "TreeEnsemble.h"

#include "Parallel.h"

#include <QJsonArray>
#include <QThread>

#include <numeric>

namespace churnlab {

Eigen::VectorXd TreeEnsemble::sum(const Eigen::MatrixXd &x) const
{
    Eigen::VectorXd out = Eigen::VectorXd::Zero(x.rows());
    constexpr Eigen::Index kBlock = 4096;
    const int blocks = int((x.rows() + kBlock - 1) / kBlock);
    parallelFor(blocks, QThread::idealThreadCount(), [&](int b, bool) {
        const Eigen::Index end = std::min(x.rows(), (b + 1) * kBlock);
        // Tree-major within a block keeps one tree's nodes in cache for many rows.
        for (const Tree &tree : trees)
            for (Eigen::Index r = b * kBlock; r < end; ++r)
                out(r) += tree.predict(x, r);
    });
    return out;
}

std::vector<double> TreeEnsemble::normalisedGain() const
{
    const double total = std::accumulate(gain.begin(), gain.end(), 0.0);
    std::vector<double> out(gain.size(), 0.0);
    if (total > 0)
        for (size_t i = 0; i < gain.size(); ++i)
            out[i] = gain[i] / total;
    return out;
}

QJsonArray TreeEnsemble::treesJson() const
{
    QJsonArray out;
    for (const Tree &t : trees)
        out.append(t.toJson());
    return out;
}

} // namespace churnlab

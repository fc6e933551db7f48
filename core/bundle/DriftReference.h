#pragma once

#include "core/Result.h"
#include "core/data/Dataset.h"

#include <QJsonObject>

#include <vector>

namespace churnlab {

class InputSchema;

// What the training rows looked like, small enough to ship in every bundle, so that a deployed
// model can be watched for drift with no extra setup: per numeric column, ten quantile bins
// with their shares; per categorical column, the share of each of its commonest levels (the
// rest pooled as "other"); every column's missing rate; and the distribution of the model's
// scores on the training rows in twenty equal bins over [0, 1].
struct DriftReference
{
    struct Numeric
    {
        QString column;
        std::vector<double> edges; // inner bin edges (ascending); bins are (e[i−1], e[i]]
        std::vector<double> shares; // one per bin: edges.size() + 1
        double missingRate = 0;
        double mean = 0, std = 0;
    };
    struct Categorical
    {
        QString column;
        QStringList levels;
        std::vector<double> shares; // one per level, then "other"
        double missingRate = 0;
    };

    qint64 rows = 0;
    std::vector<Numeric> numeric;
    std::vector<Categorical> categorical;
    std::vector<double> scoreShares; // kScoreBins equal bins over [0, 1]

    static constexpr int kBins = 10;
    static constexpr int kScoreBins = 20;
    static constexpr int kMaxLevels = 50;

    static DriftReference compute(const Dataset &dataset, const std::vector<quint32> &rows,
                                  const InputSchema &schema, const std::vector<double> &scores);
    QJsonObject toJson() const;
    static Result<DriftReference> fromJson(const QJsonObject &json);
};

} // namespace churnlab

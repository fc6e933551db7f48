#pragma once

#include "core/Result.h"
#include "core/data/Dataset.h"
#include <QCoreApplication>

#include <QHash>
#include <QJsonObject>

#include <vector>

namespace churnlab {

class InputSchema;

// What the training rows looked like, small enough to ship in every bundle, so that a deployed
// model can be watched for drift with no extra setup: per numeric column, ten quantile bins
// with their shares; per categorical column, the share of each of its commonest levels (the
// rest pooled as "other"); every column's missing rate; and the distribution of the model's
// scores on the training rows in twenty equal bins over [0, 1]. Version 2 adds, per numeric
// column, a seeded random sample of up to kSampleSize training values (for the
// Kolmogorov–Smirnov test and the Wasserstein distance), and every column's permutation
// importance (to rank drift by what it matters to the model). Version 1 references still load.
struct DriftReference
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::DriftReference)

public:
    struct Numeric
    {
        QString column;
        std::vector<double> edges; // inner bin edges (ascending); bins are (e[i−1], e[i]]
        std::vector<double> shares; // one per bin: edges.size() + 1
        double missingRate = 0;
        double mean = 0, std = 0;
        std::vector<double> sample; // sorted; empty in version 1
        double min = 0, max = 0; // version 2
        double importance = 0;
    };
    struct Categorical
    {
        QString column;
        QStringList levels;
        std::vector<double> shares; // one per level, then "other"
        double missingRate = 0;
        double importance = 0;
    };

    qint64 rows = 0;
    std::vector<Numeric> numeric;
    std::vector<Categorical> categorical;
    std::vector<double> scoreShares; // kScoreBins equal bins over [0, 1]

    static constexpr int kBins = 10;
    static constexpr int kScoreBins = 20;
    static constexpr int kMaxLevels = 50;
    static constexpr int kSampleSize = 1000;
    static constexpr int kFormatVersion = 2;

    // importance: per column (permutation importance on the test set), may be empty.
    static DriftReference compute(const Dataset &dataset, const std::vector<quint32> &rows,
                                  const InputSchema &schema, const std::vector<double> &scores,
                                  const QHash<QString, double> &importance = {});
    QJsonObject toJson() const;
    static Result<DriftReference> fromJson(const QJsonObject &json);
};

} // namespace churnlab

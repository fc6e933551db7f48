#pragma once

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <random>

namespace churnlab {

// Where AutoML looks for each learner's hyperparameters: narrower than what the learners
// accept (HyperParameter's range is what is valid, not what is worth trying), on a log scale
// for the ones that span orders of magnitude, after the ranges that strong tabular AutoML
// systems search. A sampled configuration is a complete set of hyperparameters for
// ModelCatalog::create.
class SearchSpace
{
public:
    struct Range
    {
        QString name;
        double low = 0, high = 0;
        bool integer = false;
        bool logScale = false;
        QStringList choices; // a choice instead of a number when not empty
    };

    static QList<Range> ranges(const QString &learner);
    // Settings every trial of the learner gets (more rounds for boosting, where early stopping
    // decides how many are used).
    static QJsonObject fixed(const QString &learner);
    static QJsonObject sample(const QString &learner, std::mt19937_64 &random);
    // The learners with a search space, in catalog order.
    static QStringList learners();
};

} // namespace churnlab

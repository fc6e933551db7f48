#pragma once

#include "core/Progress.h"
#include "core/Result.h"
#include <QCoreApplication>

#include <Eigen/Dense>

#include <QJsonObject>
#include <QStringList>

#include <vector>

namespace churnlab {

class Model;

// How much a model's test ROC AUC drops when one source column is shuffled among the test
// rows, breaking its link to churn while keeping its distribution. All features made from a
// column (its one-hot indicators, its missing indicator) are shuffled together, so that the
// answer is per column as the analyst sees the data. Works for every learner alike.
struct PermutationImportance
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::PermutationImportance)

public:
    struct Entry
    {
        QString column;
        double meanDrop = 0; // baseline AUC − AUC with the column shuffled
        double stdDrop = 0;
    };
    double baselineAuc = 0;
    std::vector<Entry> entries; // one per distinct source column, in feature order

    // sourceColumns has one entry per feature column of x. At most maxRows test rows are used
    // (a seeded sample) so that the answer stays quick on large test sets.
    static PermutationImportance compute(const Model &model, const Eigen::MatrixXd &x,
                                         const std::vector<qint8> &labels,
                                         const QStringList &sourceColumns, int repeats = 3,
                                         quint64 seed = 42, Eigen::Index maxRows = 5000,
                                         Progress &progress = Progress::none());
    QJsonObject toJson() const;
    [[nodiscard]] static Result<PermutationImportance> fromJson(const QJsonObject &json);
};

} // namespace churnlab

#pragma once

#include <QtGlobal>

#include <vector>

namespace churnlab {

// Ranks with ties given their average rank (1-based), as scipy.stats.rankdata does: the basis
// of Spearman correlation and of the Mann-Whitney form of ROC AUC.
std::vector<double> averageRanks(const std::vector<double> &values);

// Area under the ROC curve of scores against 0/1 labels, ties counted half, equal to
// scikit-learn's roc_auc_score. NaN when one class is absent.
double rocAuc(const std::vector<double> &scores, const std::vector<qint8> &labels);

// Pearson correlation of paired values; NaN when either side is constant or n < 2.
double pearson(const std::vector<double> &x, const std::vector<double> &y);

} // namespace churnlab

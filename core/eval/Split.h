#pragma once

#include <QtGlobal>

#include <vector>

namespace churnlab {

// A seeded, stratified train/test holdout over labelled rows (label -1 rows are left out of
// both): each class is shuffled on its own and its first test-fraction goes to test, so both
// sides keep the churn rate. The same seed gives the same split on every platform.
struct Split
{
    std::vector<quint32> train;
    std::vector<quint32> test;

    static Split stratified(const std::vector<qint8> &labels, double testFraction, quint64 seed);
    // k stratified folds: fold i's test rows are the i-th share of each shuffled class, its
    // training rows all other labelled rows. Every labelled row is tested exactly once.
    static std::vector<Split> stratifiedFolds(const std::vector<qint8> &labels, int k,
                                              quint64 seed);
};

} // namespace churnlab

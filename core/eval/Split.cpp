#include "core/eval/Split.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace churnlab {

namespace {

// The rows of one class in a seeded random order. Fisher-Yates with our own draws:
// std::shuffle's use of the engine is not portable.
std::vector<quint32> shuffledClass(const std::vector<qint8> &labels, qint8 cls,
                                   std::mt19937_64 &rng)
{
    std::vector<quint32> rows;
    for (size_t i = 0; i < labels.size(); ++i) {
        if (labels[i] == cls)
            rows.push_back(quint32(i));
    }
    for (size_t i = rows.size(); i > 1; --i) {
        const size_t j = size_t(rng() % i);
        std::swap(rows[i - 1], rows[j]);
    }
    return rows;
}

} // namespace

std::vector<Split> Split::stratifiedFolds(const std::vector<qint8> &labels, int k, quint64 seed)
{
    std::mt19937_64 rng(seed);
    std::vector<Split> folds(size_t(std::max(k, 2)));
    for (qint8 cls : {qint8(0), qint8(1)}) {
        const std::vector<quint32> rows = shuffledClass(labels, cls, rng);
        for (size_t i = 0; i < rows.size(); ++i) {
            const size_t fold = i * folds.size() / std::max<size_t>(rows.size(), 1);
            for (size_t f = 0; f < folds.size(); ++f)
                (f == fold ? folds[f].test : folds[f].train).push_back(rows[i]);
        }
    }
    for (Split &s : folds) {
        std::sort(s.train.begin(), s.train.end());
        std::sort(s.test.begin(), s.test.end());
    }
    return folds;
}

Split Split::stratified(const std::vector<qint8> &labels, double testFraction, quint64 seed)
{
    std::mt19937_64 rng(seed);
    Split s;
    for (qint8 cls : {qint8(0), qint8(1)}) {
        std::vector<quint32> rows = shuffledClass(labels, cls, rng);
        const size_t nTest = size_t(std::llround(testFraction * double(rows.size())));
        s.test.insert(s.test.end(), rows.begin(), rows.begin() + qsizetype(nTest));
        s.train.insert(s.train.end(), rows.begin() + qsizetype(nTest), rows.end());
    }
    std::sort(s.train.begin(), s.train.end());
    std::sort(s.test.begin(), s.test.end());
    return s;
}

} // namespace churnlab

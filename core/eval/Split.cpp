#include "Split.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace churnlab {

Split Split::stratified(const std::vector<qint8> &labels, double testFraction, quint64 seed)
{
    std::mt19937_64 rng(seed);
    Split s;
    for (qint8 cls : {qint8(0), qint8(1)}) {
        std::vector<quint32> rows;
        for (size_t i = 0; i < labels.size(); ++i) {
            if (labels[i] == cls)
                rows.push_back(quint32(i));
        }
        // Fisher-Yates with our own draws: std::shuffle's use of the engine is not portable.
        for (size_t i = rows.size(); i > 1; --i) {
            const size_t j = size_t(rng() % i);
            std::swap(rows[i - 1], rows[j]);
        }
        const size_t nTest = size_t(std::llround(testFraction * double(rows.size())));
        s.test.insert(s.test.end(), rows.begin(), rows.begin() + qsizetype(nTest));
        s.train.insert(s.train.end(), rows.begin() + qsizetype(nTest), rows.end());
    }
    std::sort(s.train.begin(), s.train.end());
    std::sort(s.test.begin(), s.test.end());
    return s;
}

} // namespace churnlab

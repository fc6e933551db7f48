#include "core/eval/Ranking.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace churnlab {

std::vector<double> averageRanks(const std::vector<double> &values)
{
    std::vector<quint32> order(values.size());
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(),
              [&](quint32 a, quint32 b) { return values[a] < values[b]; });
    std::vector<double> ranks(values.size());
    for (size_t i = 0; i < order.size();) {
        size_t j = i + 1;
        while (j < order.size() && values[order[j]] == values[order[i]])
            ++j;
        const double rank = 0.5 * double(i + 1 + j); // mean of ranks i+1 … j
        for (size_t k = i; k < j; ++k)
            ranks[order[k]] = rank;
        i = j;
    }
    return ranks;
}

double rocAuc(const std::vector<double> &scores, const std::vector<qint8> &labels)
{
    const std::vector<double> ranks = averageRanks(scores);
    double positiveRankSum = 0;
    double positives = 0;
    for (size_t i = 0; i < labels.size(); ++i) {
        if (labels[i] == 1) {
            positiveRankSum += ranks[i];
            positives += 1;
        }
    }
    const double negatives = double(labels.size()) - positives;
    if (positives == 0 || negatives == 0)
        return std::numeric_limits<double>::quiet_NaN();
    return (positiveRankSum - positives * (positives + 1) / 2) / (positives * negatives);
}

double pearson(const std::vector<double> &x, const std::vector<double> &y)
{
    const size_t n = x.size();
    if (n < 2)
        return std::numeric_limits<double>::quiet_NaN();
    double mx = 0, my = 0;
    for (size_t i = 0; i < n; ++i)
        mx += x[i], my += y[i];
    mx /= double(n);
    my /= double(n);
    double sxy = 0, sxx = 0, syy = 0;
    for (size_t i = 0; i < n; ++i) {
        const double dx = x[i] - mx, dy = y[i] - my;
        sxy += dx * dy;
        sxx += dx * dx;
        syy += dy * dy;
    }
    if (sxx == 0 || syy == 0)
        return std::numeric_limits<double>::quiet_NaN();
    return sxy / std::sqrt(sxx * syy);
}

} // namespace churnlab

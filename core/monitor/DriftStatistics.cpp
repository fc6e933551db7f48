#include "core/monitor/DriftStatistics.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace churnlab::DriftStatistics {

namespace {

std::vector<double> normalized(const std::vector<double> &v)
{
    const double sum = std::accumulate(v.begin(), v.end(), 0.0);
    std::vector<double> out(v.size(), 0.0);
    if (sum > 0)
        for (size_t i = 0; i < v.size(); ++i)
            out[i] = v[i] / sum;
    return out;
}

// Series for P(a, x), good for x < a + 1 (Numerical Recipes' gser, to full double precision).
double gammaPSeries(double a, double x)
{
    double sum = 1.0 / a, term = sum, ap = a;
    for (int n = 0; n < 100000; ++n) {
        ap += 1;
        term *= x / ap;
        sum += term;
        if (std::abs(term) < std::abs(sum) * 1e-17)
            break;
    }
    return sum * std::exp(-x + a * std::log(x) - std::lgamma(a));
}

// Continued fraction for Q(a, x), good for x ≥ a + 1 (modified Lentz).
double gammaQFraction(double a, double x)
{
    constexpr double tiny =
        std::numeric_limits<double>::min() / std::numeric_limits<double>::epsilon();
    double b = x + 1 - a, c = 1 / tiny, d = 1 / b, h = d;
    for (int i = 1; i < 100000; ++i) {
        const double an = -i * (i - a);
        b += 2;
        d = an * d + b;
        if (std::abs(d) < tiny)
            d = tiny;
        c = b + an / c;
        if (std::abs(c) < tiny)
            c = tiny;
        d = 1 / d;
        const double delta = d * c;
        h *= delta;
        if (std::abs(delta - 1) < 1e-17)
            break;
    }
    return std::exp(-x + a * std::log(x) - std::lgamma(a)) * h;
}

} // namespace

double psi(const std::vector<double> &reference, const std::vector<double> &current)
{
    const auto r = normalized(reference), c = normalized(current);
    double total = 0;
    for (size_t i = 0; i < r.size() && i < c.size(); ++i) {
        const double ri = std::max(r[i], 1e-4), ci = std::max(c[i], 1e-4);
        total += (ci - ri) * std::log(ci / ri);
    }
    return total;
}

double jensenShannon(const std::vector<double> &reference, const std::vector<double> &current)
{
    const auto p = normalized(reference), q = normalized(current);
    double kl = 0;
    for (size_t i = 0; i < p.size() && i < q.size(); ++i) {
        const double m = (p[i] + q[i]) / 2;
        if (p[i] > 0)
            kl += p[i] * std::log(p[i] / m);
        if (q[i] > 0)
            kl += q[i] * std::log(q[i] / m);
    }
    return std::sqrt(std::max(0.0, kl / 2));
}

Test ks(const std::vector<double> &a, const std::vector<double> &b)
{
    Test t;
    const size_t n = a.size(), m = b.size();
    if (n == 0 || m == 0)
        return t;
    // Walk both sorted samples; the CDFs are compared after each distinct value.
    size_t i = 0, j = 0;
    double d = 0;
    while (i < n && j < m) {
        const double v = std::min(a[i], b[j]);
        while (i < n && a[i] == v)
            ++i;
        while (j < m && b[j] == v)
            ++j;
        d = std::max(d, std::abs(double(i) / double(n) - double(j) / double(m)));
    }
    t.statistic = d;
    const double en = double(n) * double(m) / double(n + m);
    t.pValue = kolmogorovSurvival(std::sqrt(en) * d);
    return t;
}

Test chiSquare(const std::vector<double> &reference, const std::vector<double> &current)
{
    Test t;
    double rowR = 0, rowC = 0;
    std::vector<std::pair<double, double>> cells;
    for (size_t k = 0; k < reference.size() && k < current.size(); ++k)
        if (reference[k] + current[k] > 0) {
            cells.emplace_back(reference[k], current[k]);
            rowR += reference[k];
            rowC += current[k];
        }
    const double total = rowR + rowC;
    if (cells.size() < 2 || rowR <= 0 || rowC <= 0)
        return t;
    for (const auto &[r, c] : cells) {
        const double column = r + c;
        const double er = rowR * column / total, ec = rowC * column / total;
        t.statistic += (r - er) * (r - er) / er + (c - ec) * (c - ec) / ec;
    }
    t.dof = int(cells.size()) - 1;
    t.pValue = gammaQ(t.dof / 2.0, t.statistic / 2.0);
    return t;
}

double wasserstein(const std::vector<double> &a, const std::vector<double> &b, double referenceStd)
{
    if (a.empty() || b.empty())
        return 0;
    // ∫ |F_a(x) − F_b(x)| dx over the merged sorted values.
    const size_t n = a.size(), m = b.size();
    size_t i = 0, j = 0;
    double distance = 0, previous = std::min(a.front(), b.front());
    while (i < n || j < m) {
        const double v = j >= m || (i < n && a[i] <= b[j]) ? a[i] : b[j];
        distance += std::abs(double(i) / double(n) - double(j) / double(m)) * (v - previous);
        previous = v;
        while (i < n && a[i] == v)
            ++i;
        while (j < m && b[j] == v)
            ++j;
    }
    return referenceStd > 0 ? distance / referenceStd : distance;
}

double gammaQ(double a, double x)
{
    if (x <= 0 || a <= 0)
        return 1;
    return x < a + 1 ? 1 - gammaPSeries(a, x) : gammaQFraction(a, x);
}

double kolmogorovSurvival(double lambda)
{
    if (lambda <= 0)
        return 1;
    if (lambda < 0.2) {
        // The alternating series converges slowly here; use the Jacobi theta form of the CDF.
        const double w = std::sqrt(2 * M_PI) / lambda;
        double cdf = 0;
        for (int k = 1; k < 200; ++k) {
            const double term =
                std::exp(-(2 * k - 1) * (2 * k - 1) * M_PI * M_PI / (8 * lambda * lambda));
            cdf += term;
            if (term < 1e-300)
                break;
        }
        return 1 - w * cdf;
    }
    double sum = 0;
    for (int k = 1; k < 1000; ++k) {
        const double term = std::exp(-2.0 * k * k * lambda * lambda);
        sum += (k % 2 ? 1 : -1) * term;
        if (term < 1e-300)
            break;
    }
    return std::clamp(2 * sum, 0.0, 1.0);
}

} // namespace churnlab::DriftStatistics

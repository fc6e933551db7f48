#pragma once

#include <vector>

namespace churnlab {

// The statistics drift monitoring decides with, each as a plain function of the two samples
// (or of two distributions over the same bins), computed the way the usual references do so
// that a test can compare them with scipy:
//   psi             Σ (c − r) · ln(c / r), shares below 1e-4 raised to 1e-4 (as Evidently)
//   jensenShannon   scipy.spatial.distance.jensenshannon (natural log): √((KL(p‖m) + KL(q‖m)) / 2)
//   ks              scipy.stats.ks_2samp's statistic; p from the limiting Kolmogorov
//                   distribution, scipy.stats.kstwobign.sf(√(n·m/(n+m)) · D)
//   chiSquare       scipy.stats.chi2_contingency(…, correction=False) on a 2 × k table
//   wasserstein     scipy.stats.wasserstein_distance, divided by the reference's standard
//                   deviation (Evidently's "normed" Wasserstein)
namespace DriftStatistics {

struct Test
{
    double statistic = 0;
    double pValue = 1;
    int dof = 0; // chi-square only
};

double psi(const std::vector<double> &reference, const std::vector<double> &current);
double jensenShannon(const std::vector<double> &reference, const std::vector<double> &current);
// Both samples sorted ascending.
Test ks(const std::vector<double> &reference, const std::vector<double> &current);
// Counts per category (same order), reference then current; empty categories in both are
// dropped, as chi2_contingency would refuse them.
Test chiSquare(const std::vector<double> &reference, const std::vector<double> &current);
// Both samples sorted ascending; referenceStd > 0 (else the raw distance).
double wasserstein(const std::vector<double> &reference, const std::vector<double> &current,
                   double referenceStd);

// Q(a, x), the regularized upper incomplete gamma function (chi-square survival:
// Q(dof/2, x/2)), and the Kolmogorov survival function Q_KS(λ) = 2 Σ (−1)^(k−1) e^(−2k²λ²).
double gammaQ(double a, double x);
double kolmogorovSurvival(double lambda);

} // namespace DriftStatistics

} // namespace churnlab

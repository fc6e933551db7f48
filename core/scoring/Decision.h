#pragma once

#include "core/scoring/Scorer.h"

namespace churnlab {

// What turns a model's probabilities into actions: the threshold at or above which a customer
// is flagged, and the costs of the two wrong decisions it was chosen from. The analysis keeps
// one; every bundle, score, report and view that decides uses it.
struct Decision
{
    double threshold = 0.5;
    CostMatrix costs;
    bool operator==(const Decision &) const = default;
};

} // namespace churnlab

#pragma once

#include "core/models/Model.h"
#include "core/models/TreeEnsemble.h"

#include <vector>

namespace churnlab {

// What the tree learners share beyond Model: their fitted trees with the split gain per
// feature (their importance), and the one-hot groups they bundle into one code column each
// (see FeatureBins).
class TreeModel : public Model
{
public:
    std::vector<double> featureImportance() const override { return m_ensemble.normalisedGain(); }
    int featureCount() const override { return int(m_ensemble.gain.size()); }
    QJsonObject state() const override { return m_ensemble.toJson(); }
    Result<bool> loadState(const QJsonObject &state, int features) override
    {
        return m_ensemble.load(state, features);
    }
    void setFeatureGroups(std::vector<int> groups) override { m_groups = std::move(groups); }
    const TreeEnsemble &ensemble() const { return m_ensemble; }
    // The model's margin is marginOffset() + marginScale() × Σ tree outputs: the log-odds of
    // boosting (its base score, scale 1), the probability of a forest (the trees' mean) or of a
    // single tree. TreeSHAP explains this margin.
    virtual double marginOffset() const { return 0; }
    virtual double marginScale() const { return 1; }
    // Whether the margin is log-odds (boosting) rather than a probability (tree, forest).
    virtual bool marginIsLogOdds() const { return false; }

protected:
    TreeEnsemble m_ensemble;
    std::vector<int> m_groups;
};

} // namespace churnlab

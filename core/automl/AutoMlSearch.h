#pragma once

#include "core/automl/AutoMlSpec.h"
#include "core/automl/AutoMlTrial.h"
#include "core/train/ModelReport.h"

#include <functional>
#include <memory>
#include <vector>

namespace churnlab {

class TrainingSession;

// AutoML within a time budget, on a prepared holdout session. Configurations are judged on the
// session's training rows only — by 5-fold cross-validation up to 20 000 rows, else on a
// stratified 80/20 split of them (the session's seed) — so the session's test rows are never
// looked at until the end and the test metrics of the result stay honest. The strategy:
//   1. every learner at its defaults, on all search-training rows — the result is never worse
//      on validation than the defaults;
//   2. then successive-halving brackets (Hyperband, Li et al. 2018): nine configurations drawn
//      from the search spaces (SearchSpace) are fitted on a ninth of the rows, the best third
//      go on to a third of the rows, and the best of those to all of them. Learners that did
//      best so far are drawn more often. Boosting and the network stop early on their own
//      validation share, so rounds are never wasted. Small data skips the small rungs.
// Trials run one after another, each using every core. The search stops at the budget minus
// the time the final fits are expected to take; a trial still running then is stopped.
// Finally the best configuration, and a soft-voting ensemble of the best three learners if
// it beats it on validation, are trained on all the session's training rows and reported on
// its test rows, as any model. The same seed and trial count give the same trials.
class AutoMlSearch
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::AutoMlSearch)

public:
    struct Outcome
    {
        AutoMlSpec spec;
        std::vector<AutoMlTrial> trials;
        int bestTrial = -1; // index into trials
        std::shared_ptr<const ModelReport> best; // refitted, with test metrics
        double ensembleValue = qQNaN(); // the ensemble's validation metric, if tried
        QStringList ensembleMembers;
        std::shared_ptr<const ModelReport> ensemble; // kept only if it won on validation
        bool cancelled = false;
        double seconds = 0;
        qint64 searchRows = 0, validationRows = 0;
        bool crossValidated = false; // judged by 5-fold cross-validation (small data)
        QStringList notes; // what the search left out to keep the budget

        QJsonObject toJson() const;
    };
    using TrialCallback = std::function<void(const AutoMlTrial &)>;

    // onTrial is called on the searching thread after every trial.
    [[nodiscard]] static Result<Outcome> run(const TrainingSession &session, const AutoMlSpec &spec,
                                             const TrialCallback &onTrial = {},
                                             Progress &progress = Progress::none());
    // The metric of scores against 0/1 labels; for Cost, the expected cost per customer at the
    // best threshold.
    static double measure(AutoMlSpec::Metric metric, const std::vector<double> &scores,
                          const std::vector<qint8> &labels, double falsePositiveCost,
                          double falseNegativeCost);
};

} // namespace churnlab

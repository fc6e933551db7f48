#pragma once

#include "core/Progress.h"
#include "core/Result.h"
#include "core/data/DataInput.h"
#include "core/data/csv/CsvDialect.h"
#include "core/monitor/RetrainDecision.h"
#include "core/train/ModelReport.h"

#include <QCoreApplication>

#include <memory>

namespace churnlab {

class Bundle;
class Dataset;
struct DataFingerprint;
class TrainingSession;

// Retrains a deployed model (the champion) on new data and decides whether the new model (the
// challenger) replaces it, the one way the CLI's `retrain` and the Monitor tab do it:
//  1. the new data must hold every column the champion reads and its target; columns are
//     read as the champion's schema types, and with Append the old rows are stacked above
//     the new ones after the same check;
//  2. a stratified share of the new rows (seeded with the champion's seed) is held out: the
//     recent holdout both models are judged on, unseen by either;
//  3. the challenger is trained with the champion's exact settings (learner, hyperparameters,
//     features, seed, threshold, costs) on the rest;
//  4. both score the holdout, and RetrainDecision applies the promotion rule.
class Retraining
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::Retraining)

public:
    struct Outcome
    {
        std::shared_ptr<TrainingSession> session; // the challenger's, for its bundle
        ModelReport challenger;
        RetrainDecision decision;
        QStringList notes; // rows left out, values that did not read as the schema's types
    };

    Retraining(std::shared_ptr<const Bundle> champion, RetrainOptions options = {});

    // A data file or a database's rows read as the champion reads its input: the user's
    // options, with the schema's column types imposed.
    [[nodiscard]] static Result<Dataset> readLikeChampion(const Bundle &champion,
                                                          const DataInput &input,
                                                          CsvOptions options,
                                                          Progress &progress = Progress::none());

    // oldData is required for RetrainOptions::Mode::Append and ignored otherwise.
    [[nodiscard]] Result<Outcome> run(std::shared_ptr<const Dataset> newData,
                                      std::shared_ptr<const Dataset> oldData = nullptr,
                                      Progress &progress = Progress::none()) const;

    // A promoted challenger as the champion's next version: its manifest carries
    // model_version (the champion's + 1), the champion it replaces, and the decision.
    [[nodiscard]] static Result<Bundle> nextBundle(const Outcome &outcome, const Bundle &champion,
                                                   const DataFingerprint &data);

private:
    [[nodiscard]] Result<Dataset> trimmed(const Dataset &data, const QString &which) const;
    [[nodiscard]] Result<Dataset> stacked(const Dataset &oldData, const Dataset &newData) const;
    QStringList neededColumns() const;

    std::shared_ptr<const Bundle> m_champion;
    RetrainOptions m_options;
};

} // namespace churnlab

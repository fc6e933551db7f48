#pragma once

#include "core/data/TargetSpec.h"
#include "core/features/FeatureConfig.h"
#include "core/scoring/Scorer.h"
#include <QCoreApplication>

#include <QList>

namespace churnlab {

// How models are validated: one stratified holdout, or stratified k-fold cross-validation.
struct ValidationSpec
{
    enum class Kind { Holdout, KFold };
    Kind kind = Kind::Holdout;
    double testFraction = 0.2; // holdout
    int folds = 5; // k-fold

    bool operator==(const ValidationSpec &) const = default;
};

// One learner to train, with the hyperparameters that differ from its defaults.
struct LearnerSpec
{
    QString id;
    QJsonObject params;

    bool operator==(const LearnerSpec &) const = default;
};

// Everything that defines a training run, as plain data: the target, the feature
// configuration, validation, the seed, the learners with their hyperparameters, and the
// decision threshold with the costs of wrong decisions. The Model tab and `churnlab-cli
// train` both fill one and hand it to TrainingSession; a project file, a bundle and a
// tracking row save exactly this.
struct TrainSpec
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::TrainSpec)

public:
    TargetSpec target;
    FeatureConfig features;
    ValidationSpec validation;
    quint64 seed = 42;
    QList<LearnerSpec> learners = defaultLearners();
    double threshold = 0.5;
    CostMatrix costs;
    // Off (the default), training leaves out the columns LeakageScreen finds leaking whose role
    // is automatic; on, they stay features (and the reports warn).
    bool keepLeakingColumns = false;

    // The learners ticked by default, in the GUI and the CLI alike.
    static QList<LearnerSpec> defaultLearners();
    QStringList learnerIds() const;
    QJsonObject paramsOf(const QString &id) const;

    // Unknown learners, bad hyperparameters, a test share outside (0, 1), fewer than 2 or
    // more than 50 folds, a threshold outside [0, 1] and negative costs are errors that say
    // which.
    [[nodiscard]] Result<bool> validate() const;

    bool operator==(const TrainSpec &) const = default;
    QJsonObject toJson() const;
    static Result<TrainSpec> fromJson(const QJsonObject &json);
    static constexpr int kFormatVersion = 1;
};

} // namespace churnlab

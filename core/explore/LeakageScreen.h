#pragma once

#include "core/Progress.h"
#include "core/data/BinaryTarget.h"
#include "core/explore/TargetAssociation.h"
#include "core/features/FeatureConfig.h"
#include <QCoreApplication>

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace churnlab {

// A column that knows the outcome too well to be a cause of it. Two tiers: a leak (acted on by
// default: the column is excluded from training) and a suspicious column (named, and asked
// about, but kept).
struct LeakageFinding
{
    enum class Tier { Leak, Suspicious };
    // Separates: the column alone scores AUC ≥ the tier's bound. OneClassOnly: it has a value
    // (almost) only in rows of one class, like a churn reason. Named: its name says outcome
    // (score, reason, label, flag, …) and it predicts strongly.
    enum class Reason { Separates, OneClassOnly, Named };

    QString column;
    Tier tier = Tier::Suspicious;
    Reason reason = Reason::Separates;
    double auc = 0.5; // the strongest of the value/level AUC and the has-a-value AUC
    QString onlyClass; // OneClassOnly: the class label the values belong to

    // One sentence, translated: why the column is flagged.
    QString describe() const;
    QJsonObject toJson() const;
    static Result<LeakageFinding> fromJson(const QJsonObject &json);
    static QJsonArray toJsonArray(const QList<LeakageFinding> &findings);
};

// Finds leaking and suspicious columns before training, on every labelled row. The training
// session runs it so that the app, `train`, `automl` and `project` exclude the same columns.
class LeakageScreen
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::LeakageScreen)

public:
    // Leaks first, then suspicious columns, strongest first. The target, text columns and the
    // columns given a role that keeps them out (ignored, ID, sensitive, excluded) are skipped.
    // `ranked` may pass Association::rank's result when it is already known.
    static QList<LeakageFinding> screen(const Dataset &dataset, const BinaryTarget &target,
                                        const FeatureConfig &config = {},
                                        QList<Association> ranked = {},
                                        Progress &progress = Progress::none());
    // Sets the role of each leak whose role is automatic to Role::Leakage; returns their names.
    // Suspicious columns and columns the analyst chose as features are left as they are.
    static QStringList exclude(FeatureConfig &config, const QList<LeakageFinding> &findings);
    // The flagged columns a configuration still lets into training.
    static QList<LeakageFinding> kept(const FeatureConfig &config,
                                      const QList<LeakageFinding> &findings);

    static constexpr double leakAuc = 0.98;
    static constexpr double suspiciousAuc = 0.90;
    static constexpr double namedAuc = 0.75;
    // Of the rows with a value, at most this share may be of the other class for OneClassOnly.
    static constexpr double oneClassImpurity = 0.01;
};

} // namespace churnlab

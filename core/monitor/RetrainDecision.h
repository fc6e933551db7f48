#pragma once

#include "core/eval/HoldoutEvaluation.h"
#include "core/eval/Metrics.h"
#include "core/scoring/Scorer.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace churnlab {

// How a retraining runs and what a challenger must show to replace the champion.
struct RetrainOptions
{
    enum class Mode { Replace, Append };
    Mode mode = Mode::Replace;
    double holdoutFraction = 0.2; // of the new rows: the recent holdout
    double aucMargin = 0.005; // the challenger's ROC AUC must exceed the champion's by this,
    double costMargin = 0; // or its expected cost per customer be lower by more than this,
    double calibrationTolerance = 0.01; // and its calibration error not exceed the champion's
                                        // by more than this

    [[nodiscard]] Result<bool> validate() const;
    QJsonObject toJson() const;
    static QString modeName(Mode mode);
    static std::optional<Mode> modeFromName(const QString &name);
};

// The champion/challenger rule and its outcome, with the numbers behind it: the challenger is
// promoted when it wins on ranking (AUC up by at least the margin) or on money (expected cost
// down by more than the cost margin), and is not worse calibrated beyond the tolerance.
struct RetrainDecision
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::RetrainDecision)

public:
    bool promote = false;
    QStringList reasons; // one sentence per condition, in the user's language
    HoldoutEvaluation champion, challenger;
    double threshold = 0.5;
    CostMatrix costs;
    RetrainOptions options;
    qint64 trainRows = 0, holdoutRows = 0;

    static RetrainDecision decide(const HoldoutEvaluation &champion,
                                  const HoldoutEvaluation &challenger, double threshold,
                                  const CostMatrix &costs, const RetrainOptions &options);
    QString summary() const;
    QJsonObject toJson() const;
};

} // namespace churnlab

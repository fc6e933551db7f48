#include "core/monitor/RetrainDecision.h"

#include "core/EnumNames.h"

#include "core/eval/CalibrationCurve.h"

#include <QJsonArray>

#include <cmath>

namespace churnlab {

Result<bool> RetrainOptions::validate() const
{
    auto bad = [](const QString &message) { return Error {Error::Kind::InvalidArgument, message}; };
    if (!(holdoutFraction > 0 && holdoutFraction < 1))
        return bad(RetrainDecision::tr("The holdout share must lie between 0 and 1."));
    if (!(aucMargin >= 0 && aucMargin < 1))
        return bad(RetrainDecision::tr("The AUC margin must lie between 0 and 1."));
    if (!(costMargin >= 0) || !std::isfinite(costMargin))
        return bad(RetrainDecision::tr("The cost margin must be zero or more."));
    if (!(calibrationTolerance >= 0 && calibrationTolerance < 1))
        return bad(RetrainDecision::tr("The calibration tolerance must lie between 0 and 1."));
    return true;
}

namespace {

const EnumNames<RetrainOptions::Mode> &modeNames()
{
    static const EnumNames<RetrainOptions::Mode> names {{RetrainOptions::Mode::Replace, "replace"},
                                                        {RetrainOptions::Mode::Append, "append"}};
    return names;
}

} // namespace

QString RetrainOptions::modeName(Mode mode)
{
    return modeNames().name(mode);
}

std::optional<RetrainOptions::Mode> RetrainOptions::modeFromName(const QString &name)
{
    return modeNames().value(name);
}

QJsonObject RetrainOptions::toJson() const
{
    return {{QStringLiteral("mode"), modeName(mode)},
            {QStringLiteral("holdout_fraction"), holdoutFraction},
            {QStringLiteral("auc_margin"), aucMargin},
            {QStringLiteral("cost_margin"), costMargin},
            {QStringLiteral("calibration_tolerance"), calibrationTolerance}};
}

RetrainDecision RetrainDecision::decide(const HoldoutEvaluation &champion,
                                        const HoldoutEvaluation &challenger, double threshold,
                                        const CostMatrix &costs, const RetrainOptions &options)
{
    RetrainDecision d;
    d.champion = champion;
    d.challenger = challenger;
    d.threshold = threshold;
    d.costs = costs;
    d.options = options;
    const double aucGain = challenger.metrics.auc - champion.metrics.auc;
    const double costDrop = champion.expectedCost - challenger.expectedCost;
    const double calibrationLoss = challenger.calibrationError - champion.calibrationError;
    // Rounding noise must not decide a tie, so gains are compared a hair below the margin.
    constexpr double kSlack = 1e-12;
    const bool winsOnAuc = aucGain >= options.aucMargin - kSlack;
    const bool winsOnCost = costDrop > options.costMargin + kSlack;
    const bool calibrated = calibrationLoss <= options.calibrationTolerance + kSlack;
    d.promote = (winsOnAuc || winsOnCost) && calibrated;
    d.reasons << (winsOnAuc ? tr("AUC %1 against %2: up %3, at least the margin of %4.")
                            : tr("AUC %1 against %2: a change of %3, short of the margin of %4."))
                     .arg(challenger.metrics.auc, 0, 'f', 4)
                     .arg(champion.metrics.auc, 0, 'f', 4)
                     .arg(aucGain, 0, 'f', 4)
                     .arg(options.aucMargin, 0, 'f', 4);
    d.reasons << (winsOnCost ? tr("Expected cost per customer %1 against %2: lower by %3.")
                             : tr("Expected cost per customer %1 against %2: not lower by more "
                                  "than %3."))
                     .arg(challenger.expectedCost, 0, 'f', 4)
                     .arg(champion.expectedCost, 0, 'f', 4)
                     .arg(winsOnCost ? costDrop : options.costMargin, 0, 'f', 4);
    d.reasons << (calibrated ? tr("Calibration error %1 against %2: within the tolerance of %3.")
                             : tr("Calibration error %1 against %2: worse by more than the "
                                  "tolerance of %3."))
                     .arg(challenger.calibrationError, 0, 'f', 4)
                     .arg(champion.calibrationError, 0, 'f', 4)
                     .arg(options.calibrationTolerance, 0, 'f', 4);
    return d;
}

QString RetrainDecision::summary() const
{
    return promote ? tr("Promote the challenger: it beats the champion on the recent holdout of "
                        "%n customers.",
                        nullptr, int(holdoutRows))
                   : tr("Keep the champion: the challenger does not beat it on the recent holdout "
                        "of %n customers.",
                        nullptr, int(holdoutRows));
}

QJsonObject RetrainDecision::toJson() const
{
    QJsonArray reasonList;
    for (const QString &r : reasons)
        reasonList.append(r);
    return {{QStringLiteral("promote"), promote},
            {QStringLiteral("summary"), summary()},
            {QStringLiteral("reasons"), reasonList},
            {QStringLiteral("champion"), champion.toJson()},
            {QStringLiteral("challenger"), challenger.toJson()},
            {QStringLiteral("threshold"), threshold},
            {QStringLiteral("costs"),
             QJsonObject {{QStringLiteral("false_positive"), costs.falsePositive},
                          {QStringLiteral("false_negative"), costs.falseNegative}}},
            {QStringLiteral("options"), options.toJson()},
            {QStringLiteral("train_rows"), trainRows},
            {QStringLiteral("holdout_rows"), holdoutRows}};
}

} // namespace churnlab

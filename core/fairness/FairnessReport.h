#pragma once

#include "core/fairness/SensitiveGroups.h"
#include "core/scoring/Scorer.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QStringList>

#include <vector>

namespace churnlab {

// Where a disparity counts as acceptable.
struct FairnessBands
{
    double difference = 0.1; // parity and equalized-odds differences at most this
    double ratio = 0.8; // the four-fifths rule
};

// How a model treats the groups of one sensitive column, at the decision threshold (or one
// threshold per group). Per group: size, churners, selection rate (the share flagged), true
// and false positive rates, precision (0 when none is flagged, as scikit-learn), ROC AUC
// (NaN with one class only), mean score against observed churn rate and the expected
// calibration error (ten equal-width bins), and the expected cost per customer. Across groups:
//   demographic parity difference — largest minus smallest selection rate;
//   demographic parity ratio — smallest over largest selection rate (the four-fifths rule
//     asks for ≥ 0.8);
//   equalized-odds difference — the larger of the TPR gap and the FPR gap (Fairlearn's
//     definition); both differences are flagged above 0.1 by default.
// Groups with fewer than kMinGroupRows customers are reported but left out of the disparities,
// since their rates are noise; a TPR (FPR) gap leaves out groups without churners (stayers).
struct FairnessReport
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::FairnessReport)

public:
    struct Group
    {
        QString name;
        qint64 size = 0, churners = 0, flagged = 0;
        qint64 tp = 0, fp = 0, tn = 0, fn = 0;
        double threshold = 0.5;
        double selectionRate = 0, tpr = 0, fpr = 0, precision = 0, auc = 0;
        double meanScore = 0, churnRate = 0, calibrationError = 0, expectedCost = 0;
        bool inDisparities = true;
        QJsonObject toJson() const;
    };
    using Bands = FairnessBands;

    QString column;
    double threshold = 0.5;
    CostMatrix costs;
    Bands bands;
    std::vector<Group> groups;
    double parityDifference = 0, parityRatio = 1, equalizedOddsDifference = 0;
    double tprDifference = 0, fprDifference = 0;
    double expectedCost = 0; // per customer, all groups
    qint64 rows = 0;

    static constexpr qint64 kMinGroupRows = 30;

    bool parityDifferenceOk() const { return parityDifference <= bands.difference + 1e-12; }
    bool parityRatioOk() const { return parityRatio >= bands.ratio - 1e-12; }
    bool equalizedOddsOk() const { return equalizedOddsDifference <= bands.difference + 1e-12; }
    // One sentence per disparity, saying whether it is inside its band.
    QStringList findings() const;

    // groupThresholds: a threshold per group name; groups not named use threshold.
    static FairnessReport compute(const std::vector<double> &scores,
                                  const std::vector<qint8> &labels, const SensitiveGroups &groups,
                                  double threshold, const CostMatrix &costs,
                                  const QHash<QString, double> &groupThresholds = {},
                                  Bands bands = {});
    // Per-group thresholds that give every group the TPR the single threshold gives all rows
    // (equal opportunity): the trade-off view starts from these.
    static QHash<QString, double> equalOpportunityThresholds(const std::vector<double> &scores,
                                                             const std::vector<qint8> &labels,
                                                             const SensitiveGroups &groups,
                                                             double threshold);

    QJsonObject toJson() const;
    // What toJson wrote (a model card reads it back from the bundle's manifest).
    [[nodiscard]] static Result<FairnessReport> fromJson(const QJsonObject &json);
    // A Markdown table of the groups and the disparities, for the model card.
    QString markdown() const;
};

} // namespace churnlab

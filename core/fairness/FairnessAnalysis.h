#pragma once

#include "core/fairness/FairnessReport.h"
#include "core/fairness/ProxyCheck.h"

namespace churnlab {

// One fairness check from start to end, the same for the app, the CLI, the bundle's model card
// and the PDF report: score labelled rows with a model, split them by a sensitive column, and
// measure the groups and the disparities (FairnessReport) and the columns that stand in for
// the sensitive one (ProxyCheck).
class FairnessAnalysis
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::FairnessAnalysis)

public:
    struct Options
    {
        int bins = 4; // for a numeric column with many values
        std::vector<double> edges; // or these bin edges
        QHash<QString, double> groupThresholds;
        // Instead: the thresholds that give every group the TPR the single threshold gives
        // all rows (FairnessReport::equalOpportunityThresholds).
        bool equalOpportunity = false;
        FairnessReport::Bands bands;
    };
    struct Result
    {
        FairnessReport report;
        std::vector<ProxyCheck::Proxy> proxies; // the model's input columns
        QJsonObject toJson() const;
    };

    // rows: the rows to judge (the test rows); labels: 0/1/−1 per dataset row.
    [[nodiscard]] static churnlab::Result<Result> run(const Scorer &scorer, const Dataset &dataset,
                                                      const std::vector<quint32> &rows,
                                                      const std::vector<qint8> &labels,
                                                      const QString &column, const Options &options,
                                                      Progress &progress = Progress::none());
    // Scores already known (the session's test scores, in rows' order).
    [[nodiscard]] static churnlab::Result<Result>
    run(const std::vector<double> &scores, const Scorer &scorer, const Dataset &dataset,
        const std::vector<quint32> &rows, const std::vector<qint8> &labels, const QString &column,
        const Options &options);
};

} // namespace churnlab

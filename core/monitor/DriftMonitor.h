#pragma once

#include "core/Progress.h"
#include "core/Result.h"
#include "core/data/DataInput.h"
#include "core/monitor/DriftReport.h"

#include <QCoreApplication>

namespace churnlab {

class Bundle;
class ConformedInput;
class Dataset;

// Compares current data with the drift reference a bundle carries: the current rows of a CSV
// file, or the rows and scores a scoring service logged (JSON lines, see RequestLog).
//
// Which test decides follows the size of the current sample, as Evidently's defaults do:
//   up to kSmallSample rows   numbers: two-sample Kolmogorov–Smirnov, drift when p < 0.05
//                             categories: chi-square on the level counts, drift when p < 0.05
//   more rows                 numbers: Wasserstein distance over the reference's standard
//                             deviation, drift at ≥ 0.1
//                             categories: Jensen–Shannon distance, drift at ≥ 0.1
// Large samples make every test "significant", so distances with a threshold decide there.
// PSI is reported for every column with the usual bands (< 0.1 none, < 0.25 moderate, else
// major) but does not decide. The model's scores are compared over twenty equal bins the same
// way (chi-square, or Jensen–Shannon). Version 1 references (no value sample) fall back to
// their ten quantile bins for numbers.
class DriftMonitor
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::DriftMonitor)

public:
    static constexpr qint64 kSmallSample = 1000;
    static constexpr double kPValue = 0.05;
    static constexpr double kDistance = 0.1;
    static constexpr double kMissingRateChange = 0.05; // absolute
    // Numbers beyond this many rows are tested (KS, Wasserstein) on an even sample of them;
    // bins, PSI and counts always use every row.
    static constexpr qint64 kMaxTestedValues = 200000;

    [[nodiscard]] static Result<DriftReport> compare(const Bundle &bundle, const Dataset &current,
                                                     Progress &progress = Progress::none());
    // A scoring service's request log: inputs (when the service logged them) and scores.
    [[nodiscard]] static Result<DriftReport> compareLog(const Bundle &bundle, const QString &path,
                                                        Progress &progress = Progress::none());
    // A data file or a database's table or query (read with the schema's types), or a request
    // log when the file's name ends in .jsonl or .log.
    [[nodiscard]] static Result<DriftReport> compareFile(const Bundle &bundle,
                                                         const DataInput &input,
                                                         Progress &progress = Progress::none());

private:
    static DriftReport compareInput(const Bundle &bundle, const ConformedInput &input, qint64 rows,
                                    const std::vector<double> &scores, Progress &progress);
};

} // namespace churnlab

#pragma once

#include "core/batch/ScoreTarget.h"
#include "core/data/DataInput.h"
#include "core/data/RowSink.h"
#include "core/data/csv/CsvDialect.h"
#include "core/data/csv/CsvReadResult.h"
#include "core/scoring/Scorer.h"
#include <QCoreApplication>

#include <QJsonObject>

#include <QStringList>

#include <functional>

namespace churnlab {

class Explainer;

// Scores a whole file with a model and writes one output row per input row: the ID column (if
// the model has one), any columns the caller keeps, the churn probability and the label at the
// model's threshold (and, if asked, each row's main reasons). The same parallel reader as
// everywhere, then blocks of rows scored on all cores and written as they are done, so no dense
// matrix of the whole file ever exists and the output is streamed. The CLI's `score` and the app's
// Score a File… both run this.
class BatchScorer
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::BatchScorer)

public:
    struct Options
    {
        CsvOptions csv;
        QStringList keep; // input columns copied to the output
        bool strict = false; // any conversion or unseen category is an error naming row and column
        int shard = 0, shards = 1; // score rows [shard·n/shards, (shard+1)·n/shards) only
        // With an explainer, each row also gets its explainTop largest contributions as
        // reason_i (the column) and reason_i_contribution.
        const Explainer *explainer = nullptr;
        int explainTop = 3;
    };
    struct Summary
    {
        qint64 rows = 0; // rows scored (this shard's)
        qint64 firstRow = 0; // the shard's first input row (0-based)
        qint64 flagged = 0; // rows at or above the threshold
        double seconds = 0;
        double readSeconds = 0;
        ScoringReport report;
        QJsonObject explanation; // method, scale and expected value, when explained
        QJsonObject toJson() const;
    };

    static constexpr qsizetype kBlockRows = 262144;

    // A file or a database's rows, to a file or a database table.
    [[nodiscard]] static Result<Summary> run(const Scorer &scorer, const DataInput &input,
                                             const ScoreTarget &output, const Options &options,
                                             Progress &progress = Progress::none());
    // The same from any source to any sink: read gives the rows (a file, a database query),
    // sink takes the scores (a file, a database table) and commits them only when all is done.
    using Reader = std::function<Result<CsvReadResult>(const CsvOptions &, Progress &)>;
    [[nodiscard]] static Result<Summary> run(const Scorer &scorer, const Reader &read,
                                             RowSink &sink, const Options &options,
                                             Progress &progress = Progress::none());
    // The strict policy's verdict on a report: the first problem, naming row and column.
    static std::optional<Error> strictError(const ScoringReport &report, qint64 firstRow);
};

} // namespace churnlab

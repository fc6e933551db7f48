#pragma once

#include "core/Progress.h"
#include "core/Result.h"
#include "core/data/csv/CellRules.h"
#include "core/data/csv/ColumnPlan.h"
#include "core/data/csv/CsvChunk.h"
#include "core/data/csv/CsvDialect.h"
#include "core/data/csv/CsvReadResult.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>
#include <optional>
#include <vector>

namespace churnlab {

struct DecodedText;

// The passes over records that the parse of a whole text (CsvParse) and the parse of a stream
// of chunks (CsvStreamParse) share, with the state they share: the header, inference over a
// chunk's first records, conversion of a chunk into the column plans, and the finished columns.
class CsvPasses
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::CsvPasses)

public:
    using Marks = std::vector<char>; // per column: does this pass read it
    // Rows at the start of each chunk from which types are guessed. The conversion pass checks
    // every value against the guess.
    static constexpr qint64 kSampleRows = 1024;
    // Ranges of input read past, that a reader of a mapped file hands back (may be empty).
    using Releaser = std::function<void(const char *, const char *)>;

    CsvPasses(const CsvOptions &options, Progress &progress);

    // Dialect, header names and where the records begin, from the decoded text.
    std::optional<Error> readHeader(const DecodedText &text, CsvReadResult &result);
    // Inference for the marked columns over the first rowLimit records of a chunk. The
    // conversion pass reports malformed records; here they only end the sample.
    void inferChunk(CsvChunk &c, const Marks &marked, qint64 rowLimit, const Releaser &release);
    // Conversion of the marked columns of a chunk into their plans. The first time through it
    // also splits and checks the records and counts them, writing at the chunk's boundOffset.
    void convertChunk(CsvChunk &c, const Marks &marked, bool first, const Releaser &release);
    // Columns are finished independently (merging dictionaries, recoding, masks): one a task.
    void buildColumns(std::vector<CsvChunk> &chunks, qint64 rowCount, CsvReadResult &result);
    bool stopRequested();
    const ColumnType *overrideOf(int column) const;

    const CsvOptions &options;
    Progress &progress;
    CsvDialect dialect;
    const char *begin = nullptr; // the first record
    const char *end = nullptr; // where the scanner stops: the text's end
    qint64 firstDataLine = 1;
    QStringList names;
    size_t columns = 0;
    CellRules rules;
    int threads = 1; // the options' count, or one per core
    // Dictionaries copy their keys rather than point into the text, which a stream drops
    // once a chunk is converted.
    bool copyKeys = false;
    std::vector<ColumnPlan> plans;
    std::atomic<bool> cancelled = false;
};

} // namespace churnlab

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
#include <vector>

namespace churnlab {

struct DecodedText;

// One read of a CSV text into typed columns: the passes of CsvReader, with the state they
// share. Types are guessed from the first rows of every chunk, every value is converted and
// checked against its guess in one parallel pass, chunks that did not meet are read again as
// one, the rare column a value did not fit is inferred from all its values and converted
// again, and the columns are built in parallel.
class CsvParse
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::CsvParse)

public:
    // releasable: data is a read-only file mapping whose pages may be handed back once read.
    CsvParse(const CsvOptions &options, Progress &progress, const char *data, qsizetype size,
             bool releasable);

    Result<CsvReadResult> run();

private:
    using Marks = std::vector<char>; // per column: does this pass read it

    // Hands pages of the mapped file read past back to the OS (the page cache keeps them);
    // never pages of a decoded copy, which lie outside the mapping.
    void release(const char *from, const char *to) const;
    std::function<void(const char *, const char *)> releaser() const;
    bool stopRequested();
    // Dialect, header names and where the records begin, from the decoded text.
    std::optional<Error> readHeader(const DecodedText &text, CsvReadResult &result);
    void inferChunk(CsvChunk &c, const Marks &marked, qint64 rowLimit);
    // Conversion of the marked columns of a chunk into their plans. The first time through it
    // also splits and checks the records and counts them, writing at the chunk's boundOffset.
    void convertChunk(CsvChunk &c, const Marks &marked, bool first);
    // The first pass over every chunk, until the chunks meet.
    std::optional<Error> readChunks();
    // Each chunk's first row, and the first chunk's error with its physical line.
    std::optional<Error> placeChunks();
    std::optional<Error> readMisfitsAgain();
    void buildColumns(CsvReadResult &result);
    const ColumnType *overrideOf(int column) const;

    const CsvOptions &m_options;
    Progress &m_progress;
    const char *m_data;
    qsizetype m_size;
    bool m_releasable;

    CsvDialect m_dialect;
    const char *m_begin = nullptr; // the first record
    const char *m_end = nullptr;
    qint64 m_firstDataLine = 1;
    QStringList m_names;
    size_t m_columns = 0;
    CellRules m_rules;
    int m_threads = 1;
    std::vector<CsvChunk> m_chunks;
    std::vector<ColumnPlan> m_plans;
    qint64 m_rowCount = 0;
    std::atomic<bool> m_cancelled = false;
};

} // namespace churnlab

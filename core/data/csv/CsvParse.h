#pragma once

#include "core/Progress.h"
#include "core/Result.h"
#include "core/data/csv/CsvChunk.h"
#include "core/data/csv/CsvPasses.h"
#include "core/data/csv/CsvReadResult.h"

#include <QCoreApplication>

#include <vector>

namespace churnlab {

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
    // Hands pages of the mapped file read past back to the OS (the page cache keeps them);
    // never pages of a decoded copy, which lie outside the mapping.
    void release(const char *from, const char *to) const;
    CsvPasses::Releaser releaser() const;
    // The first pass over every chunk, until the chunks meet.
    std::optional<Error> readChunks();
    // Each chunk's first row, and the first chunk's error with its physical line.
    std::optional<Error> placeChunks();
    std::optional<Error> readMisfitsAgain();

    const char *m_data;
    qsizetype m_size;
    bool m_releasable;
    CsvPasses m_passes;
    std::vector<CsvChunk> m_chunks;
    qint64 m_rowCount = 0;
};

} // namespace churnlab

#pragma once

#include <functional>

#include "core/Result.h"
#include "core/data/csv/ColumnPart.h"

#include <QtGlobal>

#include <optional>
#include <vector>

namespace churnlab {

// A run of whole records that one thread reads. Chunks are cut before reading, at record
// starts found by quote parity; the reader checks afterwards that they really meet.
struct CsvChunk
{
    const char *begin = nullptr;
    const char *end = nullptr; // nominal: the records starting before it belong here
    const char *stop = nullptr; // where reading really ended
    qint64 rows = 0;
    // Upper bound on its records (line breaks counted), known before reading: the conversion
    // pass writes the chunk's values at boundOffset so that it need not wait for exact counts.
    qint64 rowBound = 0;
    qint64 boundOffset = 0;
    qint64 rowOffset = 0; // its first row in the dataset
    qint64 lineBreaks = 0;
    bool overflow = false; // more records than rowBound: it did not start at a record start
    std::optional<Error> error; // line counted from the chunk's first line
    std::vector<ColumnPart> parts; // one per column
};

// Splits [begin, end) into chunks for `threads` threads (one chunk for one thread): of
// chunkBytes each, or of a few MB when it is 0.
std::vector<CsvChunk>
makeCsvChunks(const char *begin, const char *end, int threads, char quote, qint64 chunkBytes = 0,
              const std::function<void(const char *, const char *)> &scanned = {});

// How many records [begin, end) can hold at most: one per line break (LF, CRLF or lone CR),
// plus one when the text does not end with a line break. Exact unless the text has blank
// lines or line breaks inside quotes.
qint64 recordBound(const char *begin, const char *end);
// The same count, block by block, calling done(blockBegin, blockEnd) after each block.
qint64 recordBound(const char *begin, const char *end,
                   const std::function<void(const char *, const char *)> &done);

} // namespace churnlab

#include "core/data/csv/CsvChunk.h"

#include <algorithm>
#include <cstring>

namespace churnlab {

namespace {

CsvChunk makeChunk(const char *begin, const char *end)
{
    CsvChunk c;
    c.begin = begin;
    c.end = end;
    return c;
}

// Where the first record at or after p starts, given whether p lies inside quotes.
const char *nextRecordStart(const char *p, const char *end, bool inQuote, char quote)
{
    for (; p < end; ++p) {
        const char c = *p;
        if (c == quote) {
            inQuote = !inQuote;
        } else if (!inQuote && (c == '\n' || c == '\r')) {
            if (c == '\r' && p + 1 < end && p[1] == '\n')
                ++p;
            return p + 1;
        }
    }
    return end;
}

} // namespace

std::vector<CsvChunk> makeCsvChunks(const char *begin, const char *end, int threads, char quote,
                                    qint64 chunkBytes,
                                    const std::function<void(const char *, const char *)> &scanned)
{
    const qsizetype size = end - begin;
    const qsizetype chunkSize = chunkBytes > 0
        ? std::max<qsizetype>(chunkBytes, 4)
        : std::clamp<qsizetype>(size / (qsizetype(threads) * 8), 2 << 20, 16 << 20);
    std::vector<CsvChunk> chunks;
    if (threads <= 1 || size < 2 * chunkSize) {
        chunks.push_back(makeChunk(begin, end));
        return chunks;
    }
    // Quote parity tells whether a split point lies inside a quoted field. A stray quote in
    // an unquoted field can fool it; the reader checks that chunks meet and rescans if not.
    bool hasQuote = false;
    constexpr qsizetype kBlock = qsizetype(16) << 20;
    for (const char *b = begin; b < end && !hasQuote; b += kBlock) {
        const char *e = std::min(end, b + kBlock);
        hasQuote = std::memchr(b, quote, size_t(e - b)) != nullptr;
        if (scanned)
            scanned(b, e);
    }
    const char *p = begin;
    while (p < end) {
        const char *nominal = p + chunkSize;
        if (nominal >= end - chunkSize / 4) {
            chunks.push_back(makeChunk(p, end));
            break;
        }
        bool inQuote = hasQuote && (std::count(p, nominal, quote) & 1);
        const char *b = nextRecordStart(nominal, end, inQuote, quote);
        if (hasQuote && scanned)
            scanned(p, b);
        chunks.push_back(makeChunk(p, b));
        p = b;
    }
    return chunks;
}

qint64 recordBound(const char *begin, const char *end)
{
    return recordBound(begin, end, [](const char *, const char *) {});
}

qint64 recordBound(const char *begin, const char *end,
                   const std::function<void(const char *, const char *)> &done)
{
    if (begin >= end)
        return 0;
    // memchr is vectorised, and lines are a hundred bytes or so: a call per line beat a
    // hand-written eight-bytes-at-a-time count threefold.
    constexpr qsizetype kBlock = qsizetype(16) << 20;
    qint64 breaks = 0;
    for (const char *b = begin; b < end; b += kBlock) {
        const char *e = std::min(end, b + kBlock);
        for (const char *p = b;
             (p = static_cast<const char *>(std::memchr(p, '\n', size_t(e - p)))); ++p)
            ++breaks;
        // A CR's partner may sit in the next block: look at the whole text's end, not the block's.
        for (const char *p = b;
             (p = static_cast<const char *>(std::memchr(p, '\r', size_t(e - p)))); ++p) {
            if (p + 1 == end || p[1] != '\n')
                ++breaks;
        }
        done(b, e);
    }
    const char last = end[-1];
    return breaks + (last == '\n' || last == '\r' ? 0 : 1);
}

} // namespace churnlab

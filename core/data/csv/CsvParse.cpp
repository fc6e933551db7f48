#include "core/data/csv/CsvParse.h"

#include "core/Memory.h"
#include "core/Parallel.h"
#include "core/data/csv/CsvShared.h"
#include "core/data/csv/TextDecoder.h"

namespace churnlab {

CsvParse::CsvParse(const CsvOptions &options, Progress &progress, const char *data, qsizetype size,
                   bool releasable)
    : m_data(data)
    , m_size(size)
    , m_releasable(releasable)
    , m_passes(options, progress)
{
}

void CsvParse::release(const char *from, const char *to) const
{
    if (m_releasable && from >= m_data && to <= m_data + m_size)
        releasePages(from, to);
}

CsvPasses::Releaser CsvParse::releaser() const
{
    if (!m_releasable)
        return {};
    return [this](const char *from, const char *to) { release(from, to); };
}

Result<CsvReadResult> CsvParse::run()
{
    CsvPasses &p = m_passes;
    p.progress.report(0.0, tr("Detecting the format"));
    auto decoded = TextDecoder::decode(m_data, m_size, p.options.encoding, releaser());
    if (!decoded)
        return decoded.error();
    CsvReadResult result;
    if (auto e = p.readHeader(decoded.value(), result))
        return *e;
    if (p.options.maxRows >= 0)
        p.threads = 1;
    m_chunks =
        makeCsvChunks(p.begin, p.end, p.threads, p.dialect.quote, p.options.chunkBytes, releaser());
    p.plans.resize(p.columns);
    if (auto e = readChunks())
        return *e;
    if (auto e = placeChunks())
        return *e;
    if (auto e = readMisfitsAgain())
        return *e;
    p.progress.report(0.92, tr("Building columns"));
    p.buildColumns(m_chunks, m_rowCount, result);
    if (p.columns == 0)
        return Error {Error::Kind::Empty, tr("The file has no columns.")};
    p.progress.report(1.0, tr("Done"));
    return result;
}

// Guess the types from the first rows of every chunk, convert everything in one pass, and
// check the guesses. Chunks that turn out not to meet (a stray quote fooled the split) are
// read again as one.
std::optional<Error> CsvParse::readChunks()
{
    CsvPasses &p = m_passes;
    const CsvPasses::Marks allColumns(p.columns, 1);
    const double totalBytes = double(std::max<qsizetype>(1, p.end - p.begin));
    const CsvPasses::Releaser release = releaser();
    std::atomic<qint64> bytesDone = 0;
    for (;;) {
        parallelFor(int(m_chunks.size()), p.threads, [&](int i, bool) {
            CsvChunk &c = m_chunks[size_t(i)];
            c.rowBound =
                release ? recordBound(c.begin, c.end, release) : recordBound(c.begin, c.end);
            if (p.options.maxRows >= 0)
                c.rowBound = std::min(c.rowBound, p.options.maxRows);
            p.inferChunk(c, allColumns, CsvPasses::kSampleRows, release);
        });
        if (p.stopRequested())
            return cancelledError();
        qint64 boundTotal = 0;
        for (CsvChunk &c : m_chunks) {
            c.boundOffset = boundTotal;
            boundTotal += c.rowBound;
        }
        for (size_t j = 0; j < p.columns; ++j) {
            p.plans[j] = ColumnPlan();
            p.plans[j].decide(m_chunks, int(j), p.overrideOf(int(j)), true);
        }
        // Fresh storage costs a page fault per 4 kB on first touch: shared out over the cores.
        parallelFor(int(p.columns), p.threads,
                    [&](int j, bool) { p.plans[size_t(j)].allocate(boundTotal); });
        bytesDone = 0;
        const QString reading = tr("Reading rows");
        parallelFor(int(m_chunks.size()), p.threads, [&](int i, bool calling) {
            CsvChunk &c = m_chunks[size_t(i)];
            p.convertChunk(c, allColumns, true, release);
            bytesDone += c.end - c.begin;
            if (calling)
                p.progress.report(0.05 + 0.85 * double(bytesDone.load()) / totalBytes, reading);
        });
        if (p.stopRequested())
            return cancelledError();
        bool seamless = true;
        for (size_t i = 0; i + 1 < m_chunks.size(); ++i) {
            if (m_chunks[i].error)
                break;
            seamless =
                seamless && !m_chunks[i].overflow && m_chunks[i].stop == m_chunks[i + 1].begin;
        }
        if (seamless)
            return std::nullopt;
        m_chunks.assign(1, CsvChunk());
        m_chunks.front().begin = p.begin;
        m_chunks.front().end = p.end;
    }
}

std::optional<Error> CsvParse::placeChunks()
{
    qint64 line = m_passes.firstDataLine;
    for (CsvChunk &c : m_chunks) {
        if (c.error) {
            Error e = *c.error;
            e.line += line - 1;
            return e;
        }
        c.rowOffset = m_rowCount;
        m_rowCount += c.rows;
        line += c.lineBreaks;
    }
    for (ColumnPlan &plan : m_passes.plans)
        plan.compact(m_chunks, m_rowCount);
    return std::nullopt;
}

// Columns in which a value did not fit the guessed type are inferred from all their values and
// converted again, as a two-pass reader would have done from the start.
std::optional<Error> CsvParse::readMisfitsAgain()
{
    CsvPasses &p = m_passes;
    CsvPasses::Marks again(p.columns, 0);
    bool anyAgain = false;
    for (size_t j = 0; j < p.columns; ++j) {
        again[j] = !p.plans[j].confirm(m_chunks, int(j));
        anyAgain = anyAgain || again[j];
    }
    if (!anyAgain)
        return std::nullopt;
    p.progress.report(0.9, tr("Reading mixed columns again"));
    const CsvPasses::Releaser release = releaser();
    parallelFor(int(m_chunks.size()), p.threads, [&](int i, bool) {
        p.inferChunk(m_chunks[size_t(i)], again, m_chunks[size_t(i)].rows, release);
    });
    if (p.stopRequested())
        return cancelledError();
    for (size_t j = 0; j < p.columns; ++j) {
        if (!again[j])
            continue;
        p.plans[j] = ColumnPlan();
        p.plans[j].decide(m_chunks, int(j), p.overrideOf(int(j)), false);
        p.plans[j].allocate(m_rowCount);
    }
    parallelFor(int(m_chunks.size()), p.threads,
                [&](int i, bool) { p.convertChunk(m_chunks[size_t(i)], again, false, release); });
    if (p.stopRequested())
        return cancelledError();
    return std::nullopt;
}

} // namespace churnlab

#include "core/data/csv/CsvParse.h"

#include "core/Memory.h"
#include "core/Parallel.h"
#include "core/data/csv/CsvPreamble.h"
#include "core/data/csv/CsvScanner.h"
#include "core/data/csv/CsvShared.h"
#include "core/data/csv/TextDecoder.h"

#include <QThread>
#include <malloc.h>

#include <algorithm>
#include <numeric>

namespace churnlab {

namespace {

// Rows at the start of each chunk from which types are guessed. The conversion pass checks
// every value against the guess and reads a column again in the rare case one does not fit.
constexpr qint64 kSampleRows = 1024;

} // namespace

CsvParse::CsvParse(const CsvOptions &options, Progress &progress, const char *data, qsizetype size,
                   bool releasable)
    : m_options(options)
    , m_progress(progress)
    , m_data(data)
    , m_size(size)
    , m_releasable(releasable)
{
}

void CsvParse::release(const char *from, const char *to) const
{
    if (m_releasable && from >= m_data && to <= m_data + m_size)
        releasePages(from, to);
}

std::function<void(const char *, const char *)> CsvParse::releaser() const
{
    if (!m_releasable)
        return {};
    return [this](const char *from, const char *to) { release(from, to); };
}

bool CsvParse::stopRequested()
{
    return m_cancelled || m_progress.isCancelled();
}

const ColumnType *CsvParse::overrideOf(int column) const
{
    const auto it = m_options.typeOverrides.constFind(m_names[column]);
    return it == m_options.typeOverrides.constEnd() ? nullptr : &*it;
}

Result<CsvReadResult> CsvParse::run()
{
    m_progress.report(0.0, tr("Detecting the format"));
    auto decoded = TextDecoder::decode(m_data, m_size, m_options.encoding, releaser());
    if (!decoded)
        return decoded.error();
    CsvReadResult result;
    if (auto e = readHeader(decoded.value(), result))
        return *e;
    m_threads = m_options.threads > 0 ? m_options.threads : QThread::idealThreadCount();
    if (m_options.maxRows >= 0)
        m_threads = 1;
    m_chunks =
        makeCsvChunks(m_begin, m_end, m_threads, m_dialect.quote, m_options.chunkBytes, releaser());
    m_plans.resize(m_columns);
    if (auto e = readChunks())
        return *e;
    if (auto e = placeChunks())
        return *e;
    if (auto e = readMisfitsAgain())
        return *e;
    m_progress.report(0.92, tr("Building columns"));
    buildColumns(result);
    if (m_columns == 0)
        return Error {Error::Kind::Empty, tr("The file has no columns.")};
    m_progress.report(1.0, tr("Done"));
    return result;
}

std::optional<Error> CsvParse::readHeader(const DecodedText &text, CsvReadResult &result)
{
    m_end = text.data + text.size;
    CsvDialect &d = m_dialect;
    CsvPreamble pre = CsvPreamble::find(text.data, m_end, m_options);
    d = pre.sniffTable(m_end, m_options);
    d.encoding = text.encoding;
    d.encodingGuessed = text.guessed;
    result.warnings << pre.notes;
    if (text.guessed)
        result.warnings.append(tr("The file is not valid UTF-8; it was read as Windows-1252. "
                                  "Choose another encoding if the text looks wrong."));

    CsvScanner headerScanner(pre.start, m_end, d.delimiter, d.quote);
    std::vector<CsvField> fields;
    if (headerScanner.next(fields) == CsvScanner::Status::UnterminatedQuote)
        return unterminatedError(headerScanner.errorLine() + pre.lines);
    m_names = headerNames(fields, d.header, d.quote);
    m_columns = size_t(m_names.size());
    m_begin = d.header ? headerScanner.position() : pre.start;
    qint64 lineBreaksBefore = d.header ? headerScanner.lineBreaks() : 0;
    if (m_options.skipRows > 0) {
        const auto skipped = CsvPreamble::skipRecords(m_begin, m_end, d, m_options.skipRows);
        m_begin = skipped.first;
        lineBreaksBefore += skipped.second;
        result.warnings << tr("%n row(s) below the header were left out (skip rows).", nullptr,
                              m_options.skipRows);
    }
    m_firstDataLine = lineBreaksBefore + 1 + pre.lines;
    m_rules = CellRules {d.decimalComma, MissingTokens(m_options.naValues, m_options.defaultNa),
                         m_options.thousands};
    result.dialect = d;
    return std::nullopt;
}

// Inference for the marked columns over the first rowLimit records of a chunk. The conversion
// pass reports malformed records; here they only end the sample.
void CsvParse::inferChunk(CsvChunk &c, const Marks &marked, qint64 rowLimit)
{
    CsvScanner s(c.begin, m_end, m_dialect.delimiter, m_dialect.quote);
    std::vector<CsvField> f;
    std::string scratch;
    c.parts.resize(m_columns);
    for (size_t j = 0; j < m_columns; ++j) {
        if (marked[j])
            c.parts[j] = ColumnPart();
    }
    for (qint64 r = 0; r < rowLimit && s.position() < c.end; ++r) {
        if (s.next(f) != CsvScanner::Status::Record || f.size() != m_columns)
            break;
        for (size_t j = 0; j < m_columns; ++j) {
            if (marked[j])
                c.parts[j].learn(f[j].unescaped(scratch, m_dialect.quote), f[j].escaped, m_rules);
        }
        if ((r & 8191) == 8191 && stopRequested()) {
            m_cancelled = true;
            break;
        }
    }
    // A whole chunk read again for its misfit columns: done with its pages.
    if (rowLimit >= c.rows && c.rows > 0)
        release(c.begin, s.position());
}

void CsvParse::convertChunk(CsvChunk &c, const Marks &marked, bool first)
{
    const qint64 bound = first ? c.rowBound : c.rows;
    const qint64 offset = first ? c.boundOffset : c.rowOffset;
    for (size_t j = 0; j < m_columns; ++j) {
        if (marked[j])
            c.parts[j] = m_plans[j].startPart(bound);
    }
    CsvScanner s(c.begin, m_end, m_dialect.delimiter, m_dialect.quote);
    std::vector<CsvField> f;
    std::string scratch;
    const char *released = c.begin;
    qint64 r = 0;
    for (;; ++r) {
        if (first) {
            if (s.position() >= c.end || (m_options.maxRows >= 0 && r >= m_options.maxRows))
                break;
            const auto st = s.next(f);
            if (st == CsvScanner::Status::End)
                break;
            if (st == CsvScanner::Status::UnterminatedQuote) {
                c.error = unterminatedError(s.errorLine());
                break;
            }
            if (f.size() != m_columns) {
                c.error = raggedError(s.recordLine(), qsizetype(f.size()), qsizetype(m_columns));
                break;
            }
            if (r == bound) {
                c.overflow = true;
                break;
            }
        } else {
            if (r == c.rows)
                break;
            s.next(f);
        }
        if ((r & 8191) == 8191) {
            if (stopRequested()) {
                m_cancelled = true;
                break;
            }
            // Records before the one just split are done with.
            if (s.position() - released > (qsizetype(16) << 20)) {
                release(released, s.position() - (qsizetype(1) << 20));
                released = s.position() - (qsizetype(1) << 20);
            }
        }
        const size_t row = size_t(offset + r);
        for (size_t j = 0; j < m_columns; ++j) {
            if (marked[j])
                m_plans[j].convert(f[j].unescaped(scratch, m_dialect.quote), f[j].escaped,
                                   c.parts[j], r, row, bound, m_rules);
        }
    }
    release(released, s.position());
    if (first) {
        c.rows = r;
        c.stop = s.position();
        c.lineBreaks = s.lineBreaks();
    }
}

// Guess the types from the first rows of every chunk, convert everything in one pass, and
// check the guesses. Chunks that turn out not to meet (a stray quote fooled the split) are
// read again as one.
std::optional<Error> CsvParse::readChunks()
{
    const Marks allColumns(m_columns, 1);
    const double totalBytes = double(std::max<qsizetype>(1, m_end - m_begin));
    std::atomic<qint64> bytesDone = 0;
    for (;;) {
        parallelFor(int(m_chunks.size()), m_threads, [&](int i, bool) {
            CsvChunk &c = m_chunks[size_t(i)];
            c.rowBound = m_releasable ? recordBound(c.begin, c.end, releaser())
                                      : recordBound(c.begin, c.end);
            if (m_options.maxRows >= 0)
                c.rowBound = std::min(c.rowBound, m_options.maxRows);
            inferChunk(c, allColumns, kSampleRows);
        });
        if (stopRequested())
            return cancelledError();
        qint64 boundTotal = 0;
        for (CsvChunk &c : m_chunks) {
            c.boundOffset = boundTotal;
            boundTotal += c.rowBound;
        }
        for (size_t j = 0; j < m_columns; ++j) {
            m_plans[j] = ColumnPlan();
            m_plans[j].decide(m_chunks, int(j), overrideOf(int(j)), true);
        }
        // Fresh storage costs a page fault per 4 kB on first touch: shared out over the cores.
        parallelFor(int(m_columns), m_threads,
                    [&](int j, bool) { m_plans[size_t(j)].allocate(boundTotal); });
        bytesDone = 0;
        const QString reading = tr("Reading rows");
        parallelFor(int(m_chunks.size()), m_threads, [&](int i, bool calling) {
            CsvChunk &c = m_chunks[size_t(i)];
            convertChunk(c, allColumns, true);
            bytesDone += c.end - c.begin;
            if (calling)
                m_progress.report(0.05 + 0.85 * double(bytesDone.load()) / totalBytes, reading);
        });
        if (stopRequested())
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
        m_chunks.front().begin = m_begin;
        m_chunks.front().end = m_end;
    }
}

std::optional<Error> CsvParse::placeChunks()
{
    qint64 line = m_firstDataLine;
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
    for (ColumnPlan &p : m_plans)
        p.compact(m_chunks, m_rowCount);
    return std::nullopt;
}

// Columns in which a value did not fit the guessed type are inferred from all their values and
// converted again, as a two-pass reader would have done from the start.
std::optional<Error> CsvParse::readMisfitsAgain()
{
    Marks again(m_columns, 0);
    bool anyAgain = false;
    for (size_t j = 0; j < m_columns; ++j) {
        again[j] = !m_plans[j].confirm(m_chunks, int(j));
        anyAgain = anyAgain || again[j];
    }
    if (!anyAgain)
        return std::nullopt;
    m_progress.report(0.9, tr("Reading mixed columns again"));
    parallelFor(int(m_chunks.size()), m_threads, [&](int i, bool) {
        inferChunk(m_chunks[size_t(i)], again, m_chunks[size_t(i)].rows);
    });
    if (stopRequested())
        return cancelledError();
    for (size_t j = 0; j < m_columns; ++j) {
        if (!again[j])
            continue;
        m_plans[j] = ColumnPlan();
        m_plans[j].decide(m_chunks, int(j), overrideOf(int(j)), false);
        m_plans[j].allocate(m_rowCount);
    }
    parallelFor(int(m_chunks.size()), m_threads,
                [&](int i, bool) { convertChunk(m_chunks[size_t(i)], again, false); });
    if (stopRequested())
        return cancelledError();
    return std::nullopt;
}

// Columns are finished independently (merging dictionaries, recoding, masks): one a task.
void CsvParse::buildColumns(CsvReadResult &result)
{
    if (m_options.releaseInput)
        ::malloc_trim(0); // what the passes above freed, before the columns are built
    std::vector<Column> built(m_columns);
    std::vector<qint64> failures(m_columns, 0);
    // Raw-text columns (IDs) are the largest to build: their chunks' string pools and the
    // merged pool exist at once. When memory is what counts (releaseInput), they are built
    // first and alone, so they never add to another column's peak; the rest in parallel.
    std::vector<int> order(m_columns);
    std::iota(order.begin(), order.end(), 0);
    std::stable_partition(order.begin(), order.end(),
                          [&](int j) { return m_plans[size_t(j)].rawText; });
    const int alone = m_options.releaseInput
        ? int(std::count_if(m_plans.begin(), m_plans.end(),
                            [](const ColumnPlan &p) { return p.rawText; }))
        : 0;
    auto buildColumn = [&](int j) {
        built[size_t(j)] =
            m_plans[size_t(j)].build(m_names[j], m_chunks, j, m_rowCount, &failures[size_t(j)]);
        // The chunks' parts of this column were small heap blocks; hand their pages back
        // before the next column's storage is allocated, or a large file's peak memory holds
        // both.
        if (m_options.releaseInput)
            ::malloc_trim(0);
    };
    for (int i = 0; i < alone; ++i)
        buildColumn(order[size_t(i)]);
    parallelFor(int(m_columns) - alone, m_threads,
                [&](int i, bool) { buildColumn(order[size_t(alone + i)]); });
    Dataset &dataset = result.dataset;
    for (size_t j = 0; j < m_columns; ++j) {
        dataset.addColumn(std::move(built[j]));
        if (failures[j] > 0)
            result.warnings.append(
                tr("Column “%1”: %2 values could not be read as %3 and are treated as missing.")
                    .arg(m_names[int(j)])
                    .arg(failures[j])
                    .arg(columnTypeLabel(dataset.column(int(j)).type()).toLower()));
    }
}

} // namespace churnlab

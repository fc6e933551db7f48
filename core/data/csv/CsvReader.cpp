#include "core/data/csv/CsvReader.h"

#include "core/data/csv/CsvPreamble.h"

#include "core/Memory.h"
#include "core/Parallel.h"
#include "core/data/csv/ColumnPlan.h"
#include "core/data/csv/CsvChunk.h"
#include "core/data/csv/CsvScanner.h"
#include "core/data/csv/CsvShared.h"
#include "core/data/csv/CsvSniffer.h"
#include "core/data/csv/TextDecoder.h"

#include <QCoreApplication>

#include <QFile>
#include <QThread>
#include <malloc.h>
#include <sys/mman.h>

#include <algorithm>
#include <atomic>
#include <numeric>

namespace churnlab {

namespace {

Error cancelledError()
{
    return {Error::Kind::Cancelled,
            QCoreApplication::translate("churnlab::CsvReader", "Loading was cancelled.")};
}

// Rows at the start of each chunk from which types are guessed. The conversion pass checks
// every value against the guess and reads a column again in the rare case one does not fit.
constexpr qint64 kSampleRows = 1024;

} // namespace

CsvReader::CsvReader(CsvOptions options)
    : m_options(std::move(options))
{
}

Result<CsvReadResult> CsvReader::read(const QString &path, Progress &progress) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {Error::Kind::Io,
                      QCoreApplication::translate("churnlab::CsvReader", "Cannot open %1: %2")
                          .arg(path, file.errorString())};
    const qint64 size = file.size();
    if (size == 0)
        return Error {Error::Kind::Empty,
                      QCoreApplication::translate("churnlab::CsvReader", "The file is empty.")};
    // Mapping lets the OS page the file in as we scan, without a second copy in our heap.
    if (uchar *mapped = file.map(0, size)) {
#ifdef MADV_POPULATE_READ
        // Map every page of the (usually cached) file in one call instead of one page fault
        // per 4 kB as the scanner walks it; only a hint, so a failure changes nothing. Not for
        // files that might not fit in memory at once: those are better paged in as read.
        constexpr qint64 kPopulateLimit = qint64(2) << 30;
        if (size <= kPopulateLimit && !m_options.releaseInput)
            ::madvise(mapped, size_t(size), MADV_POPULATE_READ);
#endif
        auto result = parse(reinterpret_cast<const char *>(mapped), size, progress, true);
        if (result)
            result->bytes = size;
        return result;
    }
    const QByteArray bytes = file.readAll();
    auto result = parse(bytes.constData(), bytes.size(), progress);
    if (result)
        result->bytes = size;
    return result;
}

Result<CsvReadResult> CsvReader::readBytes(const QByteArray &bytes, Progress &progress) const
{
    auto result = parse(bytes.constData(), bytes.size(), progress);
    if (result)
        result->bytes = bytes.size();
    return result;
}

Result<CsvReadResult> CsvReader::parse(const char *data, qsizetype size, Progress &progress,
                                       bool mapped) const
{
    progress.report(0.0,
                    QCoreApplication::translate("churnlab::CsvReader", "Detecting the format"));
    // Pages of a mapped file read past are dropped from the process (the page cache keeps
    // them, so a later pass reads the same bytes again); never pages of a decoded copy, which
    // lie outside the mapping.
    const bool releasable = m_options.releaseInput && mapped;
    auto release = [releasable, data, size](const char *from, const char *to) {
        if (releasable && from >= data && to <= data + size)
            releasePages(from, to);
    };
    auto decoded =
        TextDecoder::decode(data, size, m_options.encoding,
                            releasable ? TextDecoder::Consumed(release) : TextDecoder::Consumed());
    if (!decoded)
        return decoded.error();
    const DecodedText &text = decoded.value();
    const char *const textEnd = text.data + text.size;

    CsvReadResult result;
    CsvDialect &d = result.dialect;
    CsvPreamble pre = CsvPreamble::find(text.data, textEnd, m_options);
    d = pre.sniffTable(textEnd, m_options);
    d.encoding = text.encoding;
    d.encodingGuessed = text.guessed;
    result.warnings << pre.notes;
    if (text.guessed)
        result.warnings.append(
            QCoreApplication::translate("churnlab::CsvReader",
                                        "The file is not valid UTF-8; it was read as Windows-1252. "
                                        "Choose another encoding if the text looks wrong."));

    CsvScanner headerScanner(pre.start, textEnd, d.delimiter, d.quote);
    std::vector<CsvField> fields;
    const auto status = headerScanner.next(fields);
    if (status == CsvScanner::Status::UnterminatedQuote)
        return unterminatedError(headerScanner.errorLine() + pre.lines);
    const QStringList names = headerNames(fields, d.header, d.quote);
    const int columnCount = int(names.size());
    const size_t columns = size_t(columnCount);
    const char *dataBegin = d.header ? headerScanner.position() : pre.start;
    qint64 lineBreaksBefore = d.header ? headerScanner.lineBreaks() : 0;
    if (m_options.skipRows > 0) {
        const auto skipped = CsvPreamble::skipRecords(dataBegin, textEnd, d, m_options.skipRows);
        dataBegin = skipped.first;
        lineBreaksBefore += skipped.second;
        result.warnings << QCoreApplication::translate(
            "churnlab::CsvReader", "%n row(s) below the header were left out (skip rows).", nullptr,
            m_options.skipRows);
    }
    const qint64 firstDataLine = lineBreaksBefore + 1 + pre.lines;
    const CellRules rules {d.decimalComma, MissingTokens(m_options.naValues, m_options.defaultNa),
                           m_options.thousands};

    int threads = m_options.threads > 0 ? m_options.threads : QThread::idealThreadCount();
    if (m_options.maxRows >= 0)
        threads = 1;
    std::vector<CsvChunk> chunks =
        makeCsvChunks(dataBegin, textEnd, threads, d.quote, m_options.chunkBytes, release);
    const double totalBytes = double(std::max<qsizetype>(1, textEnd - dataBegin));
    std::atomic<qint64> bytesDone = 0;
    std::atomic<bool> cancelled = false;
    auto stopRequested = [&] { return cancelled || progress.isCancelled(); };
    std::vector<ColumnPlan> plans(columns);
    const std::vector<char> allColumns(columns, 1);
    auto overrideOf = [&](int j) -> const ColumnType * {
        const auto it = m_options.typeOverrides.constFind(names[j]);
        return it == m_options.typeOverrides.constEnd() ? nullptr : &*it;
    };

    // Inference for the marked columns over the first rowLimit records of a chunk. The
    // conversion pass reports malformed records; here they only end the sample.
    auto inferChunk = [&](CsvChunk &c, const std::vector<char> &marked, qint64 rowLimit) {
        CsvScanner s(c.begin, textEnd, d.delimiter, d.quote);
        std::vector<CsvField> f;
        std::string scratch;
        c.parts.resize(columns);
        for (size_t j = 0; j < columns; ++j) {
            if (marked[j])
                c.parts[j] = ColumnPart();
        }
        for (qint64 r = 0; r < rowLimit && s.position() < c.end; ++r) {
            if (s.next(f) != CsvScanner::Status::Record || f.size() != columns)
                break;
            for (size_t j = 0; j < columns; ++j) {
                if (marked[j])
                    c.parts[j].learn(f[j].unescaped(scratch, d.quote), f[j].escaped, rules);
            }
            if ((r & 8191) == 8191 && stopRequested()) {
                cancelled = true;
                break;
            }
        }
        // A whole chunk read again for its misfit columns: done with its pages.
        if (rowLimit >= c.rows && c.rows > 0)
            release(c.begin, s.position());
    };

    // Conversion of the marked columns of a chunk into their plans. The first time through it
    // also splits and checks the records and counts them, writing at the chunk's boundOffset.
    auto convertChunk = [&](CsvChunk &c, const std::vector<char> &marked, bool first) {
        const qint64 bound = first ? c.rowBound : c.rows;
        const qint64 offset = first ? c.boundOffset : c.rowOffset;
        for (size_t j = 0; j < columns; ++j) {
            if (marked[j])
                c.parts[j] = plans[j].startPart(bound);
        }
        CsvScanner s(c.begin, textEnd, d.delimiter, d.quote);
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
                if (f.size() != columns) {
                    c.error = raggedError(s.recordLine(), qsizetype(f.size()), columnCount);
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
                    cancelled = true;
                    break;
                }
                // Records before the one just split are done with.
                if (s.position() - released > (qsizetype(16) << 20)) {
                    release(released, s.position() - (qsizetype(1) << 20));
                    released = s.position() - (qsizetype(1) << 20);
                }
            }
            const size_t row = size_t(offset + r);
            for (size_t j = 0; j < columns; ++j) {
                if (marked[j])
                    plans[j].convert(f[j].unescaped(scratch, d.quote), f[j].escaped, c.parts[j], r,
                                     row, bound, rules);
            }
        }
        release(released, s.position());
        if (first) {
            c.rows = r;
            c.stop = s.position();
            c.lineBreaks = s.lineBreaks();
        }
    };

    // Guess the types from the first rows of every chunk, convert everything in one pass,
    // and check the guesses. Chunks that turn out not to meet (a stray quote fooled the
    // split) are read again as one.
    for (;;) {
        parallelFor(int(chunks.size()), threads, [&](int i, bool) {
            CsvChunk &c = chunks[size_t(i)];
            c.rowBound =
                releasable ? recordBound(c.begin, c.end, release) : recordBound(c.begin, c.end);
            if (m_options.maxRows >= 0)
                c.rowBound = std::min(c.rowBound, m_options.maxRows);
            inferChunk(c, allColumns, kSampleRows);
        });
        if (stopRequested())
            return cancelledError();
        qint64 boundTotal = 0;
        for (CsvChunk &c : chunks) {
            c.boundOffset = boundTotal;
            boundTotal += c.rowBound;
        }
        for (int j = 0; j < columnCount; ++j) {
            plans[size_t(j)] = ColumnPlan();
            plans[size_t(j)].decide(chunks, j, overrideOf(j), true);
        }
        // Fresh storage costs a page fault per 4 kB on first touch: shared out over the cores.
        parallelFor(columnCount, threads,
                    [&](int j, bool) { plans[size_t(j)].allocate(boundTotal); });
        bytesDone = 0;
        parallelFor(int(chunks.size()), threads, [&](int i, bool calling) {
            CsvChunk &c = chunks[size_t(i)];
            convertChunk(c, allColumns, true);
            bytesDone += c.end - c.begin;
            if (calling)
                progress.report(0.05 + 0.85 * double(bytesDone.load()) / totalBytes,
                                QCoreApplication::translate("churnlab::CsvReader", "Reading rows"));
        });
        if (stopRequested())
            return cancelledError();
        bool seamless = true;
        for (size_t i = 0; i + 1 < chunks.size(); ++i) {
            if (chunks[i].error)
                break;
            seamless = seamless && !chunks[i].overflow && chunks[i].stop == chunks[i + 1].begin;
        }
        if (seamless)
            break;
        chunks.assign(1, CsvChunk());
        chunks.front().begin = dataBegin;
        chunks.front().end = textEnd;
    }

    qint64 rowCount = 0;
    qint64 line = firstDataLine;
    for (CsvChunk &c : chunks) {
        if (c.error) {
            Error e = *c.error;
            e.line += line - 1;
            return e;
        }
        c.rowOffset = rowCount;
        rowCount += c.rows;
        line += c.lineBreaks;
    }
    for (ColumnPlan &p : plans)
        p.compact(chunks, rowCount);

    // Columns in which a value did not fit the guessed type are inferred from all their
    // values and converted again, as a two-pass reader would have done from the start.
    std::vector<char> again(columns, 0);
    bool anyAgain = false;
    for (int j = 0; j < columnCount; ++j) {
        again[size_t(j)] = !plans[size_t(j)].confirm(chunks, j);
        anyAgain = anyAgain || again[size_t(j)];
    }
    if (anyAgain) {
        progress.report(
            0.9, QCoreApplication::translate("churnlab::CsvReader", "Reading mixed columns again"));
        parallelFor(int(chunks.size()), threads, [&](int i, bool) {
            inferChunk(chunks[size_t(i)], again, chunks[size_t(i)].rows);
        });
        if (stopRequested())
            return cancelledError();
        for (int j = 0; j < columnCount; ++j) {
            if (!again[size_t(j)])
                continue;
            plans[size_t(j)] = ColumnPlan();
            plans[size_t(j)].decide(chunks, j, overrideOf(j), false);
            plans[size_t(j)].allocate(rowCount);
        }
        parallelFor(int(chunks.size()), threads,
                    [&](int i, bool) { convertChunk(chunks[size_t(i)], again, false); });
        if (stopRequested())
            return cancelledError();
    }

    progress.report(0.92, QCoreApplication::translate("churnlab::CsvReader", "Building columns"));
    if (m_options.releaseInput)
        ::malloc_trim(0); // what the passes above freed, before the columns are built
    // Columns are finished independently (merging dictionaries, recoding, masks): one a task.
    std::vector<Column> built(columns);
    std::vector<qint64> failures(columns, 0);
    // Raw-text columns (IDs) are the largest to build: their chunks' string pools and the
    // merged pool exist at once. When memory is what counts (releaseInput), they are built
    // first and alone, so they never add to another column's peak; the rest in parallel.
    std::vector<int> order(columns);
    std::iota(order.begin(), order.end(), 0);
    std::stable_partition(order.begin(), order.end(),
                          [&](int j) { return plans[size_t(j)].rawText; });
    const int alone = m_options.releaseInput
        ? int(std::count_if(plans.begin(), plans.end(),
                            [](const ColumnPlan &p) { return p.rawText; }))
        : 0;
    auto buildColumn = [&](int j) {
        built[size_t(j)] =
            plans[size_t(j)].build(names[j], chunks, j, rowCount, &failures[size_t(j)]);
        // The chunks' parts of this column were small heap blocks; hand their pages back
        // before the next column's storage is allocated, or a large file's peak memory holds
        // both.
        if (m_options.releaseInput)
            ::malloc_trim(0);
    };
    for (int i = 0; i < alone; ++i)
        buildColumn(order[size_t(i)]);
    parallelFor(columnCount - alone, threads,
                [&](int i, bool) { buildColumn(order[size_t(alone + i)]); });
    Dataset &dataset = result.dataset;
    for (int j = 0; j < columnCount; ++j) {
        dataset.addColumn(std::move(built[size_t(j)]));
        if (failures[size_t(j)] > 0)
            result.warnings.append(QCoreApplication::translate(
                                       "churnlab::CsvReader",
                                       "Column “%1”: %2 values could not be read as %3 and are "
                                       "treated as missing.")
                                       .arg(names[j])
                                       .arg(failures[size_t(j)])
                                       .arg(columnTypeLabel(dataset.column(j).type()).toLower()));
    }
    if (columnCount == 0)
        return Error {
            Error::Kind::Empty,
            QCoreApplication::translate("churnlab::CsvReader", "The file has no columns.")};
    progress.report(1.0, QCoreApplication::translate("churnlab::CsvReader", "Done"));
    return result;
}

} // namespace churnlab

#include "core/data/csv/CsvPasses.h"

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

CsvPasses::CsvPasses(const CsvOptions &options, Progress &progress)
    : options(options)
    , progress(progress)
    , threads(options.threads > 0 ? options.threads : QThread::idealThreadCount())
{
}

bool CsvPasses::stopRequested()
{
    return cancelled || progress.isCancelled();
}

const ColumnType *CsvPasses::overrideOf(int column) const
{
    const auto it = options.typeOverrides.constFind(names[column]);
    return it == options.typeOverrides.constEnd() ? nullptr : &*it;
}

std::optional<Error> CsvPasses::readHeader(const DecodedText &text, CsvReadResult &result)
{
    end = text.data + text.size;
    CsvDialect &d = dialect;
    CsvPreamble pre = CsvPreamble::find(text.data, end, options);
    d = pre.sniffTable(end, options);
    d.encoding = text.encoding;
    d.encodingGuessed = text.guessed;
    result.warnings << pre.notes;
    if (text.guessed)
        result.warnings.append(tr("The file is not valid UTF-8; it was read as Windows-1252. "
                                  "Choose another encoding if the text looks wrong."));

    CsvScanner headerScanner(pre.start, end, d.delimiter, d.quote);
    std::vector<CsvField> fields;
    if (headerScanner.next(fields) == CsvScanner::Status::UnterminatedQuote)
        return unterminatedError(headerScanner.errorLine() + pre.lines);
    names = headerNames(fields, d.header, d.quote);
    columns = size_t(names.size());
    begin = d.header ? headerScanner.position() : pre.start;
    qint64 lineBreaksBefore = d.header ? headerScanner.lineBreaks() : 0;
    if (options.skipRows > 0) {
        const auto skipped = CsvPreamble::skipRecords(begin, end, d, options.skipRows);
        begin = skipped.first;
        lineBreaksBefore += skipped.second;
        result.warnings << tr("%n row(s) below the header were left out (skip rows).", nullptr,
                              options.skipRows);
    }
    firstDataLine = lineBreaksBefore + 1 + pre.lines;
    rules = CellRules {d.decimalComma, MissingTokens(options.naValues, options.defaultNa),
                       options.thousands};
    result.dialect = d;
    return std::nullopt;
}

void CsvPasses::inferChunk(CsvChunk &c, const Marks &marked, qint64 rowLimit,
                           const Releaser &release)
{
    CsvScanner s(c.begin, end, dialect.delimiter, dialect.quote);
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
                c.parts[j].learn(f[j].unescaped(scratch, dialect.quote), f[j].escaped || copyKeys,
                                 rules);
        }
        if ((r & 8191) == 8191 && stopRequested()) {
            cancelled = true;
            break;
        }
    }
    // A whole chunk read again for its misfit columns: done with its pages.
    if (release && rowLimit >= c.rows && c.rows > 0)
        release(c.begin, s.position());
}

void CsvPasses::convertChunk(CsvChunk &c, const Marks &marked, bool first, const Releaser &release)
{
    const qint64 bound = first ? c.rowBound : c.rows;
    const qint64 offset = first ? c.boundOffset : c.rowOffset;
    for (size_t j = 0; j < columns; ++j) {
        if (marked[j])
            c.parts[j] = plans[j].startPart(bound);
    }
    CsvScanner s(c.begin, end, dialect.delimiter, dialect.quote);
    std::vector<CsvField> f;
    std::string scratch;
    const char *released = c.begin;
    qint64 r = 0;
    for (;; ++r) {
        if (first) {
            if (s.position() >= c.end || (options.maxRows >= 0 && r >= options.maxRows))
                break;
            const auto st = s.next(f);
            if (st == CsvScanner::Status::End)
                break;
            if (st == CsvScanner::Status::UnterminatedQuote) {
                c.error = unterminatedError(s.errorLine());
                break;
            }
            if (f.size() != columns) {
                c.error = raggedError(s.recordLine(), qsizetype(f.size()), qsizetype(columns));
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
            if (release && s.position() - released > (qsizetype(16) << 20)) {
                release(released, s.position() - (qsizetype(1) << 20));
                released = s.position() - (qsizetype(1) << 20);
            }
        }
        const size_t row = size_t(offset + r);
        for (size_t j = 0; j < columns; ++j) {
            if (marked[j])
                plans[j].convert(f[j].unescaped(scratch, dialect.quote), f[j].escaped || copyKeys,
                                 c.parts[j], r, row, bound, rules);
        }
    }
    if (release)
        release(released, s.position());
    if (first) {
        c.rows = r;
        c.stop = s.position();
        c.lineBreaks = s.lineBreaks();
    }
}

void CsvPasses::buildColumns(std::vector<CsvChunk> &chunks, qint64 rowCount, CsvReadResult &result)
{
    if (options.releaseInput)
        ::malloc_trim(0); // what the passes above freed, before the columns are built
    std::vector<Column> built(columns);
    std::vector<qint64> failures(columns, 0);
    // Raw-text columns (IDs) are the largest to build: their chunks' string pools and the
    // merged pool exist at once. When memory is what counts (releaseInput), they are built
    // first and alone, so they never add to another column's peak; the rest in parallel.
    std::vector<int> order(columns);
    std::iota(order.begin(), order.end(), 0);
    std::stable_partition(order.begin(), order.end(),
                          [&](int j) { return plans[size_t(j)].rawText; });
    const int alone = options.releaseInput
        ? int(std::count_if(plans.begin(), plans.end(),
                            [](const ColumnPlan &p) { return p.rawText; }))
        : 0;
    auto buildColumn = [&](int j) {
        built[size_t(j)] =
            plans[size_t(j)].build(names[j], chunks, j, rowCount, &failures[size_t(j)]);
        // The chunks' parts of this column were small heap blocks; hand their pages back
        // before the next column's storage is allocated, or a large file's peak memory holds
        // both.
        if (options.releaseInput)
            ::malloc_trim(0);
    };
    for (int i = 0; i < alone; ++i)
        buildColumn(order[size_t(i)]);
    parallelFor(int(columns) - alone, threads,
                [&](int i, bool) { buildColumn(order[size_t(alone + i)]); });
    Dataset &dataset = result.dataset;
    for (size_t j = 0; j < columns; ++j) {
        dataset.addColumn(std::move(built[j]));
        if (failures[j] > 0)
            result.warnings.append(
                tr("Column “%1”: %2 values could not be read as %3 and are treated as missing.")
                    .arg(names[int(j)])
                    .arg(failures[j])
                    .arg(columnTypeLabel(dataset.column(int(j)).type()).toLower()));
    }
}

} // namespace churnlab

#include "CsvReader.h"

#include "CsvScanner.h"
#include "CsvShared.h"
#include "CsvSniffer.h"
#include "Memory.h"
#include "Parallel.h"
#include "StringIndex.h"
#include "TextDecoder.h"
#include "TypeInference.h"
#include "ValueParser.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>
#include <QThread>
#include <sys/mman.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <optional>
#include <thread>

namespace churnlab {

namespace {

Error cancelledError()
{
    return {Error::Kind::Cancelled,
            QCoreApplication::translate("churnlab::CsvReader", "Loading was cancelled.")};
}

struct Chunk
{
    const char *begin = nullptr;
    const char *end = nullptr; // nominal: the records starting before it belong here
    const char *stop = nullptr;
    qint64 rows = 0;
    qint64 lineBreaks = 0;
    qint64 rowOffset = 0;
    qint64 firstLine = 1;
    bool cancelled = false;
    std::optional<Error> error; // line counted from the chunk's first line
    std::vector<TypeInference> inference;
    std::vector<qint64> valueBytes;
    // Distinct values among the first sampleSize present values of each column: columns
    // that are (nearly) all distinct are stored as raw strings, not dictionary-encoded.
    std::vector<StringIndex> sample;
    std::vector<qint64> sampled;
};

constexpr qint64 kDistinctSample = 2048;

Chunk makeChunk(const char *begin, const char *end)
{
    Chunk c;
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

std::vector<Chunk> makeChunks(const char *begin, const char *end, int threads, char quote)
{
    const qsizetype size = end - begin;
    const qsizetype chunkSize =
        std::clamp<qsizetype>(size / (qsizetype(threads) * 8), 2 << 20, 16 << 20);
    std::vector<Chunk> chunks;
    if (threads <= 1 || size < 2 * chunkSize) {
        chunks.push_back(makeChunk(begin, end));
        return chunks;
    }
    // Quote parity tells whether a split point lies inside a quoted field. A stray quote in
    // an unquoted field can fool it; the reader checks that chunks meet and rescans if not.
    const bool hasQuote = std::memchr(begin, quote, size_t(size)) != nullptr;
    const char *p = begin;
    while (p < end) {
        const char *nominal = p + chunkSize;
        if (nominal >= end - chunkSize / 4) {
            chunks.push_back(makeChunk(p, end));
            break;
        }
        bool inQuote = hasQuote && (std::count(p, nominal, quote) & 1);
        const char *b = nextRecordStart(nominal, end, inQuote, quote);
        chunks.push_back(makeChunk(p, b));
        p = b;
    }
    return chunks;
}

// What pass 2 writes for one column.
struct ColumnPlan
{
    ColumnType type = ColumnType::Real;
    DateOrder order = DateOrder::Unknown;
    bool inferred = true;
    bool rawText = false; // one level per present value, in row order; no hashing
    std::vector<double> reals;
    std::vector<qint64> ints;
    std::vector<quint8> bools;
    StringPool boolLabels;
    std::vector<qint64> failures; // per chunk
};

// Leaves new elements uninitialised on resize: for buffers every element of which is written
// before it is read, the zero fill would be wasted passes over memory.
template<typename T> struct UninitialisedAllocator : std::allocator<T>
{
    template<typename U> struct rebind
    {
        using other = UninitialisedAllocator<U>;
    };
    template<typename U> void construct(U *p) noexcept { ::new (static_cast<void *>(p)) U; }
    template<typename U, typename... Args> void construct(U *p, Args &&...args)
    {
        ::new (static_cast<void *>(p)) U(std::forward<Args>(args)...);
    }
};

// Pass 2's per-chunk state for one coded column.
struct LocalDictionary
{
    StringIndex index;
    StringPool raw; // used instead of index for raw-text columns
    std::vector<quint32, UninitialisedAllocator<quint32>> codes; // every row is written in pass 2
};

// Concatenates the chunks' raw string pools in file order and shifts their codes.
template<typename Chunks>
Column mergeRawText(const QString &name, std::vector<std::vector<LocalDictionary>> &dictionaries,
                    int column, const Chunks &chunks, qint64 rowCount, int threads)
{
    StringPool pool;
    size_t strings = 0, bytes = 0;
    std::vector<quint32> base(chunks.size(), 0);
    for (size_t ci = 0; ci < chunks.size(); ++ci) {
        const StringPool &raw = dictionaries[ci][size_t(column)].raw;
        base[ci] = quint32(strings);
        strings += raw.size();
        bytes += size_t(raw.byteSize());
    }
    pool.reserve(strings, bytes);
    for (size_t ci = 0; ci < chunks.size(); ++ci) {
        StringPool &raw = dictionaries[ci][size_t(column)].raw;
        for (quint32 k = 0; k < raw.size(); ++k)
            pool.append(raw.view(k));
        raw = StringPool();
    }
    Column::Codes codes = Column::allocateCodes(rowCount, pool.size());
    std::visit(
        [&](auto &out) {
            using T = typename std::decay_t<decltype(out)>::value_type;
            parallelFor(int(chunks.size()), threads, [&](int ci, bool) {
                auto &local = dictionaries[size_t(ci)][size_t(column)].codes;
                T *dst = out.data() + chunks[size_t(ci)].rowOffset;
                for (size_t r = 0; r < local.size(); ++r) {
                    if (local[r] != Column::missingCode32)
                        dst[r] = T(local[r] + base[size_t(ci)]);
                }
                std::remove_reference_t<decltype(local)>().swap(local);
            });
        },
        codes);
    return Column::makeCoded(name, ColumnType::Text, std::move(pool), std::move(codes));
}

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
        if (size <= kPopulateLimit)
            ::madvise(mapped, size_t(size), MADV_POPULATE_READ);
#endif
        auto result = parse(reinterpret_cast<const char *>(mapped), size, progress);
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

Result<CsvReadResult> CsvReader::parse(const char *data, qsizetype size, Progress &progress) const
{
    progress.report(0.0,
                    QCoreApplication::translate("churnlab::CsvReader", "Detecting the format"));
    auto decoded = TextDecoder::decode(data, size, m_options.encoding);
    if (!decoded)
        return decoded.error();
    const DecodedText &text = decoded.value();
    const char *const textEnd = text.data + text.size;

    CsvReadResult result;
    CsvDialect &d = result.dialect;
    d = CsvSniffer::sniff(text.data, text.size, m_options);
    d.encoding = text.encoding;
    d.encodingGuessed = text.guessed;
    if (text.guessed)
        result.warnings.append(
            QCoreApplication::translate("churnlab::CsvReader",
                                        "The file is not valid UTF-8; it was read as Windows-1252. "
                                        "Choose another encoding if the text looks wrong."));

    CsvScanner headerScanner(text.data, textEnd, d.delimiter, d.quote);
    std::vector<CsvField> fields;
    const auto status = headerScanner.next(fields);
    if (status == CsvScanner::Status::UnterminatedQuote)
        return unterminatedError(headerScanner.errorLine());
    const QStringList names = headerNames(fields, d.header, d.quote);
    const int columnCount = int(names.size());
    const char *dataBegin = d.header ? headerScanner.position() : text.data;
    const qint64 firstDataLine = d.header ? headerScanner.lineBreaks() + 1 : 1;

    int threads = m_options.threads > 0 ? m_options.threads : QThread::idealThreadCount();
    if (m_options.maxRows >= 0)
        threads = 1;
    std::vector<Chunk> chunks = makeChunks(dataBegin, textEnd, threads, d.quote);
    const double totalBytes = double(std::max<qsizetype>(1, textEnd - dataBegin));
    std::atomic<qint64> bytesDone = 0;
    auto reportFrom = [&](double base, double span, const QString &message) {
        progress.report(base + span * double(bytesDone.load()) / totalBytes, message);
    };

    // Pass 1: split records, check their shape, and narrow each column's candidate types.
    auto scanChunk = [&](Chunk &c) {
        CsvScanner s(c.begin, textEnd, d.delimiter, d.quote);
        std::vector<CsvField> f;
        std::string scratch;
        c.inference.assign(size_t(columnCount), {});
        c.valueBytes.assign(static_cast<size_t>(columnCount), 0);
        c.sample.assign(size_t(columnCount), {});
        c.sampled.assign(size_t(columnCount), 0);
        c.rows = 0;
        c.error.reset();
        while (s.position() < c.end) {
            if (m_options.maxRows >= 0 && c.rows >= m_options.maxRows)
                break;
            const auto st = s.next(f);
            if (st == CsvScanner::Status::End)
                break;
            if (st == CsvScanner::Status::UnterminatedQuote) {
                c.error = unterminatedError(s.errorLine());
                break;
            }
            if (int(f.size()) != columnCount) {
                c.error = raggedError(s.recordLine(), qsizetype(f.size()), columnCount);
                break;
            }
            for (int j = 0; j < columnCount; ++j) {
                const auto v = f[size_t(j)].unescaped(scratch, d.quote);
                if (ValueParser::isMissingToken(v)) {
                    c.inference[size_t(j)].addMissing();
                } else {
                    c.inference[size_t(j)].add(v, d.decimalComma);
                    c.valueBytes[size_t(j)] += qint64(v.size());
                    if (c.sampled[size_t(j)] < kDistinctSample) {
                        ++c.sampled[size_t(j)];
                        c.sample[size_t(j)].insert(v, true);
                    }
                }
            }
            if ((++c.rows & 8191) == 0 && progress.isCancelled()) {
                c.cancelled = true;
                break;
            }
        }
        c.stop = s.position();
        c.lineBreaks = s.lineBreaks();
    };
    parallelFor(int(chunks.size()), threads, [&](int i, bool calling) {
        scanChunk(chunks[size_t(i)]);
        bytesDone += chunks[size_t(i)].end - chunks[size_t(i)].begin;
        if (calling)
            reportFrom(0.0, 0.45,
                       QCoreApplication::translate("churnlab::CsvReader", "Reading rows"));
    });
    bool seamless = true;
    for (size_t i = 0; i + 1 < chunks.size(); ++i) {
        if (chunks[i].error || chunks[i].cancelled)
            break;
        seamless = seamless && chunks[i].stop == chunks[i + 1].begin;
    }
    if (!seamless) {
        chunks.assign(1, makeChunk(dataBegin, textEnd));
        scanChunk(chunks.front());
    }
    qint64 rowCount = 0;
    qint64 line = firstDataLine;
    for (Chunk &c : chunks) {
        if (c.cancelled || progress.isCancelled())
            return cancelledError();
        c.firstLine = line;
        if (c.error) {
            Error e = *c.error;
            e.line += line - 1;
            return e;
        }
        c.rowOffset = rowCount;
        rowCount += c.rows;
        line += c.lineBreaks;
    }

    // Types: the narrowest candidate left, unless the user chose one.
    std::vector<ColumnPlan> plans(static_cast<size_t>(columnCount));
    std::vector<TypeInference> merged(static_cast<size_t>(columnCount));
    std::vector<qint64> valueBytes(static_cast<size_t>(columnCount), 0);
    for (int j = 0; j < columnCount; ++j) {
        for (const Chunk &c : chunks) {
            merged[size_t(j)].merge(c.inference[size_t(j)]);
            valueBytes[size_t(j)] += c.valueBytes[size_t(j)];
        }
        ColumnPlan &p = plans[size_t(j)];
        const auto override = m_options.typeOverrides.constFind(names[j]);
        p.inferred = override == m_options.typeOverrides.constEnd();
        p.type = p.inferred ? merged[size_t(j)].resolve() : *override;
        p.order = merged[size_t(j)].dateOrder();
        p.failures.assign(chunks.size(), 0);
        switch (p.type) {
        case ColumnType::Real:
            resizeFresh(p.reals, size_t(rowCount));
            break;
        case ColumnType::Integer:
        case ColumnType::Date:
        case ColumnType::DateTime:
            resizeFresh(p.ints, size_t(rowCount));
            break;
        case ColumnType::Boolean: {
            resizeFresh(p.bools, size_t(rowCount));
            const unsigned cand = merged[size_t(j)].candidates();
            const char *labels[2] = {"false", "true"};
            if (cand & TypeInference::BoolYesNo)
                labels[0] = "No", labels[1] = "Yes";
            else if (cand & TypeInference::BoolTrueFalse)
                labels[0] = "False", labels[1] = "True";
            else if (cand & TypeInference::BoolYN)
                labels[0] = "N", labels[1] = "Y";
            else if (cand & TypeInference::Integer)
                labels[0] = "0", labels[1] = "1";
            p.boolLabels.append(labels[0]);
            p.boolLabels.append(labels[1]);
            break;
        }
        case ColumnType::Categorical:
        case ColumnType::Text: {
            qint64 sampled = 0, distinct = 0;
            for (const Chunk &c : chunks) {
                sampled += c.sampled[size_t(j)];
                distinct += c.sample[size_t(j)].size();
            }
            p.rawText = (p.inferred || p.type == ColumnType::Text) && sampled >= 256
                && double(distinct) > 0.95 * double(sampled);
            if (p.rawText)
                p.type = ColumnType::Text;
            break;
        }
        }
    }
    for (Chunk &c : chunks)
        std::vector<StringIndex>().swap(c.sample);

    // Pass 2: convert every value straight into its column; strings into per-chunk
    // dictionaries that are merged afterwards in file order.
    std::vector<std::vector<LocalDictionary>> dictionaries(chunks.size());
    std::vector<std::vector<MissingMask>> masks(chunks.size());
    std::atomic<bool> cancelled = false;
    bytesDone = 0;
    parallelFor(int(chunks.size()), threads, [&](int ci, bool calling) {
        Chunk &c = chunks[size_t(ci)];
        auto &dicts = dictionaries[size_t(ci)];
        auto &mask = masks[size_t(ci)];
        dicts.resize(static_cast<size_t>(columnCount));
        mask.resize(static_cast<size_t>(columnCount));
        for (int j = 0; j < columnCount; ++j) {
            if (isCodedType(plans[size_t(j)].type) && plans[size_t(j)].type != ColumnType::Boolean)
                resizeFresh(dicts[size_t(j)].codes, size_t(c.rows));
        }
        CsvScanner s(c.begin, textEnd, d.delimiter, d.quote);
        std::vector<CsvField> f;
        std::string scratch;
        for (qint64 r = 0; r < c.rows; ++r) {
            if ((r & 8191) == 8191 && (cancelled || progress.isCancelled())) {
                cancelled = true;
                return;
            }
            s.next(f);
            const size_t row = size_t(c.rowOffset + r);
            for (int j = 0; j < columnCount; ++j) {
                ColumnPlan &p = plans[size_t(j)];
                const CsvField &field = f[size_t(j)];
                const auto v = field.unescaped(scratch, d.quote);
                const bool missing = ValueParser::isMissingToken(v);
                bool bad = false;
                switch (p.type) {
                case ColumnType::Real:
                    if (!missing) {
                        if (auto x = ValueParser::parseReal(v, d.decimalComma))
                            p.reals[row] = *x;
                        else
                            bad = true;
                    }
                    if (missing || bad)
                        p.reals[row] = std::nan("");
                    break;
                case ColumnType::Integer:
                    if (!missing) {
                        if (auto x = ValueParser::parseInteger(v)) {
                            p.ints[row] = *x;
                        } else if (auto y = ValueParser::parseReal(v, d.decimalComma); y
                                   && std::isfinite(*y) && *y == std::trunc(*y)
                                   && std::abs(*y) < 9.2e18) {
                            p.ints[row] = qint64(*y);
                        } else {
                            bad = true;
                        }
                    }
                    break;
                case ColumnType::Date:
                    if (!missing) {
                        if (auto x = ValueParser::parseDate(v, p.order))
                            p.ints[row] = *x;
                        else
                            bad = true;
                    }
                    break;
                case ColumnType::DateTime:
                    if (!missing) {
                        if (auto x = ValueParser::parseDateTime(v, p.order))
                            p.ints[row] = *x;
                        else if (auto y = ValueParser::parseDate(v, p.order))
                            p.ints[row] = *y * 86400000LL;
                        else
                            bad = true;
                    }
                    break;
                case ColumnType::Boolean:
                    p.bools[row] = 0xFF;
                    if (!missing) {
                        if (auto x = ValueParser::parseBoolean(v))
                            p.bools[row] = *x ? 1 : 0;
                        else
                            bad = true;
                    }
                    break;
                case ColumnType::Categorical:
                case ColumnType::Text: {
                    LocalDictionary &dict = dicts[size_t(j)];
                    if (missing)
                        dict.codes[size_t(r)] = Column::missingCode32;
                    else if (p.rawText)
                        dict.codes[size_t(r)] = dict.raw.append(v);
                    else
                        dict.codes[size_t(r)] = dict.index.insert(v, field.escaped);
                    break;
                }
                }
                if (bad)
                    ++p.failures[size_t(ci)];
                if ((missing || bad) && !isCodedType(p.type))
                    mask[size_t(j)].set(r, c.rows);
            }
        }
        bytesDone += c.end - c.begin;
        if (calling)
            reportFrom(0.45, 0.45,
                       QCoreApplication::translate("churnlab::CsvReader", "Converting values"));
    });
    if (cancelled || progress.isCancelled())
        return cancelledError();

    progress.report(0.92, QCoreApplication::translate("churnlab::CsvReader", "Building columns"));
    Dataset &dataset = result.dataset;
    for (int j = 0; j < columnCount; ++j) {
        ColumnPlan &p = plans[size_t(j)];
        MissingMask missing;
        for (size_t ci = 0; ci < chunks.size(); ++ci)
            missing.merge(masks[ci][size_t(j)], chunks[ci].rowOffset, chunks[ci].rows, rowCount);
        qint64 failures = 0;
        for (qint64 f : p.failures)
            failures += f;
        if (failures > 0)
            result.warnings.append(QCoreApplication::translate(
                                       "churnlab::CsvReader",
                                       "Column “%1”: %2 values could not be read as %3 and are "
                                       "treated as missing.")
                                       .arg(names[j])
                                       .arg(failures)
                                       .arg(columnTypeLabel(p.type).toLower()));
        switch (p.type) {
        case ColumnType::Real:
            dataset.addColumn(Column::makeReal(names[j], std::move(p.reals), std::move(missing)));
            break;
        case ColumnType::Integer:
        case ColumnType::Date:
        case ColumnType::DateTime:
            dataset.addColumn(
                Column::makeInt(names[j], p.type, std::move(p.ints), std::move(missing)));
            break;
        case ColumnType::Boolean:
            dataset.addColumn(
                Column::makeCoded(names[j], p.type, std::move(p.boolLabels), std::move(p.bools)));
            break;
        case ColumnType::Categorical:
        case ColumnType::Text: {
            if (p.rawText) {
                dataset.addColumn(
                    mergeRawText(names[j], dictionaries, j, chunks, rowCount, threads));
                break;
            }
            StringIndex global;
            std::vector<std::vector<quint32>> remap(chunks.size());
            for (size_t ci = 0; ci < chunks.size(); ++ci) {
                const StringIndex &local = dictionaries[ci][size_t(j)].index;
                remap[ci].resize(local.size());
                for (quint32 k = 0; k < local.size(); ++k)
                    remap[ci][k] = global.insert(local.key(k), false);
            }
            if (p.inferred) {
                const qint64 present = merged[size_t(j)].presentCount();
                p.type = TypeInference::textOrCategorical(
                    global.size(), present,
                    present ? double(valueBytes[size_t(j)]) / double(present) : 0.0);
            }
            StringPool pool;
            size_t distinctBytes = 0;
            for (quint32 k = 0; k < global.size(); ++k)
                distinctBytes += global.key(k).size();
            pool.reserve(global.size(), distinctBytes);
            for (quint32 k = 0; k < global.size(); ++k)
                pool.append(global.key(k));
            Column::Codes codes = Column::allocateCodes(rowCount, global.size());
            std::visit(
                [&](auto &out) {
                    using T = typename std::decay_t<decltype(out)>::value_type;
                    parallelFor(int(chunks.size()), threads, [&](int ci, bool) {
                        const auto &local = dictionaries[size_t(ci)][size_t(j)].codes;
                        const auto &map = remap[size_t(ci)];
                        T *dst = out.data() + chunks[size_t(ci)].rowOffset;
                        for (size_t r = 0; r < local.size(); ++r) {
                            if (local[r] != Column::missingCode32)
                                dst[r] = T(map[local[r]]);
                        }
                    });
                },
                codes);
            for (auto &chunkDicts : dictionaries)
                std::remove_reference_t<decltype(chunkDicts[size_t(j)].codes)>().swap(
                    chunkDicts[size_t(j)].codes);
            dataset.addColumn(
                Column::makeCoded(names[j], p.type, std::move(pool), std::move(codes)));
            break;
        }
        }
    }
    if (columnCount == 0)
        return Error {
            Error::Kind::Empty,
            QCoreApplication::translate("churnlab::CsvReader", "The file has no columns.")};
    progress.report(1.0, QCoreApplication::translate("churnlab::CsvReader", "Done"));
    return result;
}

} // namespace churnlab

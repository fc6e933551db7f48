#include "core/data/csv/CsvStreamParse.h"

#include "core/Memory.h"
#include "core/data/csv/CsvShared.h"
#include "core/data/csv/TextDecoder.h"

namespace churnlab {

namespace {

// Chunks waiting for the worker, at most.
constexpr size_t kQueued = 4;

// Calls f with the storage the plan converts into (numbers, timestamps or booleans; strings
// live in the chunks' parts).
template<typename F> void withStorage(ColumnPlan &plan, F &&f)
{
    switch (plan.type) {
    case ColumnType::Real:
        f(plan.reals);
        break;
    case ColumnType::Integer:
    case ColumnType::Date:
    case ColumnType::DateTime:
        f(plan.ints);
        break;
    case ColumnType::Boolean:
        f(plan.bools);
        break;
    case ColumnType::Categorical:
    case ColumnType::Text:
        break;
    }
}

// Resizes to `rows`, growing the capacity geometrically (or to `expected` the first time):
// the storage of every converted chunk is kept, and each chunk adds to it.
template<typename T> void resizeGrowing(std::vector<T> &v, size_t rows, size_t expected)
{
    if (rows > v.capacity()) {
        const size_t capacity = std::max({rows, v.capacity() * 2, v.empty() ? expected : 0});
        v.reserve(capacity);
        adviseHugePages(v.data(), capacity * sizeof(T));
    }
    v.resize(rows);
}

} // namespace

CsvStreamParse::CsvStreamParse(const CsvOptions &options, Progress &progress)
    : m_options(options)
    , m_passes(m_options, progress)
{
    // The dialect is the sender's, fixed before the first row: nothing is sniffed from a
    // first chunk that may not look like the rest.
    m_options.maxRows = -1; // a source limits its rows itself
    m_options.encoding = TextEncoding::Utf8;
    m_options.delimiter = m_options.delimiter.value_or(',');
    m_options.header = true;
    m_options.headerRow = 1;
    m_options.skipRows = 0;
    m_options.decimalComma = m_options.decimalComma.value_or(false);
    m_passes.copyKeys = true;
    m_pending = takeBuffer();
    m_worker = std::thread([this] { work(); });
}

CsvStreamParse::~CsvStreamParse()
{
    stop();
}

void CsvStreamParse::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
    }
    m_changed.notify_all();
    if (m_worker.joinable())
        m_worker.join();
}

bool CsvStreamParse::add(QByteArray chunk)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [&] { return m_stopped || m_queue.size() < kQueued; });
    if (m_stopped)
        return false;
    m_queue.push_back(std::move(chunk));
    lock.unlock();
    m_changed.notify_all();
    return true;
}

bool CsvStreamParse::recordEnded()
{
    if (m_pending.size() < kChunkBytes)
        return true;
    return add(std::exchange(m_pending, takeBuffer()));
}

QByteArray CsvStreamParse::takeBuffer()
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_spare.empty()) {
            QByteArray buffer = std::move(m_spare.back());
            m_spare.pop_back();
            return buffer;
        }
    }
    QByteArray buffer;
    buffer.reserve(kChunkBytes + kChunkSlack);
    return buffer;
}

void CsvStreamParse::work()
{
    for (;;) {
        QByteArray chunk;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [&] { return m_closed || !m_queue.empty(); });
            if (m_queue.empty())
                return;
            chunk = std::move(m_queue.front());
            m_queue.pop_front();
        }
        m_changed.notify_all();
        std::optional<Error> error =
            m_passes.stopRequested() ? cancelledError() : convert(std::move(chunk));
        if (error) {
            std::lock_guard lock(m_mutex);
            m_error = std::move(error);
            m_stopped = true;
            m_queue.clear();
            m_changed.notify_all();
            return;
        }
    }
}

std::optional<Error> CsvStreamParse::start(const QByteArray &chunk, CsvChunk &c)
{
    CsvPasses &p = m_passes;
    auto decoded = TextDecoder::decode(chunk.constData(), chunk.size(), TextEncoding::Utf8);
    if (!decoded)
        return decoded.error();
    if (auto e = p.readHeader(decoded.value(), m_result))
        return e;
    if (p.columns == 0)
        return Error {Error::Kind::Empty, tr("The source has no columns.")};
    c.begin = p.begin;
    c.end = p.end;
    c.rowBound = recordBound(c.begin, c.end);
    p.inferChunk(c, CsvPasses::Marks(p.columns, 1), CsvPasses::kSampleRows, {});
    const std::vector<CsvChunk> sample(1, c);
    p.plans.resize(p.columns);
    for (size_t j = 0; j < p.columns; ++j) {
        ColumnPlan &plan = p.plans[j];
        plan.decide(sample, int(j), p.overrideOf(int(j)), true);
        // A guess from the first rows ("Yes"/"No" as booleans, digits as numbers) keeps the
        // text as well, in case a later value does not fit it.
        plan.keepText = plan.inferred && !isStringType(plan.type);
    }
    m_lines = p.firstDataLine - 1;
    return std::nullopt;
}

std::optional<Error> CsvStreamParse::convert(QByteArray chunk)
{
    CsvPasses &p = m_passes;
    CsvChunk c;
    if (m_chunks.empty() && p.plans.empty()) {
        // Blank lines before the header are skipped, as in a file; the header may come in a
        // later chunk.
        if (!m_head.isEmpty())
            chunk.prepend(std::exchange(m_head, QByteArray()));
        if (chunk.trimmed().isEmpty()) {
            m_head = std::move(chunk);
            return std::nullopt;
        }
        if (auto e = start(chunk, c))
            return e;
    } else {
        c.begin = chunk.constData();
        c.end = c.begin + chunk.size();
        p.end = c.end;
        c.rowBound = recordBound(c.begin, c.end);
        c.parts.resize(p.columns);
    }
    // Each chunk's rows go straight after the previous chunk's, in storage that grows.
    c.boundOffset = m_rowCount;
    const size_t room = size_t(m_rowCount + c.rowBound);
    const size_t expected = size_t(std::max<qint64>(0, m_expectedRows));
    for (ColumnPlan &plan : p.plans)
        withStorage(plan, [&](auto &v) { resizeGrowing(v, room, expected); });
    p.convertChunk(c, CsvPasses::Marks(p.columns, 1), true, {});
    if (p.stopRequested())
        return cancelledError();
    if (c.error) {
        Error e = *c.error;
        e.line += m_lines;
        return e;
    }
    if (c.overflow)
        return Error {Error::Kind::InvalidValue,
                      tr("A chunk of the source did not end with a whole record (line %1).")
                          .arg(m_lines + c.lineBreaks)};
    c.rowOffset = m_rowCount;
    m_rowCount += c.rows;
    m_lines += c.lineBreaks;
    for (ColumnPlan &plan : p.plans)
        withStorage(plan, [&](auto &v) { v.resize(size_t(m_rowCount)); });
    c.begin = c.end = c.stop = nullptr;
    m_chunks.push_back(std::move(c));
    chunk.resize(0); // keeps its capacity for the sender
    std::lock_guard lock(m_mutex);
    if (m_spare.size() < kQueued)
        m_spare.push_back(std::move(chunk));
    return std::nullopt;
}

Result<CsvReadResult> CsvStreamParse::finish()
{
    if (!m_pending.isEmpty())
        add(std::exchange(m_pending, QByteArray()));
    stop();
    if (m_error)
        return *m_error;
    CsvPasses &p = m_passes;
    if (p.stopRequested())
        return cancelledError();
    if (m_chunks.empty() && !m_head.isEmpty())
        return TextDecoder::decode(m_head.constData(), m_head.size(), TextEncoding::Utf8).error();
    if (m_chunks.empty())
        return Error {Error::Kind::Empty, tr("The source sent no rows.")};
    for (size_t j = 0; j < p.columns; ++j) {
        ColumnPlan &plan = p.plans[j];
        if (plan.keepText) {
            plan.settleKeptText(m_chunks, int(j), m_rowCount, p.rules);
            continue;
        }
        // A boolean's labels or a date's order from all values; a date column of the
        // source's whose values changed their order half-way cannot be read again here.
        if (!plan.confirm(m_chunks, int(j)))
            return Error {Error::Kind::InvalidValue,
                          tr("Column “%1” has dates in more than one order.").arg(p.names[int(j)])};
    }
    p.buildColumns(m_chunks, m_rowCount, m_result);
    return std::move(m_result);
}

} // namespace churnlab

#pragma once

#include "core/Progress.h"
#include "core/Result.h"
#include "core/data/csv/CsvChunk.h"
#include "core/data/csv/CsvPasses.h"
#include "core/data/csv/CsvReadResult.h"

#include <QByteArray>
#include <QCoreApplication>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace churnlab {

// A CSV text that arrives in pieces (a database's COPY output), typed while the rest is still
// on its way: each chunk of whole records is converted on a worker thread as soon as it is
// handed over, and its text is dropped then, so the whole text is never held at once.
//
// The result is the one a read of the whole text gives. Types are guessed from the first
// chunk's first rows; a column guessed so (no type override) also keeps its values in a
// dictionary, from which it is typed again when a later value does not fit the guess, since
// the text itself is gone by then. Booleans' labels and dates' order come from all values.
// The text must be UTF-8, with the header on its first line; the delimiter is a comma and the
// decimal mark a point unless the options say otherwise.
class CsvStreamParse
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::CsvStreamParse)

public:
    CsvStreamParse(const CsvOptions &options, Progress &progress);
    ~CsvStreamParse(); // stops the worker; what was handed over is dropped

    CsvStreamParse(const CsvStreamParse &) = delete;
    CsvStreamParse &operator=(const CsvStreamParse &) = delete;

    // A sender writes its records (the header first) into records() one at a time, and calls
    // recordEnded() after each: a full buffer goes to the worker then. Both wait while a few
    // chunks are still queued, which holds the sender back to the speed of the typing. False
    // once the worker has stopped (a malformed record, or cancelled): the sender should stop
    // too, and finish() says why.
    QByteArray &records() { return m_pending; }
    bool recordEnded();
    // Or whole chunks of whole records at once; the first begins with the header.
    bool add(QByteArray chunk);
    // The rows the source expects to send (a planner's estimate): storage is reserved for
    // them up front instead of growing by copies. A wrong guess costs only address space.
    void expectRows(qint64 rows) { m_expectedRows = rows; }
    // Hands over what records() holds, waits for the queued chunks and builds the columns.
    [[nodiscard]] Result<CsvReadResult> finish();

private:
    // Chunks of records() handed over: big enough that their count stays small, small enough
    // that the queue holds little.
    static constexpr qsizetype kChunkBytes = qsizetype(4) << 20;
    // Room past kChunkBytes in a buffer, for the record that fills it.
    static constexpr qsizetype kChunkSlack = qsizetype(1) << 16;

    // An empty buffer for the next chunk: one the worker is done with when there is one, so
    // that a long stream does not fault in fresh pages for every chunk.
    QByteArray takeBuffer();
    void work();
    std::optional<Error> convert(QByteArray chunk);
    // The header and the column plans, decided from the first chunk's first rows.
    std::optional<Error> start(const QByteArray &chunk, CsvChunk &c);
    void stop();

    CsvOptions m_options;
    CsvPasses m_passes;
    CsvReadResult m_result;
    std::vector<CsvChunk> m_chunks; // converted, their text gone
    qint64 m_rowCount = 0;
    qint64 m_lines = 0; // line breaks of the converted chunks
    QByteArray m_head; // blank lines before the header, held until it comes

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QByteArray> m_queue;
    std::vector<QByteArray> m_spare; // converted chunks' buffers, emptied
    QByteArray m_pending; // records() (the sender's thread only)
    qint64 m_expectedRows = 0;
    bool m_closed = false; // no more chunks will come
    bool m_stopped = false; // the worker ended early
    std::optional<Error> m_error;
    std::thread m_worker;
};

} // namespace churnlab

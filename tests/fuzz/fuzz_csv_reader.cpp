// Feeds arbitrary bytes to both CSV paths (typed parallel read and the cell preview) and
// checks that they agree: same verdict, same shape. Crashes, sanitizer reports and
// disagreements are findings.
#include "core/data/csv/CsvReader.h"

#include <QByteArray>

#include <cstdlib>

using namespace churnlab;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    CsvOptions options;
    options.threads = 2;
    const CsvReader reader(options);
    auto typed = reader.readBytes(bytes);
    auto cells = reader.readCellsFromBytes(bytes, -1);
    // The same bytes in chunks of a few dozen bytes: boundaries land inside quotes, blank
    // lines and records, and the result must not change.
    CsvOptions small = options;
    small.chunkBytes = 16 + qint64(size % 48);
    auto chunked = CsvReader(small).readBytes(bytes);
    if (chunked.ok() != typed.ok())
        std::abort();
    if (chunked.ok()) {
        if (chunked->dataset.rowCount() != typed->dataset.rowCount()
            || chunked->dataset.columnCount() != typed->dataset.columnCount())
            std::abort();
        for (int c = 0; c < typed->dataset.columnCount(); ++c) {
            const Column &a = typed->dataset.column(c), &b = chunked->dataset.column(c);
            // Text or categorical is judged from a sample of each chunk, which chunking
            // changes; every other type, and every value, must not change.
            const bool strings = isStringType(a.type()) && isStringType(b.type());
            if ((a.type() != b.type() && !strings) || a.missingCount() != b.missingCount())
                std::abort();
            for (qsizetype r = 0; r < a.size(); ++r) {
                if (a.text(r) != b.text(r))
                    std::abort();
            }
        }
    } else if (chunked.error().kind != typed.error().kind
               || chunked.error().line != typed.error().line) {
        std::abort();
    }
    if (typed.ok() != cells.ok())
        std::abort();
    if (typed.ok()) {
        if (typed->dataset.rowCount() != cells->rows.size()
            || typed->dataset.columnNames() != cells->columns)
            std::abort();
        for (int c = 0; c < typed->dataset.columnCount(); ++c) {
            const Column &col = typed->dataset.column(c);
            for (qsizetype r = 0; r < col.size(); ++r)
                (void)col.text(r);
        }
    } else if (typed.error().kind != cells.error().kind
               || typed.error().line != cells.error().line) {
        std::abort();
    }
    return 0;
}

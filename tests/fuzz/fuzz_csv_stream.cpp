// Feeds arbitrary bytes to the streaming CSV parse (as a database's COPY output reaches it),
// cut into chunks of whole records, and checks it against a read of the whole text: same
// verdict, same shape, same values. Crashes, sanitizer reports and disagreements are findings.
#include "core/data/csv/CsvReader.h"
#include "core/data/csv/CsvScanner.h"
#include "core/data/csv/CsvStreamParse.h"
#include "core/data/csv/TextDecoder.h"

#include <QByteArray>

#include <cstdlib>

using namespace churnlab;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    CsvOptions options;
    options.delimiter = ',';
    options.header = true;
    options.encoding = TextEncoding::Utf8;
    options.headerRow = 1; // the stream's dialect, fixed as a database's COPY gives it
    options.decimalComma = false;
    options.threads = 2;
    // Chunks end where a record does, as the scanner finds them (a sender knows its own
    // records), a few records each.
    CsvStreamParse stream(options, Progress::none());
    const int perChunk = 1 + int(size % 5);
    CsvScanner scanner(bytes.constData(), bytes.constData() + bytes.size(), ',', '"');
    std::vector<CsvField> fields;
    qsizetype from = 0;
    bool sent = true;
    for (int records = 1; sent && scanner.next(fields) == CsvScanner::Status::Record; ++records) {
        if (records % perChunk == 0) {
            const qsizetype to = scanner.position() - bytes.constData();
            sent = stream.add(bytes.mid(from, to - from));
            from = to;
        }
    }
    if (sent && from < bytes.size())
        stream.add(bytes.mid(from));
    auto streamed = stream.finish();
    // The stream trusts its source to send text: UTF-8 without NUL bytes. A file that is not
    // is read as Windows-1252 or refused as binary, checks the stream leaves to its source.
    auto text = TextDecoder::decode(bytes.constData(), bytes.size());
    if (!text || text->guessed || text->encoding != TextEncoding::Utf8)
        return 0;
    auto whole = CsvReader(options).readBytes(bytes);
    if (streamed.ok() != whole.ok()) {
        // An empty text is refused by both, in their own words.
        if (!streamed.ok() && streamed.error().kind == Error::Kind::Empty)
            return 0;
        std::abort();
    }
    if (!whole.ok()) {
        if (streamed.error().kind != whole.error().kind
            || streamed.error().line != whole.error().line)
            std::abort();
        return 0;
    }
    const Dataset &a = whole->dataset, &b = streamed->dataset;
    if (a.rowCount() != b.rowCount() || a.columnNames() != b.columnNames())
        std::abort();
    for (int c = 0; c < a.columnCount(); ++c) {
        const Column &x = a.column(c), &y = b.column(c);
        // Text or categorical is judged from samples, which chunking changes; every other
        // type, and every value, must not change.
        if (x.type() != y.type() && !(isStringType(x.type()) && isStringType(y.type())))
            std::abort();
        for (qsizetype r = 0; r < x.size(); ++r) {
            if (x.text(r) != y.text(r))
                std::abort();
        }
    }
    return 0;
}

// Feeds arbitrary bytes to the request-log reader as a log file, then (when it reads) the rows
// it found to the drift comparison's schema conversion, as `churnlab-cli drift` would.
#include "FuzzFixtures.h"

#include "core/monitor/RequestLogReader.h"

#include <QBuffer>

using namespace churnlab;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    auto contents = RequestLogReader::read(buffer, QStringLiteral("fuzz.jsonl"));
    if (!contents)
        return 0;
    for (double p : contents->scores)
        if (!(p >= 0 && p <= 1))
            std::abort();
    if (!contents->records.isEmpty()) {
        ScoringReport report;
        (void)fuzz::fixtures().opened->scorer()->schema().fromRecords(contents->records, report);
    }
    return 0;
}

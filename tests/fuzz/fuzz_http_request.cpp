// Feeds arbitrary bytes to the HTTP/1.1 request reader, whole and in pieces whose sizes come
// from the input: the requests read, or the refusal, must not depend on how the bytes were cut.
#include "core/serving/HttpRequestParser.h"

#include <cstdlib>

using namespace churnlab;

namespace {

struct Outcome
{
    QList<HttpRequest> requests;
    int status = 0;
};

Outcome run(const QByteArray &bytes, qsizetype piece)
{
    HttpRequestParser::Limits limits;
    limits.maxBody = 4096;
    limits.maxHead = 2048;
    limits.maxHeaders = 20;
    HttpRequestParser parser(limits);
    Outcome out;
    QByteArray buffer;
    for (qsizetype at = 0; at < bytes.size() && out.status == 0;) {
        const qsizetype n = std::min(piece, bytes.size() - at);
        buffer += bytes.mid(at, n);
        at += n;
        for (;;) {
            const auto state = parser.feed(buffer);
            if (state == HttpRequestParser::State::Complete) {
                out.requests << parser.take();
                continue;
            }
            if (state == HttpRequestParser::State::Failed)
                out.status = parser.errorStatus();
            break;
        }
    }
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const Outcome whole = run(bytes, bytes.size() + 1);
    const Outcome cut = run(bytes, 1 + data[0] % 13);
    if (whole.status != cut.status || whole.requests.size() != cut.requests.size())
        std::abort();
    for (qsizetype i = 0; i < whole.requests.size(); ++i) {
        const HttpRequest &a = whole.requests[i], &b = cut.requests[i];
        if (a.method != b.method || a.path != b.path || a.body != b.body || a.headers != b.headers
            || a.query != b.query)
            std::abort();
        if (a.body.size() > 4096)
            std::abort();
    }
    return 0;
}

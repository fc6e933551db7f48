// Feeds arbitrary request bodies to the scoring service with a sound bundle loaded: the first
// byte picks the endpoint and body kind (Open Inference Protocol JSON, MLflow JSON, MLflow CSV)
// and whether explanations are asked for. Every answer must be a status the protocol knows
// with a JSON body; crashes and sanitizer reports are findings.
#include "FuzzFixtures.h"

#include "core/serving/ScoringService.h"

using namespace churnlab;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static ScoringService &service = *[]() {
        auto *s = new ScoringService({}); // lives as long as the process
        s->setBundle(fuzz::fixtures().opened);
        return s;
    }();
    if (size == 0)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const int kind = data[0] % 3;
    const bool explain = (data[0] / 3) % 2 == 1;
    HttpRequest r;
    r.method = "POST";
    r.path = kind == 0 ? QStringLiteral("/v2/models/churn/infer") : QStringLiteral("/invocations");
    if (kind == 2)
        r.headers.insert("content-type", "text/csv");
    r.body = bytes;
    if (explain)
        r.query = QStringLiteral("explain=true");
    const HttpResponse out = service.handle(r);
    if (out.status != 200 && out.status != 400 && out.status != 422)
        std::abort();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(out.body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        std::abort(); // every answer is a JSON object, errors included
    return 0;
}

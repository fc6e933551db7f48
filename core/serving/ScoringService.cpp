#include "core/serving/ScoringService.h"

#include <QElapsedTimer>

namespace churnlab {

ScoringService::ScoringService(Options options)
    : m_token(std::move(options.token))
    , m_core({options.logPath, options.logMaxBytes, options.logInputs})
    , m_openInference(m_core)
    , m_mlflow(m_core)
{
}

bool ScoringService::authorised(const HttpRequest &request) const
{
    if (m_token.isEmpty())
        return true;
    const QByteArray given = request.headers.value("authorization");
    const QByteArray expected = "Bearer " + m_token;
    // Constant time: every byte is compared whatever the first difference.
    unsigned char diff = given.size() == expected.size() ? 0 : 1;
    for (qsizetype i = 0; i < expected.size(); ++i)
        diff |= (i < given.size() ? given[i] : 0) ^ expected[i];
    return diff == 0;
}

HttpResponse ScoringService::handle(const HttpRequest &request)
{
    QElapsedTimer clock;
    clock.start();
    QString endpoint = QStringLiteral("other");
    HttpResponse response = route(request, endpoint);
    m_core.metrics().record(endpoint, response.status, double(clock.nsecsElapsed()) / 1e9);
    return response;
}

std::optional<HttpResponse> ScoringService::health(const HttpRequest &request, bool ready,
                                                   QString &endpoint)
{
    const QString &path = request.path;
    const bool live = path == QLatin1String("/v2/health/live");
    const bool probe = live || path == QLatin1String("/v2/health/ready");
    if (!probe && path != QLatin1String("/ping") && path != QLatin1String("/metrics"))
        return std::nullopt;
    endpoint = path;
    if (!request.isGet())
        return HttpResponse::wrongMethod(request, "GET");
    if (path == QLatin1String("/metrics"))
        return HttpResponse {200, "text/plain; version=0.0.4", m_core.metrics().render(), {}};
    if (!probe)
        return HttpResponse::text(ready ? 200 : 503, "\n");
    return HttpResponse::json(
        live || ready ? 200 : 503,
        {{live ? QStringLiteral("live") : QStringLiteral("ready"), live || ready}});
}

HttpResponse ScoringService::route(const HttpRequest &request, QString &endpoint)
{
    const std::shared_ptr<const Bundle> bundle = this->bundle();
    if (auto r = health(request, bundle != nullptr, endpoint))
        return *r;
    if (!authorised(request)) {
        endpoint = QStringLiteral("unauthorised");
        HttpResponse r = HttpResponse::error(401, tr("A valid bearer token is required."));
        r.headers.append(qMakePair(QByteArray("WWW-Authenticate"), QByteArray("Bearer")));
        return r;
    }
    if (request.path == QLatin1String("/version")) {
        endpoint = request.path;
        if (!request.isGet())
            return HttpResponse::wrongMethod(request, "GET");
        return HttpResponse::text(200, "churnlab-serve " CHURNLAB_VERSION "\n");
    }
    if (!bundle)
        return HttpResponse::error(503, tr("No model is loaded."));
    if (auto r = m_openInference.respond(request, *bundle, endpoint))
        return *r;
    if (auto r = m_mlflow.respond(request, *bundle, endpoint))
        return *r;
    return HttpResponse::error(404, tr("There is no endpoint %1.").arg(request.path));
}

} // namespace churnlab

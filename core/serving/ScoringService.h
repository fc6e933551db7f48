#pragma once

#include "core/bundle/Bundle.h"
#include "core/serving/RequestLog.h"
#include "core/serving/ServingMetrics.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QMutex>

#include <memory>

namespace churnlab {

struct HttpRequest
{
    QByteArray method;
    QString path;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    QString query {}; // the URL's query, without "?"
};

struct HttpResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static HttpResponse json(int status, const QJsonObject &object);
    // The protocol's error shape, {"error": "…"}.
    static HttpResponse error(int status, const QString &message);
};

// The scoring service's protocol, apart from any HTTP library: a parsed request in, a
// response out. Every scoring path goes through the bundle's Scorer.
//   Open Inference Protocol v2 (KServe, Seldon, Triton clients): GET /v2, /v2/health/live,
//   /v2/health/ready, /v2/models/{name}, /v2/models/{name}/ready; POST
//   /v2/models/{name}/infer with one input tensor per source column.
//   MLflow scoring server: POST /invocations (dataframe_split, dataframe_records, instances
//   or CSV), GET /ping, GET /version.
//   GET /metrics (Prometheus text).
//   Either scoring endpoint explains each row too with ?explain=true (or, in a JSON body,
//   "parameters": {"explain": true}): per-column contributions, see Explainer.
// A bearer token, when set, is required everywhere but the health probes (/v2/health/*,
// /ping) and /metrics (scraped by Prometheus; it holds counts, never customer data), and is
// compared in constant time. The bundle can be swapped while requests run.
class ScoringService
{
public:
    struct Options
    {
        QByteArray token;
        QString logPath;
        qint64 logMaxBytes = qint64(100) << 20;
        bool logInputs = false;
    };

    explicit ScoringService(Options options);

    void setBundle(std::shared_ptr<const Bundle> bundle);
    std::shared_ptr<const Bundle> bundle() const;
    ServingMetrics &metrics() { return m_metrics; }
    const RequestLog *log() const { return m_log.get(); }

    HttpResponse handle(const HttpRequest &request);

private:
    HttpResponse route(const HttpRequest &request, QString &endpoint);
    HttpResponse infer(const Bundle &bundle, const HttpRequest &request);
    HttpResponse invocations(const Bundle &bundle, const HttpRequest &request);
    HttpResponse metadata(const Bundle &bundle) const;
    // Scores, counts and logs; the response body is made by the caller from the scores.
    Result<Scorer::Scores> score(const Bundle &bundle, const ConformedInput &input, qsizetype rows,
                                 ScoringReport report, const QString &endpoint,
                                 const QJsonObject &inputs);
    bool authorised(const HttpRequest &request) const;
    // ?explain=true, or "parameters": {"explain": true} in a JSON body.
    static bool wantsExplanation(const HttpRequest &request, const QJsonObject &body);
    // Each row's contributions per source column (largest first), with the method, scale and
    // expected value; an error response when the model cannot be explained.
    static Result<QJsonObject> explanations(const Bundle &bundle, const ConformedInput &input,
                                            qsizetype rows);

    Options m_options;
    mutable QMutex m_lock;
    std::shared_ptr<const Bundle> m_bundle;
    ServingMetrics m_metrics;
    std::unique_ptr<RequestLog> m_log;
};

} // namespace churnlab

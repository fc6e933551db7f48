#pragma once

#include "core/serving/HttpMessage.h"
#include "core/serving/MlflowAdapter.h"
#include "core/serving/OpenInferenceAdapter.h"
#include "core/serving/ScoringCore.h"

#include <QCoreApplication>

#include <memory>

namespace churnlab {

// The scoring service apart from any HTTP library: a parsed request in, a response out. It
// answers what every platform expects itself and hands the protocols to their adapters over
// one ScoringCore, so both score through the bundle's Scorer:
//   health: GET /v2/health/live, /v2/health/ready, /ping; GET /metrics (Prometheus text);
//   GET /version;
//   Open Inference Protocol v2: see OpenInferenceAdapter;
//   MLflow scoring server: see MlflowAdapter.
//   Either scoring endpoint explains each row too with ?explain=true (or, in a JSON body,
//   "parameters": {"explain": true}): per-column contributions, see Explainer.
// A bearer token, when set, is required everywhere but the health probes and /metrics (scraped
// by Prometheus; it holds counts, never customer data), and is compared in constant time. The
// bundle can be swapped while requests run.
class ScoringService
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::ScoringService)

public:
    struct Options
    {
        QByteArray token;
        QString logPath;
        qint64 logMaxBytes = qint64(100) << 20;
        bool logInputs = false;
    };

    explicit ScoringService(Options options);

    void setBundle(std::shared_ptr<const Bundle> bundle) { m_core.setBundle(std::move(bundle)); }
    std::shared_ptr<const Bundle> bundle() const { return m_core.bundle(); }
    ServingMetrics &metrics() { return m_core.metrics(); }
    const RequestLog *log() const { return m_core.log(); }

    HttpResponse handle(const HttpRequest &request);

private:
    HttpResponse route(const HttpRequest &request, QString &endpoint);
    // Probes and metrics: answered before authorisation, and without a model.
    std::optional<HttpResponse> health(const HttpRequest &request, bool ready, QString &endpoint);
    bool authorised(const HttpRequest &request) const;

    QByteArray m_token;
    ScoringCore m_core;
    OpenInferenceAdapter m_openInference;
    MlflowAdapter m_mlflow;
};

} // namespace churnlab

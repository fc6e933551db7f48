#pragma once

#include "core/bundle/Bundle.h"
#include "core/serving/RequestLog.h"
#include "core/serving/ServingMetrics.h"

#include <QJsonObject>
#include <QMutex>

#include <memory>

namespace churnlab {

struct HttpRequest;

// What both protocols share once their request is read: the bundle being served (swappable
// while requests run), scoring through its Scorer, the scores' metrics and the request log,
// and per-row explanations. The protocol adapters only read requests and write responses.
class ScoringCore
{
public:
    struct LogOptions
    {
        QString path;
        qint64 maxBytes = qint64(100) << 20;
        bool inputs = false;
    };

    explicit ScoringCore(const LogOptions &log);

    void setBundle(std::shared_ptr<const Bundle> bundle);
    std::shared_ptr<const Bundle> bundle() const;
    ServingMetrics &metrics() { return m_metrics; }
    const RequestLog *log() const { return m_log.get(); }
    bool logsInputs() const { return m_log && m_log->logsInputs(); }

    // Scores every row, counts them and logs the request; `inputs` is logged only when the log
    // keeps inputs (callers may pass an empty object otherwise).
    Result<Scorer::Scores> score(const Bundle &bundle, const ConformedInput &input, qsizetype rows,
                                 ScoringReport report, const QString &endpoint,
                                 const QJsonObject &inputs);
    // ?explain=true, or "parameters": {"explain": true} in a JSON body.
    static bool wantsExplanation(const HttpRequest &request, const QJsonObject &body);
    // Each row's contributions per source column (largest first), with the method, scale and
    // expected value; an error when the model cannot be explained.
    static Result<QJsonObject> explanations(const Bundle &bundle, const ConformedInput &input,
                                            qsizetype rows);

private:
    mutable QMutex m_lock;
    std::shared_ptr<const Bundle> m_bundle;
    ServingMetrics m_metrics;
    std::unique_ptr<RequestLog> m_log;
};

} // namespace churnlab

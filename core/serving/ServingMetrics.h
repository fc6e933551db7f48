#pragma once

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QString>

#include <array>

namespace churnlab {

// What a platform team scrapes from /metrics, in Prometheus text format: requests by endpoint
// and status, a request latency histogram, rows scored, a histogram of the scores served, and
// the identity of the bundle being served. Buckets are fixed at start-up; recording is a few
// increments under a lock that rendering holds only to copy.
class ServingMetrics
{
public:
    static constexpr std::array<double, 12> kLatencyBuckets = {
        0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 5};
    static constexpr int kScoreBuckets = 10;

    void record(const QString &endpoint, int status, double seconds);
    void recordScores(const std::vector<double> &probabilities);
    void setModel(const QHash<QString, QString> &labels);
    void countReload(bool ok);
    QByteArray render() const;

private:
    struct Latency
    {
        std::array<quint64, kLatencyBuckets.size()> buckets {};
        quint64 count = 0;
        double sum = 0;
    };
    mutable QMutex m_lock;
    QHash<QPair<QString, int>, quint64> m_requests;
    QHash<QString, Latency> m_latency;
    quint64 m_rows = 0;
    std::array<quint64, kScoreBuckets> m_scores {};
    QHash<QString, QString> m_model;
    quint64 m_reloads = 0, m_failedReloads = 0;
};

} // namespace churnlab

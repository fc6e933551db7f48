#include "core/serving/ServingMetrics.h"

#include <algorithm>

namespace churnlab {

namespace {

QByteArray escaped(const QString &v)
{
    QByteArray out = v.toUtf8();
    out.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n");
    return out;
}

} // namespace

void ServingMetrics::record(const QString &endpoint, int status, double seconds)
{
    QMutexLocker lock(&m_lock);
    ++m_requests[{endpoint, status}];
    Latency &l = m_latency[endpoint];
    for (size_t b = 0; b < kLatencyBuckets.size(); ++b)
        if (seconds <= kLatencyBuckets[b])
            ++l.buckets[b];
    ++l.count;
    l.sum += seconds;
}

void ServingMetrics::recordScores(const std::vector<double> &probabilities)
{
    QMutexLocker lock(&m_lock);
    m_rows += probabilities.size();
    for (const double p : probabilities)
        ++m_scores[size_t(std::clamp(int(p * kScoreBuckets), 0, kScoreBuckets - 1))];
}

void ServingMetrics::setModel(const QHash<QString, QString> &labels)
{
    QMutexLocker lock(&m_lock);
    m_model = labels;
}

void ServingMetrics::countReload(bool ok)
{
    QMutexLocker lock(&m_lock);
    ++(ok ? m_reloads : m_failedReloads);
}

QByteArray ServingMetrics::render() const
{
    QMutexLocker lock(&m_lock);
    QByteArray out;
    out += "# HELP churnlab_requests_total Requests by endpoint and HTTP status.\n"
           "# TYPE churnlab_requests_total counter\n";
    QList<QPair<QString, int>> keys = m_requests.keys();
    std::sort(keys.begin(), keys.end());
    for (const auto &k : keys)
        out += "churnlab_requests_total{endpoint=\"" + escaped(k.first) + "\",code=\""
            + QByteArray::number(k.second) + "\"} " + QByteArray::number(m_requests.value(k))
            + '\n';
    out += "# HELP churnlab_request_duration_seconds Time from request to response.\n"
           "# TYPE churnlab_request_duration_seconds histogram\n";
    QStringList endpoints = m_latency.keys();
    endpoints.sort();
    for (const QString &e : endpoints) {
        const Latency &l = m_latency[e];
        const QByteArray label = "endpoint=\"" + escaped(e) + "\"";
        for (size_t b = 0; b < kLatencyBuckets.size(); ++b)
            out += "churnlab_request_duration_seconds_bucket{" + label + ",le=\""
                + QByteArray::number(kLatencyBuckets[b]) + "\"} " + QByteArray::number(l.buckets[b])
                + '\n';
        out += "churnlab_request_duration_seconds_bucket{" + label + ",le=\"+Inf\"} "
            + QByteArray::number(l.count) + '\n';
        out += "churnlab_request_duration_seconds_sum{" + label + "} "
            + QByteArray::number(l.sum, 'g', 12) + '\n';
        out += "churnlab_request_duration_seconds_count{" + label + "} "
            + QByteArray::number(l.count) + '\n';
    }
    out += "# HELP churnlab_rows_scored_total Rows scored.\n# TYPE churnlab_rows_scored_total "
           "counter\nchurnlab_rows_scored_total "
        + QByteArray::number(m_rows) + '\n';
    out += "# HELP churnlab_score Churn probabilities served.\n# TYPE churnlab_score histogram\n";
    quint64 cumulative = 0;
    for (int b = 0; b < kScoreBuckets; ++b) {
        cumulative += m_scores[size_t(b)];
        out += "churnlab_score_bucket{le=\"" + QByteArray::number(double(b + 1) / kScoreBuckets)
            + "\"} " + QByteArray::number(cumulative) + '\n';
    }
    out += "churnlab_score_bucket{le=\"+Inf\"} " + QByteArray::number(cumulative) + '\n';
    out += "churnlab_score_count " + QByteArray::number(cumulative) + '\n';
    out += "# HELP churnlab_model_info The bundle being served.\n# TYPE churnlab_model_info gauge\n"
           "churnlab_model_info{";
    QStringList labels = m_model.keys();
    labels.sort();
    for (qsizetype i = 0; i < labels.size(); ++i)
        out +=
            (i ? "," : "") + labels[i].toUtf8() + "=\"" + escaped(m_model.value(labels[i])) + "\"";
    out += "} 1\n";
    out +=
        "# HELP churnlab_reloads_total Bundle reloads by outcome.\n# TYPE churnlab_reloads_total "
        "counter\nchurnlab_reloads_total{outcome=\"ok\"} "
        + QByteArray::number(m_reloads) + "\nchurnlab_reloads_total{outcome=\"refused\"} "
        + QByteArray::number(m_failedReloads) + '\n';
    return out;
}

} // namespace churnlab

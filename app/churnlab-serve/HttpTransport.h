#pragma once

#include "core/serving/HttpRequestParser.h"
#include "core/serving/ScoringService.h"

#include <QTcpServer>
#include <QThreadPool>

#include <atomic>
#include <functional>

class HttpConnection;

// Carries HTTP/1.1 to the ScoringService (parsing in HttpRequestParser) and guards the sockets
// the way a service on a shared network must be guarded. The thread that accepts connections
// only moves bytes and answers the cheap requests (health, readiness, metrics, metadata);
// scoring runs on a pool of worker threads behind a bounded queue, so a slow or large request
// never holds up a probe or another client, and a full queue answers 503 with Retry-After
// instead of letting latency grow without bound. A request must arrive whole within a timeout
// of the connection's start or its previous response (slow and half-open connections are
// closed), a body announced beyond the limit gets a 413 without being read, and connections
// beyond a cap are refused.
class HttpTransport final : public QObject
{
    Q_OBJECT

public:
    struct Limits
    {
        qint64 maxBody = qint64(16) << 20;
        int requestTimeoutMs = 10000;
        int maxConnections = 1024;
        int workers = 0; // scoring threads; 0: one per core
        int maxQueue = 64; // scoring requests running or waiting, beyond which 503
    };

    HttpTransport(churnlab::ScoringService &service, Limits limits, QObject *parent = nullptr);
    ~HttpTransport() override;

    // Listens on host:port; the port actually bound, or 0.
    quint16 start(const QHostAddress &host, quint16 port);
    // Stops accepting; calls done once no connection is in the middle of a request (or after
    // the timeout), so that SIGTERM loses no request.
    void drain(int timeoutMs, std::function<void()> done);
    int openConnections() const { return m_open; }
    bool draining() const { return m_draining; }

private:
    friend class HttpConnection;

    void accept();
    // A place in the scoring queue, or false when it is full.
    bool admit();
    void release() { --m_queued; }

    churnlab::ScoringService &m_service;
    Limits m_limits;
    QTcpServer m_server;
    QThreadPool m_workers;
    std::atomic<int> m_queued {0};
    int m_open = 0;
    bool m_draining = false;
};

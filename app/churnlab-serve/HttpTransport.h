#pragma once

#include "core/serving/ScoringService.h"

#include <QAbstractHttpServer>
#include <QTcpServer>

#include <functional>

// Carries HTTP to the ScoringService through Qt HttpServer (the first choice for a Qt
// program), and guards the sockets the way a service on a shared network must be guarded:
// a request must arrive whole within a timeout of the connection's start or its previous
// response (slow and half-open connections are closed), a body announced or sent beyond the
// limit gets a 413 without being read, and connections beyond a cap are refused.
class HttpTransport final : public QAbstractHttpServer
{
    Q_OBJECT

public:
    struct Limits
    {
        qint64 maxBody = qint64(16) << 20;
        int requestTimeoutMs = 10000;
        int maxConnections = 1024;
    };

    HttpTransport(churnlab::ScoringService &service, Limits limits, QObject *parent = nullptr);

    // Listens on host:port; the port actually bound, or 0.
    quint16 start(const QHostAddress &host, quint16 port);
    // Stops accepting; calls done once no connection is in the middle of a request (or after
    // the timeout), so that SIGTERM loses no request.
    void drain(int timeoutMs, std::function<void()> done);
    int openConnections() const { return m_open; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    class GuardedServer;
    void guard(QTcpSocket *socket);

    churnlab::ScoringService &m_service;
    Limits m_limits;
    GuardedServer *m_server = nullptr;
    int m_open = 0;
};

#include "HttpTransport.h"

#include "HttpConnection.h"

#include <QTcpSocket>
#include <QTimer>

using namespace churnlab;

HttpTransport::HttpTransport(ScoringService &service, Limits limits, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_limits(limits)
{
    m_workers.setMaxThreadCount(limits.workers > 0 ? limits.workers
                                                   : std::max(1, QThread::idealThreadCount()));
    connect(&m_server, &QTcpServer::newConnection, this, &HttpTransport::accept);
}

HttpTransport::~HttpTransport()
{
    m_server.close();
    m_workers.waitForDone();
    // Connections count themselves out of m_open as they go: before the members do.
    qDeleteAll(m_server.findChildren<QTcpSocket *>(Qt::FindDirectChildrenOnly));
}

quint16 HttpTransport::start(const QHostAddress &host, quint16 port)
{
    if (!m_server.listen(host, port))
        return 0;
    return m_server.serverPort();
}

void HttpTransport::accept()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        if (m_open >= m_limits.maxConnections || m_draining) {
            HttpResponse busy = HttpResponse::error(503, QStringLiteral("too many connections"));
            busy.headers.append({QByteArray("Retry-After"), QByteArray("1")});
            socket->write(HttpConnection::responseHead(busy, false) + busy.body);
            socket->disconnectFromHost();
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            continue;
        }
        new HttpConnection(socket, *this);
    }
}

bool HttpTransport::admit()
{
    if (m_queued.load() >= m_limits.maxQueue)
        return false;
    ++m_queued;
    return true;
}

void HttpTransport::drain(int timeoutMs, std::function<void()> done)
{
    m_draining = true;
    m_server.close();
    auto *poll = new QTimer(this);
    auto waited = std::make_shared<int>(0);
    connect(poll, &QTimer::timeout, this, [this, poll, waited, timeoutMs, done]() {
        *waited += poll->interval();
        bool busy = false;
        for (HttpConnection *c : m_server.findChildren<HttpConnection *>()) {
            c->closeIfIdle();
            busy = busy || c->busy();
        }
        if (!busy || *waited >= timeoutMs) {
            poll->stop();
            poll->deleteLater();
            done();
        }
    });
    poll->start(20);
}

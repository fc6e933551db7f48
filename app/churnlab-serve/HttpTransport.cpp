#include "HttpTransport.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

using namespace churnlab;

namespace {

QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "OTHER";
    }
}

QByteArray statusLine(int status)
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' '
        + (status == 413       ? "Payload Too Large"
               : status == 408 ? "Request Timeout"
                               : "Error")
        + "\r\n";
}

// A response written straight to the socket, for the guard's refusals (the HTTP library never
// sees these requests).
void refuse(QTcpSocket *socket, int status, const QByteArray &message)
{
    const QByteArray body = "{\"error\":\"" + message + "\"}";
    socket->write(statusLine(status) + "Content-Type: application/json\r\nContent-Length: "
                  + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    socket->disconnectFromHost();
}

} // namespace

class HttpTransport::GuardedServer final : public QTcpServer
{
public:
    GuardedServer(HttpTransport *transport)
        : QTcpServer(transport)
        , m_transport(transport)
    {
    }

protected:
    void incomingConnection(qintptr handle) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(handle)) {
            delete socket;
            return;
        }
        if (m_transport->m_open >= m_transport->m_limits.maxConnections) {
            refuse(socket, 503, "too many connections");
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            return;
        }
        // Responses are small and written in pieces: without this, Nagle's algorithm and the
        // client's delayed ACK hold some of them back for tens of milliseconds.
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        // Connected before the HTTP library's own handlers, so the guard sees bytes first.
        m_transport->guard(socket);
        addPendingConnection(socket);
    }

private:
    HttpTransport *m_transport;
};

HttpTransport::HttpTransport(ScoringService &service, Limits limits, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_service(service)
    , m_limits(limits)
{
}

quint16 HttpTransport::start(const QHostAddress &host, quint16 port)
{
    m_server = new GuardedServer(this);
    if (!m_server->listen(host, port))
        return 0;
    bind(m_server);
    return m_server->serverPort();
}

void HttpTransport::drain(int timeoutMs, std::function<void()> done)
{
    if (m_server)
        m_server->close();
    auto *poll = new QTimer(this);
    auto waited = std::make_shared<int>(0);
    connect(poll, &QTimer::timeout, this, [this, poll, waited, timeoutMs, done]() {
        *waited += poll->interval();
        bool busy = false;
        if (m_server)
            for (QTcpSocket *s : m_server->findChildren<QTcpSocket *>())
                busy = busy || s->property("churnlab_inflight").toBool() || s->bytesToWrite() > 0;
        if (!busy || *waited >= timeoutMs) {
            poll->stop();
            poll->deleteLater();
            done();
        }
    });
    poll->start(20);
}

void HttpTransport::guard(QTcpSocket *socket)
{
    ++m_open;
    auto *timer = new QTimer(socket);
    timer->setSingleShot(true);
    timer->start(m_limits.requestTimeoutMs);
    auto received = std::make_shared<qint64>(0);
    auto refused = std::make_shared<bool>(false);
    connect(timer, &QTimer::timeout, socket, [socket, refused]() {
        if (socket->bytesToWrite() > 0)
            return; // still sending a response
        *refused = true;
        socket->readAll();
        socket->abort();
    });
    // A response written ends one request: the next one gets a fresh deadline.
    connect(socket, &QTcpSocket::bytesWritten, timer, [timer, socket, received, this]() {
        if (socket->bytesToWrite() == 0) {
            *received = 0;
            socket->setProperty("churnlab_inflight", false);
            timer->start(m_limits.requestTimeoutMs);
        }
    });
    connect(socket, &QTcpSocket::readyRead, socket, [socket, received, refused, this]() {
        if (*refused) {
            socket->readAll();
            return;
        }
        const qint64 fresh = socket->bytesAvailable();
        socket->setProperty("churnlab_inflight", true);
        if (*received == 0) {
            // The head of a new request: refuse an announced body beyond the limit at once.
            const QByteArray head = socket->peek(std::min<qint64>(fresh, 16384)).toLower();
            const qsizetype at = head.indexOf("\ncontent-length:");
            if (at >= 0) {
                const qsizetype end = head.indexOf('\n', at + 1);
                const qint64 length =
                    head.mid(at + 16, end < 0 ? -1 : end - at - 16).trimmed().toLongLong();
                if (length > m_limits.maxBody) {
                    *refused = true;
                    socket->readAll();
                    refuse(socket, 413, "the body is larger than the server accepts");
                    return;
                }
            }
        }
        *received += fresh;
        if (*received > m_limits.maxBody + 65536) {
            *refused = true;
            socket->readAll();
            refuse(socket, 413, "the body is larger than the server accepts");
        }
    });
    connect(socket, &QTcpSocket::disconnected, this, [this]() { --m_open; });
}

bool HttpTransport::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    HttpRequest r;
    r.method = methodName(request.method());
    r.path = request.url().path();
    r.query = request.url().query();
    for (const auto &[key, value] : request.headers())
        r.headers.insert(key.toLower(), value);
    r.body = request.body();
    const HttpResponse response = m_service.handle(r);
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(QHttpServerResponder::StatusCode(response.status));
    responder.writeHeader("Content-Type", response.contentType);
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    for (const auto &[key, value] : response.headers)
        responder.writeHeader(key, value);
    responder.writeBody(r.method == "HEAD" ? QByteArray() : response.body);
    return true;
}

void HttpTransport::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    handleRequest(request, socket);
}

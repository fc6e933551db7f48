#include "HttpConnection.h"

#include "HttpTransport.h"

#include <QPointer>
#include <QTcpSocket>

#ifdef __linux__
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

using namespace churnlab;

namespace {

QByteArray reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 413:
        return "Content Too Large";
    case 417:
        return "Expectation Failed";
    case 422:
        return "Unprocessable Content";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Status";
    }
}

// Scoring threads run a few nice levels below the thread that accepts connections, so that on
// a machine whose cores are all busy scoring (eight 16 MiB bodies at once), the probes and the
// bytes of other clients still get the CPU first. Linux sets nice per thread; once per thread.
void yieldToTheAcceptingThread()
{
#ifdef __linux__
    static thread_local const bool lowered = []() {
        return ::setpriority(PRIO_PROCESS, pid_t(::syscall(SYS_gettid)), 5) == 0;
    }();
    (void)lowered;
#endif
}

} // namespace

QByteArray HttpConnection::responseHead(const HttpResponse &r, bool keepAlive)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(r.status) + ' ' + reason(r.status)
        + "\r\nContent-Type: " + r.contentType
        + "\r\nContent-Length: " + QByteArray::number(r.body.size()) + "\r\n";
    for (const auto &[key, value] : r.headers)
        head += key + ": " + value + "\r\n";
    if (!keepAlive)
        head += "Connection: close\r\n";
    return head + "\r\n";
}

HttpConnection::HttpConnection(QTcpSocket *socket, HttpTransport &transport)
    : QObject(socket)
    , m_socket(socket)
    , m_transport(transport)
    , m_parser({transport.m_limits.maxBody, 64 * 1024, 100})
{
    ++m_transport.m_open;
    // Responses are small and written in pieces: without this, Nagle's algorithm and the
    // client's delayed ACK hold some of them back for tens of milliseconds.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(transport.m_limits.requestTimeoutMs);
    connect(&m_deadline, &QTimer::timeout, this, &HttpConnection::timedOut);
    connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::read);
    connect(socket, &QTcpSocket::bytesWritten, this, [this]() {
        if (m_pending.empty() && m_socket->bytesToWrite() == 0 && !m_closing)
            m_deadline.start(); // a response written ends one request: a fresh deadline
    });
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    m_deadline.start();
}

HttpConnection::~HttpConnection()
{
    --m_transport.m_open;
}

bool HttpConnection::busy() const
{
    return !m_pending.empty() || m_socket->bytesToWrite() > 0 || m_parser.started()
        || !m_buffer.isEmpty();
}

void HttpConnection::closeIfIdle()
{
    if (!busy()) {
        m_closing = true;
        m_socket->disconnectFromHost();
    }
}

void HttpConnection::read()
{
    if (m_closing) {
        m_socket->readAll(); // a refused request's remaining bytes: not read, not kept
        return;
    }
    m_buffer.append(m_socket->readAll());
    process();
}

void HttpConnection::process()
{
    while (!m_closing && m_pending.size() < kMaxPipelined && !m_buffer.isEmpty()) {
        const auto state = m_parser.feed(m_buffer);
        if (m_parser.wantsContinue()) {
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            m_parser.continueSent();
        }
        if (state == HttpRequestParser::State::NeedMore)
            return;
        if (state == HttpRequestParser::State::Failed) {
            refuse(m_parser.errorStatus(), m_parser.errorMessage());
            return;
        }
        const bool keepAlive = m_parser.keepAlive() && !m_transport.draining();
        dispatch(m_parser.take(), keepAlive);
    }
}

void HttpConnection::dispatch(HttpRequest request, bool keepAlive)
{
    auto slot = std::make_shared<Pending>();
    slot->keepAlive = keepAlive;
    slot->head = request.method == "HEAD";
    m_pending.push_back(slot);
    m_deadline.stop(); // the request is here; answering it has no deadline
    if (!keepAlive)
        m_closing = true; // no more requests are read from this connection
    // Only scoring is worth a worker; probes, metrics and metadata are answered at once.
    if (request.method != "POST") {
        slot->response = m_transport.m_service.handle(request);
        slot->ready = true;
        flush();
        return;
    }
    if (!m_transport.admit()) {
        slot->response = HttpResponse::error(
            503, tr("The server is busy scoring other requests; try again shortly."));
        slot->response.headers.append({QByteArray("Retry-After"), QByteArray("1")});
        m_transport.m_service.metrics().record(QStringLiteral("busy"), 503, 0);
        slot->ready = true;
        flush();
        return;
    }
    QPointer<HttpConnection> self(this);
    HttpTransport *transport = &m_transport;
    m_transport.m_workers.start([transport, self, slot, request = std::move(request)]() {
        yieldToTheAcceptingThread();
        slot->response = transport->m_service.handle(request);
        // Back on the transport's thread: the socket lives there.
        QMetaObject::invokeMethod(
            transport,
            [transport, self, slot]() {
                transport->release();
                slot->ready = true;
                if (self)
                    self->flush();
            },
            Qt::QueuedConnection);
    });
}

void HttpConnection::refuse(int status, const QString &message)
{
    auto slot = std::make_shared<Pending>();
    slot->keepAlive = false;
    slot->response = HttpResponse::error(status, message);
    slot->ready = true;
    m_transport.m_service.metrics().record(QStringLiteral("refused"), status, 0);
    m_pending.push_back(slot);
    m_closing = true;
    m_buffer.clear();
    flush();
}

void HttpConnection::flush()
{
    while (!m_pending.empty() && m_pending.front()->ready) {
        const Pending &p = *m_pending.front();
        const HttpResponse &r = p.response;
        m_socket->write(responseHead(r, p.keepAlive));
        if (!p.head && !r.body.isEmpty())
            m_socket->write(r.body);
        const bool last = !p.keepAlive;
        m_pending.pop_front();
        if (last) {
            m_pending.clear();
            m_socket->disconnectFromHost(); // after what is written has left
            return;
        }
    }
    if (m_pending.empty() && !m_closing) {
        if (m_socket->bytesToWrite() == 0)
            m_deadline.start();
        process(); // requests that waited behind a full pipeline
    }
}

void HttpConnection::timedOut()
{
    if (!m_pending.empty())
        return; // answering takes what it takes; the deadline is for the client's bytes
    if (m_parser.started() || !m_buffer.isEmpty()) {
        refuse(408, tr("The request did not arrive within the time allowed."));
        return;
    }
    // Idle between requests, or connected and silent: close without a word.
    m_closing = true;
    m_socket->abort();
}

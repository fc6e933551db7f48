#pragma once

#include "core/serving/HttpRequestParser.h"

#include <QObject>
#include <QTimer>

#include <deque>
#include <memory>

class HttpTransport;
class QTcpSocket;

// One client connection: reads requests as bytes arrive, hands each to the service (inline for
// the cheap ones, on the transport's workers for scoring) and writes the responses back in the
// order the requests came, as pipelining requires. At most kMaxPipelined requests are in hand
// at once; further bytes wait in the buffer until responses leave.
class HttpConnection final : public QObject
{
    Q_OBJECT

public:
    HttpConnection(QTcpSocket *socket, HttpTransport &transport);
    ~HttpConnection() override;

    // Mid-request, waiting for an answer, or still writing one: SIGTERM waits for it.
    bool busy() const;
    // Closes a connection that is between requests (draining).
    void closeIfIdle();
    // The status line and headers of a response (the body follows them).
    static QByteArray responseHead(const churnlab::HttpResponse &response, bool keepAlive);

private:
    static constexpr size_t kMaxPipelined = 16;
    struct Pending
    {
        bool ready = false;
        bool keepAlive = true;
        bool head = false; // HEAD: headers only
        churnlab::HttpResponse response;
    };

    void read();
    void process();
    void dispatch(churnlab::HttpRequest request, bool keepAlive);
    void refuse(int status, const QString &message);
    void flush();
    void timedOut();

    QTcpSocket *m_socket;
    HttpTransport &m_transport;
    churnlab::HttpRequestParser m_parser;
    QByteArray m_buffer;
    std::deque<std::shared_ptr<Pending>> m_pending;
    QTimer m_deadline;
    bool m_closing = false;
};

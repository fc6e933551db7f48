#pragma once

#include "core/serving/HttpMessage.h"
#include <QCoreApplication>

#include <QByteArray>
#include <QString>

namespace churnlab {

// HTTP/1.1 requests read from a byte stream (RFC 9112), strictly enough to stand behind a proxy
// without request smuggling: one Content-Length or a chunked body (never both, never two
// different lengths), no folded or space-padded header names, a Host on every HTTP/1.1
// request, bounded head and body sizes. Bytes are fed as they arrive; a complete request is
// taken out and the parser is ready for the next one on the same connection (pipelining).
// Every refusal carries the status to answer with and a message that says what was wrong.
class HttpRequestParser
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::HttpRequestParser)

public:
    struct Limits
    {
        qint64 maxBody = qint64(16) << 20;
        qsizetype maxHead = 64 * 1024; // request line and headers together
        int maxHeaders = 100;
    };
    enum class State {
        NeedMore, // give it more bytes
        Complete, // take() the request
        Failed, // answer errorStatus() with errorMessage() and close the connection
    };

    HttpRequestParser();
    explicit HttpRequestParser(Limits limits);

    // Consumes bytes from the front of buffer (what it leaves belongs to the next request).
    State feed(QByteArray &buffer);
    // The complete request; the parser then waits for the next one.
    HttpRequest take();

    // True once a head has been read and until its request is taken: the request has begun.
    bool started() const { return m_phase != Phase::Head; }
    // The head asked "Expect: 100-continue" and the body has not begun: say "go on" once.
    bool wantsContinue() const { return m_continue; }
    void continueSent() { m_continue = false; }
    // Whether the connection stays open after this request's response (HTTP/1.1 default).
    bool keepAlive() const { return m_keepAlive; }

    int errorStatus() const { return m_status; }
    const QString &errorMessage() const { return m_message; }

private:
    enum class Phase { Head, Body, ChunkSize, ChunkData, ChunkEnd, Trailer };

    State fail(int status, const QString &message);
    State parseHead(QByteArray &buffer);
    State parseLine(const QByteArray &line);
    State parseHeaders(const QList<QByteArray> &lines);
    State feedChunked(QByteArray &buffer);

    Limits m_limits;
    Phase m_phase = Phase::Head;
    HttpRequest m_request;
    qint64 m_remaining = 0; // body or chunk bytes still to come
    bool m_keepAlive = true;
    bool m_http11 = true;
    bool m_continue = false;
    int m_status = 0;
    QString m_message;
};

} // namespace churnlab

#include "core/serving/HttpRequestParser.h"

#include <QUrl>

namespace churnlab {

namespace {

// RFC 9110 §5.6.2: the characters of a token (method and header names).
bool isToken(const QByteArray &s)
{
    if (s.isEmpty())
        return false;
    for (const char c : s) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
        if (!ok)
            return false;
    }
    return true;
}

// A field value may hold visible characters, spaces and tabs, and bytes ≥ 0x80; never CR, LF,
// NUL or other controls.
bool isFieldValue(const QByteArray &s)
{
    for (const char c : s) {
        const auto u = uchar(c);
        if ((u < 0x20 && u != '\t') || u == 0x7f)
            return false;
    }
    return true;
}

// A decimal length of at most 15 digits (far above any body limit), or -1.
qint64 parseLength(QByteArrayView s)
{
    if (s.isEmpty() || s.size() > 15)
        return -1;
    qint64 n = 0;
    for (const char c : s) {
        if (c < '0' || c > '9')
            return -1;
        n = n * 10 + (c - '0');
    }
    return n;
}

constexpr qsizetype kMaxChunkLine = 1024;

} // namespace

HttpRequestParser::HttpRequestParser()
    : HttpRequestParser(Limits())
{
}

HttpRequestParser::HttpRequestParser(Limits limits)
    : m_limits(limits)
{
}

HttpRequestParser::State HttpRequestParser::fail(int status, const QString &message)
{
    m_status = status;
    m_message = message;
    return State::Failed;
}

HttpRequestParser::State HttpRequestParser::feed(QByteArray &buffer)
{
    if (m_status != 0)
        return State::Failed;
    for (;;) {
        switch (m_phase) {
        case Phase::Head: {
            const State s = parseHead(buffer);
            if (s != State::Complete)
                return s;
            if (m_phase == Phase::Head)
                return State::Complete; // no body
            break;
        }
        case Phase::Body: {
            const qint64 n = std::min<qint64>(m_remaining, buffer.size());
            if (n == buffer.size()) {
                m_request.body.append(buffer);
                buffer.clear();
            } else {
                m_request.body.append(buffer.constData(), n);
                buffer.remove(0, n);
            }
            m_remaining -= n;
            if (m_remaining > 0)
                return State::NeedMore;
            m_phase = Phase::Head;
            return State::Complete;
        }
        default: {
            const State s = feedChunked(buffer);
            if (s != State::Complete || m_phase != Phase::Head)
                return s;
            return State::Complete;
        }
        }
    }
}

HttpRequestParser::State HttpRequestParser::parseHead(QByteArray &buffer)
{
    // RFC 9112 §2.2: empty lines before a request line are skipped (some clients send one
    // after a body).
    qsizetype skip = 0;
    while (buffer.size() >= skip + 2 && buffer[skip] == '\r' && buffer[skip + 1] == '\n')
        skip += 2;
    if (skip > 0)
        buffer.remove(0, skip);
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        // Only once no terminator can start within the limit: a head of exactly maxHead bytes
        // whose CR LF CR LF is still arriving is as good as one that came in one piece
        // (fuzz_http_request found the difference).
        if (buffer.size() > m_limits.maxHead + 3)
            return fail(431,
                        tr("The request line and headers exceed %1 bytes.").arg(m_limits.maxHead));
        return State::NeedMore;
    }
    if (end > m_limits.maxHead)
        return fail(431, tr("The request line and headers exceed %1 bytes.").arg(m_limits.maxHead));
    const QByteArray head = buffer.left(end);
    buffer.remove(0, end + 4);
    const QList<QByteArray> lines = head.split('\n');
    for (const QByteArray &line : lines.mid(0, lines.size() - 1))
        if (!line.endsWith('\r'))
            return fail(400, tr("A header line ends in a bare line feed; HTTP wants CR LF."));
    QList<QByteArray> trimmed;
    trimmed.reserve(lines.size());
    for (const QByteArray &line : lines)
        trimmed.append(line.endsWith('\r') ? line.chopped(1) : line);
    m_request = HttpRequest();
    if (const State s = parseLine(trimmed.first()); s == State::Failed)
        return s;
    return parseHeaders(trimmed.mid(1));
}

HttpRequestParser::State HttpRequestParser::parseLine(const QByteArray &line)
{
    const QList<QByteArray> parts = line.split(' ');
    if (parts.size() != 3 || !isToken(parts[0]) || parts[1].isEmpty())
        return fail(400, tr("The request line is not “METHOD /path HTTP/1.1”."));
    const QByteArray &version = parts[2];
    if (version != "HTTP/1.1" && version != "HTTP/1.0")
        return version.startsWith("HTTP/")
            ? fail(505,
                   tr("HTTP version %1 is not supported; use HTTP/1.1.")
                       .arg(QString::fromLatin1(version.left(16))))
            : fail(400, tr("The request line is not “METHOD /path HTTP/1.1”."));
    QByteArray target = parts[1];
    if (target.startsWith("http://") || target.startsWith("https://")) {
        // Absolute form (RFC 9112 §3.2.2), as a proxy may forward it: keep the path.
        const qsizetype slash = target.indexOf('/', target.indexOf("//") + 2);
        target = slash < 0 ? QByteArray("/") : target.mid(slash);
    }
    if (!target.startsWith('/') || !isFieldValue(target) || target.contains(' '))
        return fail(400, tr("The request target must be a path starting with “/”."));
    const qsizetype question = target.indexOf('?');
    m_request.method = parts[0];
    m_request.path =
        QUrl::fromPercentEncoding(target.left(question < 0 ? target.size() : question));
    m_request.query = question < 0 ? QString() : QString::fromUtf8(target.mid(question + 1));
    m_http11 = version == "HTTP/1.1";
    m_keepAlive = m_http11;
    return State::NeedMore;
}

HttpRequestParser::State HttpRequestParser::parseHeaders(const QList<QByteArray> &lines)
{
    if (lines.size() > m_limits.maxHeaders)
        return fail(431, tr("The request has more than %1 headers.").arg(m_limits.maxHeaders));
    qint64 length = -1;
    bool chunked = false, host = false;
    for (const QByteArray &line : lines) {
        if (line.startsWith(' ') || line.startsWith('\t'))
            return fail(400, tr("Folded header lines are not accepted (RFC 9112 §5.2)."));
        const qsizetype colon = line.indexOf(':');
        const QByteArray name = colon < 0 ? QByteArray() : line.left(colon).toLower();
        if (!isToken(name))
            return fail(400, tr("A header line is not “Name: value” (no space before the colon)."));
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (!isFieldValue(value))
            return fail(400,
                        tr("Header %1 holds a control character.").arg(QString::fromLatin1(name)));
        if (name == "content-length") {
            // "5, 5" and a repeated equal header mean the same length; any difference could
            // make a proxy and this server see different requests (RFC 9112 §6.3).
            for (const QByteArray &part : value.split(',')) {
                const qint64 n = parseLength(part.trimmed());
                if (n < 0)
                    return fail(400,
                                tr("Content-Length “%1” is not a length.")
                                    .arg(QString::fromLatin1(value.left(40))));
                if (length >= 0 && n != length)
                    return fail(400, tr("The request gives two different Content-Length values."));
                length = n;
            }
        } else if (name == "transfer-encoding") {
            if (value.toLower() != "chunked" || chunked)
                return fail(501,
                            tr("Transfer-Encoding “%1” is not supported; send "
                               "Content-Length or chunked.")
                                .arg(QString::fromLatin1(value.left(40))));
            chunked = true;
        } else if (name == "host") {
            if (host)
                return fail(400, tr("The request has two Host headers."));
            host = true;
        } else if (name == "connection") {
            const QByteArray tokens = value.toLower();
            if (tokens.contains("close"))
                m_keepAlive = false;
            else if (tokens.contains("keep-alive"))
                m_keepAlive = true;
        } else if (name == "expect") {
            if (value.toLower() != "100-continue")
                return fail(417, tr("Only “Expect: 100-continue” is understood."));
            m_continue = true;
        }
        auto it = m_request.headers.find(name);
        if (it == m_request.headers.end())
            m_request.headers.insert(name, value);
        else
            *it += ", " + value;
    }
    if (chunked && length >= 0)
        return fail(400, tr("The request has both Transfer-Encoding and Content-Length."));
    if (!host && m_http11)
        return fail(400, tr("An HTTP/1.1 request needs a Host header."));
    if (length > m_limits.maxBody)
        return fail(413,
                    tr("The body (%1 bytes) is larger than the server accepts (%2 bytes).")
                        .arg(length)
                        .arg(m_limits.maxBody));
    if (chunked) {
        m_phase = Phase::ChunkSize;
        return State::Complete;
    }
    m_continue = m_continue && length > 0;
    if (length > 0) {
        m_request.body.reserve(length);
        m_remaining = length;
        m_phase = Phase::Body;
    }
    return State::Complete;
}

HttpRequestParser::State HttpRequestParser::feedChunked(QByteArray &buffer)
{
    for (;;) {
        if (m_phase == Phase::ChunkData) {
            const qint64 n = std::min<qint64>(m_remaining, buffer.size());
            m_request.body.append(buffer.constData(), n);
            buffer.remove(0, n);
            m_remaining -= n;
            if (m_remaining > 0)
                return State::NeedMore;
            m_phase = Phase::ChunkEnd;
            continue;
        }
        const qsizetype eol = buffer.indexOf("\r\n");
        // The same limit whether the line's end has arrived or not (see parseHead).
        if (eol > kMaxChunkLine || (eol < 0 && buffer.size() > kMaxChunkLine + 1))
            return fail(400, tr("A chunk line of the body is too long."));
        if (eol < 0)
            return State::NeedMore;
        const QByteArray line = buffer.left(eol);
        buffer.remove(0, eol + 2);
        if (m_phase == Phase::ChunkEnd) {
            if (!line.isEmpty())
                return fail(400, tr("A chunk of the body is longer than its size says."));
            m_phase = Phase::ChunkSize;
        } else if (m_phase == Phase::ChunkSize) {
            const qsizetype semicolon = line.indexOf(';'); // chunk extensions are ignored
            const QByteArray size = (semicolon < 0 ? line : line.left(semicolon)).trimmed();
            bool ok = !size.isEmpty() && size.size() <= 15;
            const qint64 n = ok ? size.toLongLong(&ok, 16) : -1;
            if (!ok || n < 0)
                return fail(400, tr("A chunk size of the body is not a hexadecimal number."));
            if (m_request.body.size() + n > m_limits.maxBody)
                return fail(413,
                            tr("The body is larger than the server accepts (%1 bytes).")
                                .arg(m_limits.maxBody));
            m_remaining = n;
            m_phase = n == 0 ? Phase::Trailer : Phase::ChunkData;
            m_continue = false;
        } else { // Trailer: fields after the last chunk, ignored, until an empty line
            if (line.isEmpty()) {
                m_phase = Phase::Head;
                return State::Complete;
            }
            if ((m_remaining += line.size()) > m_limits.maxHead)
                return fail(431, tr("The trailer fields exceed %1 bytes.").arg(m_limits.maxHead));
        }
    }
}

HttpRequest HttpRequestParser::take()
{
    HttpRequest r = std::move(m_request);
    m_request = HttpRequest();
    m_phase = Phase::Head;
    m_remaining = 0;
    m_continue = false;
    return r;
}

} // namespace churnlab

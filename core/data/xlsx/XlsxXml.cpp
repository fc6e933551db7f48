#include "core/data/xlsx/XlsxXml.h"

namespace churnlab {

namespace {

constexpr qsizetype kMaxHeadBytes = qsizetype(64) << 20;
constexpr qsizetype kMaxTailBytes = qsizetype(256) << 20;

bool isNameChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
        || c == '-' || c == '.';
}

// Where the closing tag "</[prefix:]name>" that ends at `end` (one past '>') begins, or -1.
qsizetype closingTagStart(const QByteArray &b, qsizetype nameStart)
{
    qsizetype i = nameStart;
    if (i >= 2 && b[i - 1] == '/' && b[i - 2] == '<')
        return i - 2;
    if (i >= 1 && b[i - 1] == ':') {
        qsizetype p = i - 2;
        while (p >= 0 && isNameChar(b[p]))
            --p;
        if (p >= 1 && b[p] == '/' && b[p - 1] == '<')
            return p - 1;
    }
    return -1;
}

// The last "</[prefix:]name>" in b, as the index one past its '>', or -1.
qsizetype lastClosing(const QByteArray &b, const QByteArray &name, qsizetype from = -1)
{
    const QByteArray needle = name + '>';
    qsizetype at = from < 0 ? b.size() : from;
    while ((at = b.lastIndexOf(needle, at - 1)) >= 0) {
        if (closingTagStart(b, at) >= 0)
            return at + needle.size();
        if (at == 0)
            break;
    }
    return -1;
}

// The first "</[prefix:]name>" in b at or after from, as the index of its '<', or -1.
qsizetype firstClosing(const QByteArray &b, const QByteArray &name, qsizetype from)
{
    const QByteArray needle = name + '>';
    qsizetype at = from;
    while ((at = b.indexOf(needle, at)) >= 0) {
        if (const qsizetype start = closingTagStart(b, at); start >= 0)
            return start;
        at += needle.size();
    }
    return -1;
}

} // namespace

void XlsxXml::prepare(QXmlStreamReader &reader)
{
    reader.setNamespaceProcessing(false);
}

QStringView XlsxXml::localName(const QXmlStreamReader &reader)
{
    const QStringView q = reader.qualifiedName();
    const qsizetype colon = q.indexOf(QLatin1Char(':'));
    return colon < 0 ? q : q.mid(colon + 1);
}

QStringView XlsxXml::attribute(const QXmlStreamAttributes &attributes, QLatin1StringView name)
{
    for (const QXmlStreamAttribute &a : attributes) {
        const QStringView q = a.qualifiedName();
        const qsizetype colon = q.indexOf(QLatin1Char(':'));
        if ((colon < 0 ? q : q.mid(colon + 1)) == name)
            return a.value();
    }
    return {};
}

Error XlsxXml::dtdRefused(const QString &part)
{
    return Error {Error::Kind::Malformed,
                  tr("%1 holds a document type declaration (DTD); workbooks never do, and "
                     "entity expansion is refused.")
                      .arg(part)};
}

Error XlsxXml::error(const QXmlStreamReader &reader, const QString &part)
{
    return Error {Error::Kind::Malformed,
                  tr("%1 is not well-formed XML: %2").arg(part, reader.errorString()),
                  reader.lineNumber()};
}

Result<bool> XlsxXml::walk(const QByteArray &xml, const QString &part,
                           const std::function<void(QXmlStreamReader &)> &onStart)
{
    QXmlStreamReader reader(xml);
    prepare(reader);
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::DTD || token == QXmlStreamReader::EntityReference)
            return dtdRefused(part);
        if (token == QXmlStreamReader::StartElement)
            onStart(reader);
    }
    if (reader.hasError())
        return error(reader, part);
    return true;
}

XlsxXmlChunker::XlsxXmlChunker(QByteArray region, QByteArray item, qsizetype chunkBytes,
                               ChunkSink sink)
    : m_region(std::move(region))
    , m_item(std::move(item))
    , m_chunkBytes(chunkBytes)
    , m_sink(std::move(sink))
{
}

qsizetype XlsxXmlChunker::lastItemEnd(const QByteArray &buffer) const
{
    return lastClosing(buffer, m_item);
}

qsizetype XlsxXmlChunker::regionEnd(const QByteArray &buffer) const
{
    return firstClosing(buffer, m_region, 0);
}

bool XlsxXmlChunker::feed(const char *data, qsizetype size)
{
    if (m_state == State::Tail) {
        if (m_tail.size() + size > kMaxTailBytes) {
            m_error = QStringLiteral("tail");
            return false;
        }
        m_tail.append(data, size);
        return true;
    }
    if (m_state == State::Head) {
        m_head.append(data, size);
        // The region's start tag: "<[prefix:]region" followed by '>' or attributes, or
        // "/>" for an empty region.
        qsizetype at = 0;
        while ((at = m_head.indexOf(m_region, at)) >= 0) {
            const qsizetype after = at + m_region.size();
            const bool opens = at > 0 && (m_head[at - 1] == '<' || m_head[at - 1] == ':')
                && after < m_head.size()
                && (m_head[after] == '>' || m_head[after] == ' ' || m_head[after] == '/');
            if (opens) {
                const qsizetype close = m_head.indexOf('>', after);
                if (close < 0)
                    return true; // wait for more
                if (m_head[close - 1] == '/') { // <sheetData/>: no rows at all
                    m_tail = m_head.mid(close + 1);
                    m_head.truncate(close + 1);
                    m_state = State::Tail;
                    return true;
                }
                m_buffer = m_head.mid(close + 1);
                m_head.truncate(close + 1);
                m_state = State::Body;
                break;
            }
            at = after;
        }
        if (m_state == State::Head) {
            if (m_head.size() > kMaxHeadBytes) {
                m_error = QStringLiteral("head");
                return false;
            }
            return true;
        }
    } else {
        m_buffer.append(data, size);
    }
    if (const qsizetype end = regionEnd(m_buffer); end >= 0) {
        m_tail = m_buffer.mid(end);
        m_buffer.truncate(end);
        m_state = State::Tail;
        if (!m_buffer.isEmpty())
            m_sink(std::exchange(m_buffer, {}));
        return true;
    }
    if (m_buffer.size() >= m_chunkBytes) {
        const qsizetype cut = lastItemEnd(m_buffer);
        if (cut > 0) {
            m_sink(m_buffer.left(cut));
            m_buffer.remove(0, cut);
        }
    }
    return true;
}

bool XlsxXmlChunker::finish()
{
    if (m_state == State::Body) {
        m_error = QStringLiteral("truncated"); // the region never closed
        return false;
    }
    return true;
}

} // namespace churnlab

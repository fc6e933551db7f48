#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QXmlStreamReader>

#include <functional>

namespace churnlab {

// Reading the XML parts of a workbook with Qt's stream reader, the same careful way for each:
// namespace prefixes are ignored (writers use "x:" or none), a document type declaration is
// refused (Office never writes one; it is how entity-expansion bombs arrive), and an error
// names the part and the line.
class XlsxXml
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::XlsxXml)

public:
    // A reader over xml with namespace processing off.
    static void prepare(QXmlStreamReader &reader);
    // The element's name without its prefix.
    static QStringView localName(const QXmlStreamReader &reader);
    // An attribute's value by its name without prefix; empty when absent. The view lives as
    // long as attributes does.
    static QStringView attribute(const QXmlStreamAttributes &attributes, QLatin1StringView name);

    // Walks every token; onStart is called at each start element (it may read further).
    [[nodiscard]] static Result<bool> walk(const QByteArray &xml, const QString &part,
                                           const std::function<void(QXmlStreamReader &)> &onStart);
    // The error for a reader that stopped, or for a DTD.
    static Error error(const QXmlStreamReader &reader, const QString &part);
    static Error dtdRefused(const QString &part);
};

// Cuts a part's content into pieces that parse on their own: the stream of inflated bytes is
// scanned for the region inside <region>…</region> (sheetData, sst) and cut after the last
// closing </item> (row, si) of each block, so every piece holds whole items. What comes after
// the region (a sheet's merged cells) is kept as the tail.
class XlsxXmlChunker
{
public:
    using ChunkSink = std::function<void(QByteArray chunk)>;
    XlsxXmlChunker(QByteArray region, QByteArray item, qsizetype chunkBytes, ChunkSink sink);

    // Feeds inflated bytes; false when the part is not what it should be (see error()).
    bool feed(const char *data, qsizetype size);
    // After the last block: flushes the rest.
    bool finish();
    bool sawRegion() const { return m_state != State::Head; }
    const QByteArray &head() const { return m_head; }
    const QByteArray &tail() const { return m_tail; }
    QString error() const { return m_error; }

private:
    enum class State { Head, Body, Tail };
    qsizetype lastItemEnd(const QByteArray &buffer) const;
    qsizetype regionEnd(const QByteArray &buffer) const;

    QByteArray m_region, m_item;
    qsizetype m_chunkBytes;
    ChunkSink m_sink;
    State m_state = State::Head;
    QByteArray m_head, m_buffer, m_tail;
    QString m_error;
};

} // namespace churnlab

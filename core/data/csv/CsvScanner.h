#pragma once

#include <QtGlobal>

#include <array>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace churnlab {

// One field as the scanner found it: a view into the text, unquoted and trimmed. A quoted
// field with doubled quotes still holds them; unescaped() removes them.
struct CsvField
{
    const char *data = nullptr;
    quint32 size = 0;
    bool quoted = false;
    bool escaped = false;

    std::string_view view() const { return {data, size}; }
    // The field's text with "" turned into ", using scratch only when it has to.
    std::string_view unescaped(std::string &scratch, char quote) const
    {
        if (!escaped)
            return view();
        scratch.clear();
        for (quint32 i = 0; i < size; ++i) {
            scratch.push_back(data[i]);
            if (data[i] == quote && i + 1 < size && data[i + 1] == quote)
                ++i;
        }
        return scratch;
    }
};

// The RFC 4180 tokenizer every CSV path shares (sniffer, preview, parallel reader). It walks
// UTF-8 text record by record, counts physical lines (LF, CRLF or lone CR, including those
// inside quoted fields) so that errors can name them, and skips lines with no characters.
class CsvScanner
{
public:
    enum class Status { Record, End, UnterminatedQuote };

    CsvScanner(const char *begin, const char *end, char delimiter, char quote = '"')
        : m_p(begin)
        , m_end(end)
        , m_delimiter(delimiter)
        , m_quote(quote)
    {
        m_stop.fill(false);
        m_stop[uchar(delimiter)] = true;
        m_stop[uchar('\n')] = true;
        m_stop[uchar('\r')] = true;
    }

    Status next(std::vector<CsvField> &fields)
    {
        fields.clear();
        while (m_p < m_end && (*m_p == '\n' || *m_p == '\r'))
            consumeLineBreak();
        if (m_p >= m_end)
            return Status::End;
        m_recordLine = m_line;
        for (;;) {
            const char *q = m_p;
            while (q < m_end && isBlank(*q))
                ++q;
            CsvField field;
            if (q < m_end && *q == m_quote) {
                const qint64 openLine = m_line;
                if (!scanQuoted(q + 1, field)) {
                    m_errorLine = openLine;
                    return Status::UnterminatedQuote;
                }
                // Text after the closing quote is not RFC 4180; keep it rather than lose it.
                const char *after = m_p;
                while (after < m_end && isBlank(*after))
                    ++after;
                if (after < m_end && !m_stop[uchar(*after)]) {
                    while (after < m_end && !m_stop[uchar(*after)])
                        ++after;
                    field = makeUnquoted(q, after);
                }
                m_p = after;
            } else {
                const char *s = m_p;
                m_p = findStop(m_p);
                field = makeUnquoted(s, m_p);
            }
            fields.push_back(field);
            if (m_p >= m_end)
                return Status::Record;
            if (*m_p == m_delimiter) {
                ++m_p;
                if (m_p >= m_end) {
                    fields.push_back({m_p, 0, false, false});
                    return Status::Record;
                }
                continue;
            }
            consumeLineBreak();
            return Status::Record;
        }
    }

    const char *position() const { return m_p; }
    // 1-based physical line on which the last record started.
    qint64 recordLine() const { return m_recordLine; }
    // Physical lines fully consumed so far (line breaks seen).
    qint64 lineBreaks() const { return m_line - 1; }
    qint64 errorLine() const { return m_errorLine; }

private:
    bool isBlank(char c) const { return c == ' ' || (c == '\t' && m_delimiter != '\t'); }

    // The first delimiter, CR or LF at or after p (or the end). Eight bytes at a time: a byte
    // equal to c makes (v ^ c·0x01…01) have a zero byte, which the classic "has zero byte"
    // test finds; the lowest flagged byte is the first match.
    const char *findStop(const char *p) const
    {
        constexpr quint64 kOnes = 0x0101010101010101ull, kHighs = 0x8080808080808080ull;
        const quint64 delimiter = kOnes * uchar(m_delimiter);
        constexpr quint64 lf = kOnes * '\n', cr = kOnes * '\r';
        while (m_end - p >= 8) {
            quint64 v;
            std::memcpy(&v, p, 8);
            const quint64 a = v ^ delimiter, b = v ^ lf, c = v ^ cr;
            const quint64 hit = ((a - kOnes) & ~a & kHighs) | ((b - kOnes) & ~b & kHighs)
                | ((c - kOnes) & ~c & kHighs);
            if (hit)
                return p + (__builtin_ctzll(hit) >> 3);
            p += 8;
        }
        while (p < m_end && !m_stop[uchar(*p)])
            ++p;
        return p;
    }

    void consumeLineBreak()
    {
        if (*m_p == '\r' && m_p + 1 < m_end && m_p[1] == '\n')
            ++m_p;
        ++m_p;
        ++m_line;
    }

    CsvField makeUnquoted(const char *s, const char *e) const
    {
        while (s < e && isBlank(*s))
            ++s;
        while (e > s && isBlank(e[-1]))
            --e;
        return {s, quint32(e - s), false, false};
    }

    bool scanQuoted(const char *s, CsvField &field)
    {
        const char *p = s;
        bool escaped = false;
        for (;;) {
            while (p < m_end && *p != m_quote) {
                if (*p == '\n' || (*p == '\r' && (p + 1 >= m_end || p[1] != '\n')))
                    ++m_line;
                ++p;
            }
            if (p >= m_end)
                return false;
            if (p + 1 < m_end && p[1] == m_quote) {
                escaped = true;
                p += 2;
                continue;
            }
            field = {s, quint32(p - s), true, escaped};
            m_p = p + 1;
            return true;
        }
    }

    const char *m_p;
    const char *m_end;
    char m_delimiter;
    char m_quote;
    std::array<bool, 256> m_stop;
    qint64 m_line = 1;
    qint64 m_recordLine = 1;
    qint64 m_errorLine = 0;
};

} // namespace churnlab

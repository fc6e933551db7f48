#include "core/data/csv/TextDecoder.h"

#include "core/EnumNames.h"

#include <QCoreApplication>
#include <QStringDecoder>
#include <QThread>

#include "core/Parallel.h"

#include <atomic>
#include <vector>

#include <cstring>

namespace churnlab {

namespace {

Error binaryError(const QString &what)
{
    return {Error::Kind::Binary, what};
}

// Windows-1252's 0x80–0x9F; the five unassigned bytes map to the C1 controls, as browsers do.
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

QByteArray windows1252ToUtf8(const char *data, qsizetype size)
{
    QByteArray out;
    out.reserve(size + size / 8);
    for (qsizetype i = 0; i < size; ++i) {
        const auto b = static_cast<unsigned char>(data[i]);
        char32_t cp = b;
        if (b >= 0x80 && b < 0xA0)
            cp = kCp1252High[b - 0x80];
        if (cp < 0x80) {
            out.append(char(cp));
        } else if (cp < 0x800) {
            out.append(char(0xC0 | (cp >> 6)));
            out.append(char(0x80 | (cp & 0x3F)));
        } else {
            out.append(char(0xE0 | (cp >> 12)));
            out.append(char(0x80 | ((cp >> 6) & 0x3F)));
            out.append(char(0x80 | (cp & 0x3F)));
        }
    }
    return out;
}

bool startsWith(const char *data, qsizetype size, const char *magic, qsizetype n)
{
    return size >= n && std::memcmp(data, magic, size_t(n)) == 0;
}

} // namespace

namespace {

// The first name of each encoding is the one written; the others are read as aliases.
const EnumNames<TextEncoding> &encodingNames()
{
    static const EnumNames<TextEncoding> names {{TextEncoding::Utf8, "utf-8"},
                                                {TextEncoding::Utf8Bom, "utf-8-sig"},
                                                {TextEncoding::Utf16LE, "utf-16-le"},
                                                {TextEncoding::Utf16BE, "utf-16-be"},
                                                {TextEncoding::Windows1252, "windows-1252"},
                                                {TextEncoding::Windows1252, "cp1252"},
                                                {TextEncoding::Windows1252, "latin1"}};
    return names;
}

} // namespace

QString textEncodingName(TextEncoding encoding)
{
    return encodingNames().name(encoding);
}

std::optional<TextEncoding> textEncodingFromName(const QString &name)
{
    return encodingNames().valueIgnoringCase(name);
}

namespace {

bool isValidUtf8Range(const char *data, qsizetype size);

} // namespace

bool TextDecoder::isValidUtf8(const char *data, qsizetype size)
{
    // Large inputs are checked in parallel parts that start on a character boundary (a byte
    // that is not 10xxxxxx), so no sequence straddles two parts.
    constexpr qsizetype kPart = 8 << 20;
    if (size < 2 * kPart)
        return isValidUtf8Range(data, size);
    std::vector<qsizetype> starts {0};
    for (qsizetype s = kPart; s < size; s += kPart) {
        qsizetype b = s;
        while (b < size && (static_cast<unsigned char>(data[b]) & 0xC0) == 0x80)
            ++b;
        if (b < size && b > starts.back())
            starts.push_back(b);
    }
    starts.push_back(size);
    std::atomic<bool> valid = true;
    parallelFor(int(starts.size() - 1), QThread::idealThreadCount(), [&](int i, bool) {
        if (valid
            && !isValidUtf8Range(data + starts[size_t(i)],
                                 starts[size_t(i) + 1] - starts[size_t(i)]))
            valid = false;
    });
    return valid;
}

namespace {

bool isValidUtf8Range(const char *data, qsizetype size)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data);
    const auto *end = p + size;
    while (p < end) {
        // ASCII runs dominate CSV files: test 32 bytes at once, then eight.
        while (end - p >= 32) {
            quint64 w[4];
            std::memcpy(w, p, 32);
            if (((w[0] | w[1] | w[2] | w[3]) & 0x8080808080808080ull) != 0)
                break;
            p += 32;
        }
        if (end - p >= 8) {
            quint64 word;
            std::memcpy(&word, p, 8);
            if ((word & 0x8080808080808080ull) == 0) {
                p += 8;
                continue;
            }
        }
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int extra;
        char32_t cp;
        if (c >= 0xC2 && c <= 0xDF)
            extra = 1, cp = c & 0x1F;
        else if (c >= 0xE0 && c <= 0xEF)
            extra = 2, cp = c & 0x0F;
        else if (c >= 0xF0 && c <= 0xF4)
            extra = 3, cp = c & 0x07;
        else
            return false;
        if (end - p <= extra)
            return false;
        for (int i = 1; i <= extra; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i] & 0x3F);
        }
        if ((extra == 2 && cp < 0x800) || (extra == 3 && (cp < 0x10000 || cp > 0x10FFFF))
            || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        p += extra + 1;
    }
    return true;
}

} // namespace

bool TextDecoder::isValidUtf8(const char *data, qsizetype size, const Consumed &consumed)
{
    if (!consumed)
        return isValidUtf8(data, size);
    constexpr qsizetype kBlock = qsizetype(16) << 20;
    const char *const end = data + size;
    for (const char *b = data; b < end;) {
        // A block ends before a lead byte, so no sequence is split between two checks.
        const char *e = std::min(end, b + kBlock);
        while (e < end && e > b && (static_cast<unsigned char>(*e) & 0xC0) == 0x80)
            --e;
        if (e == b)
            e = std::min(end, b + kBlock);
        if (!isValidUtf8(b, e - b))
            return false;
        consumed(b, e);
        b = e;
    }
    return true;
}

Result<DecodedText> TextDecoder::decode(const char *data, qsizetype size,
                                        std::optional<TextEncoding> force, const Consumed &consumed)
{
    if (size == 0)
        return Error {Error::Kind::Empty, TextDecoder::tr("The file is empty.")};
    if (startsWith(data, size, "\x89PNG\r\n\x1a\n", 8) || startsWith(data, size, "GIF8", 4)
        || startsWith(data, size, "\xFF\xD8\xFF", 3))
        return binaryError(TextDecoder::tr("The file is an image, not a CSV file."));
    if (startsWith(data, size, "PK\x03\x04", 4))
        return binaryError(TextDecoder::tr(
            "The file is an Excel workbook (or another ZIP archive), not a CSV file; give it the "
            ".xlsx extension to open it as a workbook."));
    if (startsWith(data, size, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8))
        return binaryError(TextDecoder::tr(
            "The file is a legacy Excel 97–2003 workbook, not a CSV file; give it the .xls "
            "extension to open it as a workbook."));
    if (startsWith(data, size, "%PDF", 4))
        return binaryError(TextDecoder::tr("The file is a PDF document, not a CSV file."));

    DecodedText out;
    const bool utf16le = startsWith(data, size, "\xFF\xFE", 2);
    const bool utf16be = startsWith(data, size, "\xFE\xFF", 2);
    if (force)
        out.encoding = *force;
    else if (utf16le)
        out.encoding = TextEncoding::Utf16LE;
    else if (utf16be)
        out.encoding = TextEncoding::Utf16BE;
    else if (startsWith(data, size, "\xEF\xBB\xBF", 3))
        out.encoding = TextEncoding::Utf8Bom;
    else if (isValidUtf8(data, size, consumed))
        out.encoding = TextEncoding::Utf8;
    else
        out.encoding = TextEncoding::Windows1252, out.guessed = true;

    switch (out.encoding) {
    case TextEncoding::Utf8:
    case TextEncoding::Utf8Bom: {
        const qsizetype skip = startsWith(data, size, "\xEF\xBB\xBF", 3) ? 3 : 0;
        if (force && !isValidUtf8(data + skip, size - skip))
            return Error {Error::Kind::InvalidEncoding,
                          TextDecoder::tr("The file is not valid UTF-8.")};
        out.data = data + skip;
        out.size = size - skip;
        break;
    }
    case TextEncoding::Utf16LE:
    case TextEncoding::Utf16BE: {
        const qsizetype skip = (utf16le || utf16be) ? 2 : 0;
        if ((size - skip) % 2 != 0)
            return Error {
                Error::Kind::InvalidEncoding,
                TextDecoder::tr(
                    "The file is UTF-16 but has an odd number of bytes: it was cut short.")};
        QStringDecoder decoder(out.encoding == TextEncoding::Utf16LE ? QStringDecoder::Utf16LE
                                                                     : QStringDecoder::Utf16BE,
                               QStringDecoder::Flag::Stateless);
        const QString text = decoder.decode(QByteArrayView(data + skip, size - skip));
        if (decoder.hasError())
            return Error {
                Error::Kind::InvalidEncoding,
                TextDecoder::tr("The file has a UTF-16 byte order mark but is not valid UTF-16.")};
        out.owned = text.toUtf8();
        out.data = out.owned.constData();
        out.size = out.owned.size();
        break;
    }
    case TextEncoding::Windows1252:
        out.owned = windows1252ToUtf8(data, size);
        out.data = out.owned.constData();
        out.size = out.owned.size();
        break;
    }

    // In blocks, so that a reader of a mapped file can hand the pages back as they are
    // checked (only pages of the input itself, never of a decoded copy).
    constexpr qsizetype kBlock = qsizetype(16) << 20;
    for (qsizetype b = 0; b < out.size; b += kBlock) {
        const qsizetype n = std::min(kBlock, out.size - b);
        if (std::memchr(out.data + b, 0, size_t(n)))
            return binaryError(
                TextDecoder::tr("The file contains NUL bytes: it is not a text file."));
        if (consumed && out.owned.isEmpty())
            consumed(out.data + b, out.data + b + n);
    }
    qsizetype i = 0;
    while (i < out.size
           && (out.data[i] == ' ' || out.data[i] == '\t' || out.data[i] == '\r'
               || out.data[i] == '\n' || out.data[i] == '\f' || out.data[i] == '\v'))
        ++i;
    if (i == out.size)
        return Error {Error::Kind::Empty,
                      TextDecoder::tr("The file holds no data, only white space.")};
    return out;
}

} // namespace churnlab

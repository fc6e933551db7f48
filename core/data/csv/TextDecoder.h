#pragma once

#include "core/Result.h"
#include <QCoreApplication>

#include <QByteArray>

#include <functional>
#include <optional>

namespace churnlab {

enum class TextEncoding { Utf8, Utf8Bom, Utf16LE, Utf16BE, Windows1252 };

// Python-style codec names: "utf-8", "utf-8-sig", "utf-16-le", "utf-16-be", "windows-1252".
QString textEncodingName(TextEncoding encoding);
std::optional<TextEncoding> textEncodingFromName(const QString &name);

// UTF-8 text ready to scan. Points into the caller's bytes when they were UTF-8 already
// (a memory-mapped file is not copied), or into `owned` after transcoding.
struct DecodedText
{
    TextEncoding encoding = TextEncoding::Utf8;
    bool guessed = false; // true when invalid UTF-8 made us fall back to Windows-1252
    QByteArray owned;
    const char *data = nullptr;
    qsizetype size = 0;
};

// Decides the encoding (BOM, else UTF-8 if the whole input is valid, else Windows-1252 for
// the whole input) and refuses what is not text: empty or whitespace-only input, binary
// signatures, NUL bytes, UTF-16 that cannot be decoded.
class TextDecoder
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::TextDecoder)

public:
    // consumed, if given, is called with ranges of the input that the UTF-8 check has read
    // (a reader of a mapped file hands those pages back).
    using Consumed = std::function<void(const char *, const char *)>;
    [[nodiscard]] static Result<DecodedText> decode(const char *data, qsizetype size,
                                                    std::optional<TextEncoding> force = {},
                                                    const Consumed &consumed = {});
    static bool isValidUtf8(const char *data, qsizetype size);
    static bool isValidUtf8(const char *data, qsizetype size, const Consumed &consumed);
};

} // namespace churnlab

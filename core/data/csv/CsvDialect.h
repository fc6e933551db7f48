#pragma once

#include "core/data/ColumnType.h"
#include "core/data/csv/TextDecoder.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace churnlab {

// How a CSV file is written: what the sniffer detected, or what the user chose instead.
struct CsvDialect
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::CsvDialect)

public:
    char delimiter = ',';
    char quote = '"';
    bool header = true;
    bool decimalComma = false;
    TextEncoding encoding = TextEncoding::Utf8;
    bool encodingGuessed = false;

    // "," → "comma", ";" → "semicolon", "\t" → "tab", "|" → "pipe".
    QString delimiterName() const;
    // The same, translated, for people ("Komma"); other delimiters quoted.
    QString delimiterLabel() const;
    static std::optional<char> delimiterFromName(const QString &name);
    QJsonObject toJson() const;
};

// What the user may impose on a read instead of the sniffer's and inference's guesses.
struct CsvOptions
{
    std::optional<char> delimiter;
    std::optional<bool> header;
    std::optional<TextEncoding> encoding;
    std::optional<bool> decimalComma;
    QHash<QString, ColumnType> typeOverrides; // by column name
    QString sheet; // workbooks: a sheet's name or 1-based number; empty: the first visible
    int headerRow = 0; // the header's physical line (1-based); 0: after any title lines
    int skipRows = 0; // data rows right below the header to leave out (description rows)
    QStringList naValues; // more texts that mean missing
    bool defaultNa = true; // the default missing tokens (MissingTokens::defaults) count too
    char thousands = 0; // opt-in thousands separator: ',' or '.' (or ' ', '\'')
    qint64 maxRows = -1; // -1: all rows
    int threads = 0; // 0: one per core
    // Bytes per parallel chunk; 0 picks a few MB. Small values let tests and the fuzzer put
    // chunk boundaries (and the checks that they meet) inside small inputs.
    qint64 chunkBytes = 0;
    // Hand back the pages of a mapped file as soon as they are read, so that reading a file
    // costs about the size of its columns, not its columns plus the file (batch scoring of
    // files larger than memory would allow twice). Costs a little time on re-reads.
    bool releaseInput = false;
};

} // namespace churnlab

#pragma once

#include "core/data/csv/CsvDialect.h"

namespace churnlab {

// Guesses delimiter, header and decimal mark from a sample of decoded text: each candidate
// delimiter is scored by how consistently it splits the sample's records (quotes respected),
// the way DuckDB's and data.table's sniffers do.
class CsvSniffer
{
public:
    static constexpr qsizetype sampleBytes = 256 * 1024;
    static constexpr int sampleRecords = 500;

    // `text` is UTF-8; only its first sampleBytes are looked at. Options override guesses.
    static CsvDialect sniff(const char *text, qsizetype size, const CsvOptions &options = {});
};

} // namespace churnlab

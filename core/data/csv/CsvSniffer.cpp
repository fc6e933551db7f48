#include "core/data/csv/CsvSniffer.h"

#include "core/data/ValueParser.h"
#include "core/data/csv/CsvScanner.h"

#include <algorithm>
#include <map>

namespace churnlab {

namespace {

struct Score
{
    double consistency = 0; // share of sampled records with the modal field count
    int fields = 0; // the modal field count
};

Score scoreDelimiter(const char *text, qsizetype size, char delimiter, bool truncated)
{
    CsvScanner scanner(text, text + size, delimiter);
    std::vector<CsvField> fields;
    std::map<int, int> counts;
    int records = 0;
    while (records < CsvSniffer::sampleRecords) {
        const auto status = scanner.next(fields);
        if (status != CsvScanner::Status::Record)
            break;
        // The sample may cut the last record short; leave it out.
        if (truncated && scanner.position() >= text + size && records > 0)
            break;
        ++counts[int(fields.size())];
        ++records;
    }
    if (records == 0)
        return {};
    const auto modal = std::max_element(counts.begin(), counts.end(), [](auto &a, auto &b) {
        return a.second < b.second || (a.second == b.second && a.first < b.first);
    });
    return {double(modal->second) / records, modal->first};
}

bool allNumeric(const std::vector<CsvField> &fields, bool decimalComma, bool allowMissing)
{
    std::string scratch;
    for (const CsvField &f : fields) {
        const auto v = f.unescaped(scratch, '"');
        if (ValueParser::isMissingToken(v)) {
            if (!allowMissing)
                return false;
            continue;
        }
        if (!ValueParser::parseReal(v, decimalComma))
            return false;
    }
    return true;
}

} // namespace

CsvDialect CsvSniffer::sniff(const char *text, qsizetype size, const CsvOptions &options)
{
    CsvDialect dialect;
    const qsizetype sample = std::min(size, sampleBytes);
    if (options.delimiter) {
        dialect.delimiter = *options.delimiter;
    } else {
        Score best;
        for (char candidate : {',', ';', '\t', '|'}) {
            const Score s = scoreDelimiter(text, sample, candidate, sample < size);
            if (s.fields < 2)
                continue;
            if (s.consistency > best.consistency + 1e-9
                || (std::abs(s.consistency - best.consistency) <= 1e-9 && s.fields > best.fields)) {
                best = s;
                dialect.delimiter = candidate;
            }
        }
    }
    dialect.decimalComma = options.decimalComma.value_or(dialect.delimiter == ';');

    if (options.header) {
        dialect.header = *options.header;
    } else {
        CsvScanner scanner(text, text + sample, dialect.delimiter);
        std::vector<CsvField> first, second;
        if (scanner.next(first) == CsvScanner::Status::Record) {
            const bool hasSecond = scanner.next(second) == CsvScanner::Status::Record;
            dialect.header = !(allNumeric(first, dialect.decimalComma, false)
                               && (!hasSecond || allNumeric(second, dialect.decimalComma, true)));
        }
    }
    return dialect;
}

} // namespace churnlab

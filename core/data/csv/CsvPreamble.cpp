#include "core/data/csv/CsvPreamble.h"

#include "core/data/csv/CsvScanner.h"
#include "core/data/csv/CsvSniffer.h"

#include <algorithm>
#include <map>

namespace churnlab {

namespace {

// Past the line break that ends the line at p (\n, \r\n or \r); end when there is none.
const char *nextLine(const char *p, const char *end)
{
    while (p < end && *p != '\n' && *p != '\r')
        ++p;
    if (p < end && *p == '\r')
        ++p;
    if (p < end && p[-1] == '\r' && *p == '\n')
        ++p;
    else if (p < end && *p == '\n')
        ++p;
    return p;
}

} // namespace

CsvPreamble CsvPreamble::find(const char *begin, const char *end, const CsvOptions &options)
{
    CsvPreamble p;
    p.start = begin;
    // Excel's hint: sep=X alone on the first line, possibly quoted.
    const char *line = begin;
    const char *lineEnd = line;
    while (lineEnd < end && *lineEnd != '\n' && *lineEnd != '\r')
        ++lineEnd;
    QByteArray first(line, qsizetype(lineEnd - line));
    first = first.trimmed();
    if (first.startsWith('"') && first.endsWith('"') && first.size() >= 2)
        first = first.mid(1, first.size() - 2);
    if (first.size() == 5 && first.left(4).toLower() == "sep=") {
        p.delimiter = first.at(4);
        p.start = nextLine(begin, end);
        p.lines = 1;
        p.notes << tr("The first line “sep=%1” set the delimiter.").arg(QLatin1Char(first.at(4)));
    }
    if (options.headerRow > 1) {
        // The header's physical line, counted from the top of the file.
        while (p.lines < options.headerRow - 1 && p.start < end) {
            p.start = nextLine(p.start, end);
            ++p.lines;
        }
        p.notes << tr("Lines 1–%1 above the header were skipped (--header-row %2).")
                       .arg(p.lines)
                       .arg(options.headerRow);
    }
    return p;
}

int CsvPreamble::titleLineCount(const std::vector<int> &fields)
{
    std::map<int, int> counts;
    for (int n : fields)
        ++counts[n];
    int modal = 0, best = 0;
    for (const auto &[n, c] : counts)
        if (c > best || (c == best && n > modal)) {
            best = c;
            modal = n;
        }
    size_t titles = 0;
    while (titles < fields.size() && fields[titles] < modal)
        ++titles;
    if (modal < 2 || titles == 0 || titles > size_t(kMaxTitleLines) || titles == fields.size())
        return 0;
    const auto fitting = std::count(fields.begin() + qsizetype(titles), fields.end(), modal);
    return fitting * 10 >= qsizetype(fields.size() - titles) * 8 ? int(titles) : 0;
}

void CsvPreamble::skipTitleLines(const char *end, const CsvDialect &dialect)
{
    // The first records' field counts decide (titleLineCount).
    CsvScanner scanner(start, end, dialect.delimiter, dialect.quote);
    std::vector<CsvField> fields;
    std::vector<std::pair<int, qint64>> records; // fields, line
    std::vector<const char *> starts;
    for (int i = 0; i < kMaxTitleLines + 40; ++i) {
        const char *at = scanner.position();
        if (scanner.next(fields) != CsvScanner::Status::Record)
            break;
        records.push_back({int(fields.size()), scanner.recordLine()});
        starts.push_back(at);
    }
    std::vector<int> fieldCounts;
    for (const auto &[n, line] : records)
        fieldCounts.push_back(n);
    const size_t header = size_t(titleLineCount(fieldCounts));
    if (header == 0)
        return;
    // The header record starts after the blank lines the scanner skipped before it.
    const qint64 headerLine = records[header].second;
    const char *p = starts[header];
    while (p < end && (*p == '\n' || *p == '\r'))
        p = nextLine(p, end);
    start = p;
    notes << tr("Lines %1–%2 above the header look like a title and were skipped; "
                "--header-row %3 keeps this choice, --header-row 1 reads them.")
                 .arg(lines + 1)
                 .arg(lines + headerLine - 1)
                 .arg(lines + headerLine);
    lines += headerLine - 1;
}

CsvDialect CsvPreamble::sniffTable(const char *end, const CsvOptions &options)
{
    CsvOptions o = options;
    if (delimiter && !o.delimiter)
        o.delimiter = delimiter;
    CsvDialect d = CsvSniffer::sniff(start, end - start, o);
    if (options.headerRow > 0)
        return d;
    const char *before = start;
    skipTitleLines(end, d);
    return start == before ? d : CsvSniffer::sniff(start, end - start, o);
}

std::pair<const char *, qint64> CsvPreamble::skipRecords(const char *begin, const char *end,
                                                         const CsvDialect &dialect, int count)
{
    CsvScanner s(begin, end, dialect.delimiter, dialect.quote);
    std::vector<CsvField> fields;
    for (int i = 0; i < count && s.next(fields) == CsvScanner::Status::Record; ++i) { }
    return {s.position(), s.lineBreaks()};
}

} // namespace churnlab

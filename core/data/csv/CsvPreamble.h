#pragma once

#include "core/data/csv/CsvDialect.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>
#include <vector>

namespace churnlab {

// What comes before a CSV file's table, as Excel and report tools write it:
// - a first line "sep=;" (Excel's delimiter hint): it sets the delimiter and is not data;
// - title lines, blank lines or a "generated on" line above the header: with --header-row the
//   user names the header's line; otherwise lines above the first record that has the
//   table's field count are skipped when they have fewer fields, and a warning says so.
// Lines and records after the header are the reader's business (skipRows, in CsvReader).
struct CsvPreamble
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::CsvPreamble)

public:
    const char *start = nullptr; // where the header (or the first record) begins
    qint64 lines = 0; // physical lines skipped before it
    std::optional<char> delimiter; // from "sep="
    QStringList notes; // what was skipped, for the warnings

    static constexpr int kMaxTitleLines = 10;

    // Before sniffing: "sep=" and the user's header row.
    static CsvPreamble find(const char *begin, const char *end, const CsvOptions &options);
    // The rule for title lines, given the field counts of the first records (up to 50): the
    // leading records with fewer fields than the table's usual count (ties: the larger), at
    // most kMaxTitleLines, when 80 % of the rest have that count; 0 otherwise. Workbook sheets
    // use it too.
    static int titleLineCount(const std::vector<int> &fields);
    // After sniffing, when the user named no header row: skips title lines.
    void skipTitleLines(const char *end, const CsvDialect &dialect);
    // The dialect of the table after find(): sniffed with the "sep=" delimiter, then, unless
    // the user named the header row, again after skipping title lines (they mislead it).
    CsvDialect sniffTable(const char *end, const CsvOptions &options);
    // Past count records from begin (skip rows): the new start and the line breaks passed.
    static std::pair<const char *, qint64> skipRecords(const char *begin, const char *end,
                                                       const CsvDialect &dialect, int count);
};

} // namespace churnlab

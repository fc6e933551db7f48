#pragma once

#include "core/Result.h"
#include "core/data/csv/CsvReader.h"
#include "core/data/csv/CsvScanner.h"

#include <QStringList>

#include <vector>

namespace churnlab {

// What both CSV paths (typed load and cell preview) share: their errors, worded once, and
// how header fields become column names.
QStringList headerNames(const std::vector<CsvField> &fields, bool header, char quote);

inline Error raggedError(qint64 line, qsizetype found, qsizetype expected)
{
    return {Error::Kind::RaggedRow,
            CsvReader::tr("The row has %1 fields but the header has %2.").arg(found).arg(expected),
            line, 0};
}

inline Error unterminatedError(qint64 line)
{
    return {Error::Kind::UnterminatedQuote,
            CsvReader::tr("A quoted field opens on this line and is never closed."), line, 0};
}

inline Error cancelledError()
{
    return {Error::Kind::Cancelled, CsvReader::tr("Loading was cancelled.")};
}

} // namespace churnlab

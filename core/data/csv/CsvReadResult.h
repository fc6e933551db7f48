#pragma once

#include "core/data/Dataset.h"
#include "core/data/csv/CsvDialect.h"

#include <QStringList>

namespace churnlab {

// A typed table read from text, with how it was read.
struct CsvReadResult
{
    Dataset dataset;
    CsvDialect dialect;
    QStringList warnings; // e.g. a guessed encoding, values an override could not convert
    qint64 bytes = 0;
    QString sheet; // the workbook sheet that was read; empty for CSV
};

} // namespace churnlab

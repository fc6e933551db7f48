#pragma once

#include "core/Progress.h"
#include "core/Result.h"
#include "core/data/ColumnType.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace churnlab {

class XlsxWorkbook;

// One sheet of a workbook as comma-separated text, for the CSV reader to type and build into
// columns exactly as it does for a CSV file (one set of typing rules for both). The sheet's
// XML is inflated in blocks and never held whole; whole-row pieces are parsed on all cores.
// Cells become text as their types say: numbers as Excel stored them, dates and times (by
// their number format, in the workbook's date system) as ISO text, booleans as TRUE/FALSE,
// shared, inline and formula strings as they are; error cells are left empty and counted.
// Rows and columns without a value (formatting only) are dropped. A header cell merged over
// several columns names each of them.
class XlsxSheetReader
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::XlsxSheetReader)

public:
    struct Text
    {
        QByteArray csv; // the header line (when header) and one line per row, all padded
        QStringList columns; // the names in the header line, made unique as the CSV rules do
        // Types the cells themselves decide: a column of date cells is a date column, one of
        // text-formatted cells stays text even when its cells hold digits.
        QHash<QString, ColumnType> types;
        QStringList warnings; // error cells per column
        qint64 rows = 0; // data rows
        qint64 errorCells = 0;
    };

    // header: the first row with a value holds the names. maxRows ≥ 0 stops after that many
    // data rows (the import preview).
    [[nodiscard]] static Result<Text> read(const XlsxWorkbook &workbook, int sheet, bool header,
                                           qint64 maxRows = -1,
                                           Progress &progress = Progress::none());

    static constexpr int kMaxColumns = 16384; // Excel's limit (XFD)
};

} // namespace churnlab

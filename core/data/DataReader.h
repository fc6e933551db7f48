#pragma once

#include "core/data/DataInput.h"
#include "core/data/csv/CsvReader.h"

namespace churnlab {

// The one place a data file's format is decided: CSV and text files go to CsvReader, Excel
// workbooks (.xlsx, .xlsm, by their name) to XlsxReader. Every caller that reads a file (the
// window, a test file, data to score, a drift check, a project's data) reads it here with the
// analysis' import options, so the same file gives the same dataset everywhere. Database
// sources join here.
class DataReader
{
public:
    enum class Format { Csv, Workbook };

    explicit DataReader(CsvOptions options = {});

    static Format formatOf(const QString &path);
    [[nodiscard]] Result<CsvReadResult> read(const QString &path,
                                             Progress &progress = Progress::none()) const;
    // A file, or a database's table or query (through DatabaseReader, with these options).
    [[nodiscard]] Result<CsvReadResult> read(const DataInput &input,
                                             Progress &progress = Progress::none()) const;
    [[nodiscard]] Result<CsvCells> readCells(const QString &path, qint64 maxRows) const;
    const CsvOptions &options() const { return m_options; }

private:
    CsvOptions m_options;
};

} // namespace churnlab

#pragma once

#include "core/data/csv/CsvReader.h"
#include "core/data/xlsx/XlsxSheetReader.h"
#include "core/data/xlsx/XlsxWorkbook.h"

namespace churnlab {

// Reads one sheet of an .xlsx or .xlsm workbook into a Dataset: XlsxWorkbook opens and checks
// the file, XlsxSheetReader turns the sheet into text, and CsvReader types it by the CSV rules,
// with the cells' own types (dates by their number format, text-formatted digits) and then the
// user's overrides imposed. Error cells are missing and counted in the warnings.
class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::XlsxReader)

public:
    explicit XlsxReader(CsvOptions options = {});

    // .xlsx, .xlsm and (through FreeXL) .xls, by name.
    static bool isWorkbookPath(const QString &path);
    [[nodiscard]] static Result<QList<XlsxWorkbook::Sheet>> sheets(const QString &path);

    [[nodiscard]] Result<CsvReadResult> read(const QString &path,
                                             Progress &progress = Progress::none()) const;
    [[nodiscard]] Result<CsvCells> readCells(const QString &path, qint64 maxRows) const;

private:
    struct Opened;
    [[nodiscard]] Result<Opened> text(const QString &path, qint64 maxRows,
                                      Progress &progress) const;
    [[nodiscard]] Result<Opened> opened(const QString &path, const QString &name,
                                        XlsxSheetReader::Text text, bool header) const;
    CsvOptions m_options;
};

} // namespace churnlab

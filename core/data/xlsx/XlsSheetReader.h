#pragma once

#include "core/Result.h"
#include "core/data/xlsx/XlsxSheetReader.h"
#include "core/data/xlsx/XlsxWorkbook.h"

#include <QCoreApplication>

namespace churnlab {

// Legacy Excel 97–2003 workbooks (.xls, BIFF8) through Debian's FreeXL, which reads the
// compound file and the cells; ChurnLab only turns the cells into the same text the .xlsx
// reader makes (dates and date-times as FreeXL types them, numbers, text), so both formats are
// typed by the CSV rules alike. A password-protected file is refused.
class XlsSheetReader
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::XlsSheetReader)

public:
    [[nodiscard]] static Result<QList<XlsxWorkbook::Sheet>> sheets(const QString &path);
    // sheet: a name or 1-based number; empty: the first.
    [[nodiscard]] static Result<XlsxSheetReader::Text> read(const QString &path,
                                                            const QString &sheet, bool header,
                                                            qint64 maxRows, QString *sheetName);
};

} // namespace churnlab

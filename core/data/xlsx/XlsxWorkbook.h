#pragma once

#include "core/Progress.h"
#include "core/Result.h"
#include "core/data/StringPool.h"
#include "core/data/xlsx/XlsxNumberFormat.h"
#include "core/io/ZipArchive.h"

#include <QCoreApplication>
#include <QFile>
#include <QList>

#include <memory>
#include <vector>

namespace churnlab {

// An .xlsx or .xlsm workbook opened for reading: the file is memory-mapped and read through
// libzip (ZipArchive: CRCs, size limits, zip bombs refused), its small parts parsed with Qt's
// XML stream reader (a document type declaration, and with it any entity expansion, is
// refused). Knows the sheets in order (hidden ones marked), the date system, each cell
// style's number format, and, once loaded, the shared strings.
class XlsxWorkbook
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::XlsxWorkbook)

public:
    struct Sheet
    {
        QString name;
        QString member; // e.g. "xl/worksheets/sheet1.xml"
        bool hidden = false;
    };

    static constexpr qint64 kMaxPartBytes = qint64(256) << 20; // workbook, styles, rels
    static constexpr qint64 kMaxSheetBytes = qint64(64) << 30;

    // Errors name the file and what is wrong: not a zip (a CSV saved as .xlsx), an encrypted
    // or legacy (OLE) file, a truncated archive, a missing or malformed part.
    [[nodiscard]] static Result<XlsxWorkbook> open(const QString &path);
    // The same from bytes in memory (the fuzzer); name stands for the file in messages.
    [[nodiscard]] static Result<XlsxWorkbook> read(QByteArray bytes, const QString &name);
    XlsxWorkbook(XlsxWorkbook &&) noexcept = default;
    XlsxWorkbook &operator=(XlsxWorkbook &&) noexcept = default;

    const QString &path() const { return m_path; }
    const QList<Sheet> &sheets() const { return m_sheets; }
    // A sheet by name, or by 1-based number; empty chooses the first visible sheet.
    [[nodiscard]] Result<int> find(const QString &nameOrNumber) const;
    // The same rule over any list of sheets (the .xls reader's too); file names the workbook
    // in the error.
    [[nodiscard]] static Result<int> findSheet(const QList<Sheet> &sheets,
                                               const QString &nameOrNumber, const QString &file);
    bool date1904() const { return m_date1904; }
    // The number format kind of cell style (xf) index s; General for an unknown index.
    XlsxNumberFormat::Kind format(quint32 s) const
    {
        return s < m_formats.size() ? m_formats[s] : XlsxNumberFormat::Kind::General;
    }
    const ZipArchive &archive() const { return *m_zip; }

    // Reads xl/sharedStrings.xml (when there is one) in parallel chunks.
    [[nodiscard]] Result<bool> loadSharedStrings(Progress &progress = Progress::none());
    const StringPool &sharedStrings() const { return *m_strings; }

private:
    XlsxWorkbook() = default;
    [[nodiscard]] Result<bool> openArchive(const QByteArray &bytes, const QString &name);
    [[nodiscard]] Result<bool> readWorkbook();
    [[nodiscard]] Result<bool> readStyles();

    QString m_path;
    std::unique_ptr<QFile> m_file; // mapped; the archive reads from the mapping
    QByteArray m_bytes; // or the bytes given
    std::unique_ptr<ZipArchive> m_zip;
    QList<Sheet> m_sheets;
    bool m_date1904 = false;
    std::vector<XlsxNumberFormat::Kind> m_formats;
    std::unique_ptr<StringPool> m_strings;
};

} // namespace churnlab

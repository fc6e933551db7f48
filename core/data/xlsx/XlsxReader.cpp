#include "core/data/xlsx/XlsxReader.h"

#include "core/data/xlsx/XlsSheetReader.h"
#include "core/data/xlsx/XlsxSheetReader.h"

#include <QFileInfo>

namespace churnlab {

struct XlsxReader::Opened
{
    QString sheet;
    XlsxSheetReader::Text text;
    CsvOptions options; // for reading the text back
};

XlsxReader::XlsxReader(CsvOptions options)
    : m_options(std::move(options))
{
}

bool XlsxReader::isWorkbookPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("xlsx") || suffix == QLatin1String("xlsm")
        || suffix == QLatin1String("xls");
}

namespace {

bool isLegacy(const QString &path)
{
    return QFileInfo(path).suffix().toLower() == QLatin1String("xls");
}

} // namespace

Result<QList<XlsxWorkbook::Sheet>> XlsxReader::sheets(const QString &path)
{
    if (isLegacy(path))
        return XlsSheetReader::sheets(path);
    auto workbook = XlsxWorkbook::open(path);
    if (!workbook)
        return workbook.error();
    return workbook->sheets();
}

Result<XlsxReader::Opened> XlsxReader::text(const QString &path, qint64 maxRows,
                                            Progress &progress) const
{
    const bool header = m_options.header.value_or(true);
    if (isLegacy(path)) {
        QString name;
        auto text = XlsSheetReader::read(path, m_options.sheet, header, maxRows, &name);
        if (!text)
            return text.error();
        return opened(path, name, std::move(text.value()), header);
    }
    auto workbook = XlsxWorkbook::open(path);
    if (!workbook)
        return workbook.error();
    auto index = workbook->find(m_options.sheet);
    if (!index)
        return index.error();
    SubProgress strings(progress, 0, 0.2);
    if (auto loaded = workbook->loadSharedStrings(*strings); !loaded)
        return loaded.error();
    SubProgress sheet(progress, 0.2, 0.8);
    auto text = XlsxSheetReader::read(*workbook, *index, header, maxRows, *sheet);
    if (!text)
        return text.error();
    return opened(path, workbook->sheets().at(*index).name, std::move(text.value()), header);
}

Result<XlsxReader::Opened> XlsxReader::opened(const QString &path, const QString &name,
                                              XlsxSheetReader::Text text, bool header) const
{
    if (text.columns.isEmpty())
        return Error {Error::Kind::Empty,
                      tr("Sheet “%1” of %2 is empty.").arg(name, QFileInfo(path).fileName())};
    Opened o;
    o.sheet = name;
    o.options = m_options;
    o.options.delimiter = ',';
    o.options.header = header;
    o.options.encoding = TextEncoding::Utf8;
    o.options.decimalComma = false;
    for (auto it = text.types.cbegin(); it != text.types.cend(); ++it)
        if (!o.options.typeOverrides.contains(it.key()))
            o.options.typeOverrides.insert(it.key(), it.value());
    o.text = std::move(text);
    return o;
}

Result<CsvReadResult> XlsxReader::read(const QString &path, Progress &progress) const
{
    auto made = text(path, m_options.maxRows, progress);
    if (!made)
        return made.error();
    SubProgress typing(progress, 0.8, 1);
    auto read = CsvReader(made->options).readBytes(made->text.csv, *typing);
    if (!read)
        return Error {read.error().kind,
                      tr("Sheet “%1”: %2").arg(made->sheet, read.error().message)};
    read->sheet = made->sheet;
    read->bytes = QFileInfo(path).size();
    read->warnings = made->text.warnings + read->warnings;
    return read;
}

Result<CsvCells> XlsxReader::readCells(const QString &path, qint64 maxRows) const
{
    auto made = text(path, maxRows, Progress::none());
    if (!made)
        return made.error();
    auto cells = CsvReader(made->options).readCellsFromBytes(made->text.csv, maxRows);
    if (!cells)
        return cells.error();
    // The cells' own types decide where the sheet says (dates, text-formatted digits).
    for (qsizetype c = 0; c < cells->columns.size() && c < cells->types.size(); ++c)
        if (const auto it = made->options.typeOverrides.constFind(cells->columns[c]);
            it != made->options.typeOverrides.constEnd())
            cells->types[c] = *it;
    return cells;
}

} // namespace churnlab

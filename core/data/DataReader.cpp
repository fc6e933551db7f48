#include "core/data/DataReader.h"

#include "core/data/db/DatabaseReader.h"
#include "core/data/xlsx/XlsxReader.h"

namespace churnlab {

DataReader::DataReader(CsvOptions options)
    : m_options(std::move(options))
{
}

DataReader::Format DataReader::formatOf(const QString &path)
{
    return XlsxReader::isWorkbookPath(path) ? Format::Workbook : Format::Csv;
}

Result<CsvReadResult> DataReader::read(const DataInput &input, Progress &progress) const
{
    if (input.query)
        return DatabaseReader(m_options).read(*input.query, progress);
    return read(input.path, progress);
}

Result<CsvReadResult> DataReader::read(const QString &path, Progress &progress) const
{
    switch (formatOf(path)) {
    case Format::Workbook:
        return XlsxReader(m_options).read(path, progress);
    case Format::Csv:
        break;
    }
    return CsvReader(m_options).read(path, progress);
}

Result<CsvCells> DataReader::readCells(const QString &path, qint64 maxRows) const
{
    switch (formatOf(path)) {
    case Format::Workbook:
        return XlsxReader(m_options).readCells(path, maxRows);
    case Format::Csv:
        break;
    }
    return CsvReader(m_options).readCells(path, maxRows);
}

} // namespace churnlab

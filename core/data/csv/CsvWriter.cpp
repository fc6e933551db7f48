#include "core/data/csv/CsvWriter.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace churnlab {

QByteArray CsvWriter::quoted(const QString &field) const
{
    QByteArray utf8 = field.toUtf8();
    const bool needsQuotes = utf8.contains(m_delimiter) || utf8.contains('"') || utf8.contains('\n')
        || utf8.contains('\r') || (!utf8.isEmpty() && (utf8.front() == ' ' || utf8.back() == ' '));
    if (!needsQuotes)
        return utf8;
    utf8.replace("\"", "\"\"");
    return '"' + utf8 + '"';
}

void CsvWriter::appendField(QByteArray &out, std::string_view v) const
{
    if (v.find_first_of(std::string_view("\"\n\r", 3)) == std::string_view::npos
        && v.find(m_delimiter) == std::string_view::npos) {
        out.append(v.data(), qsizetype(v.size()));
        return;
    }
    out.append('"');
    for (char c : v) {
        if (c == '"')
            out.append('"');
        out.append(c);
    }
    out.append('"');
}

void CsvWriter::appendCell(std::string &out, const Column &column, qsizetype row) const
{
    if (column.isMissing(row))
        return;
    if (isCodedType(column.type())) {
        const std::string_view v = column.levels().view(column.code(row));
        const bool plain = v.find_first_of(std::string_view("\"\n\r", 3)) == std::string_view::npos
            && v.find(m_delimiter) == std::string_view::npos
            && (v.empty() || (v.front() != ' ' && v.back() != ' '));
        if (plain) {
            out.append(v);
            return;
        }
    }
    out.append(quoted(column.text(row)).toStdString());
}

Result<bool> CsvWriter::write(const Dataset &dataset, QIODevice &device, Progress &progress) const
{
    QByteArray buffer;
    auto flush = [&]() {
        if (device.write(buffer) != buffer.size())
            return false;
        buffer.clear();
        return true;
    };
    for (int c = 0; c < dataset.columnCount(); ++c) {
        if (c)
            buffer.append(m_delimiter);
        buffer.append(quoted(dataset.column(c).name()));
    }
    buffer.append('\n');
    for (qsizetype r = 0; r < dataset.rowCount(); ++r) {
        for (int c = 0; c < dataset.columnCount(); ++c) {
            if (c)
                buffer.append(m_delimiter);
            const Column &col = dataset.column(c);
            if (!col.isMissing(r))
                buffer.append(isCodedType(col.type()) ? quoted(col.text(r)) : col.text(r).toUtf8());
        }
        buffer.append('\n');
        if (buffer.size() > (1 << 20)) {
            if (!flush())
                return Error {Error::Kind::Io, device.errorString()};
            if (progress.isCancelled())
                return Error {Error::Kind::Cancelled, CsvWriter::tr("Writing was cancelled.")};
            progress.report(double(r) / double(dataset.rowCount()));
        }
    }
    if (!flush())
        return Error {Error::Kind::Io, device.errorString()};
    return true;
}

Result<bool> CsvWriter::write(const Dataset &dataset, const QString &path, Progress &progress) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error {Error::Kind::Io,
                      CsvWriter::tr("Cannot write %1: %2").arg(path, file.errorString())};
    auto written = write(dataset, file, progress);
    if (!written) {
        file.cancelWriting();
        return written.error();
    }
    if (!file.commit())
        return Error {Error::Kind::Io,
                      CsvWriter::tr("Cannot write %1: %2").arg(path, file.errorString())};
    return true;
}

} // namespace churnlab

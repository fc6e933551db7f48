#include "core/data/csv/FileRowSink.h"

#include "core/data/csv/CsvWriter.h"

namespace churnlab {

FileRowSink::FileRowSink(const QString &path)
    : m_file(path)
{
}

Error FileRowSink::failure() const
{
    return Error {Error::Kind::Io,
                  tr("Cannot write %1: %2").arg(m_file.fileName(), m_file.errorString())};
}

Result<bool> FileRowSink::begin(const QStringList &columns, const QList<bool> &)
{
    if (!m_file.open(QIODevice::WriteOnly))
        return failure();
    const CsvWriter writer;
    QByteArray text;
    for (qsizetype i = 0; i < columns.size(); ++i)
        text += (i ? "," : "") + writer.quoted(columns[i]);
    text += '\n';
    if (m_file.write(text) != text.size())
        return failure();
    return true;
}

Result<bool> FileRowSink::write(const std::string &lines)
{
    if (m_file.write(lines.data(), qint64(lines.size())) != qint64(lines.size()))
        return failure();
    return true;
}

Result<bool> FileRowSink::commit()
{
    if (!m_file.commit())
        return failure();
    return true;
}

} // namespace churnlab

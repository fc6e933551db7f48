#include "core/serving/RequestLog.h"

namespace churnlab {

RequestLog::RequestLog(const QString &path, qint64 maxBytes, bool logInputs)
    : m_file(path)
    , m_max(maxBytes)
    , m_inputs(logInputs)
{
    m_file.open(QIODevice::WriteOnly | QIODevice::Append);
}

void RequestLog::append(const QByteArray &entry, const QByteArray &shortForm)
{
    const QByteArray line =
        (entry.size() + 1 <= m_max || shortForm.isEmpty() ? entry : shortForm) + '\n';
    QMutexLocker lock(&m_lock);
    if (!m_file.isOpen())
        return;
    if (m_file.size() + line.size() > m_max) {
        // Keep one previous file: the cap bounds the disk used to about twice the size.
        const QString path = m_file.fileName();
        m_file.close();
        QFile::remove(path + QStringLiteral(".1"));
        QFile::rename(path, path + QStringLiteral(".1"));
        m_file.setFileName(path);
        m_file.open(QIODevice::WriteOnly | QIODevice::Append);
    }
    m_file.write(line);
    m_file.flush();
}

} // namespace churnlab

#pragma once

#include <QFile>
#include <QJsonObject>
#include <QMutex>
#include <QString>

namespace churnlab {

// One JSON line per scoring request (time, endpoint, rows, latency, probabilities, labels, and
// the input values only when asked), appended to a file that is rotated to FILE.1 when it
// passes its size cap. Drift monitoring reads these files.
class RequestLog
{
public:
    RequestLog(const QString &path, qint64 maxBytes, bool logInputs);
    bool isOpen() const { return m_file.isOpen(); }
    QString errorString() const { return m_file.errorString(); }
    bool logsInputs() const { return m_inputs; }
    void append(const QJsonObject &entry);

private:
    QMutex m_lock;
    QFile m_file;
    qint64 m_max;
    bool m_inputs;
};

} // namespace churnlab

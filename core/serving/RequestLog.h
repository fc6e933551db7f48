#pragma once

#include <QFile>
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
    // One line (without its newline). A line larger than the cap would overrun it on its own:
    // then the short form is written instead (the request's facts without its rows), so the
    // log never exceeds its cap by more than one short line.
    void append(const QByteArray &line, const QByteArray &shortForm);

private:
    QMutex m_lock;
    QFile m_file;
    qint64 m_max;
    bool m_inputs;
};

} // namespace churnlab

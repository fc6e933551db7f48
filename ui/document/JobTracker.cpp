#include "ui/document/JobTracker.h"

JobTracker::JobTracker(QObject *parent)
    : QObject(parent)
{
}

JobTracker::~JobTracker()
{
    waitForAll();
}

void JobTracker::cancel(const QString &kind)
{
    m_jobs.remove(kind);
}

void JobTracker::invalidate()
{
    ++m_generation;
    m_jobs.clear();
}

bool JobTracker::release(const QString &kind, quint64 serial, quint64 generation)
{
    const auto it = m_jobs.constFind(kind);
    const bool current = it != m_jobs.cend() && it->serial == serial;
    if (current)
        m_jobs.remove(kind);
    return current && generation == m_generation;
}

void JobTracker::waitForAll()
{
    for (QFutureWatcherBase *w : std::as_const(m_all))
        w->waitForFinished();
}

#pragma once

#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>

// The window's background work in one place, so that no panel re-solves "is this result still
// current": each job has a kind ("profile", "filter", …); a new job of a kind supersedes the one
// running, and invalidate() (new data) supersedes every job started before it. A result reaches
// its `done` on the UI thread only when nothing superseded its job; otherwise it is dropped.
// Work runs on the global thread pool and must own (or share) what it reads. The document owns
// the tracker; panels start their jobs on it with themselves as the receiver, so a result for a
// panel that is gone is dropped too.
class JobTracker final : public QObject
{
    Q_OBJECT

public:
    explicit JobTracker(QObject *parent = nullptr);
    ~JobTracker() override;

    template<typename T>
    void start(const QString &kind, std::function<T()> work, std::function<void(T)> done)
    {
        start<T>(kind, this, std::move(work), std::move(done));
    }
    // `done` runs only while `receiver` exists.
    template<typename T>
    void start(const QString &kind, QObject *receiver, std::function<T()> work,
               std::function<void(T)> done);
    // Drops the kind's running job (its work finishes, its result is not delivered).
    void cancel(const QString &kind);
    // The state the running jobs were started from is gone: none of them is delivered.
    void invalidate();
    bool isRunning(const QString &kind) const { return m_jobs.contains(kind); }
    bool isBusy() const { return !m_jobs.isEmpty(); }
    // Blocks until every job's work has finished (tests, shutdown).
    void waitForAll();

signals:
    void started(const QString &kind);
    // Delivered or dropped.
    void finished(const QString &kind);

private:
    struct Job
    {
        QFutureWatcherBase *watcher = nullptr;
        quint64 serial = 0;
    };
    // True when the job (kind, serial) is still the one to deliver; forgets it either way.
    bool release(const QString &kind, quint64 serial, quint64 generation);

    QHash<QString, Job> m_jobs;
    QList<QFutureWatcherBase *> m_all; // running or waiting to be deleted
    quint64 m_serial = 0;
    quint64 m_generation = 0;
};

template<typename T>
void JobTracker::start(const QString &kind, QObject *receiver, std::function<T()> work,
                       std::function<void(T)> done)
{
    cancel(kind);
    const quint64 serial = ++m_serial;
    const quint64 generation = m_generation;
    auto *watcher = new QFutureWatcher<T>(this);
    m_jobs.insert(kind, {watcher, serial});
    m_all.append(watcher);
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher, kind, serial, generation, receiver = QPointer<QObject>(receiver),
             done = std::move(done)]() {
                m_all.removeOne(watcher);
                watcher->deleteLater();
                const bool current = release(kind, serial, generation);
                if (current && receiver && watcher->future().resultCount() > 0)
                    done(watcher->result());
                emit finished(kind);
            });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
    emit started(kind);
}

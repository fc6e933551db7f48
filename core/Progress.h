#pragma once

#include <QString>

#include <atomic>
#include <functional>

namespace churnlab {

// The handle long work in core receives: it reports how far it got and asks whether to stop.
// Core never knows whether a GUI, the CLI or a test is on the other side, nor which thread
// it runs on; the callback must therefore be thread-safe and cheap.
class Progress
{
public:
    using Callback = std::function<void(double fraction, const QString &message)>;

    Progress() = default;
    explicit Progress(Callback callback)
        : m_callback(std::move(callback))
    {
    }
    Progress(const Progress &) = delete;
    Progress &operator=(const Progress &) = delete;

    void report(double fraction, const QString &message = {});
    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    [[nodiscard]] bool isCancelled() const
    {
        return m_cancelled.load(std::memory_order_relaxed) || (m_cancelCheck && m_cancelCheck());
    }
    // Lets a caller tie cancellation to something it owns (a QPromise, a signal flag).
    void setCancelCheck(std::function<bool()> check) { m_cancelCheck = std::move(check); }

    // A Progress that reports nothing and is never cancelled, for callers that do not care.
    static Progress &none();

private:
    Callback m_callback;
    std::function<bool()> m_cancelCheck;
    std::atomic<bool> m_cancelled = false;
};

// The part [from, to) of a parent's bar, for one step of longer work; cancelled with it.
class SubProgress
{
public:
    SubProgress(Progress &parent, double from, double to)
        : m_progress([&parent, from, to](double f, const QString &message) {
            parent.report(from + (to - from) * f, message);
        })
    {
        m_progress.setCancelCheck([&parent] { return parent.isCancelled(); });
    }
    Progress &operator*() { return m_progress; }

private:
    Progress m_progress;
};

} // namespace churnlab

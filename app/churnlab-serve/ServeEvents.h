#pragma once

#include <QJsonObject>
#include <QObject>
#include <QSocketNotifier>

#include <memory>

class HttpTransport;
class QCoreApplication;
namespace churnlab {
class BundleWatcher;
class ScoringService;
} // namespace churnlab

// The server's life as a platform sees it: one JSON line on stderr per event (listening,
// reloaded, reload_refused, draining, stopped) for the log collector; a new bundle from the
// watcher swapped in whole; SIGHUP reloads, SIGTERM and SIGINT drain then quit.
class ServeEvents final : public QObject
{
    Q_OBJECT

public:
    ServeEvents(churnlab::ScoringService &service, HttpTransport &transport,
                churnlab::BundleWatcher &watcher);
    ~ServeEvents() override;

    static void log(const QString &what, const QJsonObject &details = {});
    // Routes SIGHUP, SIGTERM and SIGINT through a socket pair into the event loop.
    void handleSignals(QCoreApplication &app);

private:
    churnlab::ScoringService &m_service;
    HttpTransport &m_transport;
    churnlab::BundleWatcher &m_watcher;
    std::unique_ptr<QSocketNotifier> m_notifier;
};

#pragma once

#include "core/bundle/Bundle.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

#include <memory>

namespace churnlab {

// Watches the file a server serves from and opens each new version off the event loop's thread:
// a verified bundle is offered whole (loaded), a bad one is reported (refused) and the old one
// keeps serving. The folder is watched as well as the file, so that the file being deleted, or
// replaced by a rename, never ends the watching: the next good file moved into place is loaded.
class BundleWatcher : public QObject
{
    Q_OBJECT

public:
    BundleWatcher(QString path, QByteArray trustedKey, QObject *parent = nullptr);

    // Opens the file now (SIGHUP); a reload already running absorbs the request.
    void reload(const QString &reason);

signals:
    void loaded(std::shared_ptr<const churnlab::Bundle> bundle, const QString &reason);
    void refused(const QString &error, const QString &reason);

private:
    void changed();

    QString m_path;
    QByteArray m_trustedKey;
    QFileSystemWatcher m_watcher;
    QTimer m_settle;
    QByteArray m_lastSeen; // size and time of the file last opened, to skip unrelated events
    bool m_reloading = false;
    bool m_again = false;
};

} // namespace churnlab

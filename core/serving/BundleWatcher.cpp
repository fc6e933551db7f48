#include "core/serving/BundleWatcher.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace churnlab {

namespace {

// What distinguishes one version of the file from the next without reading it.
QByteArray stamp(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {};
    return QByteArray::number(info.size()) + '@'
        + QByteArray::number(info.lastModified().toMSecsSinceEpoch()) + '#'
        + QByteArray::number(info.metadataChangeTime().toMSecsSinceEpoch());
}

} // namespace

BundleWatcher::BundleWatcher(QString path, QByteArray trustedKey, QObject *parent)
    : QObject(parent)
    , m_path(QFileInfo(path).absoluteFilePath())
    , m_trustedKey(std::move(trustedKey))
{
    m_lastSeen = stamp(m_path);
    m_watcher.addPath(QFileInfo(m_path).absolutePath());
    if (QFileInfo::exists(m_path))
        m_watcher.addPath(m_path);
    m_settle.setSingleShot(true);
    m_settle.setInterval(300); // a file being copied in changes many times
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, &m_settle, qOverload<>(&QTimer::start));
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, [this]() {
        // Other files of the folder change too; only this file's arrival or change counts.
        if (stamp(m_path) != m_lastSeen)
            m_settle.start();
    });
    connect(&m_settle, &QTimer::timeout, this, &BundleWatcher::changed);
}

void BundleWatcher::changed()
{
    // A deleted file drops out of the watcher, and a rename puts a new file under the name:
    // watch whatever now stands there.
    if (QFileInfo::exists(m_path) && !m_watcher.files().contains(m_path))
        m_watcher.addPath(m_path);
    if (!QFileInfo::exists(m_path)) {
        m_lastSeen.clear();
        return; // nothing to load until a file arrives; the old model keeps serving
    }
    reload(QStringLiteral("file changed"));
}

void BundleWatcher::reload(const QString &reason)
{
    if (m_reloading) {
        m_again = true; // the file may have changed again while it was being read
        return;
    }
    m_reloading = true;
    m_lastSeen = stamp(m_path);
    auto *watcher = new QFutureWatcher<Result<Bundle>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, reason]() {
        Result<Bundle> next = watcher->result();
        watcher->deleteLater();
        m_reloading = false;
        if (next)
            emit loaded(std::make_shared<const Bundle>(std::move(next.value())), reason);
        else
            emit refused(next.error().message, reason);
        if (std::exchange(m_again, false) && stamp(m_path) != m_lastSeen)
            reload(reason);
    });
    watcher->setFuture(QtConcurrent::run(
        [path = m_path, key = m_trustedKey]() { return Bundle::open(path, key); }));
}

} // namespace churnlab

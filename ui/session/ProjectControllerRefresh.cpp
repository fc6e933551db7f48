// File ▸ Refresh Data: the data's source read again under the analysis as it stands.
#include "ui/session/ProjectController.h"

#include "core/project/DataSource.h"
#include "ui/document/AnalysisDocument.h"

#include <QtConcurrent/QtConcurrentRun>

using namespace churnlab;

bool ProjectController::canRefreshData() const
{
    const DataInput &input = m_document->dataInput();
    return m_document->dataset() && !m_pending && !isBusy()
        && (input.isDatabase() || !input.path.isEmpty());
}

// The analysis is kept as a pending project, as when a project opens, and applied again once
// the new rows have reached the workspaces; the query or the file runs with the options it
// was read with.
void ProjectController::refreshData()
{
    if (!canRefreshData())
        return;
    m_refreshBefore = m_document->dataset();
    m_refreshWasModified = m_modified;
    m_pending = snapshot();
    m_pendingPath = m_path;
    m_pendingRecovered = false;
    m_pendingTestData = m_document->testData();
    m_refreshing = true;
    emit loadRequested(m_document->dataInput(), m_document->importOptions());
}

void ProjectController::dataCancelled()
{
    // Nothing was read: the window keeps its data, and the project stays as it was.
    m_pending.reset();
    m_pendingTestData.reset();
    m_refreshBefore.reset();
    m_refreshing = false;
}

// The analysis is back on the new rows; what changed is found off the UI thread (hashing a
// million rows takes a while) and said when known.
void ProjectController::finishRefresh()
{
    m_refreshing = false;
    setModified(m_refreshWasModified);
    updateTitle();
    emit changed();
    auto before = std::exchange(m_refreshBefore, nullptr);
    auto after = m_document->dataset();
    if (!before || !after)
        return;
    const QString name = m_document->dataName();
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher]() {
        const QString changes = watcher->result();
        watcher->deleteLater();
        if (!changes.isEmpty())
            touched(); // a saved project's data is different now
        emit dataRefreshed(changes);
    });
    watcher->setFuture(QtConcurrent::run([before, after, name]() {
        return DataSource::changes(DataFingerprint::ofRows(name, *before),
                                   DataFingerprint::ofRows(name, *after));
    }));
}

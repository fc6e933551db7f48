#pragma once

#include "core/Result.h"
#include "core/bundle/DataFingerprint.h"
#include "core/data/ColumnType.h"
#include "core/data/DataInput.h"
#include "core/data/csv/CsvDialect.h"
#include "core/project/Project.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

class AnalysisDocument;
class QAction;
class QMenu;
class QTimer;

// The window's project: what is in it (gathered from the workspaces when saved, put back into
// them when opened), where it lives, and whether it has unsaved changes. Saving builds the
// new models' bundles and writes the file off the UI thread, atomically. Every few minutes a
// project with unsaved changes is written to a recovery file of this process; the next start
// after a crash offers it back. Opening checks the data file still is what the project
// recorded, and offers to locate it when it moved or changed.
class ProjectController final : public QObject
{
    Q_OBJECT

public:
    // Dialogs (save, locate, recover) open over dialogParent.
    ProjectController(AnalysisDocument *document, QWidget *dialogParent);
    ~ProjectController() override;

    QString path() const { return m_path; }
    QString name() const;
    bool isModified() const { return m_modified; }
    bool isBusy() const { return m_saveWatcher.isRunning() || m_openWatcher.isRunning(); }

    void newProject();
    void open(const QString &path);
    // Saves to path (or the current path; asks when there is none). Returns false when the
    // user cancelled the dialog; the result arrives with saved().
    bool save(const QString &path = {});
    bool saveAs();
    void close();
    // Asks what to do with unsaved changes; false means "stay". Saving waits for the write.
    bool maybeSave();
    // Before new data is opened: asks about unsaved changes, then closes the project so that
    // the data starts an analysis of its own (its own title, no old models, canvas or name).
    // False: the analyst chose to stay.
    bool startNewAnalysis();
    // The project as the workspaces show it now; with bundles for models trained since the
    // last save only when asked (that takes a moment).
    churnlab::Project snapshot() const;
    void exportReport(const QString &path = {});
    void exportCanvas(const QString &path = {});

    // Recovery files left by ChurnLab processes that are gone, newest first.
    static QStringList orphanedRecoveries();
    static QString recoveryFolder();
    // Offers the newest orphaned recovery file (tests may pass ask = false to accept it);
    // true when it is being recovered.
    bool offerRecovery(bool ask = true);
    QString recoveryFile() const;
    // Removes this process's recovery file (saved, closed, or quit cleanly).
    void discardRecovery();
    // Writes the recovery file now when there are unsaved changes.
    void autosave();

    void setModified(bool modified);
    // What else keeps autosave waiting (a training that runs).
    void setBusyCheck(std::function<bool()> busy) { m_busyCheck = std::move(busy); }
    // The window could not read the data a project asked for.
    void dataFailed();
    // The analyst cancelled that read.
    void dataCancelled();
    // File ▸ Refresh Data: reads the data's file or query again, keeps the analysis (target,
    // features, models, decisions) and says what changed (dataRefreshed).
    bool canRefreshData() const;
    void refreshData();

signals:
    // Asks the window to read the project's data (or the built-in sample); the document's
    // dataChanged tells when it has arrived.
    void loadRequested(const churnlab::DataInput &input, const churnlab::CsvOptions &options);
    void sampleRequested();
    // The window drops its data and stops what works on it.
    void closeRequested();
    void titleChanged(const QString &title);
    void modifiedChanged(bool modified);
    // The recent-projects list changed (ProjectMenu shows it).
    void recentProjectsChanged();
    // The project changed (canvas facts may be stale).
    void changed();
    void saved(const QString &path, const QString &error);
    void opened(const QString &path);
    void openFailed(const QString &path, const QString &error);
    void reportWritten(const QString &path, const QString &error);
    // After refreshData(): what differs from the rows before, in a sentence; "" if nothing.
    void dataRefreshed(const QString &changes);

private:
    struct SaveJob;
    struct SaveOutcome;
    struct OpenOutcome;

    void connectWorkspaces();
    void startSave(const QString &target, bool recovery);
    void openInBackground(const QString &path, const QString &originalPath, bool recovered);
    void onSaved();
    void onOpened();
    void apply(const churnlab::Project &project);
    void finishRefresh();
    void updateTitle();
    void updateRecentMenu();
    void touched();
    bool locateData(churnlab::Project &project, churnlab::DataSource::Status status,
                    const QString &why);

    AnalysisDocument *m_document;
    QWidget *m_parent;
    std::function<bool()> m_busyCheck;
    QString m_path;
    QString m_name;
    QDateTime m_created;
    bool m_modified = false;
    bool m_applying = false;
    bool m_settling = false; // new data reaching the workspaces
    std::optional<churnlab::Project> m_pending; // opened, waiting for its data
    QString m_pendingPath;
    bool m_pendingRecovered = false;
    std::shared_ptr<const churnlab::Dataset> m_pendingTestData;
    bool m_refreshing = false; // the pending project is the analysis, its data read again
    bool m_refreshWasModified = false;
    std::shared_ptr<const churnlab::Dataset> m_refreshBefore;
    mutable QHash<QString, churnlab::DataFingerprint> m_fingerprints; // "path|size|mtime"
    QTimer *m_autosave = nullptr;
    QFutureWatcher<std::shared_ptr<SaveOutcome>> m_saveWatcher;
    QFutureWatcher<std::shared_ptr<OpenOutcome>> m_openWatcher;
};

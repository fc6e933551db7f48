#include "ui/session/ProjectController.h"

#include "core/project/ProjectTraining.h"
#include "core/train/TrainingSession.h"
#include "ui/AppSettings.h"
#include "ui/document/AnalysisDocument.h"
#include "ui/session/RecoveryFile.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

using namespace churnlab;

struct ProjectController::SaveOutcome
{
    QString target;
    bool recovery = false;
    QString error;
    QList<ProjectModel> built; // bundles made for models trained since the last save
    std::optional<std::pair<QString, DataFingerprint>> fingerprint; // cache key, value
};

struct ProjectController::OpenOutcome
{
    std::shared_ptr<const Dataset> testData; // the project's test file, read as the data is
    QString path;
    QString originalPath; // recovery: where the project was saved, if anywhere
    bool recovered = false;
    std::optional<Project> project;
    Error error;
    DataSource::Status status = DataSource::Status::Ok;
    QString why;
};

namespace {

QString fingerprintKey(const QString &file)
{
    const QFileInfo info(file);
    return QStringLiteral("%1|%2|%3")
        .arg(info.absoluteFilePath())
        .arg(info.size())
        .arg(info.lastModified().toMSecsSinceEpoch());
}

int autosaveSeconds()
{
    bool ok = false;
    const int seconds = qEnvironmentVariableIntValue("CHURNLAB_AUTOSAVE_SECONDS", &ok);
    return ok && seconds > 0 ? seconds : 120;
}

} // namespace

ProjectController::ProjectController(AnalysisDocument *document, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_document(document)
    , m_parent(dialogParent)
{
    m_autosave = new QTimer(this);
    m_autosave->setInterval(autosaveSeconds() * 1000);
    connect(m_autosave, &QTimer::timeout, this, &ProjectController::autosave);
    m_autosave->start();
    connect(&m_saveWatcher, &QFutureWatcherBase::finished, this, &ProjectController::onSaved);
    connect(&m_openWatcher, &QFutureWatcherBase::finished, this, &ProjectController::onOpened);
    connectWorkspaces();
}

ProjectController::~ProjectController()
{
    m_saveWatcher.waitForFinished();
    m_openWatcher.waitForFinished();
}

void ProjectController::connectWorkspaces()
{
    AnalysisDocument *document = m_document;
    connect(document, &AnalysisDocument::dataSourceChanged, this, [this]() {
        // Until the workspaces have taken the new data (profiles first), what they do by
        // themselves (guessing the target) is no change of the analyst's.
        m_settling = true;
        // New data in a saved project changes it; data opened into an untitled one is just a
        // start, not work that a quit should ask about.
        if (!m_pending && !m_path.isEmpty())
            touched();
        updateTitle();
    });
    connect(document, &AnalysisDocument::dataChanged, this, [this]() {
        m_settling = false;
        updateTitle();
        if (m_pending) {
            const Project p = std::move(*m_pending);
            m_pending.reset();
            apply(p);
        }
    });
    connect(document, &AnalysisDocument::featuresChanged, this, &ProjectController::touched);
    connect(document, &AnalysisDocument::decisionChanged, this, &ProjectController::touched);
    connect(document, &AnalysisDocument::roiChanged, this, &ProjectController::touched);
    connect(document, &AnalysisDocument::fairnessChanged, this, &ProjectController::touched);
    connect(document, &AnalysisDocument::canvasChanged, this, &ProjectController::touched);
    for (auto signal : {&AnalysisDocument::modelAdded, &AnalysisDocument::modelRemoved})
        connect(document, signal, this, &ProjectController::touched);
    connect(document, &AnalysisDocument::targetChanged, this, &ProjectController::touched);
    connect(document, &AnalysisDocument::currentModelChanged, this, &ProjectController::touched);
    connect(document, &AnalysisDocument::trainingSettingsChanged, this,
            &ProjectController::touched);
    connect(document->undoStack(), &QUndoStack::indexChanged, this, &ProjectController::touched);
}

void ProjectController::dataFailed()
{
    if (m_refreshing) {
        dataCancelled(); // the window said why, and keeps the rows it had
        return;
    }
    if (m_pending) {
        m_pending.reset();
        emit openFailed(m_pendingPath, tr("The project's data could not be read."));
    }
}

void ProjectController::touched()
{
    if (m_applying || m_pending || m_settling)
        return;
    setModified(true);
    emit changed();
}

void ProjectController::setModified(bool modified)
{
    m_modified = modified;
    emit modifiedChanged(modified);
}

QString ProjectController::name() const
{
    if (!m_name.isEmpty())
        return m_name;
    if (!m_path.isEmpty())
        return QFileInfo(m_path).completeBaseName();
    if (m_document->dataInput().isDatabase())
        return m_document->dataName();
    if (!m_document->dataFile().isEmpty())
        return QFileInfo(m_document->dataFile()).completeBaseName();
    return tr("Untitled");
}

void ProjectController::updateTitle()
{
    // A project not saved yet is known by its data, as before it was a project.
    QString title = name();
    if (m_path.isEmpty() && m_name.isEmpty())
        title = m_document->dataName().isEmpty()
            ? (m_document->dataset() ? tr("Sample data") : tr("Untitled"))
            : m_document->dataName();
    emit titleChanged(tr("%1[*] — ChurnLab").arg(title));
    emit modifiedChanged(m_modified);
    // A saved project's runs go to an experiment of its name, so the Runs tab can show its own.
    m_document->setExperiment(m_path.isEmpty() ? QString() : name());
}

Project ProjectController::snapshot() const
{
    Project p = m_document->toProject();
    p.name = name();
    p.created = m_created.isValid() ? m_created : QDateTime::currentDateTimeUtc();
    const auto data = m_document->dataset();
    const QString file = m_document->dataFile();
    if (data && m_document->dataInput().isDatabase()) {
        // The rows' hash is taken on the save's worker thread (startSave).
        p.data.database = *m_document->dataInput().query;
        p.data.database->url.password.clear();
        p.data.options = m_document->importOptions();
        p.data.fingerprint = DataFingerprint::ofDataset(p.data.database->display(), *data);
    } else if (data && file.isEmpty()) {
        p.data = DataSource::ofSample(*data);
    } else if (data) {
        p.data.path = QFileInfo(file).absoluteFilePath();
        p.data.options = m_document->importOptions();
        p.data.fingerprint = m_fingerprints.value(
            fingerprintKey(file), DataFingerprint::ofDataset(QFileInfo(file).fileName(), *data));
    }
    return p;
}

void ProjectController::startSave(const QString &target, bool recovery)
{
    m_saveWatcher.waitForFinished();
    Project project = snapshot();
    // A project is named after its file, unless it was given a name of its own.
    if (!recovery && (m_name.isEmpty() || m_name == QFileInfo(m_path).completeBaseName()))
        project.name = QFileInfo(target).completeBaseName();
    // Models trained since the last save get their bundles, each from the session that
    // trained it.
    QList<std::pair<std::shared_ptr<const TrainingSession>,
                    QList<std::shared_ptr<const ModelReport>>>>
        fresh;
    for (const AnalysisDocument::Model &m : m_document->models()) {
        if (m.isStored() || !m.session)
            continue;
        auto group = std::find_if(fresh.begin(), fresh.end(),
                                  [&](const auto &g) { return g.first == m.session; });
        if (group == fresh.end())
            fresh.append({m.session, {m.report}});
        else
            group->second.append(m.report);
    }
    const QString file = project.data.sample ? QString() : project.data.path;
    const bool cached = m_fingerprints.contains(fingerprintKey(file));
    const auto data = m_document->dataset();
    const QString originalPath = m_path;
    m_saveWatcher.setFuture(QtConcurrent::run([=]() mutable {
        auto out = std::make_shared<SaveOutcome>();
        out->target = target;
        out->recovery = recovery;
        if (project.data.database && data)
            project.data =
                DataSource::ofDatabase(*project.data.database, project.data.options, *data);
        if (!file.isEmpty()) {
            if (cached) {
                project.data.rebase({}, target);
            } else if (data) {
                auto source = DataSource::ofFile(file, target, project.data.options, *data);
                if (!source) {
                    out->error = source.error().describe();
                    return out;
                }
                project.data = *source;
                out->fingerprint = {fingerprintKey(file), source->fingerprint};
            }
        }
        for (const auto &[session, reports] : fresh) {
            if (auto stored = ProjectTraining::store(project, *session, reports); !stored) {
                out->error = stored.error().describe();
                return out;
            }
            for (const auto &report : reports)
                if (const ProjectModel *m = project.model(report->id))
                    out->built.append(*m);
        }
        if (auto written = project.save(target); !written) {
            out->error = written.error().describe();
            return out;
        }
        if (recovery)
            RecoveryFile::writeSidecar(target, originalPath, project.name);
        return out;
    }));
}

void ProjectController::onSaved()
{
    if (m_saveWatcher.future().resultCount() == 0)
        return;
    const auto out = m_saveWatcher.result();
    if (out->fingerprint)
        m_fingerprints.insert(out->fingerprint->first, out->fingerprint->second);
    if (!out->built.isEmpty())
        m_document->adoptStored(out->built);
    if (out->recovery) {
        if (!out->error.isEmpty())
            qWarning("autosave failed: %s", qPrintable(out->error));
        return;
    }
    if (out->error.isEmpty()) {
        if (m_name.isEmpty() || m_name == QFileInfo(m_path).completeBaseName())
            m_name.clear();
        m_path = out->target;
        setModified(false);
        discardRecovery();
        AppSettings::addRecentProject(m_path);
        updateRecentMenu();
        updateTitle();
    } else {
        QMessageBox::warning(m_parent, tr("Cannot save the project"), out->error);
    }
    emit saved(out->target, out->error);
}

bool ProjectController::save(const QString &given)
{
    QString target = given.isEmpty() ? m_path : given;
    if (target.isEmpty())
        return saveAs();
    if (!target.endsWith(QLatin1String(".churnlab")))
        target += QLatin1String(".churnlab");
    startSave(target, false);
    return true;
}

bool ProjectController::saveAs()
{
    const QString dir = m_path.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        : QFileInfo(m_path).absolutePath();
    const QString target = QFileDialog::getSaveFileName(
        m_parent, tr("Save project"), dir + QLatin1Char('/') + name() + QStringLiteral(".churnlab"),
        tr("ChurnLab projects (*.churnlab)"));
    if (target.isEmpty())
        return false;
    return save(target);
}

bool ProjectController::maybeSave()
{
    if (!m_modified)
        return true;
    const auto answer = QMessageBox::question(
        m_parent, tr("Unsaved changes"),
        tr("“%1” has changes that are not saved. Save them first?").arg(name()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Discard)
        return true;
    QEventLoop loop;
    connect(this, &ProjectController::saved, &loop, &QEventLoop::quit);
    if (!save())
        return false;
    loop.exec();
    return !m_modified;
}

bool ProjectController::startNewAnalysis()
{
    if (isBusy() || !maybeSave())
        return false;
    close();
    return true;
}

void ProjectController::newProject()
{
    if (!maybeSave())
        return;
    close();
}

void ProjectController::close()
{
    emit closeRequested();
    m_document->reset();
    discardRecovery();
    m_path.clear();
    m_name.clear();
    m_created = QDateTime::currentDateTimeUtc();
    setModified(false);
    updateTitle();
}

void ProjectController::open(const QString &path)
{
    if (isBusy() || !maybeSave())
        return;
    openInBackground(path, {}, false);
}

void ProjectController::openInBackground(const QString &path, const QString &originalPath,
                                         bool recovered)
{
    // Reading the archive, checking its bundles and hashing the data all wait off the UI thread.
    m_openWatcher.setFuture(QtConcurrent::run([path, originalPath, recovered]() {
        auto out = std::make_shared<OpenOutcome>();
        out->path = path;
        out->originalPath = originalPath;
        out->recovered = recovered;
        auto project = Project::open(path);
        if (!project) {
            out->error = project.error();
            return out;
        }
        out->status = project->data.check(path, &out->why);
        // A test file's models are judged on its rows: read it as the data is read.
        if (auto test = project->loadTestFile(path))
            out->testData = *test;
        out->project = std::move(*project);
        return out;
    }));
}

bool ProjectController::locateData(Project &project, DataSource::Status status, const QString &why)
{
    QMessageBox box(QMessageBox::Warning, tr("The project's data"), why, QMessageBox::Cancel,
                    m_parent);
    box.setObjectName(QStringLiteral("locateDataBox"));
    box.setInformativeText(
        status == DataSource::Status::Missing
            ? tr("Locate the file to open the project with it.")
            : tr("The models were trained on the file as it was. Use the changed file, or locate "
                 "the original?"));
    QPushButton *locate = box.addButton(tr("&Locate…"), QMessageBox::AcceptRole);
    QPushButton *useIt = status == DataSource::Status::Changed
        ? box.addButton(tr("&Use the Changed File"), QMessageBox::DestructiveRole)
        : nullptr;
    box.exec();
    if (box.clickedButton() == useIt && useIt) {
        project.data.fingerprint.sha256.clear(); // recorded anew when saved
        return true;
    }
    if (box.clickedButton() != locate)
        return false;
    const QString file =
        QFileDialog::getOpenFileName(m_parent, tr("Locate %1").arg(project.data.fingerprint.file),
                                     QFileInfo(m_pendingPath).absolutePath(),
                                     tr("CSV files (*.csv *.tsv *.txt);;All files (*)"));
    if (file.isEmpty())
        return false;
    project.data.path = QFileInfo(file).absoluteFilePath();
    project.data.fingerprint.sha256.clear();
    return true;
}

void ProjectController::onOpened()
{
    if (m_openWatcher.future().resultCount() == 0)
        return;
    auto out = m_openWatcher.result();
    m_pendingPath = out->path;
    if (!out->project) {
        if (!out->recovered) {
            AppSettings::removeRecentProject(out->path);
            updateRecentMenu();
        }
        QMessageBox box(QMessageBox::Warning, tr("Cannot open the project"), out->error.describe(),
                        QMessageBox::Ok, m_parent);
        box.setObjectName(QStringLiteral("errorBox"));
        box.exec();
        emit openFailed(out->path, out->error.describe());
        return;
    }
    Project project = std::move(*out->project);
    if (out->status != DataSource::Status::Ok && !locateData(project, out->status, out->why)) {
        emit openFailed(out->path, out->why);
        return;
    }
    m_pendingRecovered = out->recovered;
    if (out->recovered) {
        project.data.rebase(out->path, out->originalPath);
        m_pendingPath = out->originalPath;
    }
    const QString dataPath = project.data.absolutePath(out->path);
    if (!project.data.sample && !project.data.database
        && !project.data.fingerprint.sha256.isEmpty())
        m_fingerprints.insert(fingerprintKey(dataPath), project.data.fingerprint);
    const bool sample = project.data.sample;
    m_pendingTestData = std::move(out->testData);
    m_pending = std::move(project);
    if (sample)
        emit sampleRequested();
    else if (m_pending->data.database)
        emit loadRequested(DataInput(*m_pending->data.database), m_pending->data.options);
    else
        emit loadRequested(DataInput(dataPath), m_pending->data.options);
}

void ProjectController::apply(const Project &project)
{
    m_applying = true;
    m_document->restore(project);
    m_document->setTestData(project.testFilePath(m_pendingPath),
                            std::exchange(m_pendingTestData, nullptr));
    m_name = project.name;
    m_created = project.created;
    m_applying = false;
    if (m_refreshing)
        return finishRefresh();
    if (m_pendingRecovered) {
        // A recovered project has unsaved work by definition; its file goes once saved.
        m_path = m_pendingPath;
        setModified(true);
    } else {
        m_path = m_pendingPath;
        setModified(false);
        AppSettings::addRecentProject(m_path);
        updateRecentMenu();
    }
    updateTitle();
    emit changed();
    emit opened(m_path);
}

QString ProjectController::recoveryFolder()
{
    return RecoveryFile::folder();
}

QString ProjectController::recoveryFile() const
{
    return RecoveryFile::ofThisProcess();
}

void ProjectController::discardRecovery()
{
    m_saveWatcher.waitForFinished();
    RecoveryFile::remove(recoveryFile());
}

void ProjectController::autosave()
{
    if (!m_modified || isBusy() || !m_document->dataset() || (m_busyCheck && m_busyCheck()))
        return;
    QDir().mkpath(recoveryFolder());
    startSave(recoveryFile(), true);
}

QStringList ProjectController::orphanedRecoveries()
{
    return RecoveryFile::orphans();
}

bool ProjectController::offerRecovery(bool ask)
{
    const QStringList files = orphanedRecoveries();
    if (files.isEmpty())
        return false;
    const QString file = files.first();
    const QJsonObject info = RecoveryFile::readSidecar(file);
    const QString original = info.value(QStringLiteral("path")).toString();
    if (ask) {
        QMessageBox box(
            QMessageBox::Question, tr("Recover unsaved work"),
            tr("ChurnLab did not close properly. Unsaved work on “%1” from %2 was kept.")
                .arg(info.value(QStringLiteral("name")).toString(),
                     QLocale().toString(
                         QDateTime::fromString(info.value(QStringLiteral("time")).toString(),
                                               Qt::ISODate),
                         QLocale::ShortFormat)),
            QMessageBox::NoButton, m_parent);
        QPushButton *recover = box.addButton(tr("&Recover"), QMessageBox::AcceptRole);
        QPushButton *discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
        box.addButton(tr("&Later"), QMessageBox::RejectRole);
        box.setDefaultButton(recover);
        box.exec();
        if (box.clickedButton() == discard) {
            RecoveryFile::remove(file);
            return false;
        }
        if (box.clickedButton() != recover)
            return false;
    }
    // Recovered files are this process's own from now on, cleaned up like its own.
    openInBackground(RecoveryFile::adopt(file), original, true);
    return true;
}

void ProjectController::updateRecentMenu()
{
    emit recentProjectsChanged();
}

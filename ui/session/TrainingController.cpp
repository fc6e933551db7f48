#include "ui/session/TrainingController.h"

#include "core/data/DataReader.h"
#include "core/tracking/RunRecorder.h"
#include "core/tracking/TrackingStore.h"

#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

using namespace churnlab;

TrainingController::TrainingController(QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
}

TrainingController::~TrainingController()
{
    cancel();
    m_pool.waitForDone();
}

void TrainingController::clearWatchers()
{
    for (Watcher *w : m_watchers) {
        w->disconnect(this);
        w->cancel();
        w->deleteLater();
    }
    m_watchers.clear();
    m_running = 0;
}

void TrainingController::startAutoMl(std::shared_ptr<const Dataset> dataset, const TrainSpec &spec,
                                     const QString &testFile, const CsvOptions &testOptions,
                                     const AutoMlSpec &automl)
{
    start(std::move(dataset), spec, testFile, testOptions);
    m_autoMl = automl;
}

void TrainingController::start(std::shared_ptr<const Dataset> dataset, const TrainSpec &spec,
                               const QString &testFile, const CsvOptions &testOptions)
{
    clearWatchers();
    m_autoMl.reset();
    m_session.reset();
    m_cancelled = false;
    m_tracking = TrackingStore::defaultLocation();
    const bool tracking = !TrackingStore::isDisabled(m_tracking);
    const QString dataPath = m_dataPath;
    auto *watcher = new Watcher(this);
    m_watchers.push_back(watcher);
    ++m_running;
    connect(watcher, &Watcher::finished, this, [this, watcher]() { onPrepared(watcher); });
    for (const QString &id : spec.learnerIds())
        emit modelProgress(id, 0, tr("Preparing features…"));
    watcher->setFuture(QtConcurrent::run(
        &m_pool,
        [dataset, spec, testFile, testOptions, tracking,
         dataPath](QPromise<std::shared_ptr<Outcome>> &promise) {
            Progress progress;
            progress.setCancelCheck([&promise] { return promise.isCanceled(); });
            auto outcome = std::make_shared<Outcome>();
            // The runs this start records say which data they saw.
            outcome->fingerprint = tracking
                ? DataFingerprint::ofSource(dataPath, *dataset, tr("built-in sample"))
                : DataFingerprint::ofDataset(dataPath.isEmpty() ? tr("built-in sample") : dataPath,
                                             *dataset);
            std::shared_ptr<const Dataset> test;
            if (!testFile.isEmpty()) {
                auto read = DataReader(testOptions).read(testFile, progress);
                if (!read) {
                    outcome->error = tr("Test file %1: %2").arg(testFile, read.error().describe());
                    promise.addResult(outcome);
                    return;
                }
                test = std::make_shared<const Dataset>(std::move(read->dataset));
            }
            outcome->session = std::make_shared<TrainingSession>(dataset, spec, test);
            auto prep = outcome->session->prepare(progress);
            if (promise.isCanceled())
                return;
            if (prep)
                outcome->preparation = prep.value();
            else
                outcome->error = prep.error().message;
            promise.addResult(outcome);
        }));
}

void TrainingController::onPrepared(Watcher *watcher)
{
    const QFuture<std::shared_ptr<Outcome>> future = watcher->future();
    if (future.isCanceled() || future.resultCount() == 0) {
        taskDone();
        return;
    }
    const std::shared_ptr<Outcome> outcome = future.result();
    if (!outcome->preparation) {
        emit failed(outcome->error);
        taskDone();
        return;
    }
    m_session = outcome->session;
    m_fingerprint = outcome->fingerprint;
    emit prepared(*outcome->preparation);
    if (m_autoMl)
        launchAutoMl();
    else
        launchModels();
    taskDone();
}

void TrainingController::launchModels()
{
    for (const LearnerSpec &learner : m_session->spec().learners) {
        const QString id = learner.id;
        auto *watcher = new Watcher(this);
        m_watchers.push_back(watcher);
        ++m_running;
        connect(watcher, &Watcher::finished, this,
                [this, watcher, id]() { onModelDone(watcher, id); });
        connect(watcher, &Watcher::progressValueChanged, this, [this, watcher, id](int value) {
            emit modelProgress(id, value, watcher->progressText());
        });
        emit modelProgress(id, 0, tr("Queued"));
        const auto session = m_session;
        const QString store = m_tracking;
        const QString experiment = m_experiment;
        const DataFingerprint fingerprint = m_fingerprint;
        watcher->setFuture(
            QtConcurrent::run(&m_pool, [=](QPromise<std::shared_ptr<Outcome>> &promise) {
                promise.setProgressRange(0, 1000);
                promise.setProgressValueAndText(0, tr("Training…"));
                Progress progress([&promise](double f, const QString &message) {
                    promise.setProgressValueAndText(int(f * 1000), message);
                });
                progress.setCancelCheck([&promise] { return promise.isCanceled(); });
                auto report = session->train(learner, progress);
                // Every run is recorded, finished, failed or cancelled, with no extra click.
                if (promise.isCanceled()) {
                    track(store, experiment,
                          RunRecorder::failed(session->spec(), id, tr("cancelled"), fingerprint,
                                              QStringLiteral("gui"), true));
                    return;
                }
                auto outcome = std::make_shared<Outcome>();
                if (report) {
                    track(store, experiment,
                          RunRecorder::finished(session->spec(), *report, fingerprint,
                                                QStringLiteral("gui")));
                    outcome->report =
                        std::make_shared<const ModelReport>(std::move(report.value()));
                } else {
                    track(store, experiment,
                          RunRecorder::failed(session->spec(), id, report.error().message,
                                              fingerprint, QStringLiteral("gui"), false));
                    outcome->error = report.error().message;
                }
                promise.addResult(outcome);
            }));
    }
}

void TrainingController::onModelDone(Watcher *watcher, const QString &id)
{
    const QFuture<std::shared_ptr<Outcome>> future = watcher->future();
    if (!future.isCanceled() && future.resultCount() > 0) {
        const std::shared_ptr<Outcome> outcome = future.result();
        if (outcome->report)
            emit modelFinished(outcome->report);
        else
            emit modelFailed(id, outcome->error);
    } else {
        emit modelFailed(id, tr("Cancelled"));
    }
    taskDone();
}

void TrainingController::track(const QString &store, const QString &experiment, RunRecord run)
{
    if (!experiment.isEmpty())
        run.experiment = experiment;
    for (const QString &warning : RunRecorder::store(store, {run}))
        qWarning("%s", qPrintable(warning));
}

void TrainingController::launchAutoMl()
{
    auto *watcher = new Watcher(this);
    m_watchers.push_back(watcher);
    ++m_running;
    connect(watcher, &Watcher::finished, this, [this, watcher]() { onAutoMlDone(watcher); });
    const auto session = m_session;
    const QString store = m_tracking;
    const QString experiment = m_experiment;
    const DataFingerprint fingerprint = m_fingerprint;
    const AutoMlSpec spec = *m_autoMl;
    QPointer<TrainingController> self(this);
    watcher->setFuture(QtConcurrent::run(&m_pool, [=](QPromise<std::shared_ptr<Outcome>> &promise) {
        Progress progress;
        progress.setCancelCheck([&promise] { return promise.isCanceled(); });
        // Trials are shown as they finish, on the UI thread.
        auto onTrial = [self](const AutoMlTrial &trial) {
            QMetaObject::invokeMethod(
                self,
                [self, trial]() {
                    if (self)
                        emit self->autoMlTrial(trial);
                },
                Qt::QueuedConnection);
        };
        auto found = AutoMlSearch::run(*session, spec, onTrial, progress);
        auto outcome = std::make_shared<Outcome>();
        if (!found) {
            outcome->error = found.error().message;
        } else {
            for (const auto &report : {found->best, found->ensemble})
                if (report)
                    track(store, experiment,
                          RunRecorder::finished(session->spec(), *report, fingerprint,
                                                QStringLiteral("gui")));
            outcome->autoMl =
                std::make_shared<const AutoMlSearch::Outcome>(std::move(found.value()));
        }
        promise.addResult(outcome);
    }));
}

void TrainingController::onAutoMlDone(Watcher *watcher)
{
    const QFuture<std::shared_ptr<Outcome>> future = watcher->future();
    std::shared_ptr<const AutoMlSearch::Outcome> found;
    if (future.resultCount() > 0) {
        const std::shared_ptr<Outcome> outcome = future.result();
        found = outcome->autoMl;
        if (!found)
            emit failed(outcome->error);
    }
    if (found)
        for (const auto &report : {found->best, found->ensemble})
            if (report)
                emit modelFinished(report);
    emit autoMlFinished(found);
    taskDone();
}

void TrainingController::taskDone()
{
    if (--m_running == 0)
        emit finished(m_cancelled);
}

void TrainingController::cancel()
{
    if (m_running == 0)
        return;
    m_cancelled = true;
    for (Watcher *w : m_watchers)
        w->cancel();
}

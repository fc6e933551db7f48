#pragma once

#include "core/automl/AutoMlSearch.h"
#include "core/bundle/DataFingerprint.h"
#include "core/data/csv/CsvDialect.h"
#include "core/tracking/RunRecord.h"
#include "core/train/TrainingSession.h"

#include <optional>

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>

#include <memory>
#include <vector>

// Runs a core TrainingSession off the UI thread and reports back on it: first one task
// prepares the session (target, split, feature pipeline); then each learner is its own task on
// a pool of its own (so that Explore's charts are never queued behind a long training), and
// its report — metrics, curves, importance, scorer — arrives as soon as it is done. Cancel
// stops every task at its next progress check; a new start supersedes the last.
class TrainingController final : public QObject
{
    Q_OBJECT

public:
    explicit TrainingController(QObject *parent = nullptr);
    ~TrainingController() override;

    // testFile, if given, is read on the worker with the analysis' import options (as the data
    // was), and scored through the input schema as any new data is.
    void start(std::shared_ptr<const churnlab::Dataset> dataset, const churnlab::TrainSpec &spec,
               const QString &testFile = {}, const churnlab::CsvOptions &testOptions = {});
    // The same preparation, then an AutoML search instead of the learners: each trial arrives
    // as autoMlTrial, and the models it found (the best, and the ensemble if kept) as
    // modelFinished before autoMlFinished.
    void startAutoMl(std::shared_ptr<const churnlab::Dataset> dataset,
                     const churnlab::TrainSpec &spec, const QString &testFile,
                     const churnlab::CsvOptions &testOptions, const churnlab::AutoMlSpec &automl);
    void cancel();
    bool isRunning() const { return m_running > 0; }
    // The file the data came from: runs are recorded (TrackingStore::defaultLocation(), unless
    // it is "off") with its fingerprint, hashed on the worker.
    void setDataSource(const QString &path) { m_dataPath = path; }
    // The run store's experiment the runs go to; empty: the default.
    void setExperiment(const QString &experiment) { m_experiment = experiment; }
    std::shared_ptr<const churnlab::TrainingSession> session() const { return m_session; }

signals:
    void prepared(const churnlab::TrainingSession::Preparation &preparation);
    void modelProgress(const QString &id, int permille, const QString &message);
    void modelFinished(std::shared_ptr<const churnlab::ModelReport> report);
    void modelFailed(const QString &id, const QString &message);
    void failed(const QString &message);
    void finished(bool cancelled);
    void autoMlTrial(const churnlab::AutoMlTrial &trial);
    // The whole search (its trials and what it kept); null when it failed (see failed).
    void autoMlFinished(std::shared_ptr<const churnlab::AutoMlSearch::Outcome> outcome);

private:
    struct Outcome
    {
        std::optional<churnlab::TrainingSession::Preparation> preparation;
        std::shared_ptr<churnlab::TrainingSession> session;
        std::shared_ptr<const churnlab::ModelReport> report;
        std::shared_ptr<const churnlab::AutoMlSearch::Outcome> autoMl;
        QString error;
        churnlab::DataFingerprint fingerprint;
    };
    using Watcher = QFutureWatcher<std::shared_ptr<Outcome>>;

    void onPrepared(Watcher *watcher);
    void launchModels();
    void launchAutoMl();
    void onAutoMlDone(Watcher *watcher);
    // Records a run in the store of the current start (unless tracking is off).
    static void track(const QString &store, const QString &experiment, churnlab::RunRecord run);
    void onModelDone(Watcher *watcher, const QString &id);
    void taskDone();
    void clearWatchers();

    QThreadPool m_pool;
    QString m_dataPath;
    QString m_experiment;
    QString m_tracking; // the run store of the current start
    churnlab::DataFingerprint m_fingerprint;
    std::shared_ptr<const churnlab::TrainingSession> m_session;
    std::vector<Watcher *> m_watchers;
    std::optional<churnlab::AutoMlSpec> m_autoMl; // set: the start runs a search
    int m_running = 0;
    bool m_cancelled = false;
};

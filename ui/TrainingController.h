#pragma once

#include "data/Dataset.h"
#include "train/ModelReport.h"

#include <QFutureWatcher>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QThreadPool>

#include <memory>
#include <vector>

// What the analyst asked to train: the data, the target, the holdout and the models.
struct TrainingRequest
{
    std::shared_ptr<const churnlab::Dataset> dataset;
    QString target;
    QString positive;
    double testFraction = 0.2;
    int folds = 0; // ≥ 2: k-fold cross-validation instead of the holdout
    quint64 seed = 42;
    QStringList models;
    QHash<QString, QJsonObject> params; // per model id; missing names take their defaults
    churnlab::FeatureConfig features; // per-column roles and transforms
};

// Trains several models on worker threads and reports back on the UI thread. First one task
// splits the data and fits the feature pipeline on the training rows; then each model is its
// own task on a pool of its own (so that Explore's charts are never queued behind a long
// training), and its report — metrics, curves, importance — arrives as soon as it is done.
// Cancel stops every task at its next progress check; a new start supersedes the last.
class TrainingController final : public QObject
{
    Q_OBJECT

public:
    explicit TrainingController(QObject *parent = nullptr);
    ~TrainingController() override;

    void start(const TrainingRequest &request);
    void cancel();
    bool isRunning() const { return m_running > 0; }
    std::shared_ptr<const churnlab::TrainingData> trainingData() const { return m_data; }

signals:
    void prepared(qint64 trainRows, qint64 testRows, int features);
    void crossValidationStarted(qint64 rows, int folds);
    void modelProgress(const QString &id, int permille, const QString &message);
    void modelFinished(std::shared_ptr<const churnlab::ModelReport> report);
    void modelFailed(const QString &id, const QString &message);
    void failed(const QString &message);
    void finished(bool cancelled);

private:
    struct Outcome
    {
        std::shared_ptr<const churnlab::ModelReport> report;
        QString error;
        std::shared_ptr<const churnlab::TrainingData> data; // holdout
        std::shared_ptr<const churnlab::BinaryTarget> target; // cross-validation
        qint64 labelledRows = 0;
    };
    using Watcher = QFutureWatcher<std::shared_ptr<Outcome>>;

    void onPrepared(Watcher *watcher);
    void launchModels();
    void onModelDone(Watcher *watcher, const QString &id);
    void taskDone();
    void clearWatchers();

    QThreadPool m_pool;
    TrainingRequest m_request;
    std::shared_ptr<const churnlab::TrainingData> m_data;
    std::shared_ptr<const churnlab::BinaryTarget> m_target;
    std::vector<Watcher *> m_watchers;
    int m_running = 0;
    bool m_cancelled = false;
};

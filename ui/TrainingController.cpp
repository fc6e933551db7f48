#include "TrainingController.h"

#include "eval/Split.h"
#include "explore/BinaryTarget.h"
#include "models/ModelCatalog.h"
#include "train/CrossValidation.h"

#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

using namespace churnlab;

namespace {

// Ties a core Progress to the task's promise: progress goes out, cancellation comes in.
template<typename T> void bindProgress(Progress &progress, QPromise<T> &promise)
{
    progress.setCancelCheck([&promise] { return promise.isCanceled(); });
}

} // namespace

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

void TrainingController::start(const TrainingRequest &request)
{
    clearWatchers();
    m_request = request;
    m_data.reset();
    m_target.reset();
    m_cancelled = false;
    auto *watcher = new Watcher(this);
    m_watchers.push_back(watcher);
    ++m_running;
    connect(watcher, &Watcher::finished, this, [this, watcher]() { onPrepared(watcher); });
    for (const QString &id : std::as_const(m_request.models))
        emit modelProgress(id, 0, tr("Preparing features…"));
    const TrainingRequest r = request;
    watcher->setFuture(QtConcurrent::run(&m_pool, [r](QPromise<std::shared_ptr<Outcome>> &promise) {
        auto outcome = std::make_shared<Outcome>();
        auto target = BinaryTarget::fromColumn(*r.dataset, r.target, r.positive);
        if (!target) {
            outcome->error = target.error().message;
            promise.addResult(outcome);
            return;
        }
        Split split = Split::stratified(target->labels(), r.testFraction, r.seed);
        const auto labelled = TrainingData::labelledRows(*target, split.train);
        const auto positives = std::count_if(labelled.begin(), labelled.end(),
                                             [&](quint32 row) { return target->label(row) == 1; });
        if (positives == 0 || positives == qsizetype(labelled.size())) {
            outcome->error = tr("The training rows hold a single class of “%1”.").arg(r.target);
            promise.addResult(outcome);
            return;
        }
        if (promise.isCanceled())
            return;
        if (r.folds >= 2) {
            // Each model's task splits and prepares its own folds.
            outcome->labelledRows = target->positives() + target->negatives();
            outcome->target = std::make_shared<const BinaryTarget>(std::move(target.value()));
            promise.addResult(outcome);
            return;
        }
        FeaturePipeline::Options options;
        options.config = r.features;
        auto data = std::make_shared<TrainingData>(
            TrainingData::prepare(*r.dataset, *target, std::move(split.train), *r.dataset, *target,
                                  std::move(split.test), options));
        if (data->pipeline.featureNames().isEmpty())
            outcome->error = tr("No usable feature columns: every column is the target, an ID, "
                                "free text or constant.");
        outcome->data = std::move(data);
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
    if (!outcome->error.isEmpty()) {
        emit failed(outcome->error);
        taskDone();
        return;
    }
    if (outcome->target) {
        m_target = outcome->target;
        emit crossValidationStarted(outcome->labelledRows, m_request.folds);
        launchModels();
        taskDone();
        return;
    }
    m_data = outcome->data;
    emit prepared(qint64(m_data->trainRows.size()), qint64(m_data->testRows.size()),
                  int(m_data->pipeline.featureNames().size()));
    launchModels();
    taskDone();
}

void TrainingController::launchModels()
{
    for (const QString &id : std::as_const(m_request.models)) {
        auto *watcher = new Watcher(this);
        m_watchers.push_back(watcher);
        ++m_running;
        connect(watcher, &Watcher::finished, this,
                [this, watcher, id]() { onModelDone(watcher, id); });
        connect(watcher, &Watcher::progressValueChanged, this, [this, watcher, id](int value) {
            emit modelProgress(id, value, watcher->progressText());
        });
        const auto data = m_data;
        const auto target = m_target;
        const auto dataset = m_request.dataset;
        const int folds = m_request.folds;
        FeaturePipeline::Options options;
        options.config = m_request.features;
        const QJsonObject params = m_request.params.value(id);
        const quint64 seed = m_request.seed;
        const auto info = ModelCatalog::find(id);
        const QString title = info ? info->title : id;
        emit modelProgress(id, 0, tr("Queued"));
        watcher->setFuture(
            QtConcurrent::run(&m_pool, [=](QPromise<std::shared_ptr<Outcome>> &promise) {
                promise.setProgressRange(0, 1000);
                promise.setProgressValueAndText(0, tr("Training…"));
                // Fitting takes the first 90 % of the bar, importance the rest.
                Progress fit([&promise](double f, const QString &message) {
                    promise.setProgressValueAndText(int(f * 900), message);
                });
                bindProgress(fit, promise);
                auto outcome = std::make_shared<Outcome>();
                if (target) {
                    Progress whole([&promise](double f, const QString &message) {
                        promise.setProgressValueAndText(int(f * 1000), message);
                    });
                    bindProgress(whole, promise);
                    auto report = CrossValidation::run(id, title, params, seed, *dataset, *target,
                                                       folds, options, whole);
                    if (promise.isCanceled())
                        return;
                    if (report)
                        outcome->report =
                            std::make_shared<const ModelReport>(std::move(report.value()));
                    else
                        outcome->error = report.error().message;
                    promise.addResult(outcome);
                    return;
                }
                auto run = ModelRun::train(id, params, seed, *data, 0.5, fit);
                if (promise.isCanceled())
                    return;
                if (!run) {
                    outcome->error = run.error().message;
                    promise.addResult(outcome);
                    return;
                }
                Progress importance([&promise](double f, const QString &message) {
                    promise.setProgressValueAndText(900 + int(f * 100), message);
                });
                bindProgress(importance, promise);
                auto report = std::make_shared<ModelReport>(
                    ModelReport::build(std::move(run.value()), title, *data, seed, importance));
                if (promise.isCanceled())
                    return;
                outcome->report = std::move(report);
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

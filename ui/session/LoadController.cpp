#include "ui/session/LoadController.h"
#include "core/data/DataReader.h"

#include <QtConcurrent/QtConcurrentRun>

using namespace churnlab;

LoadController::LoadController(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::progressValueChanged, this,
            [this](int value) { emit progressChanged(value, m_watcher.progressText()); });
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &LoadController::onFinished);
}

LoadController::~LoadController()
{
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

void LoadController::load(const DataInput &input, const CsvOptions &options)
{
    if (m_watcher.isRunning()) {
        m_watcher.cancel();
        m_watcher.waitForFinished();
    }
    ++m_generation;
    m_options = options;
    m_input = input;
    m_path = input.display();
    m_timer.start();
    auto future = QtConcurrent::run([input, options](QPromise<Outcome> &promise) {
        promise.setProgressRange(0, 1000);
        Progress progress([&promise](double fraction, const QString &message) {
            promise.setProgressValueAndText(int(fraction * 1000), message);
        });
        progress.setCancelCheck([&promise] { return promise.isCanceled(); });
        promise.addResult(
            std::make_shared<Result<CsvReadResult>>(DataReader(options).read(input, progress)));
    });
    m_watcher.setFuture(future);
    emit progressChanged(0, tr("Opening %1").arg(m_path));
}

void LoadController::cancel()
{
    m_watcher.cancel();
}

void LoadController::onFinished()
{
    const quint64 generation = m_generation;
    const QFuture<Outcome> future = m_watcher.future();
    if (future.isCanceled() || future.resultCount() == 0) {
        emit cancelled(m_path);
        return;
    }
    const Outcome outcome = future.result();
    if (generation != m_generation)
        return;
    const double seconds = double(m_timer.nsecsElapsed()) / 1e9;
    if (!outcome->ok()) {
        if (outcome->error().kind == Error::Kind::Cancelled)
            emit cancelled(m_path);
        else
            emit failed(outcome->error(), m_path);
        return;
    }
    CsvReadResult &r = outcome->value();
    auto dataset = std::make_shared<const Dataset>(std::move(r.dataset));
    m_sheet = r.sheet;
    emit loaded(dataset, r.dialect, r.warnings, m_path, seconds);
}

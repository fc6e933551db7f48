#include "core/tracking/RunRecorder.h"

#include "core/tracking/TrackingStore.h"

#include <QCoreApplication>

#include "core/bundle/DataFingerprint.h"
#include "core/models/Model.h"
#include "core/train/ModelReport.h"
#include "core/train/TrainSpec.h"

#include <QJsonArray>

namespace churnlab {

namespace {

RunRecord base(const TrainSpec &spec, const QString &learner, const DataFingerprint &data,
               const QString &source)
{
    RunRecord r;
    r.user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    r.churnlabVersion = QStringLiteral(CHURNLAB_VERSION);
    r.source = source;
    r.data = data.toJson();
    r.learner = learner;
    r.params = spec.paramsOf(learner);
    r.seed = spec.seed;
    r.spec = spec.toJson();
    r.started = QDateTime::currentDateTimeUtc();
    return r;
}

} // namespace

RunRecord RunRecorder::finished(const TrainSpec &spec, const ModelReport &report,
                                const DataFingerprint &data, const QString &source)
{
    RunRecord r = base(spec, report.run.id, data, source);
    if (report.id != report.run.id)
        r.tags << report.id; // e.g. automl-gbt
    if (report.run.model)
        r.params = report.run.model->params(); // every hyperparameter, defaults filled in
    r.metrics = report.run.metrics.toJson();
    if (!report.foldMetrics.empty()) {
        QJsonArray folds;
        for (const BinaryMetrics &m : report.foldMetrics)
            folds.append(m.toJson());
        r.foldMetrics = {{QStringLiteral("folds"), folds}};
    }
    r.trainSeconds = report.run.trainSeconds;
    r.seconds = report.run.trainSeconds + report.run.predictSeconds;
    r.started = r.started.addMSecs(-qint64(r.seconds * 1000));
    return r;
}

RunRecord RunRecorder::failed(const TrainSpec &spec, const QString &learner, const QString &error,
                              const DataFingerprint &data, const QString &source, bool cancelled)
{
    RunRecord r = base(spec, learner, data, source);
    r.status = cancelled ? RunRecord::Status::Cancelled : RunRecord::Status::Failed;
    r.error = error;
    return r;
}

QStringList RunRecorder::store(const QString &location, const QList<RunRecord> &runs)
{
    if (TrackingStore::isDisabled(location) || runs.isEmpty())
        return {};
    auto store = TrackingStore::open(location);
    if (!store)
        return {RunRecorder::tr("runs not recorded: %1").arg(store.error().describe())};
    QStringList warnings;
    for (const RunRecord &run : runs)
        if (auto recorded = (*store)->record(run); !recorded)
            warnings << RunRecorder::tr("run not recorded: %1").arg(recorded.error().describe());
    return warnings;
}

} // namespace churnlab

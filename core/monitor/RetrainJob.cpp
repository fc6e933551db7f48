#include "core/monitor/RetrainJob.h"

#include "core/bundle/Bundle.h"
#include "core/bundle/DataFingerprint.h"
#include "core/tracking/RunRecorder.h"
#include "core/tracking/TrackingStore.h"
#include "core/train/TrainingSession.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

namespace churnlab {

namespace {

Error inFile(const Error &e, const QString &path)
{
    // Say which of the two or three files the problem is in.
    Error out = e;
    out.message = QStringLiteral("%1: %2").arg(path, e.message);
    return out;
}

} // namespace

QJsonObject RetrainJob::Summary::toJson() const
{
    QJsonObject o = outcome.decision.toJson();
    o.insert(QStringLiteral("champion_version"), championVersion);
    o.insert(QStringLiteral("challenger_version"), championVersion + 1);
    o.insert(QStringLiteral("learner"), outcome.challenger.id);
    o.insert(QStringLiteral("written"), written.isEmpty() ? QJsonValue() : QJsonValue(written));
    QJsonArray ids;
    for (qint64 id : runIds)
        ids.append(id);
    o.insert(QStringLiteral("runs"), ids);
    o.insert(QStringLiteral("notes"), QJsonArray::fromStringList(outcome.notes));
    o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(warnings));
    return o;
}

QString RetrainJob::besideChampion(const QString &champion)
{
    if (champion.isEmpty())
        return {};
    const QFileInfo info(champion);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral("-challenger.")
                               + (info.suffix().isEmpty() ? QStringLiteral("clb") : info.suffix()));
}

Result<RetrainJob::Summary> RetrainJob::run(const Request &request, Progress &progress)
{
    const bool append = request.options.mode == RetrainOptions::Mode::Append;
    if (append && request.oldData.display().isEmpty())
        return Error {Error::Kind::InvalidArgument,
                      tr("Appending needs the old training data as well as the new.")};
    progress.report(0, tr("Opening the champion…"));
    auto opened = Bundle::open(request.champion, request.trustedKey);
    if (!opened)
        return inFile(opened.error(), request.champion);
    auto champion = std::make_shared<const Bundle>(std::move(opened.value()));

    SubProgress readingNew(progress, 0.02, append ? 0.12 : 0.2);
    auto fresh = Retraining::readLikeChampion(*champion, request.newData, request.csv, *readingNew);
    if (!fresh)
        return inFile(fresh.error(), request.newData.display());
    const auto newData = std::make_shared<const Dataset>(std::move(fresh.value()));
    std::shared_ptr<const Dataset> oldData;
    if (append) {
        SubProgress readingOld(progress, 0.12, 0.2);
        auto old =
            Retraining::readLikeChampion(*champion, request.oldData, request.csv, *readingOld);
        if (!old)
            return inFile(old.error(), request.oldData.display());
        oldData = std::make_shared<const Dataset>(std::move(old.value()));
    }

    SubProgress retraining(progress, 0.2, 0.95);
    auto outcome = Retraining(champion, request.options).run(newData, oldData, *retraining);
    if (!outcome)
        return outcome.error();
    Summary summary;
    summary.outcome = std::move(outcome.value());
    summary.championVersion = champion->modelVersion();

    // A database's rows have no file to hash: their values are hashed instead.
    auto fingerprint = request.newData.isDatabase()
        ? Result<DataFingerprint>(
            DataFingerprint::ofRows(request.newData.display(), *summary.outcome.session->dataset()))
        : DataFingerprint::ofFile(request.newData.path, *summary.outcome.session->dataset());
    if (!fingerprint)
        return fingerprint.error();
    if (append)
        fingerprint->file = QStringLiteral("%1 + %2").arg(
            request.oldData.isDatabase() ? request.oldData.display()
                                         : QFileInfo(request.oldData.path).fileName(),
            fingerprint->file);
    if (summary.outcome.decision.promote && !request.dryRun) {
        progress.report(0.96, tr("Writing the new version…"));
        auto next = Retraining::nextBundle(summary.outcome, *champion, *fingerprint);
        if (!next)
            return next.error();
        const QString path = request.output.isEmpty() ? request.champion : request.output;
        if (auto saved = next->save(path, request.secretKey); !saved)
            return inFile(saved.error(), path);
        summary.written = path;
    }
    track(request, *champion, summary, fingerprint->toJson());
    progress.report(1.0);
    return summary;
}

// Two runs: the champion judged on the holdout, and the challenger trained on the new data;
// both carry the decision in their note, and a promoted challenger becomes the champion of
// the experiment. A store that cannot be opened is a warning: the decision stands.
void RetrainJob::track(const Request &request, const Bundle &champion, Summary &summary,
                       const QJsonObject &newData)
{
    const QString location =
        request.tracking.isEmpty() ? TrackingStore::defaultLocation() : request.tracking;
    if (TrackingStore::isDisabled(location))
        return;
    auto store = TrackingStore::open(location);
    if (!store) {
        summary.warnings << tr("Runs not recorded: %1").arg(store.error().describe());
        return;
    }
    const Retraining::Outcome &o = summary.outcome;
    const RetrainDecision &d = o.decision;
    QString note = d.summary();
    for (const QString &reason : d.reasons)
        note += QLatin1Char(' ') + reason;

    auto championData =
        DataFingerprint::fromJson(champion.manifest().value(QStringLiteral("data")).toObject());
    auto newFingerprint = DataFingerprint::fromJson(newData);
    RunRecord judged =
        RunRecorder::finished(o.session->spec(), o.challenger,
                              championData ? *championData : DataFingerprint {}, request.source);
    judged.params = champion.manifest()
                        .value(QStringLiteral("model"))
                        .toObject()
                        .value(QStringLiteral("params"))
                        .toObject();
    judged.metrics = d.champion.toJson();
    judged.foldMetrics = {};
    judged.trainSeconds = 0;
    judged.seconds = 0;
    judged.bundle = QFileInfo(request.champion).absoluteFilePath();
    judged.tags = {QStringLiteral("retrain-champion"),
                   QStringLiteral("v%1").arg(summary.championVersion)};
    judged.note = note;

    RunRecord challenger = RunRecorder::finished(
        o.session->spec(), o.challenger, newFingerprint ? *newFingerprint : DataFingerprint {},
        request.source);
    challenger.metrics = d.challenger.toJson();
    challenger.bundle =
        summary.written.isEmpty() ? QString() : QFileInfo(summary.written).absoluteFilePath();
    challenger.tags = {QStringLiteral("retrain-challenger"),
                       QStringLiteral("v%1").arg(summary.championVersion + 1)};
    if (d.promote)
        challenger.tags << (summary.written.isEmpty() ? QStringLiteral("promotable")
                                                      : QStringLiteral("promoted"));
    challenger.note = note;

    for (const RunRecord &run : {judged, challenger}) {
        auto id = (*store)->record(run);
        if (!id) {
            summary.warnings << tr("Run not recorded: %1").arg(id.error().describe());
            continue;
        }
        summary.runIds << *id;
    }
    if (d.promote && !summary.written.isEmpty() && summary.runIds.size() == 2)
        if (auto tagged = (*store)->tag(summary.runIds.last(), QStringLiteral("champion")); !tagged)
            summary.warnings << tr("Champion not tagged: %1").arg(tagged.error().describe());
}

} // namespace churnlab

#include "core/bundle/ModelExport.h"

#include "core/bundle/Bundle.h"
#include "core/bundle/OnnxExport.h"
#include "core/project/ProjectModel.h"
#include "core/train/TrainingSession.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace churnlab {

namespace {

bool isOnnx(const QString &path)
{
    return path.endsWith(QLatin1String(".onnx"), Qt::CaseInsensitive);
}

} // namespace

Result<Bundle> ModelExport::build(const TrainingSession &session, const ModelReport &report,
                                  const QString &sourcePath, const Decision &decision)
{
    if (!session.dataset())
        return Error {Error::Kind::InvalidArgument, Bundle::tr("The model has not been trained.")};
    auto fingerprint = sourcePath.isEmpty()
        ? Result<DataFingerprint>(
            DataFingerprint::ofDataset(ModelExport::tr("data without a file"), *session.dataset()))
        : DataFingerprint::ofFile(sourcePath, *session.dataset());
    if (!fingerprint)
        return fingerprint.error();
    auto bundle = Bundle::fromTraining(session, report, *fingerprint);
    if (!bundle)
        return bundle.error();
    if (decision == Decision {session.spec().threshold, session.spec().costs})
        return bundle; // trained with it: nothing to judge again
    const auto evaluation = session.evaluation();
    bundle->setDecision(decision.threshold, decision.costs, report.metricsAt(decision.threshold),
                        evaluation ? &*evaluation : nullptr);
    return bundle;
}

Result<bool> ModelExport::write(const TrainingSession &session, const ModelReport &report,
                                const QString &sourcePath, const Decision &decision,
                                const QString &path, const QByteArray &secretKey)
{
    auto bundle = build(session, report, sourcePath, decision);
    if (!bundle)
        return bundle.error();
    return write(*bundle, path, secretKey);
}

Result<bool> ModelExport::write(const Bundle &bundle, const QString &path,
                                const QByteArray &secretKey)
{
    if (isOnnx(path))
        return OnnxExport::write(bundle, path);
    return bundle.save(path, secretKey);
}

Result<bool> ModelExport::write(const ProjectModel &model, const Decision &decision,
                                const QString &path, const ModelEvaluation *evaluation,
                                const QByteArray &secretKey)
{
    if (!model.bundle || !model.report)
        return Error {Error::Kind::InvalidArgument,
                      ModelExport::tr("The model has no bundle to export.")};
    const Scorer &scorer = *model.bundle->scorer();
    if (scorer.threshold() == decision.threshold && scorer.costs() == decision.costs) {
        if (isOnnx(path) || !secretKey.isEmpty())
            return write(*model.bundle, path, secretKey);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)
            || file.write(model.bundleBytes) != model.bundleBytes.size() || !file.commit())
            return Error {Error::Kind::Io,
                          ModelExport::tr("Cannot write %1: %2").arg(path, file.errorString())};
        return true;
    }
    Bundle moved = *model.bundle;
    moved.setDecision(decision.threshold, decision.costs,
                      model.report->metricsAt(decision.threshold), evaluation);
    return write(moved, path, secretKey);
}

} // namespace churnlab

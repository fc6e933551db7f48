#include "core/bundle/ModelExport.h"

#include "core/data/db/DatabaseUrl.h"

#include "core/bundle/Bundle.h"
#include "core/bundle/OnnxExport.h"
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
    // Data from a database is named by its URL (without password) and query, and its rows
    // are hashed, having no file to hash.
    auto fingerprint = sourcePath.isEmpty() ? Result<DataFingerprint>(DataFingerprint::ofDataset(
                           ModelExport::tr("data without a file"), *session.dataset()))
        : DatabaseUrl::looksLikeUrl(sourcePath)
        ? Result<DataFingerprint>(DataFingerprint::ofRows(sourcePath, *session.dataset()))
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

} // namespace churnlab

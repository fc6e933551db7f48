#include "core/bundle/ModelExport.h"

#include "core/bundle/Bundle.h"
#include "core/bundle/OnnxExport.h"
#include "core/train/TrainingSession.h"

#include <QCoreApplication>

namespace churnlab {

Result<bool> ModelExport::write(const TrainingSession &session, const ModelReport &report,
                                const QString &sourcePath, const QString &path,
                                const QByteArray &secretKey)
{
    if (!session.dataset())
        return Error {
            Error::Kind::InvalidArgument,
            QCoreApplication::translate("churnlab::Bundle", "The model has not been trained.")};
    auto fingerprint = sourcePath.isEmpty()
        ? Result<DataFingerprint>(DataFingerprint::ofDataset(
            QCoreApplication::translate("churnlab::ModelExport", "data without a file"),
            *session.dataset()))
        : DataFingerprint::ofFile(sourcePath, *session.dataset());
    if (!fingerprint)
        return fingerprint.error();
    auto bundle = Bundle::fromTraining(session, report, *fingerprint);
    if (!bundle)
        return bundle.error();
    if (path.endsWith(QLatin1String(".onnx"), Qt::CaseInsensitive))
        return OnnxExport::write(*bundle, path);
    return bundle->save(path, secretKey);
}

} // namespace churnlab

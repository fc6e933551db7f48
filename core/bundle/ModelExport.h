#pragma once

#include "core/Result.h"

#include <QString>

namespace churnlab {

struct ModelReport;
class TrainingSession;

// Takes a trained model out of the app or the CLI, the one way both do it: the training data's
// fingerprint (of sourcePath, or of the dataset alone when it came from no file), the bundle
// built from the session and report, written as a bundle, or as ONNX when the path ends in
// .onnx. Signed when a secret key is given.
class ModelExport
{
public:
    [[nodiscard]] static Result<bool> write(const TrainingSession &session,
                                            const ModelReport &report, const QString &sourcePath,
                                            const QString &path, const QByteArray &secretKey = {});
};

} // namespace churnlab

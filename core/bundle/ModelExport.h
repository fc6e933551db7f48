#pragma once

#include "core/Result.h"
#include "core/scoring/Decision.h"
#include <QCoreApplication>

#include <QString>

namespace churnlab {

class Bundle;
struct ModelEvaluation;
struct ModelReport;
class TrainingSession;

// Takes a trained model out of the app or the CLI, the one way both do it: the training data's
// fingerprint (of sourcePath, or of the dataset alone when it came from no file), the bundle
// built from the session and report deciding with the analysis' threshold and costs, written as
// a bundle, or as ONNX when the path ends in .onnx. Signed when a secret key is given.
class ModelExport
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::ModelExport)

public:
    [[nodiscard]] static Result<Bundle> build(const TrainingSession &session,
                                              const ModelReport &report, const QString &sourcePath,
                                              const Decision &decision);
    [[nodiscard]] static Result<bool> write(const TrainingSession &session,
                                            const ModelReport &report, const QString &sourcePath,
                                            const Decision &decision, const QString &path,
                                            const QByteArray &secretKey = {});
    [[nodiscard]] static Result<bool> write(const Bundle &bundle, const QString &path,
                                            const QByteArray &secretKey = {});
};

} // namespace churnlab

#pragma once

#include "core/Progress.h"
#include "core/Result.h"
#include <QCoreApplication>

#include <QString>

namespace churnlab {

class Project;
struct Decision;
struct ModelEvaluation;
struct ProjectModel;

// Takes one of a project's models out as a bundle (or ONNX by the file's extension) deciding
// with the project's threshold and costs: `churnlab-cli project export` and the app's
// Export Model… of a kept model both end in ModelExport the same way. When the decision is not
// the one the bundle was saved with and columns are marked sensitive, the project's data (and
// test file) are read to judge fairness again on the rows the model kept.
class ProjectExport
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::ProjectExport)

public:
    // modelId empty: the chosen model (else the best). Returns the id of the model written.
    [[nodiscard]] static Result<QString> write(const Project &project, const QString &projectPath,
                                               const QString &modelId, const QString &path,
                                               const QByteArray &secretKey = {},
                                               Progress &progress = Progress::none());
    // A model a project kept: its bundle as saved when the decision is the one it was saved
    // with, else the same model deciding with `decision` (fairness judged again on `evaluation`
    // when given).
    [[nodiscard]] static Result<bool> writeModel(const ProjectModel &model,
                                                 const Decision &decision, const QString &path,
                                                 const ModelEvaluation *evaluation = nullptr,
                                                 const QByteArray &secretKey = {});
};

} // namespace churnlab

#include "core/project/ProjectExport.h"

#include <QSaveFile>

#include "core/bundle/Bundle.h"
#include "core/bundle/ModelExport.h"
#include "core/project/Project.h"
#include "core/train/ModelEvaluation.h"

namespace churnlab {

namespace {

// The rows the model kept, from the project's data, to judge fairness on again.
std::optional<ModelEvaluation> evaluationOf(const Project &project, const QString &projectPath,
                                            const ModelReport &report, Progress &progress)
{
    auto data = project.data.load(projectPath, progress);
    if (!data)
        return std::nullopt;
    auto test = project.loadTestFile(projectPath);
    auto on = ModelEvaluation::of(report, *data, test ? *test : nullptr, project.spec.target);
    return on ? std::optional<ModelEvaluation>(std::move(*on)) : std::nullopt;
}

} // namespace

Result<QString> ProjectExport::write(const Project &project, const QString &projectPath,
                                     const QString &modelId, const QString &path,
                                     const QByteArray &secretKey, Progress &progress)
{
    const ProjectModel *model = modelId.isEmpty() ? project.chosen() : project.model(modelId);
    if (!model) {
        QStringList ids;
        for (const ProjectModel &m : project.models)
            ids << m.id();
        return Error {
            Error::Kind::InvalidArgument,
            modelId.isEmpty()
                ? tr("The project has no models; train some first.")
                : tr("The project has no model “%1”; it has: %2.")
                      .arg(modelId, ids.isEmpty() ? tr("none") : ids.join(QStringLiteral(", ")))};
    }
    if (!model->bundle)
        return Error {Error::Kind::InvalidArgument,
                      tr("Model “%1” has no bundle in the project.").arg(model->id())};
    const Decision decision {project.spec.threshold, project.spec.costs};
    const Scorer &scorer = *model->bundle->scorer();
    std::optional<ModelEvaluation> on;
    const bool moved = scorer.threshold() != decision.threshold || scorer.costs() != decision.costs;
    // Fairness was judged at training when columns were marked sensitive then.
    if (moved && model->bundle->manifest().contains(QStringLiteral("fairness")))
        on = evaluationOf(project, projectPath, *model->report, progress);
    auto written = writeModel(*model, decision, path, on ? &*on : nullptr, secretKey);
    if (!written)
        return written.error();
    return model->id();
}

Result<bool> ProjectExport::writeModel(const ProjectModel &model, const Decision &decision,
                                       const QString &path, const ModelEvaluation *evaluation,
                                       const QByteArray &secretKey)
{
    if (!model.bundle || !model.report)
        return Error {Error::Kind::InvalidArgument, tr("The model has no bundle to export.")};
    const Scorer &scorer = *model.bundle->scorer();
    if (scorer.threshold() == decision.threshold && scorer.costs() == decision.costs) {
        if (path.endsWith(QLatin1String(".onnx"), Qt::CaseInsensitive) || !secretKey.isEmpty())
            return ModelExport::write(*model.bundle, path, secretKey);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)
            || file.write(model.bundleBytes) != model.bundleBytes.size() || !file.commit())
            return Error {Error::Kind::Io, tr("Cannot write %1: %2").arg(path, file.errorString())};
        return true;
    }
    Bundle moved = *model.bundle;
    moved.setDecision(decision.threshold, decision.costs,
                      model.report->metricsAt(decision.threshold), evaluation);
    return ModelExport::write(moved, path, secretKey);
}

} // namespace churnlab

#include "core/project/ProjectTraining.h"

#include "core/project/Project.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace churnlab {

namespace {

} // namespace

Result<TrainingSession::Preparation>
ProjectTraining::run(Project &project, const QString &projectPath, const QStringList &learners,
                     const ModelCallback &onModel, Progress &progress)
{
    QString why;
    if (project.data.check(projectPath, &why) != DataSource::Status::Ok)
        return Error {Error::Kind::InvalidArgument,
                      tr("%1 Locate the data again before training.").arg(why)};
    SubProgress loading(progress, 0, 0.2);
    auto data = project.data.load(projectPath, *loading);
    if (!data)
        return data.error();
    auto test = project.loadTestFile(projectPath);
    if (!test)
        return test.error();
    TrainSpec spec = project.spec;
    if (!learners.isEmpty()) {
        QList<LearnerSpec> chosen;
        for (const QString &id : learners) {
            LearnerSpec l {id, spec.paramsOf(id)};
            chosen.append(l);
        }
        spec.learners = chosen;
    }
    TrainingSession session(*data, spec, *test);
    QList<std::shared_ptr<const ModelReport>> reports;
    QString failure;
    SubProgress training(progress, 0.2, 0.9);
    auto prep = session.run(
        [&](const QString &id, const Result<ModelReport> &report) {
            if (!report) {
                if (failure.isEmpty())
                    failure = tr("%1: %2").arg(id, report.error().message);
                return;
            }
            // Additive, as the app's shelf: a learner the project has already joins as "rf-2".
            const QString shelf = ModelReport::freeShelfId(report->id, [&](const QString &id) {
                return project.model(id) != nullptr
                    || std::any_of(reports.begin(), reports.end(),
                                   [&](const auto &r) { return r->id == id; });
            });
            reports.append(std::make_shared<const ModelReport>(report->onShelf(shelf)));
            if (onModel)
                onModel(*reports.back());
        },
        *training);
    if (!prep)
        return prep.error();
    if (!failure.isEmpty())
        return Error {Error::Kind::InvalidArgument, failure};
    if (progress.isCancelled())
        return Error {Error::Kind::Cancelled, tr("Training was cancelled.")};
    // The learners trained keep their settings in the project's spec.
    for (const LearnerSpec &l : spec.learners)
        if (!project.spec.learnerIds().contains(l.id))
            project.spec.learners.append(l);
    // The roles training used: the columns the leakage screen left out are named as such.
    project.spec.features = session.spec().features;
    if (project.spec.target.positive.isEmpty() && session.target())
        project.spec.target.positive = session.target()->positiveLabel(); // as guessed
    auto stored = store(project, session, reports);
    if (!stored)
        return stored.error();
    progress.report(1.0);
    return prep;
}

Result<bool> ProjectTraining::store(Project &project, const TrainingSession &session,
                                    const QList<std::shared_ptr<const ModelReport>> &reports)
{
    DataFingerprint fingerprint = project.data.fingerprint;
    if (const auto data = session.dataset()) {
        fingerprint.rows = data->rowCount();
        fingerprint.columns = data->columnCount();
    }
    QList<ProjectModel> models;
    for (const auto &report : reports) {
        auto model = ProjectModel::fromTraining(session, report, fingerprint);
        if (!model)
            return model.error();
        models.append(std::move(*model));
    }
    for (ProjectModel &m : models)
        project.setModel(std::move(m));
    return true;
}

} // namespace churnlab

#include "core/project/ProjectModel.h"

#include "core/train/TrainingSession.h"

#include <QCoreApplication>

namespace churnlab {

Result<ProjectModel> ProjectModel::fromTraining(const TrainingSession &session,
                                                std::shared_ptr<const ModelReport> report,
                                                const DataFingerprint &data)
{
    auto bundle = Bundle::fromTraining(session, *report, data);
    if (!bundle)
        return bundle.error();
    ProjectModel m;
    m.bundleBytes = bundle->bytes();
    m.bundle = std::make_shared<const Bundle>(std::move(*bundle));
    m.report = std::move(report);
    return m;
}

Result<ProjectModel> ProjectModel::fromSaved(const QJsonObject &reportJson, QByteArray bundleBytes)
{
    auto report = ModelReport::fromJson(reportJson);
    if (!report)
        return report.error();
    auto bundle = Bundle::read(bundleBytes);
    if (!bundle)
        return bundle.error();
    if (bundle->learner() != report->run.id)
        return Error {Error::Kind::Malformed,
                      ProjectModel::tr("The bundle of model “%1” holds a “%2” model.")
                          .arg(report->run.id, bundle->learner())};
    ProjectModel m;
    m.bundle = std::make_shared<const Bundle>(std::move(*bundle));
    report->scorer = m.bundle->scorer();
    report->explainer = m.bundle->explainer();
    m.report = std::make_shared<const ModelReport>(std::move(*report));
    m.bundleBytes = std::move(bundleBytes);
    return m;
}

} // namespace churnlab

#pragma once

#include "core/Result.h"
#include "core/bundle/Bundle.h"
#include "core/train/ModelReport.h"
#include <QCoreApplication>

#include <memory>

namespace churnlab {

class TrainingSession;

// One trained model as a project keeps it: the report the Model tab draws (leaderboard row,
// curves, importance) and the verified bundle that scores with it, so that a reopened project
// shows and exports its models without training them again.
struct ProjectModel
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::ProjectModel)

public:
    std::shared_ptr<const ModelReport> report; // its scorer is the bundle's
    std::shared_ptr<const Bundle> bundle;
    QByteArray bundleBytes; // as saved, so that saving again writes the same bundle

    QString id() const { return report ? report->id : QString(); }

    [[nodiscard]] static Result<ProjectModel>
    fromTraining(const TrainingSession &session, std::shared_ptr<const ModelReport> report,
                 const DataFingerprint &data);
    // Refuses a bundle that fails its checks or does not belong to the report.
    [[nodiscard]] static Result<ProjectModel> fromSaved(const QJsonObject &report,
                                                        QByteArray bundleBytes);
};

} // namespace churnlab

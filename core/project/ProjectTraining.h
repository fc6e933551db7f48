#pragma once

#include "core/Progress.h"
#include "core/Result.h"
#include "core/train/TrainingSession.h"
#include <QCoreApplication>

#include <functional>

namespace churnlab {

class Project;

// Trains a project's models with the project's own settings, the one way `project train` and
// the app do it: reads the data (and the test file) again with the saved import options,
// refuses data that changed since the project recorded it, runs a TrainingSession on the
// project's spec (all its learners, or those asked for), and stores each model's report and
// bundle in the project. The project is changed only when every model trained.
class ProjectTraining
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::ProjectTraining)

public:
    using ModelCallback = std::function<void(const ModelReport &)>;

    [[nodiscard]] static Result<TrainingSession::Preparation>
    run(Project &project, const QString &projectPath, const QStringList &learners = {},
        const ModelCallback &onModel = {}, Progress &progress = Progress::none());
    // The models of a finished session as the project keeps them (bundles built here).
    [[nodiscard]] static Result<bool>
    store(Project &project, const TrainingSession &session,
          const QList<std::shared_ptr<const ModelReport>> &reports);
};

} // namespace churnlab

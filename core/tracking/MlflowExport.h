#pragma once

#include "core/Result.h"
#include "core/tracking/RunRecord.h"

#include <QCoreApplication>

namespace churnlab {

// Writes runs in MLflow's file-store layout, so that a team on MLflow can browse ChurnLab's
// runs with `mlflow ui --backend-store-uri DIR`:
//   DIR/<experiment id>/meta.yaml                  the experiment
//   DIR/<experiment id>/<run id>/meta.yaml         the run (times, status, user, name)
//   …/<run id>/params/<name>                       one file per hyperparameter and setting
//   …/<run id>/metrics/<name>                      "timestamp value step" lines
//   …/<run id>/tags/<name>                         mlflow.runName, mlflow.user, churnlab.*
//   …/<run id>/artifacts/                          the run's bundle, when it still exists
// Experiment ids number ChurnLab's experiment names from 1 (0 is MLflow's Default); run ids are
// the MD5 of the store and the run's id, so exporting again updates the same runs.
class MlflowExport
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::MlflowExport)

public:
    [[nodiscard]] static Result<int> write(const QList<RunRecord> &runs, const QString &store,
                                           const QString &directory);
    static QString runId(const QString &store, qint64 id);
};

} // namespace churnlab

#pragma once

#include "core/tracking/RunRecord.h"
#include <QCoreApplication>

namespace churnlab {

struct DataFingerprint;
struct ModelReport;
struct TrainSpec;

// Turns what a training run produced into the record the tracking store keeps, the same way
// for the CLI and the app: the data's fingerprint, the spec, the learner with its
// hyperparameters, the test metrics (and each fold's), the times, the user and the version.
class RunRecorder
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::RunRecorder)

public:
    static RunRecord finished(const TrainSpec &spec, const ModelReport &report,
                              const DataFingerprint &data, const QString &source);
    static RunRecord failed(const TrainSpec &spec, const QString &learner, const QString &error,
                            const DataFingerprint &data, const QString &source, bool cancelled);
    // Records runs in the store at `location` (nothing when tracking is off). A store that
    // cannot be opened or written is never a lost training: the problems come back as
    // warnings for the caller to show.
    [[nodiscard]] static QStringList store(const QString &location, const QList<RunRecord> &runs);
};

} // namespace churnlab

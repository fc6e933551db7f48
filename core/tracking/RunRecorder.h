#pragma once

#include "core/tracking/RunRecord.h"

namespace churnlab {

struct DataFingerprint;
struct ModelReport;
struct TrainSpec;

// Turns what a training run produced into the record the tracking store keeps, the same way
// for the CLI and the app: the data's fingerprint, the spec, the learner with its
// hyperparameters, the test metrics (and each fold's), the times, the user and the version.
class RunRecorder
{
public:
    static RunRecord finished(const TrainSpec &spec, const ModelReport &report,
                              const DataFingerprint &data, const QString &source);
    static RunRecord failed(const TrainSpec &spec, const QString &learner, const QString &error,
                            const DataFingerprint &data, const QString &source, bool cancelled);
};

} // namespace churnlab

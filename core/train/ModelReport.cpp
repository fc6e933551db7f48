#include "core/train/ModelReport.h"

namespace churnlab {

BinaryMetrics ModelReport::metricsAt(double threshold) const
{
    BinaryMetrics m = run.metrics;
    const ThresholdSweep::Confusion c = sweep.confusionAt(threshold);
    m.threshold = threshold;
    m.tp = c.tp;
    m.fp = c.fp;
    m.tn = c.tn;
    m.fn = c.fn;
    return m;
}

ModelReport ModelReport::build(ModelRun run, const QString &title, const TrainingData &data,
                               quint64 seed, Progress &progress)
{
    ModelReport r;
    r.id = run.id;
    r.title = title;
    r.sweep = ThresholdSweep::compute(run.scores, data.yTest);
    r.calibration = CalibrationCurve::compute(run.scores, data.yTest);
    r.featureNames = data.pipeline.featureNames();
    r.nativeImportance = run.importance;
    r.permutation = PermutationImportance::compute(
        *run.model, data.xTest, data.yTest, data.pipeline.sourceColumns(), 3, seed, 5000, progress);
    r.run = std::move(run);
    return r;
}

} // namespace churnlab

#include "core/train/TrainingData.h"

#include <numeric>

namespace churnlab {

std::vector<quint32> TrainingData::labelledRows(const BinaryTarget &target,
                                                std::vector<quint32> rows)
{
    std::erase_if(rows, [&](quint32 r) { return target.label(r) < 0; });
    return rows;
}

void TrainingData::fit(const Dataset &trainSet, const BinaryTarget &trainTarget,
                       const FeaturePipeline::Options &options, const QString &idColumn)
{
    FeaturePipeline::Options withLabels = options;
    withLabels.labels = &trainTarget.labels();
    pipeline = FeaturePipeline::fit(trainSet, trainRows, trainTarget.columnIndex(), withLabels);
    schema = InputSchema::fit(trainSet, trainRows, pipeline, idColumn);
    xTrain = pipeline.transformTraining(trainSet);
    yTrain.resize(Eigen::Index(trainRows.size()));
    for (size_t i = 0; i < trainRows.size(); ++i)
        yTrain(Eigen::Index(i)) = trainTarget.label(trainRows[i]);
}

TrainingData TrainingData::prepare(const Dataset &dataset, const BinaryTarget &target,
                                   std::vector<quint32> trainRows, std::vector<quint32> testRows,
                                   const FeaturePipeline::Options &options, const QString &idColumn)
{
    TrainingData d;
    d.trainRows = labelledRows(target, std::move(trainRows));
    d.testRows = labelledRows(target, std::move(testRows));
    d.fit(dataset, target, options, idColumn);
    d.xTest = d.pipeline.transform(dataset, d.testRows);
    d.yTest.resize(d.testRows.size());
    for (size_t i = 0; i < d.testRows.size(); ++i)
        d.yTest[i] = target.label(d.testRows[i]);
    return d;
}

Result<TrainingData> TrainingData::prepare(const Dataset &trainSet, const BinaryTarget &trainTarget,
                                           const Dataset &testSet, const BinaryTarget &testTarget,
                                           const FeaturePipeline::Options &options,
                                           const QString &idColumn)
{
    TrainingData d;
    std::vector<quint32> all(size_t(trainSet.rowCount()));
    std::iota(all.begin(), all.end(), 0u);
    d.trainRows = labelledRows(trainTarget, std::move(all));
    d.fit(trainSet, trainTarget, options, idColumn);
    all.resize(size_t(testSet.rowCount()));
    std::iota(all.begin(), all.end(), 0u);
    d.testRows = labelledRows(testTarget, std::move(all));
    auto conformed = d.schema.conform(testSet, d.testReport);
    if (!conformed)
        return conformed.error();
    d.testReport.rows = qint64(d.testRows.size());
    d.xTest = d.pipeline.transform(conformed->lookup(), d.testRows);
    d.yTest.resize(d.testRows.size());
    for (size_t i = 0; i < d.testRows.size(); ++i)
        d.yTest[i] = testTarget.label(d.testRows[i]);
    return d;
}

} // namespace churnlab

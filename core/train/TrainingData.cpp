#include "TrainingData.h"

namespace churnlab {

std::vector<quint32> TrainingData::labelledRows(const BinaryTarget &target,
                                                std::vector<quint32> rows)
{
    std::erase_if(rows, [&](quint32 r) { return target.label(r) < 0; });
    return rows;
}

TrainingData TrainingData::prepare(const Dataset &trainSet, const BinaryTarget &trainTarget,
                                   std::vector<quint32> trainRows, const Dataset &testSet,
                                   const BinaryTarget &testTarget, std::vector<quint32> testRows,
                                   const FeaturePipeline::Options &options)
{
    TrainingData d;
    d.trainRows = labelledRows(trainTarget, std::move(trainRows));
    d.testRows = labelledRows(testTarget, std::move(testRows));
    FeaturePipeline::Options withLabels = options;
    withLabels.labels = &trainTarget.labels();
    d.pipeline = FeaturePipeline::fit(trainSet, d.trainRows, trainTarget.columnIndex(), withLabels);
    d.xTrain = d.pipeline.transformTraining(trainSet);
    d.xTest = d.pipeline.transform(testSet, d.testRows);
    d.yTrain.resize(Eigen::Index(d.trainRows.size()));
    for (size_t i = 0; i < d.trainRows.size(); ++i)
        d.yTrain(Eigen::Index(i)) = trainTarget.label(d.trainRows[i]);
    d.yTest.resize(d.testRows.size());
    for (size_t i = 0; i < d.testRows.size(); ++i)
        d.yTest[i] = testTarget.label(d.testRows[i]);
    return d;
}

} // namespace churnlab

#pragma once

#include "explore/BinaryTarget.h"
#include "features/FeaturePipeline.h"

#include <Eigen/Dense>

namespace churnlab {

// The matrices every learner of one training run shares: the feature pipeline fitted on the
// training rows only, and the transformed training and test rows with their labels. Rows
// whose target is missing are left out of both.
struct TrainingData
{
    FeaturePipeline pipeline;
    Eigen::MatrixXd xTrain, xTest;
    Eigen::VectorXd yTrain;
    std::vector<qint8> yTest;
    std::vector<quint32> trainRows, testRows; // dataset rows behind each matrix row

    // Train and test rows may come from the same dataset (a holdout or a fold) or from two
    // files with the same columns (a separate, untouched test file).
    static TrainingData prepare(const Dataset &trainSet, const BinaryTarget &trainTarget,
                                std::vector<quint32> trainRows, const Dataset &testSet,
                                const BinaryTarget &testTarget, std::vector<quint32> testRows,
                                const FeaturePipeline::Options &options = {});

    static std::vector<quint32> labelledRows(const BinaryTarget &target, std::vector<quint32> rows);
    qint64 trainPositives() const { return qint64(yTrain.sum()); }
};

} // namespace churnlab

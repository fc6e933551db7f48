#pragma once

#include "core/data/BinaryTarget.h"
#include "core/features/FeaturePipeline.h"
#include "core/scoring/InputSchema.h"

#include <Eigen/Dense>

namespace churnlab {

// The matrices every learner of one training run shares: the feature pipeline and the input
// schema fitted on the training rows only, and the transformed training and test rows with
// their labels. Rows without a label are left out of both.
struct TrainingData
{
    FeaturePipeline pipeline;
    InputSchema schema;
    Eigen::MatrixXd xTrain, xTest;
    Eigen::VectorXd yTrain;
    std::vector<qint8> yTest;
    std::vector<quint32> trainRows, testRows; // dataset rows behind each matrix row
    ScoringReport testReport; // a separate test file: what the schema policy did to it

    // Train and test rows of one dataset (a holdout or a fold).
    static TrainingData prepare(const Dataset &dataset, const BinaryTarget &target,
                                std::vector<quint32> trainRows, std::vector<quint32> testRows,
                                const FeaturePipeline::Options &options = {},
                                const QString &idColumn = {});
    // Every row of trainSet for training and every labelled row of a separate, untouched test
    // file, which is conformed to the schema as any scored input is (a missing column is an
    // error naming it; type mismatches are converted and counted in testReport).
    static Result<TrainingData> prepare(const Dataset &trainSet, const BinaryTarget &trainTarget,
                                        const Dataset &testSet, const BinaryTarget &testTarget,
                                        const FeaturePipeline::Options &options = {},
                                        const QString &idColumn = {});

    static std::vector<quint32> labelledRows(const BinaryTarget &target, std::vector<quint32> rows);
    qint64 trainPositives() const { return qint64(yTrain.sum()); }

private:
    void fit(const Dataset &trainSet, const BinaryTarget &trainTarget,
             const FeaturePipeline::Options &options, const QString &idColumn);
};

} // namespace churnlab

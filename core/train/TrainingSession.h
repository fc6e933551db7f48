#pragma once

#include "core/explore/LeakageScreen.h"
#include "core/train/ModelEvaluation.h"
#include "core/train/ModelReport.h"
#include "core/train/TrainSpec.h"
#include <QCoreApplication>

#include <functional>
#include <memory>
#include <optional>

namespace churnlab {

// One training run, defined once for the Model tab and `churnlab-cli train`: it reads the
// target (counting and naming the rows it cannot label), splits the rows (holdout, k folds, or
// a separate test file conformed through the input schema), fits the feature pipeline on the
// training rows, then trains each learner and reports its metrics, curves, importance and
// scorer. The GUI runs prepare() once and train() for several learners at once on worker
// threads; the CLI calls run(). The same spec gives the same numbers either way.
class TrainingSession
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::TrainingSession)

public:
    struct Preparation
    {
        qint64 trainRows = 0; // holdout or test file
        qint64 testRows = 0;
        qint64 labelledRows = 0; // k-fold: the rows the folds share
        int folds = 0; // 0: holdout or test file
        int features = 0;
        QStringList notes; // rows left out, what the schema did to a test file
        QStringList excludedForLeakage; // columns the leakage screen left out
        QList<LeakageFinding> flagged; // flagged columns that stay features
        QJsonObject toJson() const;
    };
    using ModelCallback = std::function<void(const QString &id, const Result<ModelReport> &)>;

    TrainingSession(std::shared_ptr<const Dataset> data, TrainSpec spec,
                    std::shared_ptr<const Dataset> testData = nullptr);

    const TrainSpec &spec() const { return m_spec; }
    std::shared_ptr<const Dataset> dataset() const { return m_data; }
    bool hasTestFile() const { return m_test != nullptr; }
    std::shared_ptr<const Dataset> testData() const { return m_test; }
    // Checks the spec, reads the target, screens the columns for leakage (leaving out the
    // leaks whose role is automatic, unless the spec keeps them: spec() then holds the
    // roles used), splits and fits the pipeline (holdout and test file; each fold fits its
    // own). Errors say what to change.
    [[nodiscard]] Result<Preparation> prepare(Progress &progress = Progress::none());
    // After prepare(): trains one learner. Const and thread-safe.
    [[nodiscard]] Result<ModelReport> train(const LearnerSpec &learner,
                                            Progress &progress = Progress::none()) const;
    // Both, learners one after another; each result goes to onModel as soon as it is known.
    // Cancelling stops before the next learner.
    [[nodiscard]] Result<Preparation> run(const ModelCallback &onModel,
                                          Progress &progress = Progress::none());

    // After prepare(), holdout and test file: the shared matrices.
    std::shared_ptr<const TrainingData> trainingData() const { return m_prepared; }
    const BinaryTarget *target() const { return m_target ? &*m_target : nullptr; }

    // The rows the models are judged on, with their data and 0/1/−1 labels per data row: the
    // holdout rows of the data, or every labelled row of the test file. Empty before
    // prepare() and for cross-validation.
    using Evaluation = ModelEvaluation;
    std::optional<Evaluation> evaluation() const;
    // What every report of this session keeps of them (cross-validation: every labelled row).
    EvaluationRows evaluationRows() const;

private:
    void screenForLeakage(Preparation &prep, Progress &progress);

    std::shared_ptr<const Dataset> m_data;
    std::shared_ptr<const Dataset> m_test;
    TrainSpec m_spec;
    std::optional<BinaryTarget> m_target;
    std::vector<qint8> m_testLabels; // per test-file row
    QList<LeakageFinding> m_flagged; // flagged columns that stay features
    std::shared_ptr<const TrainingData> m_prepared;
};

} // namespace churnlab

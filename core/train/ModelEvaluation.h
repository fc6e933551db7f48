#pragma once

#include "core/Result.h"
#include "core/data/Dataset.h"
#include "core/data/TargetSpec.h"
#include "core/train/EvaluationRows.h"
#include <QCoreApplication>

#include <memory>
#include <vector>

namespace churnlab {

struct ModelReport;

// The rows a model is judged on, with their data and 0/1/−1 labels per data row: what
// Fairness, Explain, the report, drift's live metrics and the `fairness`/`project` commands
// all judge on. Built once here, from what the model kept (EvaluationRows) and the analysis'
// data, so that no caller decides "which rows" for itself.
struct ModelEvaluation
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::ModelEvaluation)

public:
    std::shared_ptr<const Dataset> data;
    std::vector<quint32> rows;
    std::vector<qint8> labels;
    EvaluationRows::Source source = EvaluationRows::Source::Unknown; // Unknown: all labelled

    // "1,409 holdout rows", or "all 7,043 labelled rows" when the model kept none.
    QString describe() const;

    // Every row of data with a label of the target.
    [[nodiscard]] static Result<ModelEvaluation> allLabelled(std::shared_ptr<const Dataset> data,
                                                             const TargetSpec &target);
    // The rows `report` was judged on: rows of `data` for a holdout or cross-validation, of
    // `testData` for a test file. A model from before models kept their rows is judged on every
    // labelled row of data (describe() says so). Rows that no longer fit the data (it changed)
    // are an error that says so.
    [[nodiscard]] static Result<ModelEvaluation> of(const ModelReport &report,
                                                    std::shared_ptr<const Dataset> data,
                                                    std::shared_ptr<const Dataset> testData,
                                                    const TargetSpec &target);
};

} // namespace churnlab

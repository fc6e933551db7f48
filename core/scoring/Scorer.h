#pragma once

#include "core/eval/CostMatrix.h"
#include "core/features/FeaturePipeline.h"
#include "core/models/Model.h"
#include "core/scoring/InputSchema.h"
#include <QCoreApplication>

#include <memory>

namespace churnlab {

// The target's two classes as the data names them: what a label 1 and 0 are written as.
struct ClassLabels
{
    QString positive = QStringLiteral("1");
    QString negative = QStringLiteral("0");
    const QString &of(qint8 label) const { return label ? positive : negative; }
};

// The one door into a fitted model: the schema checks and converts the input, the pipeline
// makes the features, the model scores them, and the threshold turns scores into labels. The
// CLI, the Model tab's test file and, later, the bundle and the server all score through it.
class Scorer
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::Scorer)

public:
    struct Scores
    {
        std::vector<double> probability;
        std::vector<qint8> label; // 1 where probability ≥ threshold
        ScoringReport report;
    };

    Scorer(InputSchema schema, FeaturePipeline pipeline, std::shared_ptr<const Model> model,
           double threshold = 0.5, CostMatrix costs = {}, ClassLabels labels = {});

    const InputSchema &schema() const { return m_schema; }
    const FeaturePipeline &pipeline() const { return m_pipeline; }
    const Model &model() const { return *m_model; }
    double threshold() const { return m_threshold; }
    const CostMatrix &costs() const { return m_costs; }
    const ClassLabels &labels() const { return m_labels; }
    // The same model deciding at another threshold and costs (the analyst moved them after
    // training).
    std::shared_ptr<const Scorer> withDecision(double threshold, const CostMatrix &costs) const;

    // Every row of any Dataset, conformed to the schema (see InputSchema::conform), in chunks
    // on all cores. Cancellable between chunks.
    [[nodiscard]] Result<Scores> score(const Dataset &input,
                                       Progress &progress = Progress::none()) const;
    // Some rows only (e.g. those with a label).
    [[nodiscard]] Result<Scores> score(const Dataset &input, const std::vector<quint32> &rows,
                                       Progress &progress = Progress::none()) const;
    // Records as JSON objects keyed by column name: the same scores as the same rows read
    // from a CSV file.
    [[nodiscard]] Result<Scores> scoreRecords(const QJsonArray &records) const;

    // Rows of input already conformed to the schema (conform once, score many blocks).
    [[nodiscard]] Result<Scores> score(const ConformedInput &input,
                                       const std::vector<quint32> &rows, ScoringReport report,
                                       Progress &progress = Progress::none()) const;

    static constexpr qsizetype kChunkRows = 16384;

private:
    InputSchema m_schema;
    FeaturePipeline m_pipeline;
    std::shared_ptr<const Model> m_model;
    double m_threshold;
    CostMatrix m_costs;
    ClassLabels m_labels;
};

} // namespace churnlab

#include "core/scoring/Scorer.h"

#include "core/Parallel.h"

#include <QCoreApplication>
#include <QThread>

#include <numeric>

namespace churnlab {

Scorer::Scorer(InputSchema schema, FeaturePipeline pipeline, std::shared_ptr<const Model> model,
               double threshold, CostMatrix costs, ClassLabels labels)
    : m_schema(std::move(schema))
    , m_pipeline(std::move(pipeline))
    , m_model(std::move(model))
    , m_threshold(threshold)
    , m_costs(costs)
    , m_labels(std::move(labels))
{
}

std::shared_ptr<const Scorer> Scorer::withDecision(double threshold, const CostMatrix &costs) const
{
    return std::make_shared<const Scorer>(m_schema, m_pipeline, m_model, threshold, costs,
                                          m_labels);
}

Result<Scorer::Scores> Scorer::score(const Dataset &input, Progress &progress) const
{
    std::vector<quint32> rows(size_t(input.rowCount()));
    std::iota(rows.begin(), rows.end(), 0u);
    return score(input, rows, progress);
}

Result<Scorer::Scores> Scorer::score(const Dataset &input, const std::vector<quint32> &rows,
                                     Progress &progress) const
{
    ScoringReport report;
    auto conformed = m_schema.conform(input, report);
    if (!conformed)
        return conformed.error();
    report.rows = qint64(rows.size());
    return score(*conformed, rows, std::move(report), progress);
}

Result<Scorer::Scores> Scorer::scoreRecords(const QJsonArray &records) const
{
    ScoringReport report;
    auto data = m_schema.fromRecords(records, report);
    if (!data)
        return data.error();
    std::vector<quint32> rows(size_t(records.size()));
    std::iota(rows.begin(), rows.end(), 0u);
    return score(*data, rows, std::move(report), Progress::none());
}

Result<Scorer::Scores> Scorer::score(const ConformedInput &conformed,
                                     const std::vector<quint32> &rows, ScoringReport report,
                                     Progress &progress) const
{
    Scores out;
    out.probability.resize(rows.size());
    out.label.resize(rows.size());
    const int chunks = int((qsizetype(rows.size()) + kChunkRows - 1) / kChunkRows);
    std::atomic<int> done = 0;
    std::atomic<bool> stopped = false;
    // Each chunk is transformed and scored on its own, so the dense matrix is never larger
    // than a chunk per core.
    parallelFor(chunks, QThread::idealThreadCount(), [&](int c, bool calling) {
        if (stopped.load() || progress.isCancelled()) {
            stopped = true;
            return;
        }
        const size_t begin = size_t(c) * size_t(kChunkRows),
                     end = std::min(rows.size(), begin + size_t(kChunkRows));
        const std::vector<quint32> part(rows.begin() + qsizetype(begin),
                                        rows.begin() + qsizetype(end));
        const Eigen::VectorXd p =
            m_model->predictProba(m_pipeline.transform(conformed.lookup(), part));
        for (size_t i = 0; i < part.size(); ++i) {
            out.probability[begin + i] = p(Eigen::Index(i));
            out.label[begin + i] = p(Eigen::Index(i)) >= m_threshold ? 1 : 0;
        }
        const int finished = ++done;
        if (calling)
            progress.report(double(finished) / chunks);
    });
    if (stopped)
        return Error {Error::Kind::Cancelled, Scorer::tr("Scoring was cancelled.")};
    out.report = std::move(report);
    return out;
}

} // namespace churnlab

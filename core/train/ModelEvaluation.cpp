#include "core/train/ModelEvaluation.h"

#include "core/data/BinaryTarget.h"
#include "core/train/ModelReport.h"

namespace churnlab {

namespace {

Result<std::vector<qint8>> labelsOf(const Dataset &data, const TargetSpec &target)
{
    auto binary = BinaryTarget::fromColumn(data, target.column, target.positive);
    if (!binary)
        return binary.error();
    return binary->labels();
}

} // namespace

QString ModelEvaluation::describe() const
{
    if (source == EvaluationRows::Source::Unknown)
        return tr("all %n labelled row(s)", nullptr, int(rows.size()));
    return EvaluationRows::describe(source, qint64(rows.size()));
}

Result<ModelEvaluation> ModelEvaluation::allLabelled(std::shared_ptr<const Dataset> data,
                                                     const TargetSpec &target)
{
    if (!data)
        return Error {Error::Kind::InvalidArgument, tr("There is no data to judge the model on.")};
    auto labels = labelsOf(*data, target);
    if (!labels)
        return labels.error();
    ModelEvaluation e;
    e.data = std::move(data);
    e.labels = std::move(*labels);
    for (quint32 r = 0; r < quint32(e.labels.size()); ++r)
        if (e.labels[r] >= 0)
            e.rows.push_back(r);
    return e;
}

Result<ModelEvaluation> ModelEvaluation::of(const ModelReport &report,
                                            std::shared_ptr<const Dataset> data,
                                            std::shared_ptr<const Dataset> testData,
                                            const TargetSpec &target)
{
    const EvaluationRows &kept = report.evaluation;
    if (!kept.isKnown())
        return allLabelled(std::move(data), target);
    const bool test = kept.source == EvaluationRows::Source::TestFile;
    std::shared_ptr<const Dataset> on = test ? std::move(testData) : std::move(data);
    if (!on)
        return Error {Error::Kind::InvalidArgument,
                      test
                          ? tr("%1 was judged on a test file that is not loaded.").arg(report.title)
                          : tr("There is no data to judge the model on.")};
    if (on->rowCount() != kept.dataRows)
        return Error {Error::Kind::InvalidArgument,
                      tr("%1 was judged on %2 of data with %3 rows; the data now has %4 rows.")
                          .arg(report.title, kept.describe())
                          .arg(kept.dataRows)
                          .arg(on->rowCount())};
    auto labels = labelsOf(*on, target);
    if (!labels)
        return labels.error();
    ModelEvaluation e;
    e.data = std::move(on);
    e.labels = std::move(*labels);
    e.rows = kept.rows;
    e.source = kept.source;
    return e;
}

} // namespace churnlab

#include "core/train/TrainingSession.h"

#include "core/eval/Split.h"
#include "core/models/ModelCatalog.h"
#include "core/train/CrossValidation.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <numeric>

namespace churnlab {

namespace {

Error cancelled()
{
    return Error {Error::Kind::Cancelled, TrainingSession::tr("Training was cancelled.")};
}

// The column that names the customer when the analyst did not say: one named like an ID
// ("id", "customer_id", "CustomerID", "RowNumber" is not) whose values are all different.
QString guessIdColumn(const Dataset &d, const QString &target)
{
    for (int c = 0; c < d.columnCount(); ++c) {
        const Column &col = d.column(c);
        const QString name = col.name().toLower();
        if (col.name() == target || col.type() == ColumnType::Real || isTemporalType(col.type())
            || !(name == QLatin1String("id") || name.endsWith(QLatin1String("id"))
                 || name.endsWith(QLatin1String("_id")) || name.endsWith(QLatin1String(" id"))))
            continue;
        if (col.missingCount() > 0)
            continue;
        bool unique = false;
        if (isCodedType(col.type())) {
            unique = col.foldedLevels().representative.size() == size_t(col.size());
        } else {
            std::vector<qint64> values(size_t(col.size()));
            for (qsizetype r = 0; r < col.size(); ++r)
                values[size_t(r)] = col.integer(r);
            std::sort(values.begin(), values.end());
            unique = std::adjacent_find(values.begin(), values.end()) == values.end();
        }
        if (unique)
            return col.name();
    }
    return {};
}

} // namespace

QJsonObject TrainingSession::Preparation::toJson() const
{
    return {
        {QStringLiteral("n_train"), trainRows},
        {QStringLiteral("n_test"), testRows},
        {QStringLiteral("n_labelled"), labelledRows},
        {QStringLiteral("folds"), folds},
        {QStringLiteral("n_features"), features},
        {QStringLiteral("notes"), QJsonArray::fromStringList(notes)},
        {QStringLiteral("excluded_for_leakage"), QJsonArray::fromStringList(excludedForLeakage)},
        {QStringLiteral("flagged_columns"), LeakageFinding::toJsonArray(flagged)}};
}

TrainingSession::TrainingSession(std::shared_ptr<const Dataset> data, TrainSpec spec,
                                 std::shared_ptr<const Dataset> testData)
    : m_data(std::move(data))
    , m_test(std::move(testData))
    , m_spec(std::move(spec))
{
}

Result<TrainingSession::Preparation> TrainingSession::prepare(Progress &progress)
{
    if (auto valid = m_spec.validate(); !valid)
        return valid.error();
    if (m_test && m_spec.validation.kind == ValidationSpec::Kind::KFold)
        return Error {Error::Kind::InvalidArgument,
                      tr("Use either cross-validation or a separate test file, not both.")};
    auto target = BinaryTarget::fromSpec(*m_data, m_spec.target);
    if (!target)
        return target.error();
    m_target = std::move(target.value());
    Preparation prep;
    prep.notes << m_target->leftOut();
    std::optional<BinaryTarget> testTarget;
    if (m_test) {
        TargetSpec spec = m_spec.target;
        spec.positive = m_target->positiveLabel();
        auto t = BinaryTarget::fromSpec(*m_test, spec);
        if (!t)
            return Error {t.error().kind, tr("Test file: %1").arg(t.error().message)};
        for (const QString &note : t->leftOut())
            prep.notes << tr("Test file: %1").arg(note);
        testTarget = std::move(t.value());
        m_testLabels = testTarget->labels();
    }
    screenForLeakage(prep, progress);
    progress.report(0.1, tr("Splitting the rows…"));
    if (progress.isCancelled())
        return cancelled();
    const Split split =
        Split::stratified(m_target->labels(), m_spec.validation.testFraction, m_spec.seed);
    const bool kfold = m_spec.validation.kind == ValidationSpec::Kind::KFold;
    std::vector<quint32> fitRows = split.train;
    if (m_test || kfold) {
        fitRows.resize(size_t(m_data->rowCount()));
        std::iota(fitRows.begin(), fitRows.end(), 0u);
    }
    fitRows = TrainingData::labelledRows(*m_target, std::move(fitRows));
    const auto positives = std::count_if(fitRows.begin(), fitRows.end(),
                                         [&](quint32 r) { return m_target->label(r) == 1; });
    if (positives == 0 || positives == qsizetype(fitRows.size()))
        return Error {
            Error::Kind::InvalidValue,
            tr("The training rows hold a single class of “%1”.").arg(m_spec.target.column)};
    if (kfold) {
        prep.folds = m_spec.validation.folds;
        prep.labelledRows = m_target->positives() + m_target->negatives();
        return prep;
    }
    FeaturePipeline::Options options;
    options.config = m_spec.features;
    const QStringList ids = m_spec.features.columnsWithRole(FeatureConfig::Role::Id);
    progress.report(0.3, tr("Preparing features…"));
    const QString idColumn =
        ids.isEmpty() ? guessIdColumn(*m_data, m_spec.target.column) : ids.first();
    std::shared_ptr<TrainingData> data;
    if (m_test) {
        auto prepared =
            TrainingData::prepare(*m_data, *m_target, *m_test, *testTarget, options, idColumn);
        if (!prepared)
            return Error {prepared.error().kind, tr("Test file: %1").arg(prepared.error().message)};
        data = std::make_shared<TrainingData>(std::move(prepared.value()));
        for (const QString &note : data->testReport.describe())
            prep.notes << tr("Test file: %1").arg(note);
    } else {
        data = std::make_shared<TrainingData>(
            TrainingData::prepare(*m_data, *m_target, split.train, split.test, options, idColumn));
    }
    if (data->pipeline.featureNames().isEmpty())
        return Error {Error::Kind::InvalidArgument,
                      tr("No usable feature columns: every column is the target, an ID, free "
                         "text or constant.")};
    prep.trainRows = qint64(data->trainRows.size());
    prep.testRows = qint64(data->testRows.size());
    prep.features = int(data->pipeline.featureNames().size());
    m_prepared = std::move(data);
    progress.report(1.0);
    return prep;
}

void TrainingSession::screenForLeakage(Preparation &prep, Progress &progress)
{
    progress.report(0.02, tr("Looking for columns that leak the outcome…"));
    const QList<LeakageFinding> findings =
        LeakageScreen::screen(*m_data, *m_target, m_spec.features, {}, progress);
    if (!m_spec.keepLeakingColumns) {
        prep.excludedForLeakage = LeakageScreen::exclude(m_spec.features, findings);
        if (!prep.excludedForLeakage.isEmpty())
            prep.notes << tr("Left out because they leak the outcome: %1. Give a column the "
                             "role Feature (or keep them all) to train on them.")
                              .arg(prep.excludedForLeakage.join(QStringLiteral(", ")));
    }
    m_flagged = LeakageScreen::kept(m_spec.features, findings);
    prep.flagged = m_flagged;
    for (const LeakageFinding &f : m_flagged)
        prep.notes << tr("Warning: %1 It stays a feature.").arg(f.describe());
}

std::optional<TrainingSession::Evaluation> TrainingSession::evaluation() const
{
    if (!m_prepared || !m_target)
        return std::nullopt;
    if (m_test)
        return Evaluation {m_test, m_prepared->testRows, m_testLabels,
                           EvaluationRows::Source::TestFile};
    return Evaluation {m_data, m_prepared->testRows, m_target->labels(),
                       EvaluationRows::Source::Holdout};
}

EvaluationRows TrainingSession::evaluationRows() const
{
    EvaluationRows out;
    if (!m_target)
        return out;
    if (m_spec.validation.kind == ValidationSpec::Kind::KFold) {
        out.source = EvaluationRows::Source::CrossValidation;
        out.dataRows = m_data->rowCount();
        for (quint32 r = 0; r < quint32(out.dataRows); ++r)
            if (m_target->label(r) >= 0)
                out.rows.push_back(r);
        return out;
    }
    if (!m_prepared)
        return out;
    out.source = m_test ? EvaluationRows::Source::TestFile : EvaluationRows::Source::Holdout;
    out.dataRows = m_test ? m_test->rowCount() : m_data->rowCount();
    out.rows = m_prepared->testRows;
    return out;
}

Result<ModelReport> TrainingSession::train(const LearnerSpec &learner, Progress &progress) const
{
    const auto info = ModelCatalog::find(learner.id);
    if (!info)
        return ModelCatalog::create(learner.id).error();
    if (!m_target)
        return Error {Error::Kind::InvalidArgument, tr("The session was not prepared.")};
    if (m_spec.validation.kind == ValidationSpec::Kind::KFold) {
        auto report =
            CrossValidation::run(learner, info->title, m_spec, *m_data, *m_target, progress);
        if (report) {
            report->evaluation = evaluationRows();
            report->flagged = m_flagged;
        }
        return report;
    }
    // Fitting takes the first 90 % of the bar, importance the rest.
    SubProgress fit(progress, 0, 0.9);
    auto run = ModelRun::train(learner.id, learner.params, m_spec.seed, *m_prepared,
                               m_spec.threshold, *fit);
    if (!run)
        return run.error();
    SubProgress importance(progress, 0.9, 0.95);
    ModelReport report = ModelReport::build(std::move(run.value()), info->title, *m_prepared,
                                            m_spec.seed, *importance);
    if (progress.isCancelled())
        return cancelled();
    SubProgress explaining(progress, 0.95, 1.0);
    auto attached = report.attach(
        std::make_shared<const Scorer>(
            m_prepared->schema, m_prepared->pipeline, report.run.model, m_spec.threshold,
            m_spec.costs, ClassLabels {m_target->positiveLabel(), m_target->negativeLabel()}),
        *m_prepared, m_spec.seed, *explaining);
    if (!attached)
        return attached.error();
    report.evaluation = evaluationRows();
    report.flagged = m_flagged;
    return report;
}

Result<TrainingSession::Preparation> TrainingSession::run(const ModelCallback &onModel,
                                                          Progress &progress)
{
    const double n = double(m_spec.learners.size()) + 1;
    SubProgress first(progress, 0, 1 / n);
    auto prep = prepare(*first);
    if (!prep)
        return prep;
    for (qsizetype i = 0; i < m_spec.learners.size(); ++i) {
        const LearnerSpec &learner = m_spec.learners[i];
        if (progress.isCancelled()) {
            onModel(learner.id, cancelled());
            continue;
        }
        SubProgress part(progress, double(i + 1) / n, double(i + 2) / n);
        onModel(learner.id, train(learner, *part));
    }
    return prep;
}

} // namespace churnlab

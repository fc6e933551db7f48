#include "core/monitor/Retraining.h"

#include "core/bundle/Bundle.h"
#include "core/bundle/DataFingerprint.h"
#include "core/data/BinaryTarget.h"
#include "core/data/DataReader.h"
#include "core/eval/Split.h"
#include "core/train/TrainingSession.h"

#include <QJsonArray>

namespace churnlab {

namespace {

Error columnError(const QString &message)
{
    return Error {Error::Kind::MissingColumn, message};
}

} // namespace

Retraining::Retraining(std::shared_ptr<const Bundle> champion, RetrainOptions options)
    : m_champion(std::move(champion))
    , m_options(options)
{
}

Result<Dataset> Retraining::readLikeChampion(const Bundle &champion, const DataInput &input,
                                             CsvOptions options, Progress &progress)
{
    for (const InputSchema::Column &c : champion.scorer()->schema().columns())
        options.typeOverrides.insert(c.name, c.type);
    auto read = DataReader(options).read(input, progress);
    if (!read)
        return read.error();
    return std::move(read->dataset);
}

QStringList Retraining::neededColumns() const
{
    QStringList names;
    for (const InputSchema::Column &c : m_champion->scorer()->schema().columns())
        names << c.name;
    const QString target = m_champion->manifest()
                               .value(QStringLiteral("target"))
                               .toObject()
                               .value(QStringLiteral("column"))
                               .toString();
    if (!names.contains(target))
        names << target;
    return names;
}

// Only the columns the champion reads and its target, so that both files line up whatever
// else they carry; a required column or the target that is absent is an error naming it.
Result<Dataset> Retraining::trimmed(const Dataset &data, const QString &which) const
{
    const InputSchema &schema = m_champion->scorer()->schema();
    Dataset out;
    QStringList absent;
    for (const QString &name : neededColumns()) {
        const int index = data.indexOf(name);
        const InputSchema::Column *c = schema.column(name);
        if (index < 0) {
            if (!c || c->required)
                absent << name;
            continue;
        }
        out.addColumn(data.column(index));
    }
    if (!absent.isEmpty())
        return columnError(tr("The %1 lacks columns the champion needs: %2.")
                               .arg(which, absent.join(QStringLiteral(", "))));
    return out;
}

// The old rows above the new ones. A column whose type differs between the two is read as the
// old file's type; values of the new file that do not convert are an error, not silent gaps.
Result<Dataset> Retraining::stacked(const Dataset &oldData, const Dataset &newData) const
{
    Dataset out;
    for (int i = 0; i < oldData.columnCount(); ++i) {
        const Column &a = oldData.column(i);
        const int j = newData.indexOf(a.name());
        if (j < 0)
            return columnError(
                tr("The new data lacks the column “%1” of the old data.").arg(a.name()));
        const Column &given = newData.column(j);
        if (given.type() != a.type()) {
            qsizetype failed = 0;
            const Column b = given.convertedTo(a.type(), &failed);
            if (failed > 0)
                return Error {Error::Kind::InvalidValue,
                              tr("Column “%1”: %n values of the new data do not read as the old "
                                 "data's type (%2).",
                                 nullptr, int(failed))
                                  .arg(a.name(), columnTypeName(a.type()))};
            out.addColumn(a.appended(b));
        } else {
            out.addColumn(a.appended(given));
        }
    }
    return out;
}

Result<Retraining::Outcome> Retraining::run(std::shared_ptr<const Dataset> newData,
                                            std::shared_ptr<const Dataset> oldData,
                                            Progress &progress) const
{
    if (auto valid = m_options.validate(); !valid)
        return valid.error();
    if (!newData)
        return Error {Error::Kind::InvalidArgument, tr("No new data was given.")};
    const bool append = m_options.mode == RetrainOptions::Mode::Append;
    if (append && !oldData)
        return Error {Error::Kind::InvalidArgument,
                      tr("Appending needs the old training data as well as the new.")};
    const QJsonObject manifest = m_champion->manifest();
    auto spec = TrainSpec::fromJson(manifest.value(QStringLiteral("train_spec")).toObject());
    if (!spec)
        return Error {
            Error::Kind::Malformed,
            tr("The champion does not record its training settings: %1").arg(spec.error().message)};
    // The champion's exact settings: its learner with the hyperparameters it was trained with,
    // its positive class, and a separate test file (the holdout) instead of its validation.
    const QString learner = m_champion->learner();
    const QJsonObject params = manifest.value(QStringLiteral("model"))
                                   .toObject()
                                   .value(QStringLiteral("params"))
                                   .toObject();
    spec->learners = {LearnerSpec {learner, params}};
    spec->target.positive = m_champion->scorer()->labels().positive;
    spec->validation = ValidationSpec {};

    progress.report(0.02, tr("Checking the new data against the champion's schema…"));
    auto fresh = trimmed(*newData, tr("new data"));
    if (!fresh)
        return fresh.error();
    auto target = BinaryTarget::fromSpec(*fresh, spec->target);
    if (!target)
        return Error {target.error().kind, tr("New data: %1").arg(target.error().message)};
    const Split split = Split::stratified(target->labels(), m_options.holdoutFraction, spec->seed);
    if (split.test.empty() || split.train.empty())
        return Error {Error::Kind::InvalidValue,
                      tr("The new data has too few labelled rows for a holdout.")};
    auto holdout = std::make_shared<Dataset>();
    for (int i = 0; i < fresh->columnCount(); ++i)
        holdout->addColumn(fresh->column(i).rows(split.test));
    Dataset recent;
    for (int i = 0; i < fresh->columnCount(); ++i)
        recent.addColumn(fresh->column(i).rows(split.train));
    std::shared_ptr<const Dataset> training;
    if (append) {
        auto old = trimmed(*oldData, tr("old data"));
        if (!old)
            return old.error();
        auto both = stacked(*old, recent);
        if (!both)
            return both.error();
        training = std::make_shared<const Dataset>(std::move(both.value()));
    } else {
        training = std::make_shared<const Dataset>(std::move(recent));
    }

    Outcome outcome;
    outcome.notes << target->leftOut();
    outcome.session = std::make_shared<TrainingSession>(training, spec.value(), holdout);
    SubProgress preparing(progress, 0.05, 0.2);
    auto prep = outcome.session->prepare(*preparing);
    if (!prep)
        return prep.error();
    // The session calls the holdout its test file; here it is the recent holdout.
    const QString testFile = TrainingSession::tr("Test file: %1").arg(QString());
    for (const QString &note : prep->notes)
        outcome.notes << (note.startsWith(testFile)
                              ? tr("Holdout: %1").arg(note.mid(testFile.size()))
                              : note);
    SubProgress training_(progress, 0.2, 0.9);
    auto report = outcome.session->train(spec->learners.first(), *training_);
    if (!report)
        return report.error();
    outcome.challenger = std::move(report.value());

    progress.report(0.92, tr("Scoring the holdout with the champion…"));
    const TrainingData &data = *outcome.session->trainingData();
    auto championScores = m_champion->scorer()->score(*holdout, data.testRows);
    if (!championScores)
        return Error {
            championScores.error().kind,
            tr("The champion cannot score the new data: %1").arg(championScores.error().message)};
    const HoldoutEvaluation champion = HoldoutEvaluation::of(
        championScores->probability, data.yTest, spec->threshold, spec->costs);
    const HoldoutEvaluation challenger = HoldoutEvaluation::of(
        outcome.challenger.run.scores, data.yTest, spec->threshold, spec->costs);
    outcome.decision =
        RetrainDecision::decide(champion, challenger, spec->threshold, spec->costs, m_options);
    outcome.decision.trainRows = qint64(data.trainRows.size());
    outcome.decision.holdoutRows = qint64(data.testRows.size());
    progress.report(1.0);
    return outcome;
}

Result<Bundle> Retraining::nextBundle(const Outcome &outcome, const Bundle &champion,
                                      const DataFingerprint &data)
{
    auto bundle = Bundle::fromTraining(*outcome.session, outcome.challenger, data);
    if (!bundle)
        return bundle.error();
    const QJsonObject was = champion.manifest();
    bundle->amendManifest(
        {{QStringLiteral("model_version"), champion.modelVersion() + 1},
         {QStringLiteral("previous"),
          QJsonObject {{QStringLiteral("model_version"), champion.modelVersion()},
                       {QStringLiteral("created"), was.value(QStringLiteral("created"))},
                       {QStringLiteral("data"), was.value(QStringLiteral("data"))}}},
         {QStringLiteral("retraining"), outcome.decision.toJson()}});
    return bundle;
}

} // namespace churnlab

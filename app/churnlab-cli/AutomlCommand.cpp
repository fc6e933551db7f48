#include "CliCommon.h"

#include "core/automl/AutoMlSearch.h"
#include "core/automl/SearchSpace.h"
#include "core/data/DataReader.h"
#include "core/train/TrainingSession.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cmath>

namespace churnlab::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        tr("Searches the learners and their hyperparameters within a time budget: every learner at "
           "its defaults, then successive-halving brackets of sampled settings, on validation rows "
           "split from the training rows. The best model (and a soft-voting ensemble of the best "
           "three learners, if it wins on validation) is trained on all training rows and "
           "reported on the test rows."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("DATA"), tr("Training data (CSV or workbook)."));
    addTargetOptions(parser);
    addSplitOptions(parser);
    parser.addOption({QStringLiteral("budget"), tr("Time budget in seconds (default 120)."),
                      QStringLiteral("seconds"), QStringLiteral("120")});
    parser.addOption({QStringLiteral("metric"),
                      tr("What to optimise: auc, pr_auc, logloss or cost (expected cost at the "
                         "best threshold, with --cost-fp and --cost-fn; default auc)."),
                      QStringLiteral("metric"), QStringLiteral("auc")});
    parser.addOption({QStringLiteral("cost-fp"), tr("Cost of a false positive (default 1)."),
                      QStringLiteral("cost"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("cost-fn"), tr("Cost of a false negative (default 5)."),
                      QStringLiteral("cost"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("trials"),
                      tr("Stop after this many trials (with the same seed, the same trials)."),
                      QStringLiteral("n")});
    parser.addOption(
        {QStringLiteral("models"),
         tr("Learners to search (default %1).").arg(SearchSpace::learners().join(QLatin1Char(','))),
         QStringLiteral("list")});
    parser.addOption({QStringLiteral("no-ensemble"), tr("Do not try an ensemble.")});
    parser.addOption({QStringLiteral("export"),
                      tr("Write the result (the ensemble if kept, else the best model) as a "
                         "bundle (.clb)."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("sign"), tr("With --export: sign with this secret key."),
                      QStringLiteral("key")});
    parser.addOption({QStringLiteral("json"), tr("Print one JSON object.")});
}

Result<AutoMlSpec> autoMlSpec(const QCommandLineParser &parser, quint64 seed)
{
    auto bad = [](const QString &m) { return Error {Error::Kind::InvalidArgument, m}; };
    AutoMlSpec spec;
    spec.seed = seed;
    bool ok = false;
    spec.budgetSeconds = parser.value(QStringLiteral("budget")).toDouble(&ok);
    if (!ok)
        return bad(tr("--budget takes a number of seconds"));
    const auto metric = AutoMlSpec::metricFromId(parser.value(QStringLiteral("metric")));
    if (!metric)
        return bad(tr("--metric takes auc, pr_auc, logloss or cost"));
    spec.metric = *metric;
    if (parser.isSet(QStringLiteral("trials"))) {
        spec.maxTrials = parser.value(QStringLiteral("trials")).toInt(&ok);
        if (!ok || spec.maxTrials < 1)
            return bad(tr("--trials takes a count ≥ 1"));
    }
    spec.learners =
        parser.value(QStringLiteral("models")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    spec.ensemble = !parser.isSet(QStringLiteral("no-ensemble"));
    if (auto valid = spec.validate(); !valid)
        return valid.error();
    return spec;
}

void printOutcome(const AutoMlSearch::Outcome &o)
{
    const QString metric = AutoMlSpec::metricTitle(o.spec.metric);
    out() << tr("%1 trials in %2 s (budget %3 s) on %4 search rows, validated on %5 rows%6")
                 .arg(o.trials.size())
                 .arg(o.seconds, 0, 'f', 1)
                 .arg(o.spec.budgetSeconds)
                 .arg(o.searchRows)
                 .arg(o.validationRows)
                 .arg(o.cancelled ? tr(" (cancelled)") : QString())
          << Qt::endl
          << Qt::endl;
    std::vector<const AutoMlTrial *> full;
    for (const AutoMlTrial &t : o.trials)
        if (t.full && t.status == AutoMlTrial::Status::Done)
            full.push_back(&t);
    std::stable_sort(full.begin(), full.end(), [&](const AutoMlTrial *a, const AutoMlTrial *b) {
        return AutoMlSpec::higherIsBetter(o.spec.metric) ? a->value > b->value
                                                         : a->value < b->value;
    });
    out() << QStringLiteral("%1 %2 %3 %4  %5\n")
                 .arg(tr("trial"), 5)
                 .arg(tr("model"), -6)
                 .arg(metric.left(12), 12)
                 .arg(tr("seconds"), 8)
                 .arg(tr("settings"));
    for (size_t i = 0; i < full.size() && i < 10; ++i)
        out() << QStringLiteral("%1 %2 %3 %4  %5\n")
                     .arg(full[i]->number, 5)
                     .arg(full[i]->learner, -6)
                     .arg(full[i]->value, 12, 'f', 5)
                     .arg(full[i]->seconds, 8, 'f', 2)
                     .arg(QString::fromUtf8(
                         QJsonDocument(full[i]->params).toJson(QJsonDocument::Compact)));
    out() << Qt::endl;
    if (!o.ensembleMembers.isEmpty() && std::isfinite(o.ensembleValue))
        out() << tr("Ensemble of %1: %2 %3 on validation — %4")
                     .arg(o.ensembleMembers.join(QStringLiteral(", ")), metric)
                     .arg(o.ensembleValue, 0, 'f', 5)
                     .arg(o.ensemble ? tr("kept") : tr("not better, dropped"))
              << Qt::endl;
    for (const auto &r : {o.best, o.ensemble})
        if (r)
            out() << tr("%1: test ROC AUC %2, PR AUC %3, log loss %4")
                         .arg(r->title)
                         .arg(r->run.metrics.auc, 0, 'f', 4)
                         .arg(r->run.metrics.prAuc, 0, 'f', 4)
                         .arg(r->run.metrics.logLoss, 0, 'f', 4)
                  << Qt::endl;
}

} // namespace

int automlCommand(const QStringList &args)
{
    QCommandLineParser parser;
    addOptions(parser);
    addCsvOptions(parser);
    addDatabaseOptions(parser);
    addTrackingOption(parser);
    if (const auto exit = parseArguments(parser, args))
        return *exit;
    if (parser.positionalArguments().size() != (readsDatabase(parser) ? 0 : 1)
        || !parser.isSet(QStringLiteral("target")))
        return fail(tr("automl takes DATA (or --db) and --target COLUMN; see --help"), 2);
    auto spec = splitSpec(parser);
    if (!spec)
        return fail(spec.error().message, 2);
    bool ok = false;
    spec->costs.falsePositive = parser.value(QStringLiteral("cost-fp")).toDouble(&ok);
    if (ok)
        spec->costs.falseNegative = parser.value(QStringLiteral("cost-fn")).toDouble(&ok);
    if (!ok || spec->costs.falsePositive < 0 || spec->costs.falseNegative < 0)
        return fail(tr("--cost-fp and --cost-fn take numbers ≥ 0"), 2);
    auto automl = autoMlSpec(parser, spec->seed);
    if (!automl)
        return fail(automl.error().message, 2);
    auto options = csvOptions(parser);
    if (!options)
        return fail(options.error().message, 2);
    QString path;
    auto train =
        readData(parser, parser.positionalArguments().value(0), *options, Progress::none(), &path);
    if (!train)
        return fail(train.error(), path);
    std::shared_ptr<const Dataset> test;
    const QString testPath = parser.value(QStringLiteral("test"));
    if (!testPath.isEmpty()) {
        auto t = DataReader(*options).read(testPath);
        if (!t)
            return fail(t.error(), testPath);
        test = std::make_shared<const Dataset>(std::move(t->dataset));
    }
    TrainingSession session(std::make_shared<const Dataset>(std::move(train->dataset)), *spec,
                            test);
    const bool json = parser.isSet(QStringLiteral("json"));
    TerminalProgress bar(!json);
    auto prep = session.prepare(bar.progress());
    if (!prep)
        return fail(prep.error(),
                    prep.error().kind == Error::Kind::MissingColumn ? testPath : path);
    auto outcome = AutoMlSearch::run(session, *automl, {}, bar.progress());
    if (!outcome)
        return fail(outcome.error());
    std::vector<ModelReport> reports;
    for (const auto &r : {outcome->best, outcome->ensemble})
        if (r)
            reports.push_back(*r);
    QJsonObject exported;
    if (parser.isSet(QStringLiteral("export"))) {
        auto written = exportReport(parser, session, reports.back(), path);
        if (!written)
            return fail(written.error());
        exported = written.value();
    }
    trackRuns(parser, session, reports, {}, path, exported);
    if (json) {
        QJsonObject o = outcome->toJson();
        o.insert(QStringLiteral("preparation"), prep->toJson());
        if (!exported.isEmpty())
            o.insert(QStringLiteral("export"), exported);
        out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
        return 0;
    }
    for (const QString &note : prep->notes)
        out() << note << Qt::endl;
    printOutcome(*outcome);
    if (!exported.isEmpty())
        out() << tr("Exported %1 to %2")
                     .arg(exported.value(QStringLiteral("model")).toString(),
                          exported.value(QStringLiteral("path")).toString())
              << Qt::endl;
    return 0;
}

} // namespace churnlab::cli

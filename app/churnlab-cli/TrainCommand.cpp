#include "CliCommon.h"

#include "core/bundle/DataFingerprint.h"
#include "core/bundle/ModelExport.h"
#include "core/bundle/Signer.h"
#include "core/data/DataReader.h"
#include "core/data/csv/CsvReader.h"
#include "core/models/ModelCatalog.h"
#include "core/tracking/RunRecorder.h"
#include "core/tracking/TrackingStore.h"
#include "core/train/TrainingSession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace churnlab::cli {

namespace {

void addTrainOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli",
        "Trains churn models on a CSV file and prints a leaderboard of test-set metrics. "
        "Models: lr (logistic regression), tree (decision tree), rf (random forest), gbt "
        "(gradient boosting), nb (naive Bayes), mlp (neural network)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("DATA"),
                                 QCoreApplication::translate("cli", "Training CSV file."));
    addTargetOptions(parser);
    parser.addOption({QStringLiteral("models"),
                      QCoreApplication::translate("cli", "Comma-separated models (default %1).")
                          .arg(TrainSpec().learnerIds().join(QLatin1Char(','))),
                      QStringLiteral("list"), TrainSpec().learnerIds().join(QLatin1Char(','))});
    parser.addOption({QStringLiteral("param"),
                      QCoreApplication::translate(
                          "cli",
                          "A hyperparameter, MODEL.NAME=VALUE (repeatable), e.g. rf.trees=300 or "
                          "lr.penalty=l1; see --list-models for names and defaults."),
                      QStringLiteral("model.name=value")});
    parser.addOption({QStringLiteral("list-models"),
                      QCoreApplication::translate(
                          "cli", "Print the models with their hyperparameters and defaults.")});
    addSplitOptions(parser);
    parser.addOption({QStringLiteral("c"),
                      QCoreApplication::translate(
                          "cli", "Inverse L2 strength of lr, as scikit-learn's C (default 1)."),
                      QStringLiteral("C"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("folds"),
                      QCoreApplication::translate(
                          "cli",
                          "Stratified k-fold cross-validation on DATA instead of one holdout; "
                          "metrics pool every row's out-of-fold score, and each fold's values "
                          "give the spread."),
                      QStringLiteral("k")});
    parser.addOption({QStringLiteral("export"),
                      QCoreApplication::translate(
                          "cli", "Write the best model (by test AUC) as a verified bundle (.clb)."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("export-model"),
                      QCoreApplication::translate(
                          "cli", "With --export: the model to export instead of the best."),
                      QStringLiteral("id")});
    parser.addOption({QStringLiteral("sign"),
                      QCoreApplication::translate(
                          "cli", "With --export: sign the bundle with this secret key (keygen)."),
                      QStringLiteral("key")});
    parser.addOption(
        {QStringLiteral("json"), QCoreApplication::translate("cli", "Print one JSON object.")});
}

void listModels()
{
    for (const ModelInfo &m : ModelCatalog::models()) {
        out() << m.id << QStringLiteral("  ") << m.title << QStringLiteral(": ") << m.description
              << Qt::endl;
        for (const HyperParameter &p : m.parameters) {
            const QJsonValue d = p.defaultValue;
            out() << QStringLiteral("    %1.%2 = %3  (%4; %5)")
                         .arg(m.id, p.name,
                              d.isString() ? d.toString() : QString::number(d.toDouble()),
                              p.rangeText(), p.translatedDescription())
                  << Qt::endl;
        }
    }
}

// The settings of the run from the command line; every error is a usage error (exit 2).
Result<TrainSpec> trainSpec(const QCommandLineParser &parser)
{
    auto bad = [](const QString &message) { return Error {Error::Kind::InvalidArgument, message}; };
    auto split = splitSpec(parser);
    if (!split)
        return split.error();
    TrainSpec spec = split.value();
    bool ok = false;
    if (parser.isSet(QStringLiteral("folds"))) {
        spec.validation.kind = ValidationSpec::Kind::KFold;
        spec.validation.folds = parser.value(QStringLiteral("folds")).toInt(&ok);
        if (!ok || spec.validation.folds < 2 || spec.validation.folds > 50)
            return bad(
                QCoreApplication::translate("cli", "--folds must be a whole number from 2 to 50"));
        if (parser.isSet(QStringLiteral("test")))
            return bad(
                QCoreApplication::translate("cli", "use either --folds or --test, not both"));
    }
    spec.learners.clear();
    for (const QString &id :
         parser.value(QStringLiteral("models")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        spec.learners << LearnerSpec {id, {}};
    if (parser.isSet(QStringLiteral("c"))) {
        const double c = parser.value(QStringLiteral("c")).toDouble(&ok);
        if (!ok || c <= 0)
            return bad(QCoreApplication::translate("cli", "--c must be a positive number"));
        for (LearnerSpec &l : spec.learners)
            if (l.id == QLatin1String("lr"))
                l.params.insert(QStringLiteral("c"), c);
    }
    for (const QString &p : parser.values(QStringLiteral("param"))) {
        const qsizetype dot = p.indexOf(QLatin1Char('.')), eq = p.indexOf(QLatin1Char('='));
        if (dot <= 0 || eq <= dot + 1)
            return bad(QCoreApplication::translate(
                           "cli", "--param “%1” is not of the form MODEL.NAME=VALUE")
                           .arg(p));
        auto it = std::find_if(spec.learners.begin(), spec.learners.end(),
                               [&](const LearnerSpec &l) { return l.id == p.left(dot); });
        if (it == spec.learners.end())
            return bad(QCoreApplication::translate(
                           "cli", "--param names model “%1”, which is not in --models")
                           .arg(p.left(dot)));
        // The learner's table reads numbers given as text.
        it->params.insert(p.mid(dot + 1, eq - dot - 1), p.mid(eq + 1));
    }
    if (auto valid = spec.validate(); !valid)
        return valid.error();
    return spec;
}

// One leaderboard row: the metrics (pooled over the folds for cross-validation), times, and
// for cross-validation each fold's values with their mean and spread.
QJsonObject modelRow(const ModelReport &report)
{
    QJsonObject row = report.run.toJson();
    if (!report.flagged.isEmpty())
        row.insert(QStringLiteral("flagged_columns"), report.flaggedJson());
    if (report.foldMetrics.empty())
        return row;
    QJsonObject cv {{QStringLiteral("folds"), int(report.foldMetrics.size())}};
    for (const char *key : {"auc", "pr_auc", "logloss", "brier", "accuracy", "f1"}) {
        const QString k = QLatin1StringView(key).toString();
        QJsonArray values;
        double sum = 0, sumSq = 0;
        for (const BinaryMetrics &m : report.foldMetrics) {
            const double v = m.toJson().value(k).toDouble();
            values.append(v);
            sum += v;
            sumSq += v * v;
        }
        const double n = double(report.foldMetrics.size()), mean = sum / n;
        cv.insert(k + QStringLiteral("_per_fold"), values);
        cv.insert(k + QStringLiteral("_mean"), mean);
        cv.insert(k + QStringLiteral("_std"), std::sqrt(std::max(0.0, sumSq / n - mean * mean)));
    }
    row.insert(QStringLiteral("cv"), cv);
    return row;
}

void printTable(const TrainingSession::Preparation &prep, const TrainSpec &spec,
                const QString &positive, const QJsonArray &board)
{
    if (prep.folds > 0)
        out() << QCoreApplication::translate(
                     "cli",
                     "%1-fold stratified cross-validation on %2 rows: metrics from every row's "
                     "out-of-fold score")
                     .arg(prep.folds)
                     .arg(prep.labelledRows)
              << Qt::endl;
    else
        out() << QCoreApplication::translate(
                     "cli",
                     "Target %1 (positive “%2”): %3 training rows, %4 test rows, %5 features")
                     .arg(spec.target.column, positive)
                     .arg(prep.trainRows)
                     .arg(prep.testRows)
                     .arg(prep.features)
              << Qt::endl;
    for (const QString &note : prep.notes)
        out() << note << Qt::endl;
    out() << Qt::endl
          << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n")
                 .arg(QCoreApplication::translate("cli", "model"), -8)
                 .arg(QCoreApplication::translate("cli", "AUC"), 8)
                 .arg(QCoreApplication::translate("cli", "PR AUC"), 8)
                 .arg(QCoreApplication::translate("cli", "log loss"), 9)
                 .arg(QCoreApplication::translate("cli", "Brier"), 8)
                 .arg(QCoreApplication::translate("cli", "accuracy"), 9)
                 .arg(QCoreApplication::translate("cli", "F1"), 7)
                 .arg(QCoreApplication::translate("cli", "train s"), 9);
    for (const auto &v : board) {
        const QJsonObject r = v.toObject();
        if (r.contains(QStringLiteral("error"))) {
            out() << QStringLiteral("%1 %2\n")
                         .arg(r.value(QStringLiteral("name")).toString(), -8)
                         .arg(r.value(QStringLiteral("error")).toString());
            continue;
        }
        out() << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n")
                     .arg(r.value(QStringLiteral("name")).toString(), -8)
                     .arg(r.value(QStringLiteral("auc")).toDouble(), 8, 'f', 4)
                     .arg(r.value(QStringLiteral("pr_auc")).toDouble(), 8, 'f', 4)
                     .arg(r.value(QStringLiteral("logloss")).toDouble(), 9, 'f', 4)
                     .arg(r.value(QStringLiteral("brier")).toDouble(), 8, 'f', 4)
                     .arg(r.value(QStringLiteral("accuracy")).toDouble(), 9, 'f', 4)
                     .arg(r.value(QStringLiteral("f1")).toDouble(), 7, 'f', 4)
                     .arg(r.value(QStringLiteral("train_seconds")).toDouble(), 9, 'f', 3);
    }
}

// The chosen model (or the best by test AUC) as a bundle; its file, model and signature.
Result<QJsonObject> exportBundle(const QCommandLineParser &parser, const TrainingSession &session,
                                 const std::vector<ModelReport> &reports, const QString &dataPath)
{
    const QString wanted = parser.value(QStringLiteral("export-model"));
    const ModelReport *chosen = nullptr;
    for (const ModelReport &r : reports)
        if (wanted.isEmpty() ? !chosen || r.run.metrics.auc > chosen->run.metrics.auc
                             : r.id == wanted)
            chosen = &r;
    if (!chosen)
        return Error {
            Error::Kind::InvalidArgument,
            QCoreApplication::translate("cli", "--export-model “%1” was not trained").arg(wanted)};
    return exportReport(parser, session, *chosen, dataPath);
}

} // namespace

int trainCommand(const QStringList &args)
{
    QCommandLineParser parser;
    addTrainOptions(parser);
    addCsvOptions(parser);
    addDatabaseOptions(parser);
    addTrackingOption(parser);
    if (const auto exit = parseArguments(parser, args))
        return *exit;
    if (parser.isSet(QStringLiteral("list-models"))) {
        listModels();
        return 0;
    }
    if (parser.positionalArguments().size() != (readsDatabase(parser) ? 0 : 1)
        || !parser.isSet(QStringLiteral("target")))
        return fail(QCoreApplication::translate(
                        "cli", "train takes DATA (or --db) and --target COLUMN; see --help"),
                    2);
    auto spec = trainSpec(parser);
    if (!spec)
        return fail(spec.error().message, 2);
    auto options = csvOptions(parser);
    if (!options)
        return fail(options.error().message, 2);

    const bool json = parser.isSet(QStringLiteral("json"));
    QString path;
    QElapsedTimer timer;
    timer.start();
    auto train = readData(parser, parser.positionalArguments().value(0), options.value(),
                          Progress::none(), &path);
    if (!train)
        return fail(train.error(), path);
    std::shared_ptr<const Dataset> test;
    const QString testPath = parser.value(QStringLiteral("test"));
    if (!testPath.isEmpty()) {
        auto t = DataReader(options.value()).read(testPath);
        if (!t)
            return fail(t.error(), testPath);
        test = std::make_shared<const Dataset>(std::move(t->dataset));
    }
    const double loadSeconds = double(timer.nsecsElapsed()) / 1e9;

    TrainingSession session(std::make_shared<const Dataset>(std::move(train->dataset)),
                            spec.value(), test);
    QJsonArray board;
    std::vector<ModelReport> reports;
    TerminalProgress bar(!json);
    auto prep = session.run(
        [&](const QString &id, const Result<ModelReport> &report) {
            board.append(report ? modelRow(*report)
                                : QJsonObject {{QStringLiteral("name"), id},
                                               {QStringLiteral("error"), report.error().message}});
            if (report)
                reports.push_back(*report);
        },
        bar.progress());
    if (!prep)
        return fail(prep.error(),
                    prep.error().kind == Error::Kind::MissingColumn ? testPath : path);
    for (const auto &row : board)
        if (row.toObject().contains(QStringLiteral("error"))) {
            trackRuns(parser, session, reports, board, path, {});
            return fail(row.toObject().value(QStringLiteral("error")).toString());
        }
    const QString positive = session.target()->positiveLabel();
    QJsonObject exported;
    if (parser.isSet(QStringLiteral("export"))) {
        auto written = exportBundle(parser, session, reports, path);
        if (!written)
            return fail(written.error());
        exported = written.value();
    }
    trackRuns(parser, session, reports, board, path, exported);
    if (json) {
        QJsonObject o = prep->toJson();
        o.insert(QStringLiteral("models"), board);
        o.insert(QStringLiteral("target"), spec->target.column);
        o.insert(QStringLiteral("positive"), positive);
        o.insert(QStringLiteral("load_seconds"), loadSeconds);
        o.insert(QStringLiteral("spec"), session.spec().toJson()); // with the roles used
        if (const auto data = session.trainingData()) {
            o.insert(QStringLiteral("features"), data->pipeline.toJson());
            o.insert(QStringLiteral("schema"), data->schema.toJson());
            if (test)
                o.insert(QStringLiteral("test_report"), data->testReport.toJson());
        }
        if (!exported.isEmpty())
            o.insert(QStringLiteral("export"), exported);
        out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
        return 0;
    }
    printTable(*prep, *spec, positive, board);
    if (!exported.isEmpty())
        out() << QCoreApplication::translate("cli", "Exported %1 (%2) to %3")
                     .arg(exported.value(QStringLiteral("model")).toString(),
                          exported.value(QStringLiteral("signed")).toBool()
                              ? QCoreApplication::translate("cli", "signed")
                              : QCoreApplication::translate("cli", "unsigned"),
                          exported.value(QStringLiteral("path")).toString())
              << Qt::endl;
    return 0;
}

} // namespace churnlab::cli

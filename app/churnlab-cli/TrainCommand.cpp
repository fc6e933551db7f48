#include "CliCommon.h"

#include "data/CsvReader.h"
#include "eval/Metrics.h"
#include "eval/Split.h"
#include "explore/BinaryTarget.h"
#include "features/FeaturePipeline.h"
#include "models/ModelCatalog.h"
#include "train/ModelRun.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <numeric>

namespace churnlab::cli {

int trainCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli",
        "Trains churn models on a CSV file and prints a leaderboard of test-set metrics. "
        "Models: lr (logistic regression), tree (decision tree), rf (random forest), gbt "
        "(gradient boosting), nb (naive Bayes), mlp (neural network)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("DATA"),
                                 QCoreApplication::translate("cli", "Training CSV file."));
    parser.addOption({QStringLiteral("target"),
                      QCoreApplication::translate("cli", "Target column (two values)."),
                      QStringLiteral("column")});
    parser.addOption(
        {QStringLiteral("positive"),
         QCoreApplication::translate("cli", "The target's positive class (default: guessed)."),
         QStringLiteral("value")});
    parser.addOption(
        {QStringLiteral("models"),
         QCoreApplication::translate("cli", "Comma-separated models (default lr,gbt)."),
         QStringLiteral("list"), QStringLiteral("lr,gbt")});
    parser.addOption({QStringLiteral("param"),
                      QCoreApplication::translate(
                          "cli",
                          "A hyperparameter, MODEL.NAME=VALUE (repeatable), e.g. rf.trees=300 or "
                          "lr.penalty=l1; see --list-models for names and defaults."),
                      QStringLiteral("model.name=value")});
    parser.addOption({QStringLiteral("list-models"),
                      QCoreApplication::translate(
                          "cli", "Print the models with their hyperparameters and defaults.")});
    parser.addOption(
        {QStringLiteral("test"),
         QCoreApplication::translate("cli", "A separate test CSV file, used untouched."),
         QStringLiteral("file")});
    parser.addOption({QStringLiteral("test-fraction"),
                      QCoreApplication::translate(
                          "cli", "Stratified holdout share when no --test (default 0.2)."),
                      QStringLiteral("share"), QStringLiteral("0.2")});
    parser.addOption({QStringLiteral("seed"),
                      QCoreApplication::translate("cli", "Seed of the split (default 42)."),
                      QStringLiteral("n"), QStringLiteral("42")});
    parser.addOption(
        {QStringLiteral("threshold"),
         QCoreApplication::translate(
             "cli", "Decision threshold for accuracy, precision, recall, F1 (default 0.5)."),
         QStringLiteral("p"), QStringLiteral("0.5")});
    parser.addOption({QStringLiteral("c"),
                      QCoreApplication::translate(
                          "cli", "Inverse L2 strength of lr, as scikit-learn's C (default 1)."),
                      QStringLiteral("C"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("folds"),
                      QCoreApplication::translate(
                          "cli",
                          "Stratified k-fold cross-validation on DATA instead of one holdout; "
                          "reports the mean over folds."),
                      QStringLiteral("k")});
    parser.addOption(
        {QStringLiteral("features"),
         QCoreApplication::translate(
             "cli", "Per-column roles and transforms, a JSON file as the Features tab saves it."),
         QStringLiteral("file")});
    parser.addOption(
        {QStringLiteral("json"), QCoreApplication::translate("cli", "Print one JSON object.")});
    addCsvOptions(parser);
    if (const auto exit = parseArguments(parser, args))
        return *exit;
    if (parser.isSet(QStringLiteral("list-models"))) {
        for (const ModelInfo &m : ModelCatalog::models()) {
            out() << m.id << QStringLiteral("  ") << m.title << QStringLiteral(": ")
                  << m.description << Qt::endl;
            for (auto it = m.defaults.begin(); it != m.defaults.end(); ++it)
                out() << QStringLiteral("    %1.%2 = %3")
                             .arg(m.id, it.key(),
                                  it->isString() ? it->toString() : QString::number(it->toDouble()))
                      << Qt::endl;
        }
        return 0;
    }
    if (parser.positionalArguments().size() != 1 || !parser.isSet(QStringLiteral("target")))
        return fail(
            QCoreApplication::translate("cli", "train takes DATA and --target COLUMN; see --help"),
            2);
    bool ok = false;
    const double fraction = parser.value(QStringLiteral("test-fraction")).toDouble(&ok);
    if (!ok || fraction <= 0 || fraction >= 1)
        return fail(QCoreApplication::translate("cli", "--test-fraction must be between 0 and 1"),
                    2);
    const quint64 seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        return fail(QCoreApplication::translate("cli", "--seed must be a whole number"), 2);
    const double threshold = parser.value(QStringLiteral("threshold")).toDouble(&ok);
    if (!ok || threshold < 0 || threshold > 1)
        return fail(QCoreApplication::translate("cli", "--threshold must be between 0 and 1"), 2);
    const double c = parser.value(QStringLiteral("c")).toDouble(&ok);
    if (!ok || c <= 0)
        return fail(QCoreApplication::translate("cli", "--c must be a positive number"), 2);
    const QStringList models =
        parser.value(QStringLiteral("models")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    // Hyperparameters per model: --c for lr, then every --param MODEL.NAME=VALUE.
    QHash<QString, QJsonObject> params;
    if (parser.isSet(QStringLiteral("c")))
        params[QStringLiteral("lr")].insert(QStringLiteral("c"), c);
    for (const QString &p : parser.values(QStringLiteral("param"))) {
        const qsizetype dot = p.indexOf(QLatin1Char('.')), eq = p.indexOf(QLatin1Char('='));
        if (dot <= 0 || eq <= dot + 1)
            return fail(QCoreApplication::translate(
                            "cli", "--param “%1” is not of the form MODEL.NAME=VALUE")
                            .arg(p),
                        2);
        const QString value = p.mid(eq + 1);
        bool isNumber = false;
        const double number = value.toDouble(&isNumber);
        params[p.left(dot)].insert(p.mid(dot + 1, eq - dot - 1),
                                   isNumber ? QJsonValue(number) : QJsonValue(value));
    }
    for (const QString &m : models) {
        // Checks the id and its hyperparameters now, before any data is read.
        auto made = ModelCatalog::create(m, params.value(m));
        if (!made)
            return fail(made.error().message, 2);
    }
    for (auto it = params.begin(); it != params.end(); ++it)
        if (!models.contains(it.key()))
            return fail(QCoreApplication::translate(
                            "cli", "--param names model “%1”, which is not in --models")
                            .arg(it.key()),
                        2);
    int folds = 0;
    if (parser.isSet(QStringLiteral("folds"))) {
        folds = parser.value(QStringLiteral("folds")).toInt(&ok);
        if (!ok || folds < 2 || folds > 50)
            return fail(
                QCoreApplication::translate("cli", "--folds must be a whole number from 2 to 50"),
                2);
        if (parser.isSet(QStringLiteral("test")))
            return fail(
                QCoreApplication::translate("cli", "use either --folds or --test, not both"), 2);
    }
    auto options = csvOptions(parser);
    if (!options)
        return fail(options.error().message, 2);
    FeaturePipeline::Options featureOptions;
    if (parser.isSet(QStringLiteral("features"))) {
        auto config = FeatureConfig::load(parser.value(QStringLiteral("features")));
        if (!config)
            return fail(config.error().message, 2);
        featureOptions.config = config.value();
    }

    const bool json = parser.isSet(QStringLiteral("json"));
    const QString path = parser.positionalArguments().first();
    QElapsedTimer timer;
    timer.start();
    auto train = CsvReader(options.value()).read(path);
    if (!train)
        return fail(train.error(), path);
    const double loadSeconds = double(timer.nsecsElapsed()) / 1e9;
    const QString targetName = parser.value(QStringLiteral("target"));
    auto target = BinaryTarget::fromColumn(train->dataset, targetName,
                                           parser.value(QStringLiteral("positive")));
    if (!target)
        return fail(target.error(), path);

    // Either a separate, untouched test file, or a stratified holdout of DATA.
    std::optional<CsvReadResult> testFile;
    std::optional<BinaryTarget> testTarget;
    std::vector<quint32> trainRows, testRows;
    if (parser.isSet(QStringLiteral("test"))) {
        const QString testPath = parser.value(QStringLiteral("test"));
        auto t = CsvReader(options.value()).read(testPath);
        if (!t)
            return fail(t.error(), testPath);
        auto tt = BinaryTarget::fromColumn(t->dataset, targetName, target->positiveLabel());
        if (!tt)
            return fail(tt.error(), testPath);
        testFile = std::move(t.value());
        testTarget = std::move(tt.value());
        trainRows.resize(size_t(train->dataset.rowCount()));
        std::iota(trainRows.begin(), trainRows.end(), 0u);
        testRows.resize(size_t(testFile->dataset.rowCount()));
        std::iota(testRows.begin(), testRows.end(), 0u);
    } else {
        Split split = Split::stratified(target->labels(), fraction, seed);
        trainRows = std::move(split.train);
        testRows = std::move(split.test);
    }
    const Dataset &testData = testFile ? testFile->dataset : train->dataset;
    const BinaryTarget &testLabels = testTarget ? *testTarget : *target;
    {
        const auto labelled = TrainingData::labelledRows(*target, trainRows);
        const auto positives = std::count_if(labelled.begin(), labelled.end(),
                                             [&](quint32 r) { return target->label(r) == 1; });
        if (positives == 0 || positives == qsizetype(labelled.size()))
            return fail(
                QCoreApplication::translate("cli", "the training rows hold a single class of “%1”")
                    .arg(targetName));
    }

    // Fits the pipeline and every model on one set of training rows and scores the test rows:
    // one leaderboard row per model. Runs once for a holdout, once per fold for --folds.
    std::optional<TrainingData> lastData;
    double prepSeconds = 0;
    auto runOnce = [&](std::vector<quint32> fitRows, const Dataset &scoreData,
                       const BinaryTarget &scoreTarget,
                       std::vector<quint32> scoreRows) -> Result<std::vector<QJsonObject>> {
        QElapsedTimer clock;
        clock.start();
        lastData = TrainingData::prepare(train->dataset, *target, std::move(fitRows), scoreData,
                                         scoreTarget, std::move(scoreRows), featureOptions);
        prepSeconds += double(clock.nsecsElapsed()) / 1e9;
        std::vector<QJsonObject> rows;
        for (const QString &name : models) {
            TerminalProgress bar(!json);
            auto run = ModelRun::train(name, params.value(name), seed, *lastData, threshold,
                                       bar.progress());
            if (!run)
                return run.error();
            rows.push_back(run->toJson());
        }
        return rows;
    };

    QJsonArray board;
    if (folds == 0) {
        auto rows = runOnce(trainRows, testData, testLabels, testRows);
        if (!rows)
            return fail(rows.error());
        for (const QJsonObject &row : rows.value())
            board.append(row);
    } else {
        // Each fold refits the feature pipeline on its own training rows: no leakage.
        std::vector<std::vector<QJsonObject>> perFold;
        const std::vector<Split> splits = Split::stratifiedFolds(target->labels(), folds, seed);
        for (const Split &fold : splits) {
            auto rows = runOnce(fold.train, train->dataset, *target, fold.test);
            if (!rows)
                return fail(rows.error());
            perFold.push_back(std::move(rows.value()));
        }
        static const QStringList averaged = {
            QStringLiteral("auc"),           QStringLiteral("pr_auc"),
            QStringLiteral("logloss"),       QStringLiteral("brier"),
            QStringLiteral("accuracy"),      QStringLiteral("precision"),
            QStringLiteral("recall"),        QStringLiteral("f1"),
            QStringLiteral("train_seconds"), QStringLiteral("predict_seconds")};
        for (size_t m = 0; m < size_t(models.size()); ++m) {
            QJsonObject row {{QStringLiteral("name"), models[qsizetype(m)]}};
            QJsonObject cv {{QStringLiteral("folds"), folds}};
            for (const QString &key : averaged) {
                double sum = 0, sumSq = 0;
                QJsonArray values;
                for (const auto &fold : perFold) {
                    const double v = fold[m].value(key).toDouble();
                    sum += v;
                    sumSq += v * v;
                    values.append(v);
                }
                const double mean = sum / double(folds);
                row.insert(key, mean);
                if (key == QLatin1String("auc") || key == QLatin1String("pr_auc")
                    || key == QLatin1String("logloss")) {
                    cv.insert(key + QStringLiteral("_std"),
                              std::sqrt(std::max(0.0, sumSq / double(folds) - mean * mean)));
                    cv.insert(key + QStringLiteral("_per_fold"), values);
                }
            }
            row.insert(QStringLiteral("cv"), cv);
            board.append(row);
        }
    }
    // With --folds, the sizes reported are those of the last fold.
    const FeaturePipeline &pipeline = lastData->pipeline;

    if (json) {
        const QJsonObject o {{QStringLiteral("models"), board},
                             {QStringLiteral("target"), targetName},
                             {QStringLiteral("positive"), target->positiveLabel()},
                             {QStringLiteral("n_train"), qint64(lastData->trainRows.size())},
                             {QStringLiteral("n_test"), qint64(lastData->testRows.size())},
                             {QStringLiteral("n_features"), qint64(pipeline.featureNames().size())},
                             {QStringLiteral("folds"), folds},
                             {QStringLiteral("load_seconds"), loadSeconds},
                             {QStringLiteral("prep_seconds"), prepSeconds},
                             {QStringLiteral("features"), pipeline.toJson()}};
        out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
        return 0;
    }
    if (folds > 0)
        out() << QCoreApplication::translate(
                     "cli",
                     "%1-fold stratified cross-validation: means over the folds; sizes per fold")
                     .arg(folds)
              << Qt::endl;
    out() << QCoreApplication::translate(
                 "cli", "Target %1 (positive “%2”): %3 training rows, %4 test rows, %5 features")
                 .arg(targetName, target->positiveLabel())
                 .arg(lastData->trainRows.size())
                 .arg(lastData->testRows.size())
                 .arg(pipeline.featureNames().size())
          << Qt::endl
          << Qt::endl;
    out() << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n")
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
    return 0;
}

} // namespace churnlab::cli

#include "CliCommon.h"

#include "core/batch/BatchScorer.h"
#include "core/batch/ScoreTarget.h"
#include "core/bundle/Bundle.h"
#include "core/explain/Explainer.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace churnlab::cli {

int scoreCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli",
        "Scores every row of a CSV file with a model bundle and writes the ID column (if "
        "any), kept columns, the churn probability and the label at the bundle's "
        "threshold. A missing column is an error; other types are converted and unseen "
        "categories scored as rare ones, both counted (--strict makes them errors)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("BUNDLE"),
                                 QCoreApplication::translate("cli", "Model bundle (.clb)."));
    parser.addPositionalArgument(QStringLiteral("INPUT"),
                                 QCoreApplication::translate("cli", "CSV file to score."));
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      QCoreApplication::translate("cli", "Output CSV file."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("keep"),
                      QCoreApplication::translate("cli", "Input columns to copy to the output."),
                      QStringLiteral("col,…")});
    parser.addOption(
        {QStringLiteral("strict"),
         QCoreApplication::translate("cli",
                                     "Refuse values that do not convert and unseen categories, "
                                     "naming the row and column.")});
    parser.addOption(
        {QStringLiteral("shard"),
         QCoreApplication::translate("cli",
                                     "Score only shard i of N (rows in N equal ranges; shards "
                                     "0…N−1 together score every row once)."),
         QStringLiteral("i/N")});
    parser.addOption(
        {QStringLiteral("explain"),
         QCoreApplication::translate("cli",
                                     "Add each row's K largest contributions (reason_i and "
                                     "reason_i_contribution, per source column): exact for trees "
                                     "and logistic regression, an estimate for the others."),
         QStringLiteral("K")});
    parser.addOption(
        {QStringLiteral("json"), QCoreApplication::translate("cli", "Print a JSON summary.")});
    parser.addOption(
        {QStringLiteral("to"),
         QCoreApplication::translate("cli",
                                     "Write the scores to a database instead of a file "
                                     "(PostgreSQL, MariaDB/MySQL, SQLite or ODBC; with "
                                     "--to-table), in one transaction."),
         QStringLiteral("url")});
    parser.addOption({QStringLiteral("to-table"),
                      QCoreApplication::translate("cli", "With --to: the table to write."),
                      QStringLiteral("name")});
    parser.addOption({QStringLiteral("mode"),
                      QCoreApplication::translate(
                          "cli", "With --to: replace the table (default) or append to it."),
                      QStringLiteral("replace|append"), QStringLiteral("replace")});
    addTrustedKeyOption(parser);
    addCsvOptions(parser);
    addDatabaseOptions(parser);
    if (const auto exit = parseArguments(parser, args))
        return *exit;
    const QStringList pos = parser.positionalArguments();
    const bool toDatabase = parser.isSet(QStringLiteral("to"));
    if (pos.size() != (readsDatabase(parser) ? 1 : 2)
        || toDatabase == parser.isSet(QStringLiteral("output"))
        || toDatabase != parser.isSet(QStringLiteral("to-table")))
        return fail(QCoreApplication::translate(
                        "cli",
                        "score takes BUNDLE INPUT (or --db) and -o OUTPUT (or --to URL "
                        "--to-table T); see --help"),
                    2);
    const auto mode = writeModeFromName(parser.value(QStringLiteral("mode")));
    if (!mode)
        return fail(QCoreApplication::translate("cli", "--mode is replace or append"), 2);
    ScoreTarget target(parser.value(QStringLiteral("output")));
    if (toDatabase) {
        auto url = DatabaseUrl::parse(parser.value(QStringLiteral("to")));
        if (!url)
            return fail(url.error().message, 2);
        target = ScoreTarget::toTable(*url, parser.value(QStringLiteral("to-table")), *mode);
    }
    const auto sink = target.open();
    BatchScorer::Options options;
    auto csv = csvOptions(parser);
    if (!csv)
        return fail(csv.error().message, 2);
    options.csv = csv.value();
    options.keep = parser.value(QStringLiteral("keep")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    options.strict = parser.isSet(QStringLiteral("strict"));
    if (parser.isSet(QStringLiteral("shard"))) {
        const QStringList parts = parser.value(QStringLiteral("shard")).split(QLatin1Char('/'));
        bool a = false, b = false;
        options.shard = parts.size() == 2 ? parts[0].toInt(&a) : -1;
        options.shards = parts.size() == 2 ? parts[1].toInt(&b) : 0;
        if (!a || !b || options.shards < 1 || options.shard < 0 || options.shard >= options.shards)
            return fail(QCoreApplication::translate("cli", "--shard must be i/N with 0 ≤ i < N"),
                        2);
    }
    int exit = 0;
    const auto bundle = openBundle(parser, pos[0], exit);
    if (!bundle)
        return exit;
    if (parser.isSet(QStringLiteral("explain"))) {
        bool ok = false;
        options.explainTop = parser.value(QStringLiteral("explain")).toInt(&ok);
        if (!ok || options.explainTop < 1)
            return fail(QCoreApplication::translate("cli", "--explain takes a count K ≥ 1"), 2);
        options.explainer = bundle->explainer().get();
    }
    const bool json = parser.isSet(QStringLiteral("json"));
    TerminalProgress bar(!json);
    QString input;
    auto summary = BatchScorer::run(
        *bundle->scorer(),
        [&](const CsvOptions &csv, Progress &p) {
            return readData(parser, pos.value(1), csv, p, &input);
        },
        *sink, options, bar.progress());
    if (!summary) // a database's messages name their source or table themselves
        return fail(summary.error(),
                    summary.error().kind == Error::Kind::Database ? QString() : input);
    if (json) {
        QJsonObject o = summary->toJson();
        o.insert(QStringLiteral("output"), sink->name());
        out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
        return 0;
    }
    out() << QCoreApplication::translate("cli",
                                         "Scored %1 rows in %2 s (%3 rows/s); %4 flagged at "
                                         "threshold %5")
                 .arg(summary->rows)
                 .arg(summary->seconds, 0, 'f', 3)
                 .arg(qint64(double(summary->rows) / std::max(summary->seconds, 1e-9)))
                 .arg(summary->flagged)
                 .arg(bundle->scorer()->threshold())
          << Qt::endl;
    for (const QString &line : summary->report.describe())
        out() << line << Qt::endl;
    if (options.explainer)
        out() << QCoreApplication::translate("cli", "Reasons: %1 on the %2, from an expected %3")
                     .arg(Explainer::methodTitle(options.explainer->method()),
                          summary->explanation.value(QStringLiteral("scale")).toString())
                     .arg(summary->explanation.value(QStringLiteral("expected")).toDouble())
              << Qt::endl;
    return 0;
}

} // namespace churnlab::cli

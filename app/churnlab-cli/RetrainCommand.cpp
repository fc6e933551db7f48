#include "CliCommon.h"

#include "core/bundle/Signer.h"
#include "core/monitor/RetrainJob.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace churnlab::cli {

namespace {

constexpr int kKeptExit = 4;

void addRetrainOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli",
        "Retrains a deployed model (the champion) with its exact settings on new data, judges "
        "both on a holdout of the new rows, and writes the new model (the challenger) as the "
        "next version of the bundle only if it wins: ROC AUC up by the margin, or a lower "
        "expected cost, without worse calibration. Both runs and the decision are tracked."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("BUNDLE"),
                                 QCoreApplication::translate("cli", "The champion bundle (.clb)."));
    parser.addPositionalArgument(
        QStringLiteral("NEW"),
        QCoreApplication::translate("cli", "New labelled data (CSV) with the champion's columns."));
    parser.addOption(
        {QStringLiteral("append"),
         QCoreApplication::translate(
             "cli", "Train on this old data with the new rows appended, instead of the new alone."),
         QStringLiteral("old.csv")});
    parser.addOption(
        {{QStringLiteral("o"), QStringLiteral("output")},
         QCoreApplication::translate("cli",
                                     "Where a promoted model goes (default: over BUNDLE, so a "
                                     "churnlab-serve watching it reloads)."),
         QStringLiteral("file")});
    parser.addOption({QStringLiteral("holdout"),
                      QCoreApplication::translate(
                          "cli", "Share of the new rows held out to judge both (default 0.2)."),
                      QStringLiteral("share"), QStringLiteral("0.2")});
    parser.addOption(
        {QStringLiteral("margin"),
         QCoreApplication::translate("cli", "ROC AUC the challenger must gain (default 0.005)."),
         QStringLiteral("auc"), QStringLiteral("0.005")});
    parser.addOption(
        {QStringLiteral("cost-margin"),
         QCoreApplication::translate("cli",
                                     "Expected cost per customer the challenger must save instead "
                                     "(default 0: any saving)."),
         QStringLiteral("cost"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("calibration-tolerance"),
                      QCoreApplication::translate(
                          "cli", "How much worse the calibration error may be (default 0.01)."),
                      QStringLiteral("ece"), QStringLiteral("0.01")});
    parser.addOption(
        {QStringLiteral("dry-run"),
         QCoreApplication::translate("cli", "Decide and report, but write no bundle.")});
    parser.addOption(
        {QStringLiteral("fail-if-kept"),
         QCoreApplication::translate("cli", "Exit with code 4 when the champion is kept.")});
    parser.addOption(
        {QStringLiteral("sign"),
         QCoreApplication::translate("cli", "Sign the new bundle with this secret key (keygen)."),
         QStringLiteral("key")});
    parser.addOption(
        {QStringLiteral("json"), QCoreApplication::translate("cli", "Print one JSON object.")});
}

Result<RetrainOptions> retrainOptions(const QCommandLineParser &parser)
{
    RetrainOptions o;
    o.mode = parser.isSet(QStringLiteral("append")) ? RetrainOptions::Mode::Append
                                                    : RetrainOptions::Mode::Replace;
    const std::pair<const char *, double *> numbers[] = {
        {"holdout", &o.holdoutFraction},
        {"margin", &o.aucMargin},
        {"cost-margin", &o.costMargin},
        {"calibration-tolerance", &o.calibrationTolerance}};
    for (const auto &[name, value] : numbers) {
        bool ok = false;
        *value = parser.value(QLatin1StringView(name).toString()).toDouble(&ok);
        if (!ok)
            return Error {Error::Kind::InvalidArgument,
                          QCoreApplication::translate("cli", "--%1 must be a number")
                              .arg(QLatin1StringView(name))};
    }
    if (auto valid = o.validate(); !valid)
        return valid.error();
    return o;
}

void printSummary(const RetrainJob::Summary &s)
{
    const RetrainDecision &d = s.outcome.decision;
    for (const QString &note : s.outcome.notes)
        out() << note << Qt::endl;
    out() << QCoreApplication::translate(
                 "cli", "%1 retrained on %2 rows; both judged on %3 held-out new rows")
                 .arg(s.outcome.challenger.title)
                 .arg(d.trainRows)
                 .arg(d.holdoutRows)
          << Qt::endl
          << Qt::endl;
    out() << QStringLiteral("%1 %2 %3 %4 %5\n")
                 .arg(QString(), -22)
                 .arg(QCoreApplication::translate("cli", "AUC"), 8)
                 .arg(QCoreApplication::translate("cli", "PR AUC"), 8)
                 .arg(QCoreApplication::translate("cli", "cost"), 8)
                 .arg(QCoreApplication::translate("cli", "ECE"), 8);
    auto row = [](const QString &name, const HoldoutEvaluation &e) {
        out() << QStringLiteral("%1 %2 %3 %4 %5\n")
                     .arg(name, -22)
                     .arg(e.metrics.auc, 8, 'f', 4)
                     .arg(e.metrics.prAuc, 8, 'f', 4)
                     .arg(e.expectedCost, 8, 'f', 4)
                     .arg(e.calibrationError, 8, 'f', 4);
    };
    row(QCoreApplication::translate("cli", "champion (v%1)").arg(s.championVersion), d.champion);
    row(QCoreApplication::translate("cli", "challenger (v%1)").arg(s.championVersion + 1),
        d.challenger);
    out() << Qt::endl;
    for (const QString &reason : d.reasons)
        out() << QStringLiteral("- ") << reason << Qt::endl;
    out() << d.summary() << Qt::endl;
    if (!s.written.isEmpty())
        out() << QCoreApplication::translate("cli", "Wrote version %1 to %2")
                     .arg(s.championVersion + 1)
                     .arg(s.written)
              << Qt::endl;
}

} // namespace

int retrainCommand(const QStringList &args)
{
    QCommandLineParser parser;
    addRetrainOptions(parser);
    addCsvOptions(parser);
    addTrackingOption(parser);
    addTrustedKeyOption(parser);
    addDatabaseOptions(parser);
    if (const auto exit = parseArguments(parser, args))
        return *exit;
    if (parser.positionalArguments().size() != (readsDatabase(parser) ? 1 : 2))
        return fail(QCoreApplication::translate(
                        "cli", "retrain takes BUNDLE and NEW (or --db); see --help"),
                    2);
    RetrainJob::Request request;
    request.champion = parser.positionalArguments().at(0);
    auto fresh = dataInput(parser, parser.positionalArguments().value(1));
    if (!fresh)
        return fail(fresh.error().message, 2);
    request.newData = std::move(*fresh);
    if (parser.isSet(QStringLiteral("append")))
        request.oldData = parser.value(QStringLiteral("append"));
    request.output = parser.value(QStringLiteral("output"));
    request.dryRun = parser.isSet(QStringLiteral("dry-run"));
    request.tracking = trackingLocation(parser);
    auto csv = csvOptions(parser);
    if (!csv)
        return fail(csv.error().message, 2);
    request.csv = csv.value();
    auto options = retrainOptions(parser);
    if (!options)
        return fail(options.error().message, 2);
    request.options = options.value();
    auto trusted = trustedKey(parser);
    if (!trusted)
        return fail(trusted.error().message, 2);
    request.trustedKey = trusted.value();
    if (parser.isSet(QStringLiteral("sign"))) {
        auto secret = Signer::readSecretKey(parser.value(QStringLiteral("sign")));
        if (!secret)
            return fail(secret.error().message, 2);
        request.secretKey = secret.value();
    }

    const bool json = parser.isSet(QStringLiteral("json"));
    TerminalProgress bar(!json);
    auto summary = RetrainJob::run(request, bar.progress());
    if (!summary)
        return fail(summary.error());
    for (const QString &warning : summary->warnings)
        err() << QCoreApplication::translate("cli", "warning: %1").arg(warning) << Qt::endl;
    if (json)
        out() << QJsonDocument(summary->toJson()).toJson(QJsonDocument::Compact) << Qt::endl;
    else
        printSummary(*summary);
    return !summary->outcome.decision.promote && parser.isSet(QStringLiteral("fail-if-kept"))
        ? kKeptExit
        : 0;
}

} // namespace churnlab::cli

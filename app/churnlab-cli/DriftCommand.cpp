#include "CliCommon.h"

#include "core/bundle/Bundle.h"
#include "core/monitor/DriftMonitor.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSaveFile>

#include <cmath>

namespace churnlab::cli {

namespace {

// Exit code when drift was found and --fail-on-drift was given, so that a scheduler or a CI
// job can act on it.
constexpr int kDriftExit = 3;

void printReport(const DriftReport &r)
{
    out() << QCoreApplication::translate("cli", "%1: %2 current rows against %3 training rows")
                 .arg(r.source)
                 .arg(r.currentRows)
                 .arg(r.referenceRows)
          << Qt::endl;
    out() << r.verdict() << Qt::endl << Qt::endl;
    out() << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                 .arg(QCoreApplication::translate("cli", "column"), -22)
                 .arg(QCoreApplication::translate("cli", "test"), -15)
                 .arg(QCoreApplication::translate("cli", "statistic"), 10)
                 .arg(QCoreApplication::translate("cli", "p"), 9)
                 .arg(QCoreApplication::translate("cli", "PSI"), 7)
                 .arg(QCoreApplication::translate("cli", "importance"), 10)
                 .arg(QCoreApplication::translate("cli", "verdict"));
    for (const DriftReport::Feature &f : r.features) {
        QStringList notes;
        if (!f.newCategories.isEmpty())
            notes << QCoreApplication::translate("cli", "new: %1")
                         .arg(f.newCategories.join(QLatin1Char(',')));
        if (f.belowRange + f.aboveRange > 0)
            notes << QCoreApplication::translate("cli", "%1 out of range")
                         .arg(f.belowRange + f.aboveRange);
        if (f.missingRateChanged)
            notes << QCoreApplication::translate("cli", "missing %1 % → %2 %")
                         .arg(100 * f.referenceMissing, 0, 'f', 1)
                         .arg(100 * f.currentMissing, 0, 'f', 1);
        out() << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n")
                     .arg(f.column.left(22), -22)
                     .arg(f.test, -15)
                     .arg(f.statistic, 10, 'f', 4)
                     .arg(std::isnan(f.pValue) ? QStringLiteral("–")
                                               : QString::number(f.pValue, 'g', 3),
                          9)
                     .arg(f.psi, 7, 'f', 3)
                     .arg(f.importance, 10, 'f', 4)
                     .arg(f.drifted ? QCoreApplication::translate("cli", "DRIFT")
                                    : QCoreApplication::translate("cli", "ok"))
                     .arg(notes.join(QStringLiteral("; ")));
    }
    for (const QString &c : r.missingColumns)
        out() << QCoreApplication::translate("cli", "%1: missing from the current data").arg(c)
              << Qt::endl;
    if (r.scoresAvailable)
        out() << Qt::endl
              << QCoreApplication::translate("cli", "scores: %1 %2, PSI %3 — %4")
                     .arg(r.scoreTest)
                     .arg(r.scoreStatistic, 0, 'f', 4)
                     .arg(r.scorePsi, 0, 'f', 3)
                     .arg(r.scoresDrifted ? QCoreApplication::translate("cli", "DRIFT")
                                          : QCoreApplication::translate("cli", "ok"))
              << Qt::endl;
    if (r.live) {
        out() << QCoreApplication::translate("cli",
                                             "live ROC AUC %1 (offline %2), PR AUC %3 (offline %4)")
                     .arg(r.live->auc, 0, 'f', 4)
                     .arg(r.offline ? r.offline->auc : qQNaN(), 0, 'f', 4)
                     .arg(r.live->prAuc, 0, 'f', 4)
                     .arg(r.offline ? r.offline->prAuc : qQNaN(), 0, 'f', 4)
              << Qt::endl;
        for (const DriftReport::Window &w : r.windows)
            out() << QStringLiteral("  %1 %2 rows  AUC %3\n")
                         .arg(w.label, -10)
                         .arg(w.rows, 8)
                         .arg(w.auc, 0, 'f', 4);
    }
}

} // namespace

int driftCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli",
        "Compares current data (a CSV file, or a scoring service's request log .jsonl) with the "
        "training data a bundle describes: per column PSI, Kolmogorov–Smirnov or chi-square, "
        "Jensen–Shannon or Wasserstein, schema violations, drift of the scores, and live "
        "metrics when the data has the target."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("BUNDLE"),
                                 QCoreApplication::translate("cli", "The model bundle (.clb)."));
    parser.addPositionalArgument(
        QStringLiteral("CURRENT"),
        QCoreApplication::translate("cli", "Current data: CSV, or a request log (.jsonl)."));
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("cli", "Print JSON.")});
    parser.addOption({QStringLiteral("fail-on-drift"),
                      QCoreApplication::translate("cli", "Exit with code 3 when drift is found.")});
    parser.addOption(
        {QStringLiteral("csv"),
         QCoreApplication::translate("cli", "Also write one row per column to this CSV file."),
         QStringLiteral("file")});
    addTrustedKeyOption(parser);
    addDatabaseOptions(parser);
    if (const auto exit = parseArguments(parser, args))
        return *exit;
    if (parser.positionalArguments().size() != (readsDatabase(parser) ? 1 : 2))
        return fail(QCoreApplication::translate(
                        "cli", "drift takes BUNDLE and CURRENT (or --db); see --help"),
                    2);
    int code = 0;
    auto bundle = openBundle(parser, parser.positionalArguments().at(0), code);
    if (!bundle)
        return code;
    auto current = dataInput(parser, parser.positionalArguments().value(1));
    if (!current)
        return fail(current.error().message, 2);
    const bool json = parser.isSet(QStringLiteral("json"));
    TerminalProgress bar(!json);
    auto report = DriftMonitor::compareFile(*bundle, *current, bar.progress());
    if (!report)
        return fail(report.error(), current->display());
    if (parser.isSet(QStringLiteral("csv"))) {
        QSaveFile file(parser.value(QStringLiteral("csv")));
        if (!file.open(QIODevice::WriteOnly) || file.write(report->toCsv().toUtf8()) < 0
            || !file.commit())
            return fail(QCoreApplication::translate("cli", "cannot write %1: %2")
                            .arg(file.fileName(), file.errorString()));
    }
    if (json)
        out() << QJsonDocument(report->toJson()).toJson(QJsonDocument::Compact) << Qt::endl;
    else
        printReport(*report);
    return parser.isSet(QStringLiteral("fail-on-drift")) && report->anyDrift() ? kDriftExit : 0;
}

} // namespace churnlab::cli

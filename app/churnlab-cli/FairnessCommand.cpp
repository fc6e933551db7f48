#include "CliCommon.h"

#include "core/bundle/Bundle.h"
#include "core/data/BinaryTarget.h"
#include "core/data/DataReader.h"
#include "core/fairness/FairnessAnalysis.h"
#include "core/train/ModelEvaluation.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cmath>
#include <numeric>

namespace churnlab::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

QString percent(double v)
{
    return std::isfinite(v) ? QString::number(100 * v, 'f', 1) : QStringLiteral("–");
}

void printReport(const FairnessAnalysis::Result &r)
{
    const FairnessReport &f = r.report;
    out() << tr("%1: %2 labelled rows at threshold %3; expected cost %4 per customer")
                 .arg(f.column)
                 .arg(f.rows)
                 .arg(f.threshold)
                 .arg(f.expectedCost, 0, 'f', 4)
          << Qt::endl
          << Qt::endl;
    out() << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9\n")
                 .arg(tr("group"), -18)
                 .arg(tr("rows"), 7)
                 .arg(tr("churn %"), 8)
                 .arg(tr("flag %"), 7)
                 .arg(tr("TPR %"), 6)
                 .arg(tr("FPR %"), 6)
                 .arg(tr("prec %"), 7)
                 .arg(tr("AUC"), 6)
                 .arg(tr("ECE"), 6);
    for (const FairnessReport::Group &g : f.groups)
        out() << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9%10\n")
                     .arg(g.name.left(18), -18)
                     .arg(g.size, 7)
                     .arg(percent(g.churnRate), 8)
                     .arg(percent(g.selectionRate), 7)
                     .arg(percent(g.tpr), 6)
                     .arg(percent(g.fpr), 6)
                     .arg(percent(g.precision), 7)
                     .arg(std::isfinite(g.auc) ? QString::number(g.auc, 'f', 3)
                                               : QStringLiteral("–"),
                          6)
                     .arg(g.calibrationError, 6, 'f', 3)
                     .arg(g.threshold != f.threshold
                              ? tr("  (threshold %1)").arg(g.threshold, 0, 'f', 4)
                              : QString());
    out() << Qt::endl;
    for (const QString &line : f.findings())
        out() << line << Qt::endl;
    for (const QualityFinding &p : ProxyCheck::findings(f.column, r.proxies))
        out() << p.message << Qt::endl;
}

} // namespace

int fairnessCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Scores labelled data with a model bundle and compares the groups of a sensitive column "
           "at the bundle's threshold: size, selection rate, TPR, FPR, precision, AUC and "
           "calibration per group; demographic parity difference and ratio and equalized-odds "
           "difference, each against its band; and the model's inputs that act as proxies for the "
           "sensitive column."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("BUNDLE"), tr("The model bundle (.clb)."));
    parser.addPositionalArgument(QStringLiteral("DATA"),
                                 tr("Labelled data (CSV or workbook) with the sensitive column."));
    parser.addOption({QStringLiteral("sensitive"), tr("The sensitive column (gender, age, …)."),
                      QStringLiteral("column")});
    parser.addOption({QStringLiteral("bins"),
                      tr("Equal-frequency bins for a numeric column with many values "
                         "(default 4)."),
                      QStringLiteral("n")});
    parser.addOption({QStringLiteral("edges"),
                      tr("Bin edges for a numeric column instead, e.g. 30,45,60."),
                      QStringLiteral("list")});
    parser.addOption({QStringLiteral("group-threshold"),
                      tr("A threshold for one group, GROUP=T (repeatable)."),
                      QStringLiteral("group=t")});
    parser.addOption({QStringLiteral("equal-opportunity"),
                      tr("Use per-group thresholds that give every group the same TPR.")});
    parser.addOption({QStringLiteral("difference-band"),
                      tr("Largest acceptable parity or equalized-odds difference (default 0.1)."),
                      QStringLiteral("d")});
    parser.addOption({QStringLiteral("ratio-band"),
                      tr("Smallest acceptable parity ratio (default 0.8, the four-fifths rule)."),
                      QStringLiteral("r")});
    parser.addOption({QStringLiteral("fail-outside-bands"),
                      tr("Exit with code 5 when a disparity is outside its band.")});
    parser.addOption({QStringLiteral("json"), tr("Print JSON.")});
    addTrustedKeyOption(parser);
    addCsvOptions(parser);
    if (const auto exit = parseArguments(parser, args))
        return *exit;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 2 || !parser.isSet(QStringLiteral("sensitive")))
        return fail(tr("fairness takes BUNDLE DATA --sensitive COLUMN; see --help"), 2);
    FairnessAnalysis::Options options;
    bool ok = true;
    if (parser.isSet(QStringLiteral("bins")))
        options.bins = parser.value(QStringLiteral("bins")).toInt(&ok);
    if (!ok || options.bins < 2)
        return fail(tr("--bins takes a count ≥ 2"), 2);
    for (const QString &e :
         parser.value(QStringLiteral("edges")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        options.edges.push_back(e.trimmed().toDouble(&ok));
        if (!ok)
            return fail(tr("--edges: “%1” is not a number").arg(e), 2);
    }
    for (const QString &g : parser.values(QStringLiteral("group-threshold"))) {
        const qsizetype at = g.lastIndexOf(QLatin1Char('='));
        const double t = at > 0 ? g.mid(at + 1).toDouble(&ok) : qQNaN();
        if (at <= 0 || !ok || !(t >= 0 && t <= 1))
            return fail(tr("--group-threshold takes GROUP=T with T in [0, 1], not “%1”").arg(g), 2);
        options.groupThresholds.insert(g.left(at), t);
    }
    for (const auto &[name, band] :
         {std::pair {QStringLiteral("difference-band"), &options.bands.difference},
          std::pair {QStringLiteral("ratio-band"), &options.bands.ratio}})
        if (parser.isSet(name)) {
            *band = parser.value(name).toDouble(&ok);
            if (!ok || !(*band >= 0 && *band <= 1))
                return fail(tr("--%1 takes a number in [0, 1]").arg(name), 2);
        }
    auto csv = csvOptions(parser);
    if (!csv)
        return fail(csv.error().message, 2);
    int exit = 0;
    const auto bundle = openBundle(parser, pos[0], exit);
    if (!bundle)
        return exit;
    auto read = DataReader(*csv).read(pos[1]);
    if (!read)
        return fail(read.error(), pos[1]);
    const QJsonObject target = bundle->manifest().value(QStringLiteral("target")).toObject();
    auto on =
        ModelEvaluation::allLabelled(std::make_shared<const Dataset>(std::move(read->dataset)),
                                     TargetSpec {target.value(QStringLiteral("column")).toString(),
                                                 bundle->scorer()->labels().positive});
    if (!on)
        return fail(on.error(), pos[1]);
    const QString column = parser.value(QStringLiteral("sensitive"));
    options.equalOpportunity = parser.isSet(QStringLiteral("equal-opportunity"));
    auto result =
        FairnessAnalysis::run(*bundle->scorer(), *on->data, on->rows, on->labels, column, options);
    if (!result)
        return fail(result.error(), pos[1]);
    if (parser.isSet(QStringLiteral("json")))
        out() << QJsonDocument(result->toJson()).toJson(QJsonDocument::Compact) << Qt::endl;
    else
        printReport(*result);
    const FairnessReport &f = result->report;
    const bool inside = f.parityDifferenceOk() && f.parityRatioOk() && f.equalizedOddsOk();
    return !inside && parser.isSet(QStringLiteral("fail-outside-bands")) ? 5 : 0;
}

} // namespace churnlab::cli

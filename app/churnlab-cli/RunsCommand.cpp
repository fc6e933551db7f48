#include "CliCommon.h"

#include "core/tracking/MlflowExport.h"
#include "core/tracking/RunDiff.h"
#include "core/tracking/TrackingStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace churnlab::cli {

namespace {

QString metric(const RunRecord &r, const char *key)
{
    const QJsonValue v = r.metrics.value(QLatin1StringView(key));
    return v.isDouble() ? QString::number(v.toDouble(), 'f', 4) : QStringLiteral("–");
}

void printList(const QList<RunRecord> &runs)
{
    out() << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n")
                 .arg(QCoreApplication::translate("cli", "id"), 5)
                 .arg(QCoreApplication::translate("cli", "started (UTC)"), -20)
                 .arg(QCoreApplication::translate("cli", "learner"), -8)
                 .arg(QCoreApplication::translate("cli", "status"), -10)
                 .arg(QCoreApplication::translate("cli", "AUC"), 7)
                 .arg(QCoreApplication::translate("cli", "PR AUC"), 7)
                 .arg(QCoreApplication::translate("cli", "data"), -24)
                 .arg(QCoreApplication::translate("cli", "tags"));
    for (const RunRecord &r : runs)
        out() << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n")
                     .arg(r.id, 5)
                     .arg(r.started.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), -20)
                     .arg(r.learner, -8)
                     .arg(RunRecord::statusName(r.status), -10)
                     .arg(metric(r, "auc"), 7)
                     .arg(metric(r, "pr_auc"), 7)
                     .arg(r.data.value(QStringLiteral("file")).toString().left(24), -24)
                     .arg(r.tags.join(QLatin1Char(',')));
}

} // namespace

int runsCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli",
        "The training runs ChurnLab recorded: runs list, runs show ID, runs diff A B, runs tag ID "
        "TAG (champion is one run per experiment), runs untag ID TAG, runs export --mlflow DIR."));
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("ACTION"),
        QCoreApplication::translate("cli", "list, show, diff, tag, untag or export."));
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("cli", "Print JSON.")});
    parser.addOption({QStringLiteral("experiment"),
                      QCoreApplication::translate("cli", "Only this experiment's runs."),
                      QStringLiteral("name")});
    parser.addOption(
        {QStringLiteral("mlflow"),
         QCoreApplication::translate("cli", "runs export: write MLflow's file-store layout here."),
         QStringLiteral("dir")});
    addTrackingOption(parser);
    if (const auto exit = parseArguments(parser, args))
        return *exit;
    const QStringList pos = parser.positionalArguments();
    const QString action = pos.value(0);
    const QString location = trackingLocation(parser);
    if (TrackingStore::isDisabled(location))
        return fail(QCoreApplication::translate("cli", "tracking is off (CHURNLAB_TRACKING=off)"),
                    2);
    auto store = TrackingStore::open(location);
    if (!store)
        return fail(store.error());
    const bool json = parser.isSet(QStringLiteral("json"));
    if (action == QLatin1String("list") && pos.size() == 1) {
        auto runs = (*store)->list(parser.value(QStringLiteral("experiment")));
        if (!runs)
            return fail(runs.error());
        if (json) {
            QJsonArray list;
            for (const RunRecord &r : *runs)
                list.append(r.toJson());
            out() << QJsonDocument(list).toJson(QJsonDocument::Compact) << Qt::endl;
        } else {
            printList(*runs);
        }
        return 0;
    }
    bool ok = false;
    const qint64 id = pos.value(1).toLongLong(&ok);
    if (action == QLatin1String("show") && pos.size() == 2 && ok) {
        auto run = (*store)->get(id);
        if (!run)
            return fail(run.error());
        out() << QJsonDocument(run->toJson())
                     .toJson(json ? QJsonDocument::Compact : QJsonDocument::Indented);
        if (json)
            out() << Qt::endl;
        return 0;
    }
    if (action == QLatin1String("export") && pos.size() == 1) {
        if (!parser.isSet(QStringLiteral("mlflow")))
            return fail(QCoreApplication::translate("cli", "runs export takes --mlflow DIR"), 2);
        auto runs = (*store)->list(parser.value(QStringLiteral("experiment")));
        if (!runs)
            return fail(runs.error());
        auto written = MlflowExport::write(*runs, location, parser.value(QStringLiteral("mlflow")));
        if (!written)
            return fail(written.error());
        out() << QCoreApplication::translate(
                     "cli", "%1 run(s) written to %2 (mlflow ui --backend-store-uri %2)")
                     .arg(*written)
                     .arg(parser.value(QStringLiteral("mlflow")))
              << Qt::endl;
        return 0;
    }
    if (action == QLatin1String("diff") && pos.size() == 3 && ok) {
        bool ok2 = false;
        const qint64 other = pos.at(2).toLongLong(&ok2);
        auto a = (*store)->get(id);
        if (!a)
            return fail(a.error());
        auto b = (*store)->get(ok2 ? other : -1);
        if (!b)
            return fail(b.error());
        const auto rows = RunDiff::compare(*a, *b);
        if (json) {
            out() << QJsonDocument(RunDiff::toJson(rows, id, other)).toJson(QJsonDocument::Compact)
                  << Qt::endl;
            return 0;
        }
        out() << QStringLiteral("%1 %2 %3\n")
                     .arg(QCoreApplication::translate("cli", "field"), -32)
                     .arg(QCoreApplication::translate("cli", "run %1").arg(id), -24)
                     .arg(QCoreApplication::translate("cli", "run %1").arg(other));
        for (const RunDiff::Row &r : rows)
            out() << QStringLiteral("%1 %2 %3\n")
                         .arg(r.key, -32)
                         .arg(r.a.left(24), -24)
                         .arg(r.b.left(24));
        return 0;
    }
    if ((action == QLatin1String("tag") || action == QLatin1String("untag")) && pos.size() == 3
        && ok) {
        auto done = action == QLatin1String("tag") ? (*store)->tag(id, pos.at(2))
                                                   : (*store)->untag(id, pos.at(2));
        if (!done)
            return fail(done.error());
        return 0;
    }
    return fail(QCoreApplication::translate("cli",
                                            "runs takes list, show ID, diff A B, tag ID TAG, untag "
                                            "ID TAG or export --mlflow DIR; see --help"),
                2);
}

} // namespace churnlab::cli

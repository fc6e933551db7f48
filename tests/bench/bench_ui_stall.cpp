// How long the UI event loop is ever blocked while models train: loads FILE, shows the Model
// tab, trains the given models on it, and meanwhile a 5 ms timer records the gap between its
// ticks. A gap beyond the interval is time the event loop could not run (a stall). Prints
// one JSON line: {"tool":"churnlab","task":"ui_stall","rows":…,"worst_stall_ms":…,
// "p99_gap_ms":…,"ticks":…,"train_wall_s":…}
//   QT_QPA_PLATFORM=offscreen bench_ui_stall FILE [--target churn] [--models lr,rf,gbt]
#include "core/data/ColumnProfile.h"
#include "core/data/DataReader.h"
#include "ui/itemmodels/LeaderboardModel.h"
#include "ui/panels/ModelPanel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace churnlab;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_ui_stall FILE [--target T] [--models a,b]\n");
        return 2;
    }
    QString target = QStringLiteral("churn");
    QStringList models = {QStringLiteral("lr"), QStringLiteral("rf"), QStringLiteral("gbt")};
    for (qsizetype i = 2; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--target"))
            target = args[i + 1];
        else if (args[i] == QLatin1String("--models"))
            models = args[i + 1].split(QLatin1Char(','));
    }
    auto read = DataReader().read(args[1]);
    if (!read) {
        std::fprintf(stderr, "bench_ui_stall: %s\n", qPrintable(read.error().describe()));
        return 1;
    }
    auto dataset = std::make_shared<const Dataset>(std::move(read->dataset));
    std::vector<qint64> distinct;
    for (const ColumnProfile &p : ColumnProfile::computeAll(*dataset))
        distinct.push_back(p.distinct);

    ModelPanel panel;
    panel.resize(1280, 800);
    panel.show();
    panel.setDataset(dataset, distinct);
    panel.setTarget(target, {});
    panel.setSelectedModels(models);

    std::vector<double> gaps;
    QElapsedTimer tick, wall;
    QTimer timer;
    timer.setTimerType(Qt::PreciseTimer);
    timer.setInterval(5);
    QObject::connect(&timer, &QTimer::timeout, [&]() {
        gaps.push_back(double(tick.nsecsElapsed()) / 1e6);
        tick.restart();
    });
    QStringList finishedAt;
    QObject::connect(panel.controller(), &TrainingController::prepared, &app, [&]() {
        finishedAt
            << QStringLiteral("\"prepared\":%1").arg(double(wall.nsecsElapsed()) / 1e9, 0, 'f', 2);
    });
    QObject::connect(panel.controller(), &TrainingController::modelFinished, &app,
                     [&](std::shared_ptr<const ModelReport> r) {
                         finishedAt << QStringLiteral("\"%1\":%2")
                                           .arg(r->id)
                                           .arg(double(wall.nsecsElapsed()) / 1e9, 0, 'f', 2);
                     });
    QObject::connect(&panel, &ModelPanel::trainingFinished, &app, [&]() {
        timer.stop();
        // Let the last results draw, then quit.
        QTimer::singleShot(0, &app, &QApplication::quit);
    });
    QTimer::singleShot(0, &app, [&]() {
        tick.start();
        wall.start();
        timer.start();
        panel.train();
    });
    app.exec();
    const double trainWall = double(wall.nsecsElapsed()) / 1e9;
    std::sort(gaps.begin(), gaps.end());
    const double worst = gaps.empty() ? 0 : gaps.back();
    const double p99 = gaps.empty() ? 0 : gaps[size_t(double(gaps.size() - 1) * 0.99)];
    QStringList aucs;
    for (const auto &r : panel.leaderboard()->reports())
        aucs << QStringLiteral("\"%1\":%2").arg(r->id).arg(r->run.metrics.auc, 0, 'f', 4);
    std::printf("{\"tool\":\"churnlab\",\"task\":\"ui_stall\",\"rows\":%lld,\"models\":\"%s\","
                "\"worst_stall_ms\":%.1f,\"p99_gap_ms\":%.1f,\"ticks\":%zu,\"train_wall_s\":%.2f,"
                "\"auc\":{%s},\"finished_s\":{%s}}\n",
                static_cast<long long>(dataset->rowCount()),
                qPrintable(models.join(QLatin1Char(','))), std::max(0.0, worst - 5.0), p99,
                gaps.size(), trainWall, qPrintable(aucs.join(QLatin1Char(','))),
                qPrintable(finishedAt.join(QLatin1Char(','))));
    return 0;
}

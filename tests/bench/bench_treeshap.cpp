// Times exact TreeSHAP on a gradient-boosting model of 100 trees (depth 6, at most 64 leaves,
// no early stopping) trained on a churn file (target churn = Yes), explaining every row of the
// file (the training and the test rows) on all cores. Prints one JSON line.
//   bench_treeshap FILE.csv      a generated file, the one peer_treeshap.py reads
//   bench_treeshap [ROWS]        the built-in generator (default 200000 rows)
#include "core/data/DataReader.h"
#include "core/data/SampleData.h"
#include "core/explain/TreeShap.h"
#include "core/models/TreeModel.h"
#include "core/train/TrainingSession.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <sys/resource.h>

using namespace churnlab;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString arg = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    std::shared_ptr<const Dataset> data;
    if (arg.endsWith(QLatin1String(".csv"))) {
        auto read = DataReader().read(arg);
        if (!read) {
            std::fprintf(stderr, "bench_treeshap: %s\n", qPrintable(read.error().describe()));
            return 1;
        }
        data = std::make_shared<const Dataset>(std::move(read->dataset));
    } else {
        const qsizetype rows = arg.isEmpty() ? 200000 : arg.toLongLong();
        data = std::make_shared<const Dataset>(SampleData::generate(rows, 7));
    }
    TrainSpec spec;
    spec.target.column = SampleData::targetColumn();
    spec.target.positive = SampleData::positiveClass();
    spec.learners = {{QStringLiteral("gbt"),
                      {{QStringLiteral("max_iterations"), 100},
                       {QStringLiteral("validation_fraction"), 0},
                       {QStringLiteral("max_depth"), 6},
                       {QStringLiteral("max_leaves"), 64}}}};
    TrainingSession session(data, spec);
    if (!session.prepare()) {
        std::fprintf(stderr, "bench_treeshap: cannot prepare\n");
        return 1;
    }
    QElapsedTimer fit;
    fit.start();
    auto report = session.train(spec.learners.first());
    if (!report) {
        std::fprintf(stderr, "bench_treeshap: %s\n", qPrintable(report.error().describe()));
        return 1;
    }
    const double fitSeconds = double(fit.nsecsElapsed()) / 1e9;
    const auto *model = dynamic_cast<const TreeModel *>(report->run.model.get());
    const TrainingData &td = *session.trainingData();
    QElapsedTimer t;
    t.start();
    double expected = 0;
    const Eigen::MatrixXd a = TreeShap::explainAll(*model, td.xTrain, &expected);
    const Eigen::MatrixXd b = TreeShap::explainAll(*model, td.xTest, &expected);
    const double seconds = double(t.nsecsElapsed()) / 1e9;
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("{\"tool\": \"churnlab\", \"task\": \"treeshap\", \"rows\": %lld, \"features\": "
                "%lld, \"trees\": %zu, \"fit_seconds\": %.3f, \"explain_seconds\": %.3f, "
                "\"rows_per_second\": %.0f, \"peak_rss_mb\": %.1f}\n",
                static_cast<long long>(a.rows() + b.rows()), static_cast<long long>(a.cols()),
                model->ensemble().trees.size(), fitSeconds, seconds,
                double(a.rows() + b.rows()) / seconds, double(usage.ru_maxrss) / 1024.0);
    return 0;
}

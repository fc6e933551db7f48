// Loads a CSV, a workbook or a database table with ChurnLab's readers and prints one JSON
// line like the peer harness's:
// {"tool":"churnlab","task":"load","seconds":…,"rows":…,"columns":…,"peak_rss_mb":…}
//   bench_load FILE [--threads N] [--repeat K]   (prints the fastest of K loads)
//   bench_load postgresql://… --table T [--repeat K]
#include "core/data/DataReader.h"
#include "core/data/db/DatabaseReader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <cstdio>
#include <sys/resource.h>

using namespace churnlab;

static Result<CsvReadResult> readTable(const QString &url, const QString &table,
                                       const CsvOptions &options)
{
    auto parsed = DatabaseUrl::parse(url);
    if (!parsed)
        return parsed.error();
    DatabaseQuery q;
    q.url = *parsed;
    q.table = table;
    return DatabaseReader(options).read(q);
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_load FILE [--threads N] [--repeat K]\n");
        return 2;
    }
    CsvOptions options;
    int repeat = 1;
    QString table;
    for (qsizetype i = 2; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--table"))
            table = args[i + 1];
        else if (args[i] == QLatin1String("--threads"))
            options.threads = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--repeat"))
            repeat = std::max(1, args[i + 1].toInt());
    }
    double best = 1e300;
    qsizetype rows = 0, bytes = 0;
    int columns = 0;
    for (int k = 0; k < repeat; ++k) {
        QElapsedTimer t;
        t.start();
        auto r = table.isEmpty() ? DataReader(options).read(args[1])
                                 : readTable(args[1], table, options);
        const double s = double(t.nsecsElapsed()) / 1e9;
        if (!r) {
            std::fprintf(stderr, "bench_load: %s\n", qPrintable(r.error().describe()));
            return 1;
        }
        best = std::min(best, s);
        rows = r->dataset.rowCount();
        columns = r->dataset.columnCount();
        bytes = r->dataset.byteSize();
    }
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("{\"tool\": \"churnlab\", \"task\": \"load\", \"seconds\": %.4f, \"rows\": %lld, "
                "\"columns\": %d, \"threads\": %d, \"dataset_mb\": %.1f, \"peak_rss_mb\": %.1f}\n",
                best, qlonglong(rows), columns,
                options.threads > 0 ? options.threads : QThread::idealThreadCount(),
                double(bytes) / 1048576.0, double(usage.ru_maxrss) / 1024.0);
    return 0;
}

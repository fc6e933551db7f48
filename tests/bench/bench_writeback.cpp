// Writes a CSV of scores into a database table through ChurnLab's writers (PostgreSQL: COPY …
// FROM STDIN in one transaction) as `score --to` does, and prints one JSON line:
// {"tool":"churnlab","task":"writeback","seconds":…,"rows":…}
//   bench_writeback SCORES.csv URL TABLE
// The first line names the columns; a column whose first value is a number is numeric.
#include "core/data/db/DatabaseWriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>
#include <string>

using namespace churnlab;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: bench_writeback SCORES.csv URL TABLE\n");
        return 2;
    }
    QFile file(args[1]);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(args[1]));
        return 1;
    }
    // Mapped, not read: the scores arrive from memory, as the batch scorer hands them over.
    const uchar *mapped = file.map(0, file.size());
    const QByteArray bytes = mapped
        ? QByteArray::fromRawData(reinterpret_cast<const char *>(mapped), qsizetype(file.size()))
        : file.readAll();
    const qsizetype headerEnd = bytes.indexOf('\n');
    const qsizetype firstEnd = bytes.indexOf('\n', headerEnd + 1);
    const QStringList columns = QString::fromUtf8(bytes.left(headerEnd)).split(QLatin1Char(','));
    const QStringList first = QString::fromUtf8(bytes.mid(headerEnd + 1, firstEnd - headerEnd - 1))
                                  .split(QLatin1Char(','));
    QList<bool> numeric;
    for (const QString &v : first) {
        bool ok = false;
        v.toDouble(&ok);
        numeric << ok;
    }
    auto url = DatabaseUrl::parse(args[2]);
    if (!url) {
        std::fprintf(stderr, "%s\n", qPrintable(url.error().describe()));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    auto sink = DatabaseWriter::open(*url, args[3], WriteMode::Replace);
    auto check = [](const Result<bool> &r) {
        if (!r) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error().describe()));
            std::exit(1);
        }
    };
    check(sink->begin(columns, numeric));
    // Blocks of whole lines, as the batch scorer hands them over.
    constexpr qsizetype kBlock = 4 << 20;
    qsizetype at = headerEnd + 1;
    qint64 rows = 0;
    while (at < bytes.size()) {
        qsizetype end = std::min(bytes.size(), at + kBlock);
        if (end < bytes.size())
            end = bytes.indexOf('\n', end) + 1;
        if (end <= 0)
            end = bytes.size();
        rows += std::count(bytes.constData() + at, bytes.constData() + end, '\n');
        check(sink->write(std::string(bytes.constData() + at, size_t(end - at))));
        at = end;
    }
    check(sink->commit());
    std::printf("{\"tool\":\"churnlab\",\"task\":\"writeback\",\"seconds\":%.3f,\"rows\":%lld}\n",
                double(timer.nsecsElapsed()) / 1e9, static_cast<long long>(rows));
    return 0;
}

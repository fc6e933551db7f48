// Writes the seed corpora of the fuzz targets from files the real code makes: a bundle and its
// members, a project and its members, request bodies of both protocols, HTTP requests, a
// request log written by the scoring service, a drift reference. Usage: fuzz_seeds DIR.
#include "FuzzFixtures.h"

#include "core/io/ZipArchive.h"
#include "core/serving/ScoringService.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <cstdio>

using namespace churnlab;

namespace {

void write(const QString &dir, const QString &name, const QByteArray &bytes)
{
    QDir().mkpath(dir);
    QFile f(QDir(dir).filePath(name));
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        std::abort();
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: fuzz_seeds DIR\n");
        return 2;
    }
    const QString root = QString::fromLocal8Bit(argv[1]);
    const fuzz::Fixtures &f = fuzz::fixtures();
    write(root + "/bundle", "whole.clb", f.bundle);
    auto zip = ZipArchive::open(f.bundle);
    QStringList names = zip->names();
    names.removeAll(QStringLiteral("manifest.json"));
    for (int i = 0; i < names.size(); ++i) // the first byte picks the member, as the target reads
        write(root + "/bundle", names[i], char(i) + zip->read(names[i], 1 << 30).value());
    write(root + "/bundle", "manifest.json",
          char(names.size()) + zip->read("manifest.json", 1 << 30).value());
    write(root + "/drift_reference", "drift_reference.json",
          zip->read("drift_reference.json", 1 << 30).value());

    write(root + "/project", "whole.churnlab", f.project);
    auto project = ZipArchive::open(f.project);
    for (const QString &name : project->names()) {
        if (name == QLatin1String("project.json")) {
            const QByteArray json = project->read(name, 1 << 30).value();
            write(root + "/project", "project.json", '\0' + json);
            // The same project on a database query, so that the database source's reader
            // gets mutations too.
            QJsonObject o = QJsonDocument::fromJson(json).object();
            QJsonObject data = o.value(QStringLiteral("data")).toObject();
            data.insert(QStringLiteral("database"),
                        QJsonObject {{QStringLiteral("url"),
                                      QStringLiteral("postgresql://ana@db.example.com:5432/crm?"
                                                     "sslmode=require")},
                                     {QStringLiteral("query"),
                                      QStringLiteral("SELECT * FROM customers WHERE x > 1")},
                                     {QStringLiteral("limit"), 1000}});
            o.insert(QStringLiteral("data"), data);
            write(root + "/project", "project-db.json", '\0' + QJsonDocument(o).toJson());
        }
        if (name.endsWith(QLatin1String(".report.json")))
            write(root + "/project", "report.json", '\1' + project->read(name, 1 << 30).value());
    }

    // Request bodies from the sample rows, each protocol; a log written by the service.
    const Dataset &d = *f.data;
    QJsonArray inputs, records, columns, rows;
    QByteArray csv = d.columnNames().join(',').toUtf8() + '\n';
    for (int c = 0; c < d.columnCount(); ++c) {
        const Column &col = d.column(c);
        const bool number = isNumericType(col.type());
        QJsonArray values;
        for (int r = 0; r < 3; ++r)
            values.append(col.isMissing(r) ? QJsonValue()
                              : number     ? QJsonValue(col.number(r))
                                           : QJsonValue(col.text(r)));
        inputs.append(QJsonObject {{"name", col.name()},
                                   {"datatype", number ? "FP64" : "BYTES"},
                                   {"shape", QJsonArray {3, 1}},
                                   {"data", values}});
        columns.append(col.name());
    }
    for (int r = 0; r < 3; ++r) {
        QJsonObject record;
        QJsonArray row;
        QStringList cells;
        for (int c = 0; c < d.columnCount(); ++c) {
            const Column &col = d.column(c);
            const QJsonValue v = col.isMissing(r) ? QJsonValue()
                : isNumericType(col.type())       ? QJsonValue(col.number(r))
                                                  : QJsonValue(col.text(r));
            record.insert(col.name(), v);
            row.append(v);
            cells << col.text(r);
        }
        records.append(record);
        rows.append(row);
        csv += cells.join(',').toUtf8() + '\n';
    }
    const QByteArray v2 = QJsonDocument(QJsonObject {{"inputs", inputs}, {"id", "seed"}}).toJson();
    const QByteArray recordsBody =
        QJsonDocument(QJsonObject {{"dataframe_records", records}}).toJson();
    const QByteArray splitBody =
        QJsonDocument(
            QJsonObject {{"dataframe_split", QJsonObject {{"columns", columns}, {"data", rows}}}})
            .toJson();
    write(root + "/request_body", "infer.json", '\0' + v2);
    write(root + "/request_body", "infer-explain.json", '\3' + v2);
    write(root + "/request_body", "records.json", '\1' + recordsBody);
    write(root + "/request_body", "split.json", '\1' + splitBody);
    write(root + "/request_body", "body.csv", '\2' + csv);

    const QByteArray head = "POST /invocations HTTP/1.1\r\nHost: localhost\r\nContent-Type: "
                            "application/json\r\n";
    write(root + "/http_request", "post",
          '\5' + head + "Content-Length: " + QByteArray::number(recordsBody.size()) + "\r\n\r\n"
              + recordsBody);
    write(root + "/http_request", "chunked",
          '\2' + head + "Transfer-Encoding: chunked\r\n\r\n"
              + QByteArray::number(recordsBody.size(), 16) + "\r\n" + recordsBody
              + "\r\n0\r\n\r\n");
    write(root + "/http_request", "pipelined",
          "\x07GET /v2/health/ready HTTP/1.1\r\nHost: x\r\n\r\nGET /metrics HTTP/1.0\r\n"
          "Connection: keep-alive\r\n\r\n");

    QTemporaryDir tmp;
    ScoringService::Options options;
    options.logPath = tmp.filePath("requests.jsonl");
    options.logInputs = true;
    {
        ScoringService service(options);
        service.setBundle(f.opened);
        service.handle({"POST", "/v2/models/churn/infer", {}, v2});
        service.handle({"POST", "/invocations", {}, recordsBody});
        service.handle({"POST", "/invocations", {}, splitBody});
        service.handle({"POST", "/invocations", {{"content-type", "text/csv"}}, csv});
    }
    QFile log(options.logPath);
    if (!log.open(QIODevice::ReadOnly))
        return 1;
    write(root + "/request_log", "requests.jsonl", log.readAll());
    std::printf("seeds written to %s\n", argv[1]);
    return 0;
}

// Feeds arbitrary bytes to the project reader: a zip is opened whole; other input replaces
// project.json, or (first byte odd) a model's saved report with the project's bindings made to
// fit, so that the report's JSON and blob readers get the mutations too.
#include "FuzzFixtures.h"

#include "core/io/ZipArchive.h"

using namespace churnlab;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    if (bytes.startsWith("PK") || bytes.isEmpty()) {
        (void)Project::read(bytes);
        return 0;
    }
    auto zip = ZipArchive::open(fuzz::fixtures().project);
    QList<ZipArchive::Member> members;
    for (const QString &name : zip->names())
        members << ZipArchive::Member {name, zip->read(name, 1 << 30).value()};
    const bool report = uchar(bytes[0]) % 2 == 1;
    for (auto &m : members) {
        if (!report && m.name == QLatin1String("project.json"))
            m.data = bytes.mid(1);
        if (report && m.name.endsWith(QLatin1String(".report.json")))
            m.data = bytes.mid(1);
    }
    if (report)
        for (auto &m : members)
            if (m.name == QLatin1String("project.json")) {
                QJsonObject o = QJsonDocument::fromJson(m.data).object();
                QJsonArray bindings = o.value(QStringLiteral("model_members")).toArray();
                QJsonObject first = bindings.at(0).toObject();
                first.insert(QStringLiteral("report.json_sha256"), sha256Hex(bytes.mid(1)));
                bindings.replace(0, first);
                o.insert(QStringLiteral("model_members"), bindings);
                m.data = QJsonDocument(o).toJson();
            }
    if (auto rebuilt = ZipArchive::write(members, 0)) {
        auto project = Project::read(*rebuilt);
        if (project)
            (void)project->info(QString());
    }
    return 0;
}

// Feeds arbitrary bytes to the bundle reader. Input that starts like a zip is opened as a whole
// bundle (archive damage, member names, limits); any other input replaces one member of a sound
// bundle — the first byte picks which — and the manifest's checksums are made to fit, as a
// tester who rewrites a bundle would, so that the member parsers and the meaning checks get the
// mutations. Crashes and sanitizer reports are findings; errors are expected answers. A bundle
// that opens must score and explain a row.
#include "FuzzFixtures.h"

#include "core/io/ZipArchive.h"

#include <QJsonObject>

#include <utility>

using namespace churnlab;

namespace {

void exercise(const QByteArray &bytes)
{
    auto bundle = Bundle::read(bytes);
    if (!bundle)
        return;
    const Dataset &data = *fuzz::fixtures().data;
    std::vector<quint32> rows {0, 1};
    auto scores = bundle->scorer()->score(data, rows);
    if (scores)
        for (double p : scores->probability)
            if (!(p >= 0 && p <= 1))
                std::abort();
    (void)bundle->info();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    if (bytes.startsWith("PK")) {
        exercise(bytes);
        return 0;
    }
    if (bytes.isEmpty())
        return 0;
    // The sound bundle's members, unpacked once.
    static const auto sound = []() {
        std::pair<QList<ZipArchive::Member>, QJsonObject> out;
        auto zip = ZipArchive::open(fuzz::fixtures().bundle);
        for (const QString &name : zip->names()) {
            const QByteArray member = zip->read(name, 1 << 30).value();
            if (name == QLatin1String("manifest.json"))
                out.second = QJsonDocument::fromJson(member).object();
            else
                out.first << ZipArchive::Member {name, member};
        }
        return out;
    }();
    QList<ZipArchive::Member> members = sound.first;
    QJsonObject manifest = sound.second;
    const int pick = uchar(bytes[0]) % (members.size() + 1);
    QByteArray manifestBytes;
    if (pick == members.size()) {
        manifestBytes = bytes.mid(1); // the manifest itself, checksums as the mutation left them
    } else {
        members[pick].data = bytes.mid(1);
        QJsonObject sums;
        for (const auto &m : members)
            sums.insert(m.name, sha256Hex(m.data));
        manifest.insert(QStringLiteral("members"), sums);
        manifestBytes = QJsonDocument(manifest).toJson();
    }
    members.prepend({QStringLiteral("manifest.json"), manifestBytes});
    if (auto rebuilt = ZipArchive::write(members, 0))
        exercise(*rebuilt);
    return 0;
}

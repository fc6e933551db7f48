// Feeds arbitrary bytes to the drift reference reader (a bundle's drift_reference.json); a
// reference that reads must survive being compared with data.
#include "FuzzFixtures.h"

#include "core/bundle/DriftReference.h"

#include <QJsonDocument>

using namespace churnlab;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    if (!doc.isObject())
        return 0;
    auto reference = DriftReference::fromJson(doc.object());
    if (!reference)
        return 0;
    (void)reference->toJson();
    return 0;
}

#pragma once

#include "core/Result.h"
#include <QCoreApplication>

#include <QByteArray>
#include <QJsonObject>

namespace churnlab {

// Large numeric arrays of saved JSON moved to a binary sidecar, so that a forest of deep trees
// is not written as text. Every array of at least minLength numbers becomes
//   {"$binary": {"offset": BYTES, "count": N, "type": "i32" | "f64"}}
// pointing into the blob: little-endian, each array 8-byte aligned; "i32" when every value is
// a whole number that fits, "f64" otherwise. Both keep every value exactly, so unpacking gives
// back the same JSON.
class BinaryArrays
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::BinaryArrays)

public:
    static QJsonObject pack(const QJsonObject &json, QByteArray &blob, int minLength = 256);
    // Refuses references outside the blob, not 8-byte aligned, overlapping another array or of
    // an unknown type, naming the blob's member (e.g. "model.bin") and the field.
    [[nodiscard]] static Result<QJsonObject> unpack(const QJsonObject &json, const QByteArray &blob,
                                                    const QString &member);
};

} // namespace churnlab

#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QString>

namespace churnlab {

// The SHA-256 of bytes in lower-case hex, as bundle manifests and project.json record it.
inline QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace churnlab

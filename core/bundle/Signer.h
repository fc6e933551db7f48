#pragma once

#include "core/Result.h"
#include <QCoreApplication>

#include <QByteArray>
#include <QString>

namespace churnlab {

// Ed25519 signatures of a bundle's manifest, through Debian's libsodium (audited, constant
// time; ChurnLab implements no cryptography). Keys are small text files: a first line naming
// the kind of key, then the key in base64. The secret key file is written readable by its
// owner only.
class Signer
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::Signer)

public:
    struct KeyPair
    {
        QByteArray publicKey; // 32 bytes
        QByteArray secretKey; // 64 bytes
    };

    static KeyPair generate();
    // Writes PATH (secret) and PATH.pub (public), atomically.
    [[nodiscard]] static Result<bool> writeKeyPair(const KeyPair &keys, const QString &path);
    [[nodiscard]] static Result<QByteArray> readSecretKey(const QString &path);
    [[nodiscard]] static Result<QByteArray> readPublicKey(const QString &path);

    static QByteArray sign(const QByteArray &message, const QByteArray &secretKey);
    // The public half of a secret key (empty for a key of the wrong size).
    static QByteArray publicKeyOf(const QByteArray &secretKey);
    static bool verify(const QByteArray &message, const QByteArray &signature,
                       const QByteArray &publicKey);
    // A short, stable name of a public key (its SHA-256, first 16 hex digits).
    static QString keyId(const QByteArray &publicKey);
};

} // namespace churnlab

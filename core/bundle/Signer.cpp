#include "core/bundle/Signer.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QSaveFile>

#include <sodium.h>

namespace churnlab {

namespace {

const QByteArray kSecretHeader = "churnlab-ed25519-secret-key";
const QByteArray kPublicHeader = "churnlab-ed25519-public-key";

bool ready()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

Result<bool> writeKey(const QString &path, const QByteArray &header, const QByteArray &key,
                      bool secret)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error {Error::Kind::Io,
                      Signer::tr("Cannot write %1: %2").arg(path, file.errorString())};
    if (secret)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(header + '\n' + key.toBase64() + '\n');
    if (!file.commit())
        return Error {Error::Kind::Io,
                      Signer::tr("Cannot write %1: %2").arg(path, file.errorString())};
    return true;
}

Result<QByteArray> readKey(const QString &path, const QByteArray &header, qsizetype size)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {Error::Kind::Io,
                      Signer::tr("Cannot read %1: %2").arg(path, file.errorString())};
    const QList<QByteArray> lines = file.read(4096).split('\n');
    const QByteArray key =
        lines.size() >= 2 ? QByteArray::fromBase64(lines[1].trimmed()) : QByteArray();
    if (lines.first().trimmed() != header || key.size() != size)
        return Error {Error::Kind::InvalidArgument,
                      Signer::tr("%1 is not a ChurnLab %2 (made by churnlab-cli keygen)")
                          .arg(path, QString::fromLatin1(header))};
    return key;
}

} // namespace

Signer::KeyPair Signer::generate()
{
    ready();
    KeyPair k;
    k.publicKey.resize(crypto_sign_PUBLICKEYBYTES);
    k.secretKey.resize(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(k.publicKey.data()),
                        reinterpret_cast<unsigned char *>(k.secretKey.data()));
    return k;
}

Result<bool> Signer::writeKeyPair(const KeyPair &keys, const QString &path)
{
    auto secret = writeKey(path, kSecretHeader, keys.secretKey, true);
    if (!secret)
        return secret;
    return writeKey(path + QStringLiteral(".pub"), kPublicHeader, keys.publicKey, false);
}

Result<QByteArray> Signer::readSecretKey(const QString &path)
{
    return readKey(path, kSecretHeader, crypto_sign_SECRETKEYBYTES);
}

Result<QByteArray> Signer::readPublicKey(const QString &path)
{
    return readKey(path, kPublicHeader, crypto_sign_PUBLICKEYBYTES);
}

QByteArray Signer::sign(const QByteArray &message, const QByteArray &secretKey)
{
    ready();
    QByteArray signature(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.constData()),
                         quint64(message.size()),
                         reinterpret_cast<const unsigned char *>(secretKey.constData()));
    return signature;
}

QByteArray Signer::publicKeyOf(const QByteArray &secretKey)
{
    ready();
    if (secretKey.size() != crypto_sign_SECRETKEYBYTES)
        return {};
    QByteArray key(crypto_sign_PUBLICKEYBYTES, '\0');
    crypto_sign_ed25519_sk_to_pk(reinterpret_cast<unsigned char *>(key.data()),
                                 reinterpret_cast<const unsigned char *>(secretKey.constData()));
    return key;
}

bool Signer::verify(const QByteArray &message, const QByteArray &signature,
                    const QByteArray &publicKey)
{
    ready();
    return signature.size() == crypto_sign_BYTES && publicKey.size() == crypto_sign_PUBLICKEYBYTES
        && crypto_sign_verify_detached(
               reinterpret_cast<const unsigned char *>(signature.constData()),
               reinterpret_cast<const unsigned char *>(message.constData()),
               quint64(message.size()),
               reinterpret_cast<const unsigned char *>(publicKey.constData()))
        == 0;
}

QString Signer::keyId(const QByteArray &publicKey)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).toHex().left(16));
}

} // namespace churnlab

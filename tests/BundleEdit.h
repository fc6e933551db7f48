#pragma once

#include "core/io/ZipArchive.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

// A bundle's members with an edit applied and, unless told not to, the manifest's checksums
// made to fit again: how a tester rewrites a bundle so that only the meaning checks can catch it.
inline QByteArray
rebuiltBundle(const QByteArray &bytes,
              const std::function<void(QList<churnlab::ZipArchive::Member> &, QJsonObject &)> &edit,
              bool fixSums = true)
{
    using churnlab::ZipArchive;
    auto zip = ZipArchive::open(bytes);
    QList<ZipArchive::Member> members;
    QJsonObject manifest;
    for (const QString &name : zip->names()) {
        const QByteArray data = zip->read(name, 1 << 30).value();
        if (name == QLatin1String("manifest.json"))
            manifest = QJsonDocument::fromJson(data).object();
        else
            members << ZipArchive::Member {name, data};
    }
    edit(members, manifest);
    if (fixSums) {
        QJsonObject sums;
        for (const auto &m : members)
            sums.insert(m.name,
                        QString::fromLatin1(
                            QCryptographicHash::hash(m.data, QCryptographicHash::Sha256).toHex()));
        manifest.insert(QStringLiteral("members"), sums);
    }
    members.prepend({QStringLiteral("manifest.json"), QJsonDocument(manifest).toJson()});
    return ZipArchive::write(members, 0).value();
}

// The JSON member `name` of a member list, edited in place.
inline void editJsonMember(QList<churnlab::ZipArchive::Member> &members, const QString &name,
                           const std::function<void(QJsonObject &)> &edit)
{
    for (auto &m : members)
        if (m.name == name) {
            QJsonObject o = QJsonDocument::fromJson(m.data).object();
            edit(o);
            m.data = QJsonDocument(o).toJson();
        }
}

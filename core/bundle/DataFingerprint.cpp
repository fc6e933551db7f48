#include "core/bundle/DataFingerprint.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace churnlab {

Result<DataFingerprint> DataFingerprint::ofFile(const QString &path, const Dataset &dataset)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {Error::Kind::Io,
                      QCoreApplication::translate("churnlab::DataFingerprint", "Cannot read %1: %2")
                          .arg(path, file.errorString())};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return Error {Error::Kind::Io,
                      QCoreApplication::translate("churnlab::DataFingerprint", "Cannot read %1: %2")
                          .arg(path, file.errorString())};
    DataFingerprint f = ofDataset(QFileInfo(path).fileName(), dataset);
    f.size = file.size();
    f.sha256 = QString::fromLatin1(hash.result().toHex());
    return f;
}

DataFingerprint DataFingerprint::ofDataset(const QString &name, const Dataset &dataset)
{
    DataFingerprint f;
    f.file = name;
    f.rows = dataset.rowCount();
    f.columns = dataset.columnCount();
    return f;
}

QJsonObject DataFingerprint::toJson() const
{
    return {{QStringLiteral("file"), file},
            {QStringLiteral("size"), size},
            {QStringLiteral("sha256"), sha256},
            {QStringLiteral("rows"), rows},
            {QStringLiteral("columns"), columns}};
}

} // namespace churnlab

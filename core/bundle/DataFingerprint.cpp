#include "core/bundle/DataFingerprint.h"

#include "core/JsonFields.h"
#include "core/data/db/DatabaseUrl.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

#include <limits>

namespace churnlab {

Result<DataFingerprint> DataFingerprint::ofFile(const QString &path, const Dataset &dataset)
{
    qint64 size = 0;
    auto hash = hashFile(path, &size);
    if (!hash)
        return hash.error();
    DataFingerprint f = ofDataset(QFileInfo(path).fileName(), dataset);
    f.size = size;
    f.sha256 = *hash;
    return f;
}

Result<QString> DataFingerprint::hashFile(const QString &path, qint64 *size)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {Error::Kind::Io,
                      DataFingerprint::tr("Cannot read %1: %2").arg(path, file.errorString())};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return Error {Error::Kind::Io,
                      DataFingerprint::tr("Cannot read %1: %2").arg(path, file.errorString())};
    if (size)
        *size = file.size();
    return QString::fromLatin1(hash.result().toHex());
}

DataFingerprint DataFingerprint::ofSource(const QString &path, const Dataset &dataset,
                                          const QString &name)
{
    if (DatabaseUrl::looksLikeUrl(path))
        return ofRows(path, dataset);
    if (!path.isEmpty())
        if (auto file = ofFile(path, dataset))
            return *file;
    return ofDataset(path.isEmpty() ? name : path, dataset);
}

DataFingerprint DataFingerprint::ofDataset(const QString &name, const Dataset &dataset)
{
    DataFingerprint f;
    f.file = name;
    f.rows = dataset.rowCount();
    f.columns = dataset.columnCount();
    return f;
}

DataFingerprint DataFingerprint::ofRows(const QString &name, const Dataset &dataset)
{
    DataFingerprint f = ofDataset(name, dataset);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const auto addText = [&hash](const QString &text) {
        const QByteArray bytes = text.toUtf8();
        const quint64 length = quint64(bytes.size());
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(&length), sizeof length));
        hash.addData(bytes);
    };
    for (int c = 0; c < dataset.columnCount(); ++c) {
        const Column &column = dataset.column(c);
        addText(column.name());
        addText(columnTypeName(column.type()));
        const bool numbers = isNumericType(column.type()) || column.type() == ColumnType::DateTime;
        for (qsizetype r = 0; r < dataset.rowCount(); ++r) {
            if (column.isMissing(r)) {
                hash.addData(QByteArrayView("\0", 1));
                continue;
            }
            hash.addData(QByteArrayView("\1", 1));
            if (numbers) {
                const double v = column.number(r);
                hash.addData(QByteArrayView(reinterpret_cast<const char *>(&v), sizeof v));
            } else {
                addText(column.text(r));
            }
        }
    }
    f.sha256 = QString::fromLatin1(hash.result().toHex());
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

Result<DataFingerprint> DataFingerprint::fromJson(const QJsonObject &json)
{
    JsonFields f(json, DataFingerprint::tr("data fingerprint"));
    DataFingerprint d;
    d.file = f.text("file");
    d.size = qint64(f.number("size", 0, 9.0e15));
    d.sha256 = f.text("sha256");
    d.rows = qint64(f.number("rows", 0, 9.0e15));
    d.columns = f.integer("columns", 0, std::numeric_limits<int>::max());
    if (!f.ok())
        return f.error();
    return d;
}

} // namespace churnlab

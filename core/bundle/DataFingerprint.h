#pragma once

#include "core/Result.h"
#include "core/data/Dataset.h"
#include <QCoreApplication>

#include <QJsonObject>

namespace churnlab {

// Which data a model was trained on, so that a bundle, a project or a tracked run can say
// exactly: the file's name, size and SHA-256, and the rows and columns read from it.
struct DataFingerprint
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::DataFingerprint)

public:
    QString file;
    qint64 size = 0;
    QString sha256; // empty for data that came from no file (the built-in sample)
    qint64 rows = 0;
    int columns = 0;

    // Hashes the file in blocks (a 10 GB file is never held in memory).
    // What a run records of its data: the file's fingerprint when the data came from one that
    // can still be read, else the dataset's own under `name` (the built-in sample, a file
    // that moved since).
    static DataFingerprint ofSource(const QString &path, const Dataset &dataset,
                                    const QString &name);
    [[nodiscard]] static Result<DataFingerprint> ofFile(const QString &path,
                                                        const Dataset &dataset);
    static DataFingerprint ofDataset(const QString &name, const Dataset &dataset);
    // Data that has no file (a database's rows): the SHA-256 of a canonical encoding of the
    // values read (column names and types, then every value: numbers by their bits, the rest
    // as UTF-8, missing marked), so the same rows give the same hash whatever their order of
    // bytes on the wire, and any changed value changes it. size stays 0.
    static DataFingerprint ofRows(const QString &name, const Dataset &dataset);
    QJsonObject toJson() const;
    [[nodiscard]] static Result<DataFingerprint> fromJson(const QJsonObject &json);
    // The file's SHA-256 in hex, read in blocks; errors name the file.
    [[nodiscard]] static Result<QString> hashFile(const QString &path, qint64 *size = nullptr);
};

} // namespace churnlab

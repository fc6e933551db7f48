#pragma once

#include <QDir>
#include <QFile>
#include <QString>

// Where the shared datasets live: $CHURNLAB_SHARED_DATA, else ../shared/data beside the
// source tree. Tests that need them QSKIP when this returns an empty string.
inline QString sharedDataDir()
{
    QString dir = qEnvironmentVariable("CHURNLAB_SHARED_DATA");
    if (dir.isEmpty())
        dir = QStringLiteral(CHURNLAB_SHARED_DATA);
    return QDir(dir).exists() ? QDir(dir).absolutePath() : QString();
}

#define REQUIRE_SHARED_FILE(var, name)                                                             \
    const QString var = sharedDataDir().isEmpty()                                                  \
        ? QString()                                                                                \
        : sharedDataDir() + QLatin1Char('/') + QStringLiteral(name);                               \
    if (var.isEmpty() || !QFile::exists(var))                                                      \
        QSKIP("../shared/data/" name " is absent: skipped");

// Writes bytes to dir/name and returns the path (empty when it could not be written).
inline QString writeTestFile(const QString &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = QDir(dir).filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return path;
}

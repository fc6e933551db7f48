#include "ui/session/RecoveryFile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

#include <cerrno>
#include <csignal>

QString RecoveryFile::folder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/recovery");
}

QString RecoveryFile::ofThisProcess()
{
    return folder() + QStringLiteral("/%1.churnlab").arg(QCoreApplication::applicationPid());
}

QString RecoveryFile::sidecarOf(const QString &recovery)
{
    return recovery.left(recovery.size() - QStringLiteral(".churnlab").size())
        + QStringLiteral(".json");
}

QStringList RecoveryFile::orphans()
{
    QStringList out;
    const QFileInfoList files =
        QDir(folder()).entryInfoList({QStringLiteral("*.churnlab")}, QDir::Files, QDir::Time);
    for (const QFileInfo &f : files) {
        bool ok = false;
        const qint64 pid = f.completeBaseName().toLongLong(&ok);
        if (!ok || pid == QCoreApplication::applicationPid())
            continue;
        // A process of that number still running is another ChurnLab's live recovery file.
        if (::kill(pid_t(pid), 0) == 0 || errno != ESRCH)
            continue;
        out << f.absoluteFilePath();
    }
    return out;
}

QJsonObject RecoveryFile::readSidecar(const QString &recovery)
{
    QFile sidecar(sidecarOf(recovery));
    if (!sidecar.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(sidecar.readAll()).object();
}

bool RecoveryFile::writeSidecar(const QString &recovery, const QString &originalPath,
                                const QString &name)
{
    QSaveFile sidecar(sidecarOf(recovery));
    const QJsonObject info {
        {QStringLiteral("path"), originalPath},
        {QStringLiteral("name"), name},
        {QStringLiteral("time"), QDateTime::currentDateTime().toString(Qt::ISODate)}};
    return sidecar.open(QIODevice::WriteOnly) && sidecar.write(QJsonDocument(info).toJson()) >= 0
        && sidecar.commit();
}

void RecoveryFile::remove(const QString &recovery)
{
    QFile::remove(recovery);
    QFile::remove(sidecarOf(recovery));
}

QString RecoveryFile::adopt(const QString &orphan)
{
    const QString own = ofThisProcess();
    QDir().mkpath(folder());
    remove(own);
    QFile::rename(orphan, own);
    QFile::rename(sidecarOf(orphan), sidecarOf(own));
    return own;
}

#pragma once

#include <QJsonObject>
#include <QStringList>

// The files autosave writes so that a crash loses little: one project file per ChurnLab
// process (PID.churnlab in the user's data folder) and a small PID.json beside it naming the
// project, where it was saved, and when. A recovery file whose process is gone is an orphan: the
// next start offers it.
class RecoveryFile
{
public:
    static QString folder();
    static QString ofThisProcess();
    static QString sidecarOf(const QString &recovery);
    // Orphans, newest first.
    static QStringList orphans();
    static QJsonObject readSidecar(const QString &recovery);
    static bool writeSidecar(const QString &recovery, const QString &originalPath,
                             const QString &name);
    static void remove(const QString &recovery);
    // Makes an orphan this process's own recovery file (so that it is cleaned up like one).
    static QString adopt(const QString &orphan);
};

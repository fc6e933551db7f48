#include "CliCommon.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>

namespace churnlab::cli {

// Charts and PDFs need Qt Gui; churnlab-cli links only core, so that scripts and the scoring
// container need no graphics stack. `plot`, `report` and `canvas` hand over to the
// churnlab-cli-plot helper installed beside it, passing the arguments through (the command
// name first) and returning its exit code.
int drawingCommand(const QStringList &args)
{
    const QString helper = QDir(QCoreApplication::applicationDirPath())
                               .filePath(QStringLiteral("../churnlab-cli-plot/churnlab-cli-plot"));
    QString program =
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("churnlab-cli-plot"));
    if (!QFileInfo::exists(program))
        program = helper; // the build tree keeps each executable in its own folder
    if (!QFileInfo::exists(program))
        return fail(QCoreApplication::translate(
            "cli", "plotting needs churnlab-cli-plot beside churnlab-cli; it is not installed"));
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    process.start(program, args);
    if (!process.waitForStarted())
        return fail(QCoreApplication::translate("cli", "cannot start %1: %2")
                        .arg(program, process.errorString()));
    process.waitForFinished(-1);
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : 1;
}

} // namespace churnlab::cli

// churnlab-cli-plot: the command-line commands that draw (plot, report, canvas), apart from
// churnlab-cli so that scripts and the scoring container need no graphics stack.
#include "CliCommon.h"
#include "DrawingCommands.h"
#include "ui/AppSettings.h"

#include <QApplication>
#include <QDir>
#include <QFile>

#include <unistd.h>

using namespace churnlab::cli;

int main(int argc, char *argv[])
{
    // Rendering never needs a screen: draw offscreen unless the caller chose a platform.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Headless sessions often lack a runtime folder; give Qt a private one rather than a warning.
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QByteArray dir =
            QDir::tempPath().toLocal8Bit() + "/churnlab-runtime-" + QByteArray::number(getuid());
        if (QDir().mkpath(QString::fromLocal8Bit(dir))
            && QFile::setPermissions(QString::fromLocal8Bit(dir),
                                     QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
            qputenv("XDG_RUNTIME_DIR", dir);
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("churnlab-cli"));
    QApplication::setOrganizationName(QStringLiteral("ChurnLab"));
    QApplication::setApplicationVersion(QStringLiteral(CHURNLAB_VERSION));

    // churnlab-cli passes the command name first; called alone, the helper plots.
    QStringList args = app.arguments().mid(1);
    const QString command = args.value(0);
    if (command != QLatin1String("plot") && command != QLatin1String("report")
        && command != QLatin1String("canvas"))
        args.prepend(QStringLiteral("plot"));
    const int language = args.indexOf(QStringLiteral("--language"));
    AppSettings::installTranslators(app, language > 0 ? args.value(language + 1) : QString());
    if (args.first() == QLatin1String("report"))
        return reportCommand(args);
    if (args.first() == QLatin1String("canvas"))
        return canvasCommand(args);
    return plotCommand(args);
}

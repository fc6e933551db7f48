#include "StartupOptions.h"
#include "ui/AppSettings.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ChurnLab"));
    QApplication::setOrganizationName(QStringLiteral("ChurnLab"));
    QApplication::setApplicationVersion(QStringLiteral(CHURNLAB_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.churnlab.ChurnLab"));
    AppSettings::installTranslators(app);
    QCommandLineParser parser;
    StartupOptions::declare(parser);
    parser.process(app);
    MainWindow window;
    window.show();
    StartupOptions::apply(parser, window);
    return app.exec();
}

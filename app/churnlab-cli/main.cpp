#include "CommandTable.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("churnlab-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CHURNLAB_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("ChurnLab"));
    return churnlab::cli::runCommand(app.arguments().mid(1));
}

#include "StartupOptions.h"

#include "ui/MainWindow.h"
#include "ui/panels/ModelPanel.h"
#include "ui/session/ProjectController.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTabWidget>
#include <QTimer>

namespace StartupOptions {

void declare(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        QApplication::translate("main", "Desktop workbench for churn prediction."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("file"),
        QApplication::translate("main", "Project (.churnlab) or CSV file to open."));
    parser.addOption({QStringLiteral("sample"),
                      QApplication::translate("main", "Open the built-in sample data.")});
    parser.addOption({QStringLiteral("screenshot"),
                      QApplication::translate(
                          "main", "Save a PNG of the window once the data is shown, then quit."),
                      QStringLiteral("png")});
    parser.addOption(
        {QStringLiteral("column"),
         QApplication::translate("main", "Select this column at start (its profile is shown)."),
         QStringLiteral("name")});
    parser.addOption(
        {QStringLiteral("tab"),
         QApplication::translate(
             "main", "Start on this tab: canvas, data, explore, quality, features or model."),
         QStringLiteral("name")});
    parser.addOption(
        {QStringLiteral("train"),
         QApplication::translate("main", "Train the default models once the data is shown.")});
}

void apply(const QCommandLineParser &parser, MainWindow &window)
{
    const QStringList files = parser.positionalArguments();
    const bool train = parser.isSet(QStringLiteral("train"));
    if (train)
        QObject::connect(&window, &MainWindow::profilesShown, window.modelPanel(),
                         &ModelPanel::train);
    if (parser.isSet(QStringLiteral("screenshot"))) {
        const QString png = parser.value(QStringLiteral("screenshot"));
        auto shoot = [&window, png]() {
            QTimer::singleShot(400, &window, [&window, png]() {
                window.grab().save(png);
                QApplication::quit();
            });
        };
        // With --train, the picture waits for the leaderboard to fill.
        if (train)
            QObject::connect(window.modelPanel(), &ModelPanel::trainingFinished, &window, shoot);
        else
            QObject::connect(&window, &MainWindow::profilesShown, &window, shoot);
    }
    if (parser.isSet(QStringLiteral("column"))) {
        const QString column = parser.value(QStringLiteral("column"));
        QObject::connect(&window, &MainWindow::profilesShown, &window,
                         [&window, column]() { window.selectColumn(column); });
    }
    if (parser.isSet(QStringLiteral("tab"))) {
        const int tab = QStringList {QStringLiteral("canvas"),   QStringLiteral("data"),
                                     QStringLiteral("explore"),  QStringLiteral("quality"),
                                     QStringLiteral("features"), QStringLiteral("model"),
                                     QStringLiteral("monitor"),  QStringLiteral("runs")}
                            .indexOf(parser.value(QStringLiteral("tab")).toLower());
        if (tab >= 0)
            window.tabs()->setCurrentIndex(tab);
    }
    if (!files.isEmpty())
        window.openFile(files.first(), false);
    else if (!window.project()->offerRecovery()) // unsaved work of a crashed run comes first
        window.openSample();
}

} // namespace StartupOptions

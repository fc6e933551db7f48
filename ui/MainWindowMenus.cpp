// MainWindow's menus and tool bar, apart from the window's data and workspaces.
#include "ui/AppSettings.h"
#include "ui/MainWindow.h"
#include "ui/dialogs/ScoreFileDialog.h"
#include "ui/document/AnalysisDocument.h"
#include "ui/panels/ModelPanel.h"
#include "ui/panels/MonitorPanel.h"
#include "ui/session/ProjectController.h"
#include "ui/session/ProjectMenu.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QTabWidget>
#include <QToolBar>
#include <QUndoGroup>

using namespace churnlab;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(
        QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open…"), this, [this]() {
            const QString dir = QFileInfo(AppSettings::recentFiles().value(0)).absolutePath();
            const QString path = QFileDialog::getOpenFileName(
                this, tr("Open a project or a data file"), dir,
                tr("Projects and data (*.churnlab *.csv *.tsv *.txt *.xlsx *.xlsm *.xls);;ChurnLab "
                   "projects (*.churnlab);;CSV files (*.csv *.tsv *.txt);;Excel workbooks "
                   "(*.xlsx *.xlsm *.xls);;All files (*)"));
            if (!path.isEmpty())
                openFile(path);
        });
    open->setShortcut(QKeySequence::Open);
    open->setStatusTip(tr("Open a project, or a CSV file or Excel workbook with a preview of how "
                          "it will be read"));
    QAction *sample = file->addAction(tr("Open &Sample Data"), this, [this]() {
        if (m_project->startNewAnalysis())
            openSample();
    });
    sample->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    QAction *database = file->addAction(QIcon::fromTheme(QStringLiteral("network-server-database")),
                                        tr("Open &Database…"), this, [this]() { openDatabase(); });
    database->setObjectName(QStringLiteral("openDatabaseAction"));
    database->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    database->setStatusTip(tr("Read a table or a query from PostgreSQL, MariaDB/MySQL, SQLite or "
                              "an ODBC data source, with a preview"));
    sample->setStatusTip(tr("Open the built-in churn dataset (5000 customers)"));
    QAction *refresh =
        file->addAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("Refres&h Data"),
                        m_project, &ProjectController::refreshData);
    refresh->setObjectName(QStringLiteral("refreshDataAction"));
    refresh->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F5));
    refresh->setStatusTip(tr("Read the data's file or query again and keep the analysis; the "
                             "status bar says what changed"));
    connect(file, &QMenu::aboutToShow, refresh,
            [this, refresh]() { refresh->setEnabled(m_project->canRefreshData()); });
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    updateRecentMenu();
    file->addSeparator();
    QAction *projectEnd = file->addSeparator();
    new ProjectMenu(m_project, file, projectEnd);
    QAction *exportModel = file->addAction(tr("&Export Model…"), this, [this]() {
        m_tabs->setCurrentWidget(m_modelPanel);
        m_modelPanel->exportModel();
    });
    exportModel->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportModel->setStatusTip(tr("Save the selected trained model as a verified bundle"));
    connect(file, &QMenu::aboutToShow, exportModel,
            [this, exportModel]() { exportModel->setEnabled(m_modelPanel->canExport()); });
    QAction *scoreFile = file->addAction(tr("S&core a File…"), this, [this]() {
        auto *dialog = new ScoreFileDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        // The bundle exported last, and what the analysis decides at, to compare.
        dialog->setPaths(m_monitor->bundlePath(), {}, {});
        dialog->setAnalysisThreshold(m_session->decision().threshold);
        dialog->show();
    });
    scoreFile->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    scoreFile->setStatusTip(tr("Score a CSV file with an exported model"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Filter Rows"), this, [this]() {
        m_filter->setFocus();
        m_filter->selectAll();
    });
    find->setShortcut(QKeySequence::Find);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    auto *dock = findChild<QDockWidget *>(QStringLiteral("profileDock"));
    QAction *toggleProfile = dock->toggleViewAction();
    toggleProfile->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    view->addAction(toggleProfile);
    view->addSeparator();
    const QList<QString> tabNames = {tr("Canvas"),   tr("Data"),  tr("Explore"), tr("Quality"),
                                     tr("Features"), tr("Model"), tr("Explain"), tr("Fairness"),
                                     tr("Monitor"),  tr("Runs")};
    for (int i = 0; i < tabNames.size(); ++i) {
        QAction *a =
            view->addAction(tabNames[i], this, [this, i]() { m_tabs->setCurrentIndex(i); });
        // Ctrl+1 … Ctrl+8 as before Explain and Fairness came, which take Ctrl+9 and Ctrl+0.
        static const Qt::Key keys[] = {Qt::Key_1, Qt::Key_2, Qt::Key_3, Qt::Key_4, Qt::Key_5,
                                       Qt::Key_6, Qt::Key_9, Qt::Key_0, Qt::Key_7, Qt::Key_8};
        a->setShortcut(QKeySequence(Qt::CTRL | keys[i]));
    }
    view->addSeparator();
    QMenu *language = view->addMenu(tr("&Language"));
    auto *group = new QActionGroup(this);
    const QString current = AppSettings::language();
    auto addLanguage = [&](const QString &code, const QString &label) {
        QAction *a = language->addAction(label);
        a->setCheckable(true);
        a->setChecked(code == current);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, code]() {
            AppSettings::setLanguage(code);
            QMessageBox::information(
                this, tr("Language"),
                tr("The new language applies when ChurnLab starts next time."));
        });
    };
    addLanguage(QString(), tr("System default"));
    addLanguage(QStringLiteral("en"), QStringLiteral("English"));
    addLanguage(QStringLiteral("de"), QStringLiteral("Deutsch"));
    addLanguage(QStringLiteral("es"), QStringLiteral("Español"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About ChurnLab"), this, [this]() {
        QMessageBox::about(
            this, tr("About ChurnLab"),
            tr("<h3>ChurnLab %1</h3><p>A desktop workbench for customer-churn prediction: "
               "load, explore, model, deploy and monitor.</p>")
                .arg(QStringLiteral(CHURNLAB_VERSION)));
    });

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->addAction(open);
    bar->addAction(database);
    bar->addAction(sample);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = AppSettings::recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        QAction *a = m_recentMenu->addAction(
            QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(files[i]).fileName()));
        a->setStatusTip(files[i]);
        const QString path = files[i];
        connect(a, &QAction::triggered, this, [this, path]() {
            if (!QFileInfo::exists(path)) {
                AppSettings::removeRecentFile(path);
                updateRecentMenu();
                showError(tr("File not found"), tr("%1 no longer exists.").arg(path));
                return;
            }
            openFile(path, false);
        });
    }
    const QList<DatabaseQuery> databases = AppSettings::recentDatabases();
    if (!databases.isEmpty() && !files.isEmpty())
        m_recentMenu->addSeparator();
    for (const DatabaseQuery &q : databases) {
        QAction *a =
            m_recentMenu->addAction(q.table.isEmpty() ? tr("%1: query").arg(q.url.display())
                                                      : tr("%1: %2").arg(q.url.display(), q.table));
        a->setStatusTip(tr("Open the connection again, with its table or query, to preview"));
        a->setToolTip(q.query.isEmpty() ? q.table : q.query.left(400));
        connect(a, &QAction::triggered, this, [this, q]() { openDatabase(q); });
    }
    m_recentMenu->setEnabled(!files.isEmpty() || !databases.isEmpty());
}

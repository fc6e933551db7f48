#include "ui/MainWindow.h"

#include "core/data/SampleData.h"
#include "ui/AppSettings.h"
#include "ui/dialogs/ImportDialog.h"
#include "ui/dialogs/OpenDatabaseDialog.h"
#include "ui/document/AnalysisDocument.h"
#include "ui/session/DatabaseKeyring.h"
#include "ui/session/LoadController.h"
#include "ui/session/ProjectController.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>

// Opening data: a file (with or without the import preview), a database's table or query, the
// built-in sample, and what the background loader reports back.

using namespace churnlab;

QString MainWindow::readingText(const CsvDialect &dialect, const QString &sheet)
{
    if (!sheet.isEmpty())
        return tr("Workbook, sheet “%1”").arg(sheet);
    return tr("Delimiter %1, %2").arg(dialect.delimiterLabel(), textEncodingName(dialect.encoding));
}

void MainWindow::connectLoader()
{
    connect(m_loader, &LoadController::progressChanged, this,
            [this](int permille, const QString &message) {
                m_progress->setValue(permille);
                if (!message.isEmpty())
                    m_messageLabel->setText(message);
            });
    connect(m_loader, &LoadController::loaded, this,
            [this](std::shared_ptr<const Dataset> dataset, const CsvDialect &dialect,
                   const QStringList &warnings, const QString &path, double seconds) {
                setBusy(false);
                const DataInput input = m_loader->input();
                if (input.isDatabase())
                    AppSettings::addRecentDatabase(*input.query);
                else
                    AppSettings::addRecentFile(path);
                updateRecentMenu();
                m_session->setDataSource(input, m_loader->options());
                showDataset(std::move(dataset), m_session->dataName(), seconds);
                emit dataOpened();
                m_messageLabel->setText(input.isDatabase()
                                            ? tr("Database: %1").arg(input.display())
                                            : readingText(dialect, m_loader->sheet()));
                if (!warnings.isEmpty())
                    QMessageBox::warning(this, tr("Loaded with warnings"),
                                         warnings.join(QLatin1Char('\n')));
            });
    connect(
        m_loader, &LoadController::failed, this, [this](const Error &error, const QString &path) {
            setBusy(false);
            const QString name = m_loader->input().isDatabase() ? path : QFileInfo(path).fileName();
            m_messageLabel->setText(tr("Could not load %1").arg(name));
            showError(tr("Cannot load %1").arg(name), error.describe());
        });
    connect(m_loader, &LoadController::cancelled, this, [this](const QString &path) {
        setBusy(false);
        m_messageLabel->setText(
            tr("Loading %1 was cancelled")
                .arg(m_loader->input().isDatabase() ? path : QFileInfo(path).fileName()));
    });
}

void MainWindow::openFile(const QString &path, bool preview)
{
    if (path.endsWith(QLatin1String(".churnlab"), Qt::CaseInsensitive)) {
        m_project->open(path);
        return;
    }
    CsvOptions options;
    if (preview) {
        ImportDialog dialog(path, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        options = dialog.options();
    }
    // New data is a new analysis: unsaved work is offered for saving first, and Cancel leaves
    // the window as it was.
    if (!m_project->startNewAnalysis())
        return;
    loadFile(path, options);
}

void MainWindow::loadFile(const QString &path, const CsvOptions &options)
{
    loadData(DataInput(path), options);
}

void MainWindow::loadData(const DataInput &input, const CsvOptions &options)
{
    // A project or a recent connection names its database without the password; the
    // keyring has it when the analyst asked it to keep it.
    if (input.isDatabase() && input.query->url.password.isEmpty()) {
        setBusy(true, tr("Looking up the password of %1 in the keyring…").arg(input.display()));
        DatabaseKeyring::read(input.query->url, this,
                              [this, input, options](const QString &password) {
                                  DataInput withPassword = input;
                                  withPassword.query->url.password = password;
                                  startLoad(withPassword, options);
                              });
        return;
    }
    startLoad(input, options);
}

void MainWindow::startLoad(const DataInput &input, const CsvOptions &options)
{
    setBusy(true,
            tr("Loading %1…")
                .arg(input.isDatabase() ? input.display() : QFileInfo(input.path).fileName()));
    m_loader->load(input, options);
}

void MainWindow::openDatabase(const DatabaseQuery &prefill)
{
    OpenDatabaseDialog dialog(prefill, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto query = dialog.query();
    if (!query || !m_project->startNewAnalysis())
        return;
    loadData(DataInput(std::move(*query)), dialog.options());
}

void MainWindow::openSample()
{
    QElapsedTimer timer;
    timer.start();
    auto dataset = std::make_shared<const Dataset>(SampleData::generate());
    m_session->setDataSource({}, {});
    showDataset(std::move(dataset), tr("Sample data"), double(timer.nsecsElapsed()) / 1e9);
    emit dataOpened();
    m_messageLabel->setText(tr("Built-in sample: target “%1”, positive class “%2”")
                                .arg(SampleData::targetColumn(), SampleData::positiveClass()));
}

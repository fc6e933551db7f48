#include "ui/MainWindow.h"

#include "core/data/RowQuery.h"
#include "core/data/SampleData.h"
#include "core/project/CanvasFacts.h"
#include "core/project/Project.h"
#include "core/train/TrainSpec.h"
#include "ui/AppSettings.h"
#include "ui/dialogs/ImportDialog.h"
#include "ui/dialogs/OpenDatabaseDialog.h"
#include "ui/dialogs/ScoreFileDialog.h"
#include "ui/document/AnalysisDocument.h"
#include "ui/document/JobTracker.h"
#include "ui/itemmodels/DataTableModel.h"
#include "ui/panels/CanvasPanel.h"
#include "ui/panels/ExplainPanel.h"
#include "ui/panels/ExplorePanel.h"
#include "ui/panels/FairnessPanel.h"
#include "ui/panels/FeaturePanel.h"
#include "ui/panels/ModelPanel.h"
#include "ui/panels/MonitorPanel.h"
#include "ui/panels/ProfilePanel.h"
#include "ui/panels/QualityPanel.h"
#include "ui/panels/RunsPanel.h"
#include "ui/session/DatasetEditCommand.h"
#include "ui/session/ProjectController.h"
#include "ui/session/ProjectMenu.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace churnlab;

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("ChurnLab"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/churnlab.svg")));
    setAcceptDrops(true);
    resize(1280, 800);

    m_session = new AnalysisDocument(this);
    m_loader = new LoadController(this);
    m_jobs = m_session->jobs();
    m_undo = m_session->undoStack();
    m_model = new DataTableModel(this);
    createWorkspaces(createDataView());
    createStatusArea();
    connectDataView();
    connectLoader();
    m_project = new ProjectController(m_session, this);
    connectProject();
    createActions();
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_sizeLabel->setText(tr("No data"));
}

QWidget *MainWindow::createDataView()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    m_filter = new QLineEdit(central);
    m_filter->setPlaceholderText(tr("Filter rows (any column contains…)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setToolTip(tr("Shows only rows in which some value contains this text (Ctrl+F)"));
    layout->addWidget(m_filter);
    m_table = new QTableView(central);
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    layout->addWidget(m_table, 1);
    return central;
}

void MainWindow::createWorkspaces(QWidget *dataView)
{
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_dataView = dataView;
    m_canvas = new CanvasPanel(m_tabs);
    m_tabs->addTab(m_canvas, tr("&Canvas"));
    m_tabs->addTab(dataView, tr("&Data"));
    m_explore = new ExplorePanel(m_jobs, m_tabs);
    m_tabs->addTab(m_explore, tr("E&xplore"));
    m_quality = new QualityPanel(m_jobs, m_tabs);
    m_tabs->addTab(m_quality, tr("&Quality"));
    m_features = new FeaturePanel(m_jobs, m_tabs);
    m_tabs->addTab(m_features, tr("Fea&tures"));
    m_modelPanel = new ModelPanel(m_session, m_tabs);
    m_tabs->addTab(m_modelPanel, tr("&Model"));
    m_explain = new ExplainPanel(m_jobs, m_tabs);
    m_tabs->addTab(m_explain, tr("Ex&plain"));
    m_fairness = new FairnessPanel(m_jobs, m_tabs);
    m_tabs->addTab(m_fairness, tr("Fair&ness"));
    connect(m_fairness, &FairnessPanel::settingsChanged, m_session, &AnalysisDocument::setFairness);
    connect(m_session, &AnalysisDocument::fairnessChanged, m_fairness, &FairnessPanel::setSettings);
    m_monitor = new MonitorPanel(m_tabs);
    m_tabs->addTab(m_monitor, tr("M&onitor"));
    m_runs = new RunsPanel(m_tabs);
    m_tabs->addTab(m_runs, tr("R&uns"));
    // The run store changes behind the tab (this window's trainings, other processes): read it
    // when the tab is shown and when a training ends.
    connect(m_tabs, &QTabWidget::currentChanged, m_runs, [this]() {
        if (m_tabs->currentWidget() == m_runs)
            m_runs->refresh();
    });
    connect(m_session, &AnalysisDocument::currentModelChanged, this, &MainWindow::updateModelTabs);
    connect(m_session, &AnalysisDocument::decisionChanged, this, &MainWindow::updateModelTabs);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateModelTabs);
    connect(m_session, &AnalysisDocument::featuresChanged, m_fairness,
            [this](const FeatureConfig &config) {
                const QStringList sensitive =
                    config.columnsWithRole(FeatureConfig::Role::Sensitive);
                m_fairness->setSensitiveColumns(sensitive);
                m_quality->setSensitiveColumns(sensitive);
            });
    connect(m_session, &AnalysisDocument::experimentChanged, m_runs, &RunsPanel::setExperiment);
    connect(m_modelPanel, &ModelPanel::trainingFinished, m_runs, [this]() {
        if (m_tabs->currentWidget() == m_runs)
            m_runs->refresh();
    });
    connect(m_runs, &RunsPanel::reopenRequested, this, [this](const QJsonObject &json) {
        auto spec = TrainSpec::fromJson(json);
        if (!spec) {
            showError(tr("Cannot reopen the run"), spec.error().describe());
            return;
        }
        m_features->setConfig(spec->features);
        m_modelPanel->applySpec(*spec, {});
        m_tabs->setCurrentWidget(m_modelPanel);
        m_messageLabel->setText(tr("Settings of the run are back in the Features and Model tabs."));
    });
    // A model just exported is the one to watch.
    connect(m_modelPanel, &ModelPanel::exportFinished, m_monitor,
            [this](const QString &path, const QString &error) {
                if (error.isEmpty() && path.endsWith(QLatin1String(".clb")))
                    m_monitor->setBundlePath(path);
            });
    setCentralWidget(m_tabs);
    // One target and one feature configuration across the workspaces, held by the session:
    // a panel writes to it, and every panel follows it.
    connect(m_explore, &ExplorePanel::targetChanged, m_session, &AnalysisDocument::setTarget);
    connect(m_modelPanel, &ModelPanel::targetChanged, m_session, &AnalysisDocument::setTarget);
    connect(m_session, &AnalysisDocument::targetChanged, m_quality, &QualityPanel::setTarget);
    connect(m_session, &AnalysisDocument::targetChanged, m_explore, &ExplorePanel::setTarget);
    connect(m_session, &AnalysisDocument::targetChanged, m_modelPanel, &ModelPanel::setTarget);
    connect(m_session, &AnalysisDocument::targetChanged, m_features, &FeaturePanel::setTarget);
    connect(m_features, &FeaturePanel::configChanged, m_session, &AnalysisDocument::setFeatures);
    connect(m_features, &FeaturePanel::leakageFound, m_session, &AnalysisDocument::setLeakage);
    connect(m_modelPanel, &ModelPanel::excludeFlaggedRequested, m_features,
            &FeaturePanel::excludeFlagged);
    connect(m_session, &AnalysisDocument::dataChanged, this, [this]() {
        m_features->setDataset(m_session->dataset());
        m_modelPanel->setDataset(m_session->dataset(), m_session->distinctCounts());
        m_explore->setDataset(m_session->dataset(), m_session->profiles());
        m_quality->setDataset(m_session->dataset(), m_session->profiles());
    });
    // Edit > Undo acts on the Features tab's choices while it is shown, on data edits otherwise.
    m_undoGroup = new QUndoGroup(this);
    m_undoGroup->addStack(m_undo);
    m_undoGroup->addStack(m_features->undoStack());
    m_undoGroup->addStack(m_canvas->undoStack());
    m_undoGroup->setActiveStack(m_undo);
    // Edit > Undo acts on the canvas while it is shown, too.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this]() {
        QWidget *current = m_tabs->currentWidget();
        m_undoGroup->setActiveStack(current == m_features     ? m_features->undoStack()
                                        : current == m_canvas ? m_canvas->undoStack()
                                                              : m_undo);
    });
    m_tabs->setCurrentWidget(dataView);
    connect(m_quality, &QualityPanel::columnActivated, this, [this](const QString &column) {
        m_tabs->setCurrentWidget(m_dataView);
        selectColumn(column);
    });
}

void MainWindow::createStatusArea()
{
    m_profile = new ProfilePanel(this);
    auto *dock = new QDockWidget(tr("Column profile"), this);
    dock->setObjectName(QStringLiteral("profileDock"));
    dock->setWidget(m_profile);
    addDockWidget(Qt::RightDockWidgetArea, dock);

    m_messageLabel = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(220);
    m_progress->hide();
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setToolTip(tr("Stop loading (Esc)"));
    m_cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancel->hide();
    m_sizeLabel = new QLabel(this);
    m_timeLabel = new QLabel(this);
    statusBar()->addWidget(m_messageLabel, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    statusBar()->addPermanentWidget(m_sizeLabel);
    statusBar()->addPermanentWidget(m_timeLabel);
}

void MainWindow::connectDataView()
{
    m_filterTimer = new QTimer(this);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(250);
    connect(m_filter, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filterTimer, &QTimer::timeout, this, &MainWindow::startFilter);
    connect(m_cancel, &QPushButton::clicked, this, &MainWindow::cancelLoad);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentColumnChanged, this,
            [this](const QModelIndex &current) { m_profile->showColumn(current.column()); });
    connect(m_table->horizontalHeader(), &QHeaderView::sectionClicked, m_profile,
            &ProfilePanel::showColumn);
    connect(m_profile, &ProfilePanel::plotRequested, this, [this](const QString &column) {
        m_tabs->setCurrentWidget(m_explore);
        m_explore->showChart(PlotSpec::Kind::Histogram, column);
    });
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table->horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            &MainWindow::showHeaderMenu);
}

void MainWindow::showProfiles(const QList<ColumnProfile> &profiles)
{
    m_profile->setProfiles(profiles);
    m_session->setData(m_model->dataset(), profiles);
    emit profilesShown();
}

void MainWindow::showFiltered(std::vector<quint32> rows)
{
    m_model->setRowOrder(std::move(rows));
    const QHeaderView *header = m_table->horizontalHeader();
    if (header->sortIndicatorSection() >= 0)
        m_model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    const QLocale locale;
    m_sizeLabel->setText(m_filter->text().isEmpty()
                             ? tr("%1 rows × %2 columns")
                                   .arg(locale.toString(m_model->rowCount()))
                                   .arg(m_model->columnCount())
                             : tr("%1 of %2 rows × %3 columns")
                                   .arg(locale.toString(m_model->rowCount()),
                                        locale.toString(qlonglong(m_model->dataset()->rowCount())))
                                   .arg(m_model->columnCount()));
    emit filterApplied();
}

void MainWindow::showConversion(const Conversion &result)
{
    const QString typeName = columnTypeLabel(result.type);
    m_undo->push(new DatasetEditCommand(
        tr("Change type of “%1” to %2").arg(result.column, typeName), m_model->dataset(),
        result.dataset, [this](std::shared_ptr<const Dataset> d) { applyDataset(std::move(d)); }));
    m_messageLabel->setText(result.failed
                                ? tr("“%1” is now %2; %3 values did not fit and are missing")
                                      .arg(result.column, typeName.toLower())
                                      .arg(result.failed)
                                : tr("“%1” is now %2").arg(result.column, typeName.toLower()));
}

MainWindow::~MainWindow()
{
    m_jobs->invalidate();
    m_jobs->waitForAll();
}

void MainWindow::closeData()
{
    m_loader->cancel();
    m_undo->clear();
    m_jobs->invalidate();
    m_model->setDataset(nullptr);
    m_profile->clear();
    m_session->setData(nullptr, {});
    m_sizeLabel->setText(tr("No data"));
    m_timeLabel->clear();
    m_messageLabel->clear();
}

void MainWindow::cancelLoad()
{
    if (m_loader->isRunning()) {
        m_messageLabel->setText(tr("Cancelling…"));
        m_loader->cancel();
    }
}

void MainWindow::selectColumn(const QString &name)
{
    const auto &dataset = m_model->dataset();
    const int column = dataset ? dataset->indexOf(name) : -1;
    if (column < 0 || m_model->rowCount() == 0)
        return;
    m_table->setCurrentIndex(m_model->index(0, column));
    m_table->scrollTo(m_model->index(0, column));
}

void MainWindow::showDataset(std::shared_ptr<const Dataset> dataset, const QString &title,
                             double seconds)
{
    m_undo->clear(); // edits belong to the data they were made on
    setWindowTitle(tr("%1 — ChurnLab").arg(title));
    m_timeLabel->setText(tr("loaded in %1 s").arg(QLocale().toString(seconds, 'f', 2)));
    applyDataset(std::move(dataset));
    for (int c = 0; c < m_model->columnCount() && c < 40; ++c)
        m_table->setColumnWidth(
            c, std::clamp(m_table->horizontalHeader()->sectionSizeHint(c) + 16, 70, 220));
}

void MainWindow::applyDataset(std::shared_ptr<const Dataset> dataset)
{
    m_jobs->invalidate(); // profiles, filters and conversions of the data before
    m_filter->blockSignals(true);
    m_filter->clear();
    m_filter->blockSignals(false);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    const int current = m_table->currentIndex().column();
    m_model->setDataset(std::move(dataset));
    m_profile->clear();
    const QLocale locale;
    m_sizeLabel->setText(tr("%1 rows × %2 columns")
                             .arg(locale.toString(m_model->rowCount()))
                             .arg(m_model->columnCount()));
    if (current >= 0 && m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, current));
    startProfiling();
    emit datasetShown();
}

void MainWindow::showHeaderMenu(const QPoint &pos)
{
    const int column = m_table->horizontalHeader()->logicalIndexAt(pos);
    const auto &dataset = m_model->dataset();
    if (!dataset || column < 0)
        return;
    const Column &col = dataset->column(column);
    QMenu menu(this);
    QMenu *types = menu.addMenu(tr("Change &type of “%1”").arg(col.name()));
    for (ColumnType t :
         {ColumnType::Integer, ColumnType::Real, ColumnType::Boolean, ColumnType::Categorical,
          ColumnType::Text, ColumnType::Date, ColumnType::DateTime}) {
        QAction *a = types->addAction(columnTypeLabel(t));
        a->setCheckable(true);
        a->setChecked(t == col.type());
        a->setEnabled(t != col.type());
        connect(a, &QAction::triggered, this,
                [this, name = col.name(), t]() { changeColumnType(name, t); });
    }
    QAction *plot = menu.addAction(tr("&Plot"));
    connect(plot, &QAction::triggered, this, [this, name = col.name()]() {
        m_tabs->setCurrentWidget(m_explore);
        m_explore->showChart(PlotSpec::Kind::Histogram, name);
    });
    menu.exec(m_table->horizontalHeader()->mapToGlobal(pos));
}

void MainWindow::changeColumnType(const QString &column, ColumnType type)
{
    auto dataset = m_model->dataset();
    if (!dataset || dataset->indexOf(column) < 0)
        return;
    m_messageLabel->setText(tr("Converting “%1”…").arg(column));
    m_jobs->start<std::shared_ptr<Conversion>>(
        QStringLiteral("convert"),
        [dataset, column, type]() {
            auto result = std::make_shared<Conversion>();
            Dataset copy = dataset->clone();
            const int index = copy.indexOf(column);
            copy.replaceColumn(index, dataset->column(index).convertedTo(type, &result->failed));
            result->dataset = std::make_shared<const Dataset>(std::move(copy));
            result->column = column;
            result->type = type;
            return result;
        },
        [this](std::shared_ptr<Conversion> result) { showConversion(*result); });
}

void MainWindow::startProfiling()
{
    auto dataset = m_model->dataset();
    if (!dataset)
        return;
    m_jobs->start<QList<ColumnProfile>>(
        QStringLiteral("profile"), [dataset]() { return ColumnProfile::computeAll(*dataset); },
        [this](QList<ColumnProfile> profiles) { showProfiles(profiles); });
}

void MainWindow::startFilter()
{
    auto dataset = m_model->dataset();
    if (!dataset)
        return;
    const QString needle = m_filter->text();
    m_jobs->start<std::shared_ptr<std::vector<quint32>>>(
        QStringLiteral("filter"),
        [dataset, needle]() {
            return std::make_shared<std::vector<quint32>>(RowQuery::filtered(*dataset, needle));
        },
        [this](std::shared_ptr<std::vector<quint32>> rows) { showFiltered(std::move(*rows)); });
}

void MainWindow::setBusy(bool busy, const QString &message)
{
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    m_progress->setValue(0);
    if (!message.isEmpty())
        m_messageLabel->setText(message);
}

bool MainWindow::isBusy() const
{
    return m_loader->isRunning();
}

QString MainWindow::statusText() const
{
    return m_messageLabel->text() + QLatin1Char('|') + m_sizeLabel->text() + QLatin1Char('|')
        + m_timeLabel->text();
}

void MainWindow::showError(const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("errorBox"));
    box.exec();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_project->maybeSave()) {
        event->ignore();
        return;
    }
    m_project->discardRecovery();
    m_loader->cancel();
    m_modelPanel->cancel();
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const auto urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const auto urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile()) {
        event->acceptProposedAction();
        const QString path = urls.first().toLocalFile();
        // Let the drop finish before the modal preview opens.
        QTimer::singleShot(0, this, [this, path]() { openFile(path); });
    }
}

QString MainWindow::dataFile() const
{
    return m_session->dataFile();
}

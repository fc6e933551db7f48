#include "ui/panels/ModelPanel.h"
#include "ui/widgets/SortArrowStyle.h"

#include "core/bundle/ModelExport.h"
#include "core/models/ModelCatalog.h"
#include "ui/charts/ChartExport.h"
#include "ui/dialogs/AutoMlDialog.h"
#include "ui/document/AnalysisDocument.h"
#include "ui/itemmodels/LeaderboardModel.h"
#include "ui/panels/ModelChartTabs.h"
#include "ui/panels/RoiPanel.h"
#include "ui/panels/ThresholdPanel.h"
#include "ui/panels/TrainingForm.h"

#include <QAction>
#include <QChartView>
#include <QComboBox>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace churnlab;

ModelPanel::ModelPanel(AnalysisDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document ? document : new AnalysisDocument(this))
    , m_controller(new TrainingController(this))
    , m_board(new LeaderboardModel(this))
{
    auto *layout = new QHBoxLayout(this);
    m_form = new TrainingForm(this);
    layout->addWidget(m_form);
    // Right: the leaderboard over the charts.
    auto *split = new QSplitter(Qt::Vertical, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_board);
    m_proxy->setSortRole(LeaderboardModel::SortRole);
    m_table = new QTableView(split);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(LeaderboardModel::AucColumn, Qt::DescendingOrder);
    SortArrowStyle::install(m_table);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setToolTip(tr("Select models to overlay their curves; the current one drives the "
                           "importance and threshold views, the exports and the report. Delete "
                           "removes it from the shelf (Ctrl+Z brings it back)"));
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    split->addWidget(m_table);
    // The charts with their export buttons in a row beneath (beside the tabs they would
    // crowd the tab bar in longer languages).
    auto *chartArea = new QWidget(split);
    auto *chartLayout = new QVBoxLayout(chartArea);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    m_charts = new ModelChartTabs(chartArea);
    m_threshold = m_charts->thresholdPanel();
    m_roi = m_charts->roiPanel();
    chartLayout->addWidget(m_charts, 1);
    chartLayout->addWidget(buildExportRow(chartArea));
    split->addWidget(chartArea);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    // Room for the six models' rows above the charts.
    split->setSizes({fontMetrics().height() * 12, fontMetrics().height() * 30});
    layout->addWidget(split, 1);

    auto *trainAction = new QAction(this);
    trainAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    addAction(trainAction);
    connect(trainAction, &QAction::triggered, this, &ModelPanel::train);
    // Enabled only while training, so that Esc still reaches the window's load Cancel.
    m_cancelAction = new QAction(this);
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    addAction(m_cancelAction);
    connect(m_cancelAction, &QAction::triggered, this, &ModelPanel::cancel);
    auto *autoMlAction = new QAction(this);
    autoMlAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    addAction(autoMlAction);
    connect(autoMlAction, &QAction::triggered, m_form, &TrainingForm::autoMlRequested);
    auto *removeAction = new QAction(tr("&Remove Model"), m_table);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(removeAction);
    connect(removeAction, &QAction::triggered, this, &ModelPanel::removeCurrentModel);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this, removeAction](QPoint at) {
        QMenu menu(this);
        removeAction->setEnabled(!currentModelId().isEmpty() && !isTraining());
        menu.addAction(removeAction);
        menu.exec(m_table->viewport()->mapToGlobal(at));
    });

    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(50);
    connect(m_refreshTimer, &QTimer::timeout, this, &ModelPanel::refreshCharts);
    connect(m_form, &TrainingForm::trainRequested, this, &ModelPanel::train);
    connect(m_form, &TrainingForm::cancelRequested, this, &ModelPanel::cancel);
    connect(m_form, &TrainingForm::autoMlRequested, this, [this]() {
        autoMlDialog()->show();
        autoMlDialog()->raise();
    });
    connect(m_form, &TrainingForm::targetChanged, this, &ModelPanel::targetChanged);
    connect(m_form, &TrainingForm::changed, this, &ModelPanel::settingsChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ModelPanel::refreshCharts);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (m_selecting || !current.isValid())
                    return;
                const QModelIndex source = m_proxy->mapToSource(current);
                if (const auto report = m_board->report(source.row()))
                    m_document->setChosenModel(report->id);
            });
    connect(m_charts, &ModelChartTabs::redrawWanted, this, &ModelPanel::refreshCharts);
    connect(m_roi, &RoiPanel::inputsChanged, this, &ModelPanel::settingsChanged);

    connectController();
    connectDocument();
    updateButtons();
}

void ModelPanel::connectDocument()
{
    // The threshold and costs are the document's: the panel edits them, and shows them when
    // they change elsewhere (undo, a project, the ROI tab).
    auto write = [this]() {
        m_document->setDecision(Decision {m_threshold->threshold(), m_threshold->costs()});
    };
    connect(m_threshold, &ThresholdPanel::thresholdChanged, this, write);
    connect(m_threshold, &ThresholdPanel::costsChanged, this, write);
    // Before training, the flagged columns the features still let in are named, with a way out.
    const auto showFlagged = [this]() {
        QStringList columns;
        for (const LeakageFinding &f : m_document->flaggedFeatures())
            columns << f.column;
        m_form->setFlaggedColumns(columns);
    };
    connect(m_document, &AnalysisDocument::leakageChanged, this, showFlagged);
    connect(m_document, &AnalysisDocument::featuresChanged, this, showFlagged);
    connect(m_form, &TrainingForm::excludeFlaggedRequested, this,
            &ModelPanel::excludeFlaggedRequested);
    connect(m_document, &AnalysisDocument::decisionChanged, this, [this](const Decision &d) {
        m_threshold->setCosts(d.costs.falsePositive, d.costs.falseNegative);
        m_threshold->setThreshold(d.threshold);
        m_board->setThreshold(d.threshold);
        m_roi->setThreshold(d.threshold);
    });
    // The form's settings and the ROI inputs are the document's too.
    m_document->setTrainingSettings(m_form->spec(), m_form->testFile());
    connect(m_form, &TrainingForm::changed, this,
            [this]() { m_document->setTrainingSettings(m_form->spec(), m_form->testFile()); });
    connect(m_document, &AnalysisDocument::trainingSettingsChanged, this, [this]() {
        TrainSpec settings = m_document->trainingSettings();
        settings.target.column = m_document->target().column;
        settings.target.positive = m_document->target().positive;
        m_form->applySpec(settings, m_document->settingsTestFile());
    });
    connect(m_roi, &RoiPanel::inputsChanged, this,
            [this]() { m_document->setRoi(m_roi->inputs()); });
    connect(m_document, &AnalysisDocument::roiChanged, this,
            [this](const RetentionRoi::Inputs &roi) {
                if (m_roi->inputs() != roi)
                    m_roi->setInputs(roi);
            });
    connect(m_document, &AnalysisDocument::modelAdded, this, [this](const QString &id) {
        if (const AnalysisDocument::Model *m = m_document->model(id))
            m_board->addReport(m->report);
        m_board->setCurrent(currentModelId());
        m_proxy->invalidate();
        // Results that arrive together are drawn once.
        m_refreshTimer->start();
        updateButtons();
    });
    connect(m_document, &AnalysisDocument::modelRemoved, this, [this](const QString &id) {
        m_board->remove(id);
        m_refreshTimer->start();
        updateButtons();
    });
    connect(m_document, &AnalysisDocument::currentModelChanged, this, [this]() {
        showCurrentInTable();
        refreshCharts();
        updateButtons();
    });
}

void ModelPanel::connectController()
{
    connect(
        m_controller, &TrainingController::prepared, this,
        [this](const TrainingSession::Preparation &prep) {
            QString text = prep.folds > 0
                ? tr("%1-fold cross-validation on %2 rows.").arg(prep.folds).arg(prep.labelledRows)
                : tr("%1 training rows, %2 test rows, %3 features.")
                      .arg(prep.trainRows)
                      .arg(prep.testRows)
                      .arg(prep.features);
            for (const QString &note : prep.notes)
                text += QLatin1Char(' ') + note;
            m_form->setMessage(text);
            if (const auto session = m_controller->session(); session && session->hasTestFile())
                m_document->setTestData(m_form->testFile(), session->testData());
        });
    connect(m_controller, &TrainingController::modelProgress, this,
            [this](const QString &id, int permille, const QString &message) {
                m_board->setProgress(m_shelfIds.value(id, id), permille, message);
            });
    connect(m_controller, &TrainingController::modelFinished, this,
            [this](std::shared_ptr<const ModelReport> report) {
                // A learner trained again joins the shelf beside the first one.
                QString shelf = m_shelfIds.value(report->id);
                if (shelf.isEmpty()) {
                    shelf = m_document->freeModelId(report->id);
                    m_shelfIds.insert(report->id, shelf);
                }
                if (shelf != report->id) {
                    report = std::make_shared<const ModelReport>(report->onShelf(shelf));
                }
                m_document->addModel({report, m_controller->session(), std::nullopt});
            });
    connect(m_controller, &TrainingController::modelFailed, this,
            [this](const QString &id, const QString &message) {
                m_board->setFailed(m_shelfIds.value(id, id), message);
            });
    connect(m_controller, &TrainingController::failed, this, [this](const QString &message) {
        m_form->setMessage(message);
        for (const QString &id : std::as_const(m_shelfIds))
            if (!m_board->report(id))
                m_board->setFailed(id, tr("Not trained"));
    });
    connect(m_controller, &TrainingController::finished, this, [this](bool cancelled) {
        int trained = 0;
        for (const QString &id : std::as_const(m_shelfIds))
            if (m_board->report(id))
                ++trained;
            else if (cancelled)
                m_board->setFailed(id, tr("Cancelled"));
        if (cancelled)
            m_form->setMessage(tr("Training cancelled."));
        else if (trained > 0)
            m_form->setMessage(m_form->message() + QLatin1Char(' ')
                               + tr("Done: %n model(s) trained.", nullptr, trained)
                               + flaggedWarning());
        m_refreshTimer->stop();
        refreshCharts();
        updateButtons();
        emit trainingFinished();
    });
}

ModelPanel::~ModelPanel() = default;

void ModelPanel::setDataset(std::shared_ptr<const Dataset> dataset,
                            const std::vector<qint64> &distinct)
{
    // Data given to the tab directly (tests, scripts) goes into the document first; in the
    // window, the document's dataChanged comes back here with the profiles' counts.
    if (m_document->dataset() != dataset)
        m_document->setData(dataset, {});
    m_controller->cancel();
    m_dataset = std::move(dataset);
    m_form->setDataset(m_dataset, distinct);
    refreshCharts();
    m_form->setMessage(!m_form->hasTargetCandidates()
                           ? tr("No column has exactly two values to serve as the target.")
                           : tr("Tick models and press Train (Ctrl+T)."));
    updateButtons();
}

void ModelPanel::setTarget(const QString &column, const QString &positive)
{
    m_form->setTarget(column, positive);
}

QString ModelPanel::targetColumn() const
{
    return m_form->targetColumn();
}

QString ModelPanel::positiveClass() const
{
    return m_form->positiveClass();
}

void ModelPanel::setSelectedModels(const QStringList &ids)
{
    m_form->setSelectedModels(ids);
}

QStringList ModelPanel::selectedModels() const
{
    return m_form->selectedModels();
}

void ModelPanel::setModelParams(const QString &id, const QJsonObject &params)
{
    m_form->setModelParams(id, params);
}

void ModelPanel::setFolds(int folds)
{
    m_form->setFolds(folds);
}

void ModelPanel::setTestFile(const QString &path)
{
    m_form->setTestFile(path);
}

void ModelPanel::setDropOtherTargetValues(bool drop)
{
    m_form->setDropOtherTargetValues(drop);
}

TrainSpec ModelPanel::spec() const
{
    TrainSpec spec = m_form->spec();
    spec.features = m_document->features();
    spec.threshold = m_document->decision().threshold;
    spec.costs = m_document->decision().costs;
    return spec;
}

void ModelPanel::train()
{
    updateButtons();
    if (!m_form->canTrain())
        return;
    startTraining(spec(), std::nullopt);
}

void ModelPanel::startTraining(const TrainSpec &request, const std::optional<AutoMlSpec> &automl)
{
    m_shelfIds.clear();
    QStringList ids;
    QStringList titles;
    if (!automl)
        for (const LearnerSpec &l : request.learners) {
            const QString shelf = m_document->freeModelId(l.id, ids);
            m_shelfIds.insert(l.id, shelf);
            ids << shelf;
            const auto info = ModelCatalog::find(l.id);
            const QString title = info ? info->title : l.id;
            titles << (shelf == l.id ? title
                                     : QStringLiteral("%1 (%2)").arg(
                                         title, shelf.section(QLatin1Char('-'), -1)));
        }
    m_board->addQueued(ids, titles);
    m_form->setMessage(automl ? tr("Preparing features for AutoML…") : tr("Preparing features…"));
    const QString test = m_form->testFile();
    m_controller->setExperiment(m_document->experiment());
    // The runs say which data they saw: the file, or the database's table or query.
    m_controller->setDataSource(m_document->dataInput().display());
    if (automl)
        m_controller->startAutoMl(m_dataset, request, test, m_document->importOptions(), *automl);
    else
        m_controller->start(m_dataset, request, test, m_document->importOptions());
    updateButtons();
}

void ModelPanel::cancel()
{
    m_controller->cancel();
}

void ModelPanel::removeCurrentModel()
{
    if (isTraining())
        return;
    const QString id = currentModelId();
    if (!id.isEmpty())
        m_document->removeModel(id);
}

bool ModelPanel::isTraining() const
{
    return m_controller->isRunning();
}

QString ModelPanel::message() const
{
    return m_form->message();
}

QWidget *ModelPanel::currentChart() const
{
    return m_charts->currentChart();
}

QTabWidget *ModelPanel::chartTabs() const
{
    return m_charts;
}

QChartView *ModelPanel::chartView(int tab) const
{
    return m_charts->chartView(tab);
}

bool ModelPanel::canExport() const
{
    const auto report = currentModel();
    if (!report || m_controller->isRunning())
        return false;
    const AnalysisDocument::Model *m = m_document->model(report->id);
    return m && (m->session || m->isStored());
}

QString ModelPanel::startAutoMl(const AutoMlSpec &given)
{
    if (m_controller->isRunning())
        return tr("Wait for the current training to finish, or cancel it.");
    if (!m_dataset || targetColumn().isEmpty())
        return tr("Load data and choose the target first.");
    if (m_form->usesCrossValidation())
        return tr("AutoML judges settings on the training rows and reports on a holdout or a "
                  "test file; choose one of those instead of cross-validation.");
    if (m_form->usesTestFile() && m_form->testFile().isEmpty())
        return tr("Choose the test file first.");
    TrainSpec request = spec();
    if (request.learners.isEmpty())
        request.learners = TrainSpec::defaultLearners(); // the search does not use them
    AutoMlSpec automl = given;
    automl.seed = request.seed;
    startTraining(request, automl);
    return {};
}

AutoMlDialog *ModelPanel::autoMlDialog()
{
    if (!m_autoMl)
        m_autoMl = new AutoMlDialog(
            m_controller, [this](const AutoMlSpec &s) { return startAutoMl(s); }, this);
    return m_autoMl;
}

void ModelPanel::updateButtons()
{
    const bool running = m_controller->isRunning();
    m_form->setRunning(running, m_dataset != nullptr);
    if (m_exportModelButton)
        m_exportModelButton->setEnabled(canExport());
    m_cancelAction->setEnabled(running);
}

QList<std::shared_ptr<const ModelReport>> ModelPanel::selectedReports() const
{
    QList<std::shared_ptr<const ModelReport>> out;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        if (auto report = m_board->report(m_proxy->mapToSource(index).row()))
            out << report;
    return out.isEmpty() ? m_board->reports() : out;
}

std::shared_ptr<const ModelReport> ModelPanel::currentModel() const
{
    return m_document->currentModel();
}

QString ModelPanel::currentModelId() const
{
    const auto report = currentModel();
    return report ? report->id : QString();
}

void ModelPanel::showCurrentInTable()
{
    m_board->setCurrent(currentModelId());
    const int row = m_board->rowOf(currentModelId());
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_board->index(row, 0));
    if (m_table->selectionModel()->currentIndex().row() == index.row())
        return;
    m_selecting = true;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    m_selecting = false;
}

void ModelPanel::refreshCharts()
{
    m_charts->draw(currentModel(), selectedReports(), m_document->decision().threshold);
}

void ModelPanel::applySpec(const TrainSpec &spec, const QString &testFile)
{
    m_form->applySpec(spec, testFile);
    updateButtons();
}

QString ModelPanel::testFile() const
{
    return m_form->testFile();
}

QString ModelPanel::flaggedWarning() const
{
    QStringList columns;
    for (const QString &id : std::as_const(m_shelfIds))
        if (const auto report = m_board->report(id))
            for (const LeakageFinding &f : report->flagged)
                if (!columns.contains(f.column))
                    columns << f.column;
    if (columns.isEmpty())
        return {};
    return QLatin1Char(' ')
        + tr("⚠ The models use %n flagged column(s) (%1): check them before trusting the "
             "scores.",
             nullptr, int(columns.size()))
              .arg(columns.join(QStringLiteral(", ")));
}

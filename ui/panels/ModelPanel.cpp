#include "ui/panels/ModelPanel.h"

#include "core/bundle/ModelExport.h"
#include "core/bundle/OnnxExport.h"
#include "core/models/ModelCatalog.h"
#include "ui/charts/ChartExport.h"
#include "ui/charts/ExplainCharts.h"
#include "ui/charts/ModelCharts.h"
#include "ui/dialogs/AutoMlDialog.h"
#include "ui/dialogs/ModelParamsDialog.h"
#include "ui/itemmodels/LeaderboardModel.h"
#include "ui/panels/RoiPanel.h"
#include "ui/panels/ThresholdPanel.h"
#include "ui/widgets/TargetPicker.h"

#include <QAction>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace churnlab;

namespace {

enum ChartTab { RocTab, PrTab, GainsTab, CalibrationTab, ImportanceTab, ThresholdTab };

} // namespace

ModelPanel::ModelPanel(QWidget *parent)
    : QWidget(parent)
    , m_controller(new TrainingController(this))
    , m_board(new LeaderboardModel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(buildSetup());
    // Right: the leaderboard over the charts.
    auto *split = new QSplitter(Qt::Vertical, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_board);
    m_proxy->setSortRole(LeaderboardModel::SortRole);
    m_table = new QTableView(split);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(LeaderboardModel::AucColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setToolTip(tr("Select models to overlay their curves; the first selected one "
                           "drives the importance and threshold views"));
    split->addWidget(m_table);

    split->addWidget(buildCharts(split));
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

    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(50);
    connect(m_refreshTimer, &QTimer::timeout, this, &ModelPanel::refreshCharts);
    connect(m_trainButton, &QPushButton::clicked, this, &ModelPanel::train);
    connect(m_cancelButton, &QPushButton::clicked, this, &ModelPanel::cancel);
    connect(m_autoMlButton, &QPushButton::clicked, this, [this]() {
        autoMlDialog()->show();
        autoMlDialog()->raise();
    });
    auto *autoMlAction = new QAction(this);
    autoMlAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    addAction(autoMlAction);
    connect(autoMlAction, &QAction::triggered, m_autoMlButton, &QPushButton::click);
    connect(m_paramsButton, &QPushButton::clicked, this, &ModelPanel::editParams);
    connect(m_models, &QListWidget::itemDoubleClicked, this, &ModelPanel::editParams);
    connect(m_models, &QListWidget::itemChanged, this, &ModelPanel::updateButtons);
    connect(m_target, &TargetPicker::changed, this,
            [this](const QString &column, const QString &positive) {
                emit targetChanged(column, positive);
                updateButtons();
            });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ModelPanel::refreshCharts);
    connect(m_chartTabs, &QTabWidget::currentChanged, this, &ModelPanel::refreshCharts);
    connect(m_importanceKind, &QComboBox::currentIndexChanged, this, &ModelPanel::refreshCharts);
    connect(m_threshold, &ThresholdPanel::thresholdChanged, m_board,
            &LeaderboardModel::setThreshold);

    connectController();
    updateButtons();
}

QWidget *ModelPanel::buildSetup()
{
    auto *setup = new QGroupBox(tr("Training"), this);
    auto *form = new QFormLayout(setup);
    m_target = new TargetPicker(setup, false);
    m_target->columnBox()->setToolTip(tr("The churn column the models learn to predict"));
    m_testShare = new QSpinBox(setup);
    m_testShare->setRange(5, 50);
    m_testShare->setValue(20);
    m_testShare->setSuffix(QStringLiteral(" %"));
    m_testShare->setToolTip(tr("Share of rows held out, stratified by the target, to test the "
                               "models on; features are fitted on the other rows only"));
    m_validation = new QComboBox(setup);
    m_validation->addItem(tr("Holdout"));
    m_validation->addItem(tr("Cross-validation"));
    m_validation->addItem(tr("Separate test file"));
    m_validation->setToolTip(tr("Holdout: one stratified test share. Cross-validation: every row "
                                "is scored once by a model trained on the other folds; slower, "
                                "and steadier on small files. Separate test file: train on every "
                                "row here, test on another file with the same columns"));
    m_folds = new QSpinBox(setup);
    m_folds->setRange(2, 20);
    m_folds->setValue(5);
    m_folds->setToolTip(tr("Number of stratified folds"));
    m_folds->setEnabled(false);
    m_seed = new QSpinBox(setup);
    m_seed->setRange(0, 1 << 30);
    m_seed->setValue(42);
    m_seed->setToolTip(tr("The same seed gives the same split and the same models"));
    form->addRow(tr("&Target:"), m_target->columnBox());
    form->addRow(tr("Churned &is:"), m_target->positiveBox());
    form->addRow(tr("&Validation:"), m_validation);
    form->addRow(tr("Test &share:"), m_testShare);
    form->addRow(tr("&Folds:"), m_folds);
    form->addRow(tr("S&eed:"), m_seed);
    auto *testRow = new QHBoxLayout;
    m_testFile = new QLineEdit(setup);
    m_testFile->setPlaceholderText(tr("Test file (CSV)"));
    m_testFile->setToolTip(tr("A CSV file with the same columns, scored through the model's input "
                              "checks: a missing column is an error, other types are converted "
                              "and counted"));
    m_testFile->setEnabled(false);
    auto *browse = new QToolButton(setup);
    browse->setText(tr("…"));
    browse->setToolTip(tr("Choose the test file"));
    browse->setEnabled(false);
    testRow->addWidget(m_testFile, 1);
    testRow->addWidget(browse);
    auto *testLabel = new QLabel(tr("Test &file:"), setup);
    testLabel->setBuddy(m_testFile);
    form->addRow(testLabel, testRow);
    connect(browse, &QToolButton::clicked, this, [this]() {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Choose a test file"), m_testFile->text(), tr("CSV files (*.csv *.txt)"));
        if (!path.isEmpty())
            m_testFile->setText(path);
    });
    connect(m_validation, &QComboBox::currentIndexChanged, this, [this, browse](int index) {
        m_testShare->setEnabled(index == 0);
        m_folds->setEnabled(index == 1);
        m_testFile->setEnabled(index == 2);
        browse->setEnabled(index == 2);
        updateButtons();
    });
    connect(m_testFile, &QLineEdit::textChanged, this, &ModelPanel::updateButtons);
    m_dropOther = new QCheckBox(tr("Leave out rows whose target is neither class"), setup);
    m_dropOther->setToolTip(tr("A few rows with a third target value (a typo, “Unknown”) are "
                               "left out and counted instead of stopping the training"));
    form->addRow(m_dropOther);
    m_models = new QListWidget(setup);
    for (const ModelInfo &info : ModelCatalog::models()) {
        auto *item = new QListWidgetItem(info.title, m_models);
        item->setData(Qt::UserRole, info.id);
        item->setToolTip(info.description);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(TrainSpec().learnerIds().contains(info.id) ? Qt::Checked
                                                                       : Qt::Unchecked);
    }
    m_models->setToolTip(tr("Tick the models to train; double-click one to set its "
                            "hyperparameters"));
    m_models->setMinimumHeight(m_models->sizeHintForRow(0) * 6 + 6);
    form->addRow(new QLabel(tr("Models:"), setup));
    form->addRow(m_models);
    m_paramsButton = new QPushButton(tr("&Hyperparameters…"), setup);
    m_paramsButton->setToolTip(tr("Change the hyperparameters of the highlighted model"));
    form->addRow(m_paramsButton);
    auto *buttons = new QHBoxLayout;
    m_trainButton = new QPushButton(tr("T&rain"), setup);
    m_trainButton->setToolTip(tr("Train the ticked models on worker threads (Ctrl+T)"));
    m_trainButton->setDefault(true);
    m_cancelButton = new QPushButton(tr("Cancel"), setup);
    m_cancelButton->setToolTip(tr("Stop the training (Esc)"));
    m_autoMlButton = new QPushButton(tr("Auto&ML…"), setup);
    m_autoMlButton->setToolTip(tr("Search the learners and their settings within a time budget "
                                  "(Ctrl+Shift+A)"));
    buttons->addWidget(m_trainButton);
    buttons->addWidget(m_autoMlButton);
    buttons->addWidget(m_cancelButton);
    form->addRow(buttons);
    m_message = new QLabel(setup);
    m_message->setWordWrap(true);
    // Room for three lines: the split, the rows left out, the outcome.
    m_message->setMinimumHeight(m_message->fontMetrics().lineSpacing() * 3 + 4);
    m_message->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->addRow(m_message);
    setup->setMaximumWidth(320);
    return setup;
}

QWidget *ModelPanel::buildCharts(QWidget *parent)
{
    // The charts with their export buttons in a row beneath (beside the tabs they would
    // crowd the tab bar in longer languages).
    auto *chartArea = new QWidget(parent);
    auto *chartLayout = new QVBoxLayout(chartArea);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    m_chartTabs = new QTabWidget(chartArea);
    const QString names[] = {tr("ROC"), tr("Precision-recall"), tr("Gains"), tr("Calibration"),
                             tr("Importance")};
    for (const QString &name : names) {
        auto *view = new QChartView(m_chartTabs);
        view->setRenderHint(QPainter::Antialiasing);
        m_views << view;
        if (name == names[ImportanceTab]) {
            auto *page = new QWidget(m_chartTabs);
            auto *pageLayout = new QVBoxLayout(page);
            m_importanceKind = new QComboBox(page);
            m_importanceKind->addItem(tr("Permutation importance on the test set (per column)"));
            m_importanceKind->addItem(
                tr("The model's own measure (coefficients or split gain, per feature)"));
            m_importanceKind->addItem(tr("Mean |SHAP| on test rows (per column)"));
            m_importanceKind->setToolTip(
                tr("Permutation importance works for every model alike; the model's own measure "
                   "shows how it uses each one-hot level"));
            pageLayout->addWidget(m_importanceKind);
            pageLayout->addWidget(view, 1);
            m_chartTabs->addTab(page, name);
        } else {
            m_chartTabs->addTab(view, name);
        }
    }
    m_threshold = new ThresholdPanel(m_chartTabs);
    m_chartTabs->addTab(m_threshold, tr("Threshold && cost"));
    m_roi = new RoiPanel(m_chartTabs);
    m_chartTabs->addTab(m_roi, tr("Value (ROI)"));
    connect(m_threshold, &ThresholdPanel::thresholdChanged, m_roi, &RoiPanel::setThreshold);
    connect(m_roi, &RoiPanel::thresholdRequested, m_threshold, &ThresholdPanel::setThreshold);
    connect(m_threshold, &ThresholdPanel::thresholdChanged, this, &ModelPanel::settingsChanged);
    connect(m_threshold, &ThresholdPanel::costsChanged, this, &ModelPanel::settingsChanged);
    connect(m_roi, &RoiPanel::inputsChanged, this, &ModelPanel::settingsChanged);
    auto *exportRow = new QWidget(chartArea);
    auto *exportLayout = new QHBoxLayout(exportRow);
    exportLayout->setContentsMargins(0, 0, 0, 0);
    exportLayout->addStretch(1);
    auto *exportChartButton = new QToolButton(exportRow);
    exportChartButton->setText(tr("Export Chart…"));
    exportChartButton->setToolTip(tr("Save the chart shown as PNG or SVG"));
    auto *copyChartButton = new QToolButton(exportRow);
    copyChartButton->setText(tr("Copy"));
    copyChartButton->setToolTip(tr("Copy the chart shown to the clipboard (Ctrl+Shift+C)"));
    auto *exportBoardButton = new QToolButton(exportRow);
    exportBoardButton->setText(tr("Export Leaderboard…"));
    exportBoardButton->setToolTip(tr("Save the leaderboard as CSV, in its sorted order"));
    m_exportModelButton = new QToolButton(exportRow);
    m_exportModelButton->setText(tr("Export Model…"));
    m_exportModelButton->setToolTip(
        tr("Save the selected model (or the best) as a verified bundle that churnlab-cli score "
           "and churnlab-serve run, or as an ONNX model for other runtimes (Ctrl+E)"));
    m_exportModelButton->setEnabled(false);
    exportLayout->addWidget(exportChartButton);
    exportLayout->addWidget(copyChartButton);
    exportLayout->addWidget(exportBoardButton);
    exportLayout->addWidget(m_exportModelButton);
    connect(m_exportModelButton, &QToolButton::clicked, this, [this]() { exportModel(); });
    chartLayout->addWidget(m_chartTabs, 1);
    chartLayout->addWidget(exportRow);
    auto *copyAction = new QAction(this);
    copyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    addAction(copyAction);
    connect(copyAction, &QAction::triggered, copyChartButton, &QToolButton::click);
    connect(copyChartButton, &QToolButton::clicked, this, [this]() {
        if (QWidget *chart = currentChart())
            ChartExport::copyToClipboard(chart);
    });
    connect(exportChartButton, &QToolButton::clicked, this, [this]() {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export chart"), dir + QStringLiteral("/model-chart.png"),
            tr("PNG images (*.png);;SVG drawings (*.svg)"));
        if (path.isEmpty())
            return;
        if (auto saved = exportChart(path); !saved)
            QMessageBox::warning(this, tr("Export failed"), saved.error().message);
    });
    connect(exportBoardButton, &QToolButton::clicked, this, [this]() {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString path = QFileDialog::getSaveFileName(this, tr("Export leaderboard"),
                                                          dir + QStringLiteral("/leaderboard.csv"),
                                                          tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        if (auto saved = exportLeaderboard(path); !saved)
            QMessageBox::warning(this, tr("Export failed"), saved.error().message);
    });
    return chartArea;
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
            m_message->setText(text);
        });
    connect(m_controller, &TrainingController::modelProgress, m_board,
            &LeaderboardModel::setProgress);
    connect(m_controller, &TrainingController::modelFinished, this,
            [this](std::shared_ptr<const ModelReport> report) {
                m_board->addReport(report);
                m_proxy->invalidate();
                // Results that arrive together are drawn once.
                m_refreshTimer->start();
            });
    connect(m_controller, &TrainingController::modelFailed, m_board, &LeaderboardModel::setFailed);
    connect(m_controller, &TrainingController::failed, this, [this](const QString &message) {
        m_message->setText(message);
        for (int r = 0; r < m_board->rowCount(); ++r)
            m_board->setFailed(m_board->index(r, 0).data(LeaderboardModel::IdRole).toString(),
                               tr("Not trained"));
    });
    connect(m_controller, &TrainingController::finished, this, [this](bool cancelled) {
        if (cancelled)
            m_message->setText(tr("Training cancelled."));
        else if (!m_board->reports().isEmpty())
            m_message->setText(
                m_message->text() + QLatin1Char(' ')
                + tr("Done: %n model(s) trained.", nullptr, int(m_board->reports().size())));
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
    m_controller->cancel();
    m_dataset = std::move(dataset);
    m_target->setDataset(m_dataset, distinct);
    m_board->reset({});
    m_threshold->setReport(nullptr);
    refreshCharts();
    m_message->setText(m_target->isEmpty()
                           ? tr("No column has exactly two values to serve as the target.")
                           : tr("Tick models and press Train (Ctrl+T)."));
    updateButtons();
}

void ModelPanel::setTarget(const QString &column, const QString &positive)
{
    m_target->setTarget(column, positive);
}

QString ModelPanel::targetColumn() const
{
    return m_target->column();
}

QString ModelPanel::positiveClass() const
{
    return m_target->positive();
}

void ModelPanel::setSelectedModels(const QStringList &ids)
{
    for (int i = 0; i < m_models->count(); ++i) {
        QListWidgetItem *item = m_models->item(i);
        item->setCheckState(ids.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                              : Qt::Unchecked);
    }
}

QStringList ModelPanel::selectedModels() const
{
    QStringList ids;
    for (int i = 0; i < m_models->count(); ++i)
        if (m_models->item(i)->checkState() == Qt::Checked)
            ids << m_models->item(i)->data(Qt::UserRole).toString();
    return ids;
}

void ModelPanel::setModelParams(const QString &id, const QJsonObject &params)
{
    m_params.insert(id, params);
}

void ModelPanel::setFolds(int folds)
{
    m_validation->setCurrentIndex(folds >= 2 ? 1 : 0);
    if (folds >= 2)
        m_folds->setValue(folds);
}

void ModelPanel::setTestFile(const QString &path)
{
    m_testFile->setText(path);
    m_validation->setCurrentIndex(path.isEmpty() ? 0 : 2);
}

void ModelPanel::setDropOtherTargetValues(bool drop)
{
    m_dropOther->setChecked(drop);
}

void ModelPanel::editParams()
{
    QListWidgetItem *item = m_models->currentItem();
    if (!item)
        item = m_models->item(0);
    const QString id = item->data(Qt::UserRole).toString();
    const auto info = ModelCatalog::find(id);
    if (!info)
        return;
    ModelParamsDialog dialog(*info, m_params.value(id), this);
    if (dialog.exec() == QDialog::Accepted)
        m_params.insert(id, dialog.params());
}

TrainSpec ModelPanel::spec() const
{
    TrainSpec spec;
    spec.target = {targetColumn(), positiveClass(), m_dropOther->isChecked()};
    spec.features = m_features;
    spec.validation.kind = m_validation->currentIndex() == 1 ? ValidationSpec::Kind::KFold
                                                             : ValidationSpec::Kind::Holdout;
    spec.validation.testFraction = m_testShare->value() / 100.0;
    spec.validation.folds = m_folds->value();
    spec.seed = quint64(m_seed->value());
    spec.learners.clear();
    for (const QString &id : selectedModels())
        spec.learners << LearnerSpec {id, m_params.value(id)};
    spec.threshold = m_threshold->threshold();
    spec.costs = m_threshold->costs();
    return spec;
}

void ModelPanel::train()
{
    if (!m_trainButton->isEnabled())
        return;
    const TrainSpec request = spec();
    m_board->reset(request.learnerIds());
    m_threshold->setReport(nullptr);
    refreshCharts();
    m_message->setText(tr("Preparing features…"));
    m_controller->start(m_dataset, request,
                        m_validation->currentIndex() == 2 ? m_testFile->text() : QString());
    updateButtons();
}

void ModelPanel::cancel()
{
    m_controller->cancel();
}

bool ModelPanel::isTraining() const
{
    return m_controller->isRunning();
}

QString ModelPanel::message() const
{
    return m_message->text();
}

QWidget *ModelPanel::currentChart() const
{
    const int tab = m_chartTabs->currentIndex();
    if (tab == ThresholdTab)
        return m_threshold->costChart();
    return chartView(tab);
}

Result<bool> ModelPanel::exportChart(const QString &path)
{
    QWidget *chart = currentChart();
    if (!chart)
        return Error {Error::Kind::InvalidArgument, tr("No chart is shown.")};
    return ChartExport::save(chart, path);
}

Result<bool> ModelPanel::exportLeaderboard(const QString &path)
{
    QList<int> order;
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        order << m_proxy->mapToSource(m_proxy->index(r, 0)).row();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_board->toCsv(order).toUtf8()) < 0
        || !file.commit())
        return Error {Error::Kind::Io, tr("Cannot write %1: %2").arg(path, file.errorString())};
    return true;
}

QChartView *ModelPanel::chartView(int tab) const
{
    return tab >= 0 && tab < m_views.size() ? m_views[tab] : nullptr;
}

bool ModelPanel::canExport() const
{
    const auto report = currentReport();
    if (!report || m_controller->isRunning())
        return false;
    const auto stored = m_stored.constFind(report->id);
    return m_controller->session() || (stored != m_stored.cend() && stored->report == report);
}

void ModelPanel::exportModel(const QString &given)
{
    const auto report = currentReport();
    const auto session = m_controller->session();
    if (!canExport())
        return;
    // A model the project kept leaves as the bundle it was saved with.
    std::optional<ProjectModel> stored;
    if (auto it = m_stored.constFind(report->id); it != m_stored.cend() && it->report == report)
        stored = *it;
    QString path = given;
    if (path.isEmpty()) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        path = QFileDialog::getSaveFileName(
            this, tr("Export model"), dir + QStringLiteral("/churn-%1.clb").arg(report->id),
            tr("ChurnLab model bundles (*.clb);;ONNX models (*.onnx)"));
        if (path.isEmpty())
            return;
    }
    m_message->setText(tr("Exporting %1…").arg(report->title));
    m_exportModelButton->setEnabled(false);
    const QString source = m_source;
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path]() {
        const QString error = watcher->result();
        watcher->deleteLater();
        m_message->setText(error.isEmpty() ? tr("Exported to %1.").arg(path)
                                           : tr("Export failed: %1").arg(error));
        updateButtons();
        emit exportFinished(path, error);
    });
    watcher->setFuture(QtConcurrent::run([session, report, source, path, stored]() -> QString {
        if (stored) {
            if (path.endsWith(QLatin1String(".onnx"), Qt::CaseInsensitive)) {
                auto written = OnnxExport::write(*stored->bundle, path);
                return written ? QString() : written.error().message;
            }
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly)
                || file.write(stored->bundleBytes) != stored->bundleBytes.size() || !file.commit())
                return file.errorString();
            return {};
        }
        auto written = ModelExport::write(*session, *report, source, path);
        return written ? QString() : written.error().message;
    }));
}

QString ModelPanel::startAutoMl(const AutoMlSpec &given)
{
    if (m_controller->isRunning())
        return tr("Wait for the current training to finish, or cancel it.");
    if (!m_dataset || targetColumn().isEmpty())
        return tr("Load data and choose the target first.");
    if (m_validation->currentIndex() == 1)
        return tr("AutoML judges settings on the training rows and reports on a holdout or a "
                  "test file; choose one of those instead of cross-validation.");
    if (m_validation->currentIndex() == 2 && m_testFile->text().isEmpty())
        return tr("Choose the test file first.");
    TrainSpec request = spec();
    if (request.learners.isEmpty())
        request.learners = TrainSpec::defaultLearners(); // the search does not use them
    AutoMlSpec automl = given;
    automl.seed = request.seed;
    m_board->reset({});
    m_threshold->setReport(nullptr);
    refreshCharts();
    m_message->setText(tr("Preparing features for AutoML…"));
    m_controller->startAutoMl(m_dataset, request,
                              m_validation->currentIndex() == 2 ? m_testFile->text() : QString(),
                              automl);
    updateButtons();
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
    if (m_autoMlButton)
        m_autoMlButton->setEnabled(!running && m_dataset && !targetColumn().isEmpty());
    if (m_exportModelButton)
        m_exportModelButton->setEnabled(canExport());
    m_trainButton->setEnabled(
        !running && m_dataset && !targetColumn().isEmpty() && !selectedModels().isEmpty()
        && (m_validation->currentIndex() != 2 || !m_testFile->text().isEmpty()));
    m_cancelButton->setEnabled(running);
    m_cancelAction->setEnabled(running);
    m_target->setEnabled(!running);
}

QList<std::shared_ptr<const ModelReport>> ModelPanel::selectedReports() const
{
    QList<std::shared_ptr<const ModelReport>> out;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        if (auto report = m_board->report(m_proxy->mapToSource(index).row()))
            out << report;
    return out.isEmpty() ? m_board->reports() : out;
}

std::shared_ptr<const ModelReport> ModelPanel::currentReport() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (current.isValid())
        if (auto report = m_board->report(m_proxy->mapToSource(current).row()))
            return report;
    // Otherwise the leader: the top row of the sorted board that has finished.
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        if (auto report = m_board->report(m_proxy->mapToSource(m_proxy->index(r, 0)).row()))
            return report;
    return nullptr;
}

void ModelPanel::setChart(int tab, QChart *chart)
{
    QChartView *view = m_views[tab];
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
}

std::optional<TrainingSession::Evaluation> ModelPanel::evaluation() const
{
    if (const auto session = m_controller->session())
        if (auto e = session->evaluation())
            return e;
    if (!m_dataset || targetColumn().isEmpty())
        return std::nullopt;
    auto target = BinaryTarget::fromColumn(*m_dataset, targetColumn(), positiveClass());
    if (!target)
        return std::nullopt;
    TrainingSession::Evaluation e {m_dataset, {}, target->labels()};
    for (quint32 r = 0; r < quint32(e.labels.size()); ++r)
        if (e.labels[r] >= 0)
            e.rows.push_back(r);
    return e;
}

void ModelPanel::refreshCharts()
{
    if (currentReport() != m_shown) {
        m_shown = currentReport();
        emit currentModelChanged();
    }
    const auto reports = selectedReports();
    const QPalette pal = palette();
    // Only the visible tab is drawn; the others when shown.
    switch (m_chartTabs->currentIndex()) {
    case RocTab:
        setChart(RocTab, ModelCharts::roc(reports, pal));
        break;
    case PrTab:
        setChart(PrTab, ModelCharts::precisionRecall(reports, pal));
        break;
    case GainsTab:
        setChart(GainsTab, ModelCharts::gains(reports, pal));
        break;
    case CalibrationTab:
        setChart(CalibrationTab, ModelCharts::calibration(reports, pal));
        break;
    case ImportanceTab:
        if (const auto report = currentReport(); report && m_importanceKind->currentIndex() == 2)
            setChart(ImportanceTab, ExplainCharts::shapImportance(*report, pal));
        else if (report)
            setChart(ImportanceTab,
                     ModelCharts::importance(*report,
                                             m_importanceKind->currentIndex() == 1
                                                 && !report->nativeImportance.empty(),
                                             pal));
        else
            setChart(ImportanceTab, new QChart);
        break;
    default:
        break;
    }
    m_threshold->setReport(currentReport());
    m_roi->setReport(currentReport());
    m_roi->setThreshold(m_threshold->threshold());
}

void ModelPanel::applySpec(const TrainSpec &spec, const QString &testFile)
{
    setTarget(spec.target.column, spec.target.positive);
    setDropOtherTargetValues(spec.target.dropOtherValues);
    m_testShare->setValue(qRound(spec.validation.testFraction * 100));
    m_folds->setValue(spec.validation.folds);
    m_validation->setCurrentIndex(!testFile.isEmpty()                                       ? 2
                                      : spec.validation.kind == ValidationSpec::Kind::KFold ? 1
                                                                                            : 0);
    m_testFile->setText(testFile);
    m_seed->setValue(int(spec.seed));
    setSelectedModels(spec.learnerIds());
    m_params.clear();
    for (const LearnerSpec &l : spec.learners)
        if (!l.params.isEmpty())
            m_params.insert(l.id, l.params);
    m_threshold->setCosts(spec.costs.falsePositive, spec.costs.falseNegative);
    m_threshold->setThreshold(spec.threshold);
    m_roi->setThreshold(spec.threshold);
    updateButtons();
}

QString ModelPanel::testFile() const
{
    return m_validation->currentIndex() == 2 ? m_testFile->text() : QString();
}

void ModelPanel::showStoredModels(const QList<ProjectModel> &models, const QString &current)
{
    QStringList ids;
    m_stored.clear();
    for (const ProjectModel &m : models) {
        ids << m.id();
        m_stored.insert(m.id(), m);
    }
    m_board->reset(ids);
    for (const ProjectModel &m : models)
        m_board->setReport(m.report);
    m_proxy->invalidate();
    const int row = m_board->rowOf(current);
    if (row >= 0)
        m_table->setCurrentIndex(m_proxy->mapFromSource(m_board->index(row, 0)));
    if (!models.isEmpty())
        m_message->setText(tr("%n model(s) from the project.", nullptr, int(models.size())));
    refreshCharts();
    updateButtons();
}

QList<ProjectModel> ModelPanel::storedModels() const
{
    QList<ProjectModel> out;
    for (const auto &report : m_board->reports())
        if (auto it = m_stored.constFind(report->id); it != m_stored.cend() && it->report == report)
            out << *it;
    return out;
}

QList<std::shared_ptr<const ModelReport>> ModelPanel::unstoredReports() const
{
    QList<std::shared_ptr<const ModelReport>> out;
    for (const auto &report : m_board->reports())
        if (auto it = m_stored.constFind(report->id); it == m_stored.cend() || it->report != report)
            out << report;
    return out;
}

void ModelPanel::adoptModels(const QList<ProjectModel> &models)
{
    for (const ProjectModel &m : models)
        m_stored.insert(m.id(), m);
}

QString ModelPanel::currentModelId() const
{
    const auto report = currentReport();
    return report ? report->id : QString();
}

// How the window ties its workspaces to the analysis document and the project: what a panel
// shows follows the document, and what the project saves is read from it.
#include "core/project/CanvasFacts.h"
#include "core/project/Project.h"
#include "ui/MainWindow.h"
#include "ui/document/AnalysisDocument.h"
#include "ui/panels/CanvasPanel.h"
#include "ui/panels/ExplainPanel.h"
#include "ui/panels/ExplorePanel.h"
#include "ui/panels/FairnessPanel.h"
#include "ui/panels/FeaturePanel.h"
#include "ui/panels/ModelPanel.h"
#include "ui/panels/MonitorPanel.h"
#include "ui/session/ProjectController.h"

#include <QLabel>
#include <QTabWidget>
#include <QTimer>

using namespace churnlab;

void MainWindow::connectProject()
{
    connect(
        m_project, &ProjectController::loadRequested, this,
        [this](const DataInput &input, const CsvOptions &options) { loadData(input, options); });
    connect(m_project, &ProjectController::sampleRequested, this, &MainWindow::openSample);
    connect(m_project, &ProjectController::closeRequested, this, [this]() {
        m_modelPanel->cancel();
        closeData();
    });
    connect(m_project, &ProjectController::titleChanged, this, &QWidget::setWindowTitle);
    connect(m_project, &ProjectController::modifiedChanged, this, &QWidget::setWindowModified);
    // Facts follow the project; comparing them is cheap, but wait for a burst to end.
    connect(m_project, &ProjectController::changed, this,
            [this]() { QTimer::singleShot(0, m_canvas, &CanvasPanel::refreshFacts); });
    connect(m_loader, &LoadController::failed, m_project, &ProjectController::dataFailed);
    connect(m_loader, &LoadController::cancelled, m_project, &ProjectController::dataCancelled);
    connect(m_project, &ProjectController::dataRefreshed, this, [this](const QString &changes) {
        m_messageLabel->setText(changes.isEmpty()
                                    ? tr("Refreshed %1: nothing changed").arg(m_session->dataName())
                                    : tr("Refreshed %1: %2").arg(m_session->dataName(), changes));
    });
    m_project->setBusyCheck([this]() { return m_modelPanel->isTraining(); });
    m_canvas->setFactsSource([this]() {
        const Project p = m_project->snapshot();
        return CanvasFacts::compute(p, m_session->dataset().get());
    });
    connect(m_canvas, &CanvasPanel::exportRequested, m_project,
            [this]() { m_project->exportCanvas(); });
    // The canvas, the Explore chart and the drift check live in the document, which projects
    // save and reports read.
    connect(m_canvas, &CanvasPanel::changed, this,
            [this]() { m_session->setCanvas(m_canvas->canvas()); });
    connect(m_session, &AnalysisDocument::canvasChanged, this, [this](const Canvas &canvas) {
        if (m_canvas->canvas() != canvas)
            m_canvas->setCanvas(canvas);
    });
    connect(m_explore, &ExplorePanel::chartShown, this,
            [this]() { m_session->setExploreChart(m_explore->chartState()); });
    connect(m_session, &AnalysisDocument::exploreChartChanged, this,
            [this](const QJsonObject &chart) {
                if (!chart.isEmpty() && chart != m_explore->chartState())
                    m_explore->restoreChart(chart);
            });
    connect(m_monitor, &MonitorPanel::checked, this,
            [this]() { m_session->setLastDrift(m_monitor->latestReport()); });
    connect(m_session, &AnalysisDocument::featuresChanged, m_features,
            [this](const FeatureConfig &config) {
                if (m_features->config() != config)
                    m_features->setConfig(config);
            });
}

void MainWindow::updateModelTabs()
{
    QWidget *shown = m_tabs->currentWidget();
    if (shown != m_explain && shown != m_fairness)
        return;
    // Both judge the current model on the rows it was judged on, at the analysis' decision.
    const auto report = m_session->currentModel();
    auto evaluation = report ? m_session->evaluationOf(*report)
                             : Result<ModelEvaluation>(Error {Error::Kind::Empty, {}});
    if (!evaluation) {
        m_explain->setModel(nullptr, {});
        m_fairness->setModel(nullptr, {}, m_session->decision());
        if (report) // say why the tabs stay empty
            m_messageLabel->setText(evaluation.error().message);
        return;
    }
    if (shown == m_explain)
        m_explain->setModel(report, *evaluation);
    else
        m_fairness->setModel(report, std::move(*evaluation), m_session->decision());
}

// The Model tab's exports: the chart shown, the leaderboard, and the current model as a bundle
// or ONNX deciding with the document's threshold and costs.
#include "core/bundle/ModelExport.h"
#include "core/project/ProjectExport.h"
#include "ui/charts/ChartExport.h"
#include "ui/document/AnalysisDocument.h"
#include "ui/itemmodels/LeaderboardModel.h"
#include "ui/panels/ModelPanel.h"
#include "ui/panels/TrainingForm.h"

#include <QAction>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QToolButton>
#include <QtConcurrent/QtConcurrentRun>

using namespace churnlab;

QWidget *ModelPanel::buildExportRow(QWidget *parent)
{
    auto *exportRow = new QWidget(parent);
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
    return exportRow;
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

void ModelPanel::exportModel(const QString &given)
{
    if (!canExport())
        return;
    const auto report = currentModel();
    const AnalysisDocument::Model model = *m_document->model(report->id);
    QString path = given;
    if (path.isEmpty()) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        path = QFileDialog::getSaveFileName(
            this, tr("Export model"), dir + QStringLiteral("/churn-%1.clb").arg(report->id),
            tr("ChurnLab model bundles (*.clb);;ONNX models (*.onnx)"));
        if (path.isEmpty())
            return;
    }
    m_form->setMessage(tr("Exporting %1…").arg(report->title));
    m_exportModelButton->setEnabled(false);
    const QString source = m_document->dataInput().display();
    const Decision decision = m_document->decision();
    auto data = m_document->dataset();
    auto test = m_document->testData();
    const TargetSpec target = m_document->target();
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path]() {
        const QString error = watcher->result();
        watcher->deleteLater();
        m_form->setMessage(error.isEmpty() ? tr("Exported to %1.").arg(path)
                                           : tr("Export failed: %1").arg(error));
        updateButtons();
        emit exportFinished(path, error);
    });
    watcher->setFuture(QtConcurrent::run([=]() -> QString {
        Result<bool> written = true;
        if (model.session) {
            written = ModelExport::write(*model.session, *report, source, decision, path);
        } else {
            // A model the project kept: judged again (fairness) on the rows it kept.
            const auto on = ModelEvaluation::of(*report, data, test, target);
            written = ProjectExport::writeModel(*model.stored, decision, path, on ? &*on : nullptr);
        }
        return written ? QString() : written.error().message;
    }));
}

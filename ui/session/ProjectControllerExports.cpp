#include "ui/session/ProjectController.h"

#include "core/project/CanvasFacts.h"
#include "core/project/ProjectTraining.h"
#include "core/project/ReportContent.h"
#include "ui/dialogs/ReportPreviewDialog.h"
#include "ui/document/AnalysisDocument.h"
#include "ui/report/CanvasPainter.h"
#include "ui/report/ReportWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

// What leaves the app from a project: the report (PDF) and the canvas (PDF or PNG), both from
// the document's state as it is now.

using namespace churnlab;

void ProjectController::exportReport(const QString &path)
{
    Project project = snapshot();
    const auto data = m_document->dataset();
    const auto drift = m_document->lastDrift();
    // A model trained since the last save has no bundle yet: the report's model card is made
    // from the bundle it would be exported as.
    std::shared_ptr<const TrainingSession> session;
    std::shared_ptr<const ModelReport> unsaved;
    if (const auto current = m_document->currentModel())
        if (const AnalysisDocument::Model *m = m_document->model(current->id);
            m && m->session && !m->isStored()) {
            session = m->session;
            unsaved = m->report;
        }
    auto *watcher = new QFutureWatcher<QString>(this);
    const QString target = path.isEmpty()
        ? QDir::temp().filePath(
            QStringLiteral("churnlab-report-%1.pdf").arg(QCoreApplication::applicationPid()))
        : path;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path, target]() {
        const QString error = watcher->result();
        watcher->deleteLater();
        if (!error.isEmpty())
            QMessageBox::warning(m_parent, tr("Cannot write the report"), error);
        else if (path.isEmpty()) {
            auto *preview = new ReportPreviewDialog(target, name(), m_parent);
            preview->setAttribute(Qt::WA_DeleteOnClose);
            preview->show();
        }
        emit reportWritten(target, error);
    });
    m_parent->setCursor(Qt::BusyCursor);
    connect(watcher, &QFutureWatcherBase::finished, m_parent,
            [this]() { m_parent->unsetCursor(); });
    watcher->setFuture(
        QtConcurrent::run([project, data, drift, target, session, unsaved]() mutable -> QString {
            if (session)
                if (auto stored = ProjectTraining::store(project, *session, {unsaved}); !stored)
                    return stored.error().describe();
            ReportContent content = ReportContent::compute(project, data.get());
            content.drift = drift;
            auto written = ReportWriter::write(content, target);
            return written ? QString() : written.error().describe();
        }));
}

void ProjectController::exportCanvas(const QString &given)
{
    QString path = given;
    if (path.isEmpty()) {
        const QString dir = m_path.isEmpty()
            ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
            : QFileInfo(m_path).absolutePath();
        path = QFileDialog::getSaveFileName(m_parent, tr("Export canvas"),
                                            dir + QStringLiteral("/%1 canvas.pdf").arg(name()),
                                            tr("PDF (*.pdf);;PNG image (*.png)"));
        if (path.isEmpty())
            return;
    }
    const Project project = snapshot();
    if (auto written = CanvasPainter::exportTo(
            path, project.canvas, CanvasFacts::stale(project, m_document->dataset().get()), name());
        !written)
        QMessageBox::warning(m_parent, tr("Cannot export the canvas"), written.error().describe());
}

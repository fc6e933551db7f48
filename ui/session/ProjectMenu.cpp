#include "ui/session/ProjectMenu.h"

#include "ui/AppSettings.h"
#include "ui/session/ProjectController.h"

#include <QAction>
#include <QFileInfo>
#include <QMenu>

ProjectMenu::ProjectMenu(ProjectController *project, QMenu *file, QAction *before)
    : QObject(project)
    , m_project(project)
{
    connect(project, &ProjectController::recentProjectsChanged, this, &ProjectMenu::updateRecent);
    auto add = [&](const QString &text, const QKeySequence &keys, const QString &tip, auto slot) {
        auto *a = new QAction(text, file);
        a->setShortcut(keys);
        a->setStatusTip(tip);
        connect(a, &QAction::triggered, project, slot);
        file->insertAction(before, a);
        return a;
    };
    add(tr("&New Project"), QKeySequence::New, tr("Start an empty project"),
        &ProjectController::newProject);
    m_recent = new QMenu(tr("Recent &Projects"), file);
    file->insertMenu(before, m_recent);
    updateRecent();
    add(tr("&Save Project"), QKeySequence::Save, tr("Save the whole analysis in one file"),
        [project]() { project->save(); });
    add(tr("Save Project &As…"), QKeySequence::SaveAs, tr("Save the project under another name"),
        &ProjectController::saveAs);
    add(tr("&Close Project"), QKeySequence::Close, tr("Close the project (asks to save changes)"),
        &ProjectController::newProject);
    file->insertSeparator(before);
    add(tr("Export &Report…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
        tr("Write the project's report as a PDF, with a preview first"),
        [project]() { project->exportReport(); });
    add(tr("Export Ca&nvas…"), QKeySequence(), tr("Save the ML Canvas as a one-page PDF or PNG"),
        [project]() { project->exportCanvas(); });
}

void ProjectMenu::updateRecent()
{
    m_recent->clear();
    const QStringList files = AppSettings::recentProjects();
    for (int i = 0; i < files.size(); ++i) {
        QAction *a = m_recent->addAction(
            QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(files[i]).completeBaseName()));
        a->setStatusTip(files[i]);
        const QString path = files[i];
        connect(a, &QAction::triggered, m_project, [this, path]() { m_project->open(path); });
    }
    m_recent->setEnabled(!files.isEmpty());
}

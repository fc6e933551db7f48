#pragma once

#include <QObject>

class ProjectController;
class QAction;
class QMenu;

// The File menu's project entries — New, Recent Projects, Save, Save As, Close, Export
// Report…, Export Canvas… — with their shortcuts, wired to a ProjectController.
class ProjectMenu final : public QObject
{
    Q_OBJECT

public:
    ProjectMenu(ProjectController *project, QMenu *file, QAction *before);
    QMenu *recent() const { return m_recent; }
    void updateRecent();

private:
    ProjectController *m_project;
    QMenu *m_recent = nullptr;
};

#pragma once

#include "core/data/db/DatabaseQuery.h"

#include <QStringList>

class QApplication;

// The few preferences ChurnLab keeps between runs, in one place so that keys never drift.
namespace AppSettings {

constexpr int maxRecentFiles = 8;

QStringList recentFiles();
void addRecentFile(const QString &path);
void removeRecentFile(const QString &path);
// Database connections with their table or query, newest first; never a password.
QList<churnlab::DatabaseQuery> recentDatabases();
void addRecentDatabase(const churnlab::DatabaseQuery &query);
void removeRecentDatabase(const churnlab::DatabaseQuery &query);
QStringList recentProjects();
void addRecentProject(const QString &path);
void removeRecentProject(const QString &path);

// "" follows the system locale; otherwise a code of availableLanguages().
QString language();
void setLanguage(const QString &code);
QStringList availableLanguages();
// Loads ChurnLab's and Qt's translations for the chosen language (or `code` when given) into
// the application.
void installTranslators(QApplication &app, const QString &code = {});

} // namespace AppSettings

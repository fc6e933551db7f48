#include "ui/AppSettings.h"

#include <QApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace AppSettings {

namespace {
const QString kRecent = QStringLiteral("recentFiles");
const QString kRecentProjects = QStringLiteral("recentProjects");
const QString kRecentDatabases = QStringLiteral("recentDatabases");

QString databaseKey(const churnlab::DatabaseQuery &query)
{
    return QString::fromUtf8(QJsonDocument(query.toJson()).toJson(QJsonDocument::Compact));
}
const QString kLanguage = QStringLiteral("language");

// entry as it is kept: an absolute path, or a database source's JSON.
void addRecent(const QString &key, const QString &entry)
{
    QStringList entries = QSettings().value(key).toStringList();
    entries.removeAll(entry);
    entries.prepend(entry);
    while (entries.size() > maxRecentFiles)
        entries.removeLast();
    QSettings().setValue(key, entries);
}

void removeRecent(const QString &key, const QString &path)
{
    QStringList files = QSettings().value(key).toStringList();
    files.removeAll(path);
    QSettings().setValue(key, files);
}

} // namespace

QStringList recentFiles()
{
    return QSettings().value(kRecent).toStringList();
}

void addRecentFile(const QString &path)
{
    addRecent(kRecent, QFileInfo(path).absoluteFilePath());
}

void removeRecentFile(const QString &path)
{
    removeRecent(kRecent, path);
}

QList<churnlab::DatabaseQuery> recentDatabases()
{
    QList<churnlab::DatabaseQuery> out;
    for (const QString &entry : QSettings().value(kRecentDatabases).toStringList())
        if (auto q =
                churnlab::DatabaseQuery::fromJson(QJsonDocument::fromJson(entry.toUtf8()).object()))
            out.append(*q);
    return out;
}

void addRecentDatabase(const churnlab::DatabaseQuery &query)
{
    addRecent(kRecentDatabases, databaseKey(query));
}

void removeRecentDatabase(const churnlab::DatabaseQuery &query)
{
    removeRecent(kRecentDatabases, databaseKey(query));
}

QStringList recentProjects()
{
    return QSettings().value(kRecentProjects).toStringList();
}

void addRecentProject(const QString &path)
{
    addRecent(kRecentProjects, QFileInfo(path).absoluteFilePath());
}

void removeRecentProject(const QString &path)
{
    removeRecent(kRecentProjects, path);
}

QString language()
{
    return QSettings().value(kLanguage).toString();
}

void setLanguage(const QString &code)
{
    QSettings().setValue(kLanguage, code);
}

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("es")};
}

void installTranslators(QApplication &app, const QString &code)
{
    const QString chosen = code.isEmpty() ? language() : code;
    const QLocale locale = chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
    QLocale::setDefault(locale);
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("churnlab"), QStringLiteral("_"),
                  QStringLiteral(":/i18n")))
        QApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
}

} // namespace AppSettings

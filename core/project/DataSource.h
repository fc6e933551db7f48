#pragma once

#include "core/Progress.h"
#include "core/Result.h"
#include "core/bundle/DataFingerprint.h"
#include "core/data/csv/CsvDialect.h"
#include "core/data/db/DatabaseQuery.h"
#include <QCoreApplication>

#include <QJsonObject>

#include <memory>

namespace churnlab {

// Where a project's data comes from and how it was read: the file (saved relative to the
// project's folder, so that a project and its data can move together), its size and SHA-256,
// the rows and columns read, and the import options with the analyst's type overrides. The
// built-in sample is a source too, and so is a database's table or query: it keeps the URL
// without its password (that comes from CHURNLAB_DB_PASSWORD or the driver's own store when
// the query runs again) and the fingerprint of the rows read. Reopening reads the file again
// with the same options and says when it has moved or changed; a query is run again and
// changes() says what is different.
struct DataSource
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::DataSource)

public:
    enum class Status { Ok, Missing, Changed };

    bool sample = false;
    QString path; // relative to the project's folder when it lies below or beside it
    std::optional<DatabaseQuery> database; // the table or query, when the data has no file
    DataFingerprint fingerprint;
    CsvOptions options;

    bool isEmpty() const { return !sample && path.isEmpty() && !database; }
    // What the analyst would call it: the file, the database's table or query, or the sample.
    QString display() const;
    // path made absolute against the project file's folder.
    QString absolutePath(const QString &projectPath) const;
    // Records a file read for the project at projectPath (hashing it).
    [[nodiscard]] static Result<DataSource> ofFile(const QString &file, const QString &projectPath,
                                                   const CsvOptions &options,
                                                   const Dataset &dataset);
    static DataSource ofSample(const Dataset &dataset);
    // Records a database's rows: the query (the password left out) and their fingerprint.
    static DataSource ofDatabase(const DatabaseQuery &query, const CsvOptions &options,
                                 const Dataset &dataset);
    // What differs between two reads of the same source, in a sentence; empty when nothing.
    static QString changes(const DataFingerprint &before, const DataFingerprint &after);
    // Moves a relative path so it still names the same file when the project is saved
    // elsewhere.
    void rebase(const QString &oldProjectPath, const QString &newProjectPath);

    // Missing: the file is gone; Changed: its size or hash differs (why says which). A
    // database source is Ok here: only running its query again can tell.
    Status check(const QString &projectPath, QString *why = nullptr) const;
    // Reads the data again: the sample, the file with the saved options, or the query.
    [[nodiscard]] Result<std::shared_ptr<const Dataset>>
    load(const QString &projectPath, Progress &progress = Progress::none()) const;

    // Refresh Data: reads the source again and records what it holds now.
    struct Refreshed
    {
        std::shared_ptr<const Dataset> dataset;
        DataFingerprint fingerprint; // the new one, to store in place of the old
        QString changes; // DataSource::changes(old, new); empty: nothing changed
    };
    [[nodiscard]] Result<Refreshed> refresh(const QString &projectPath,
                                            Progress &progress = Progress::none()) const;

    QJsonObject toJson() const;
    [[nodiscard]] static Result<DataSource> fromJson(const QJsonObject &json);
    static QJsonObject optionsToJson(const CsvOptions &options);
    [[nodiscard]] static Result<CsvOptions> optionsFromJson(const QJsonObject &json);
};

} // namespace churnlab

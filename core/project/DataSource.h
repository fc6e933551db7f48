#pragma once

#include "core/Progress.h"
#include "core/Result.h"
#include "core/bundle/DataFingerprint.h"
#include "core/data/csv/CsvDialect.h"
#include <QCoreApplication>

#include <QJsonObject>

#include <memory>

namespace churnlab {

// Where a project's data comes from and how it was read: the file (saved relative to the
// project's folder, so that a project and its data can move together), its size and SHA-256,
// the rows and columns read, and the import options with the analyst's type overrides. The
// built-in sample is a source too. Reopening reads the file again with the same options and
// says when it has moved or changed.
struct DataSource
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::DataSource)

public:
    enum class Status { Ok, Missing, Changed };

    bool sample = false;
    QString path; // relative to the project's folder when it lies below or beside it
    DataFingerprint fingerprint;
    CsvOptions options;

    bool isEmpty() const { return !sample && path.isEmpty(); }
    // path made absolute against the project file's folder.
    QString absolutePath(const QString &projectPath) const;
    // Records a file read for the project at projectPath (hashing it).
    [[nodiscard]] static Result<DataSource> ofFile(const QString &file, const QString &projectPath,
                                                   const CsvOptions &options,
                                                   const Dataset &dataset);
    static DataSource ofSample(const Dataset &dataset);
    // Moves a relative path so it still names the same file when the project is saved
    // elsewhere.
    void rebase(const QString &oldProjectPath, const QString &newProjectPath);

    // Missing: the file is gone; Changed: its size or hash differs (why says which).
    Status check(const QString &projectPath, QString *why = nullptr) const;
    // Reads the data again: the sample, or the file with the saved options.
    [[nodiscard]] Result<std::shared_ptr<const Dataset>>
    load(const QString &projectPath, Progress &progress = Progress::none()) const;

    QJsonObject toJson() const;
    [[nodiscard]] static Result<DataSource> fromJson(const QJsonObject &json);
    static QJsonObject optionsToJson(const CsvOptions &options);
    [[nodiscard]] static Result<CsvOptions> optionsFromJson(const QJsonObject &json);
};

} // namespace churnlab

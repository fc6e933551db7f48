#include "core/project/DataSource.h"

#include <QJsonArray>

#include "core/JsonFields.h"
#include "core/data/DataReader.h"
#include "core/data/SampleData.h"
#include "core/data/csv/TextDecoder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <limits>

namespace churnlab {

namespace {

QString relativeTo(const QString &file, const QString &projectPath)
{
    if (projectPath.isEmpty())
        return QFileInfo(file).absoluteFilePath();
    const QDir dir = QFileInfo(projectPath).absoluteDir();
    const QString relative = dir.relativeFilePath(QFileInfo(file).absoluteFilePath());
    // Data beside or below the project moves with it; data elsewhere (another tree, another
    // drive) keeps its absolute path.
    return relative.startsWith(QLatin1String("../..")) || QDir::isAbsolutePath(relative)
        ? QFileInfo(file).absoluteFilePath()
        : relative;
}

} // namespace

QString DataSource::absolutePath(const QString &projectPath) const
{
    if (path.isEmpty() || QDir::isAbsolutePath(path) || projectPath.isEmpty())
        return path;
    return QDir::cleanPath(QFileInfo(projectPath).absoluteDir().filePath(path));
}

Result<DataSource> DataSource::ofFile(const QString &file, const QString &projectPath,
                                      const CsvOptions &options, const Dataset &dataset)
{
    auto fingerprint = DataFingerprint::ofFile(file, dataset);
    if (!fingerprint)
        return fingerprint.error();
    DataSource s;
    s.path = relativeTo(file, projectPath);
    s.fingerprint = *fingerprint;
    s.options = options;
    s.options.maxRows = -1;
    s.options.threads = 0;
    s.options.chunkBytes = 0;
    return s;
}

DataSource DataSource::ofSample(const Dataset &dataset)
{
    DataSource s;
    s.sample = true;
    s.fingerprint = DataFingerprint::ofDataset(tr("built-in sample"), dataset);
    return s;
}

DataSource DataSource::ofDatabase(const DatabaseQuery &query, const CsvOptions &options,
                                  const Dataset &dataset)
{
    DataSource s;
    s.database = query;
    s.database->url.password.clear();
    s.options = options;
    s.fingerprint = DataFingerprint::ofRows(query.display(), dataset);
    return s;
}

QString DataSource::display() const
{
    if (sample)
        return tr("built-in sample");
    if (database)
        return database->display();
    return path;
}

QString DataSource::changes(const DataFingerprint &before, const DataFingerprint &after)
{
    QStringList what;
    if (before.rows != after.rows)
        what << tr("%1 rows, now %2").arg(before.rows).arg(after.rows);
    if (before.columns != after.columns)
        what << tr("%1 columns, now %2").arg(before.columns).arg(after.columns);
    if (what.isEmpty() && before.sha256 != after.sha256)
        what << tr("the same shape, but values differ (the SHA-256 of the rows changed)");
    return what.join(QStringLiteral("; "));
}

void DataSource::rebase(const QString &oldProjectPath, const QString &newProjectPath)
{
    if (sample || path.isEmpty() || database)
        return;
    path = relativeTo(absolutePath(oldProjectPath), newProjectPath);
}

DataSource::Status DataSource::check(const QString &projectPath, QString *why) const
{
    if (sample || database)
        return Status::Ok;
    const QString file = absolutePath(projectPath);
    const QFileInfo info(file);
    if (!info.isFile()) {
        if (why)
            *why = tr("%1 is not there any more.").arg(QDir::toNativeSeparators(file));
        return Status::Missing;
    }
    if (fingerprint.size && info.size() != fingerprint.size) {
        if (why)
            *why = tr("%1 has changed: it was %2 bytes and is now %3.")
                       .arg(QDir::toNativeSeparators(file))
                       .arg(fingerprint.size)
                       .arg(info.size());
        return Status::Changed;
    }
    if (!fingerprint.sha256.isEmpty()) {
        auto hash = DataFingerprint::hashFile(file);
        if (!hash) {
            if (why)
                *why = hash.error().describe();
            return Status::Missing;
        }
        if (*hash != fingerprint.sha256) {
            if (why)
                *why = tr("%1 has changed since the project was saved (its SHA-256 differs).")
                           .arg(QDir::toNativeSeparators(file));
            return Status::Changed;
        }
    }
    return Status::Ok;
}

Result<std::shared_ptr<const Dataset>> DataSource::load(const QString &projectPath,
                                                        Progress &progress) const
{
    if (sample)
        return std::make_shared<const Dataset>(SampleData::generate());
    if (database) {
        DatabaseQuery query = *database;
        auto url = DatabaseUrl::parse(query.url.display()); // the password from the environment
        if (!url)
            return url.error();
        query.url = *url;
        auto read = DataReader(options).read(DataInput(std::move(query)), progress);
        if (!read)
            return read.error();
        return std::make_shared<const Dataset>(std::move(read->dataset));
    }
    if (path.isEmpty())
        return Error {Error::Kind::InvalidArgument, tr("The project has no data yet.")};
    auto read = DataReader(options).read(absolutePath(projectPath), progress);
    if (!read)
        return read.error();
    return std::make_shared<const Dataset>(std::move(read->dataset));
}

Result<DataSource::Refreshed> DataSource::refresh(const QString &projectPath,
                                                  Progress &progress) const
{
    auto data = load(projectPath, progress);
    if (!data)
        return data.error();
    Refreshed r;
    r.dataset = *data;
    if (sample) {
        r.fingerprint = fingerprint;
    } else if (database) {
        r.fingerprint = DataFingerprint::ofRows(database->display(), **data);
    } else {
        auto file = DataFingerprint::ofFile(absolutePath(projectPath), **data);
        if (!file)
            return file.error();
        r.fingerprint = *file;
    }
    r.changes = changes(fingerprint, r.fingerprint);
    return r;
}

QJsonObject DataSource::optionsToJson(const CsvOptions &options)
{
    QJsonObject o;
    if (options.delimiter)
        o.insert(QStringLiteral("delimiter"), QString(QLatin1Char(*options.delimiter)));
    if (options.header)
        o.insert(QStringLiteral("header"), *options.header);
    if (options.encoding)
        o.insert(QStringLiteral("encoding"), textEncodingName(*options.encoding));
    if (options.decimalComma)
        o.insert(QStringLiteral("decimal_comma"), *options.decimalComma);
    if (!options.sheet.isEmpty())
        o.insert(QStringLiteral("sheet"), options.sheet);
    if (options.headerRow > 0)
        o.insert(QStringLiteral("header_row"), options.headerRow);
    if (options.skipRows > 0)
        o.insert(QStringLiteral("skip_rows"), options.skipRows);
    if (!options.naValues.isEmpty())
        o.insert(QStringLiteral("na_values"), QJsonArray::fromStringList(options.naValues));
    if (!options.defaultNa)
        o.insert(QStringLiteral("default_na"), false);
    if (options.thousands)
        o.insert(QStringLiteral("thousands"), QString(QLatin1Char(options.thousands)));
    QJsonObject types;
    for (auto it = options.typeOverrides.cbegin(); it != options.typeOverrides.cend(); ++it)
        types.insert(it.key(), columnTypeName(it.value()));
    if (!types.isEmpty())
        o.insert(QStringLiteral("types"), types);
    return o;
}

Result<CsvOptions> DataSource::optionsFromJson(const QJsonObject &json)
{
    JsonFields f(json, tr("import options"));
    CsvOptions o;
    if (f.has("delimiter")) {
        const QString d = f.text("delimiter");
        if (f.ok() && (d.size() != 1 || d.at(0).unicode() > 127))
            f.fail(QStringLiteral("delimiter"), tr("must be one ASCII character"));
        else if (f.ok())
            o.delimiter = char(d.at(0).unicode());
    }
    if (f.has("header"))
        o.header = f.boolean("header");
    if (f.has("encoding")) {
        const QString name = f.text("encoding");
        o.encoding = textEncodingFromName(name);
        if (f.ok() && !o.encoding)
            f.fail(QStringLiteral("encoding"),
                   tr("“%1” is not an encoding ChurnLab reads").arg(name));
    }
    if (f.has("decimal_comma"))
        o.decimalComma = f.boolean("decimal_comma");
    if (f.has("sheet"))
        o.sheet = f.text("sheet");
    if (f.has("header_row"))
        o.headerRow = f.integer("header_row", 0, 1000000);
    if (f.has("skip_rows"))
        o.skipRows = f.integer("skip_rows", 0, 1000000);
    if (f.has("na_values"))
        for (const QJsonValue &v : f.array("na_values"))
            o.naValues << v.toString();
    if (f.has("default_na"))
        o.defaultNa = f.boolean("default_na");
    if (f.has("thousands")) {
        const QString t = f.text("thousands");
        if (f.ok() && t.size() == 1 && t.at(0).unicode() < 128)
            o.thousands = char(t.at(0).unicode());
    }
    if (f.has("types")) {
        const QJsonObject types = f.object("types");
        for (auto it = types.begin(); f.ok() && it != types.end(); ++it) {
            const auto type = columnTypeFromName(it.value().toString());
            if (!type)
                f.fail(QStringLiteral("types.%1").arg(it.key()),
                       tr("“%1” is not a column type").arg(it.value().toString()));
            else
                o.typeOverrides.insert(it.key(), *type);
        }
    }
    if (!f.ok())
        return f.error();
    return o;
}

QJsonObject DataSource::toJson() const
{
    QJsonObject o {{QStringLiteral("sample"), sample},
                   {QStringLiteral("path"), path},
                   {QStringLiteral("fingerprint"), fingerprint.toJson()},
                   {QStringLiteral("options"), optionsToJson(options)}};
    if (database)
        o.insert(QStringLiteral("database"), database->toJson());
    return o;
}

Result<DataSource> DataSource::fromJson(const QJsonObject &json)
{
    JsonFields f(json, tr("data source"));
    DataSource s;
    s.sample = f.boolean("sample");
    s.path = f.text("path");
    const QJsonObject fingerprint = f.object("fingerprint");
    const QJsonObject options = f.object("options");
    if (f.has("database")) {
        auto q = DatabaseQuery::fromJson(f.object("database"));
        if (!q)
            return q.error();
        s.database = *q;
    }
    if (!f.ok())
        return f.error();
    auto fp = DataFingerprint::fromJson(fingerprint);
    if (!fp)
        return fp.error();
    auto opts = optionsFromJson(options);
    if (!opts)
        return opts.error();
    s.fingerprint = *fp;
    s.options = *opts;
    return s;
}

} // namespace churnlab

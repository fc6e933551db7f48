#include "core/project/Project.h"

#include "core/JsonFields.h"
#include "core/bundle/BinaryArrays.h"
#include "core/bundle/Sha256.h"
#include "core/data/DataReader.h"
#include "core/io/ZipArchive.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace churnlab {

namespace {

const QString kProjectMember = QStringLiteral("project.json");
constexpr qint64 kMaxJsonBytes = qint64(256) << 20;

QString memberBase(int index, const QString &id)
{
    return QStringLiteral("models/%1-%2").arg(index + 1).arg(id);
}

QString notAnObject(const QString &member, const QJsonParseError &error)
{
    if (error.error != QJsonParseError::NoError)
        return Project::tr("%1 is not valid JSON: %2 at byte %3")
            .arg(member, error.errorString())
            .arg(error.offset);
    return Project::tr("%1 is valid JSON, but not a JSON object.").arg(member);
}

// The members a saved model consists of, checked against the SHA-256 sums project.json
// recorded for it: a model's bundle swapped for another model's, or a report edited apart from
// its bundle, is refused instead of showing one model's numbers for another.
Result<bool> checkBinding(const QJsonObject &binding, const QString &id, const QString &base,
                          const QList<std::pair<QString, const QByteArray *>> &members)
{
    if (binding.value(QStringLiteral("id")).toString() != id)
        return Error {Error::Kind::Malformed,
                      Project::tr("project.json binds no members to model “%1”.").arg(id)};
    for (const auto &[suffix, bytes] : members) {
        const QString member = base + QLatin1Char('.') + suffix;
        if (binding.value(suffix + QStringLiteral("_sha256")).toString() != sha256Hex(*bytes))
            return Error {
                Error::Kind::Malformed,
                Project::tr("%1 is not the one this project saved with model “%2” (its SHA-256 "
                            "differs from project.json's): the project was changed or damaged.")
                    .arg(member, id)};
    }
    return true;
}

} // namespace

const ProjectModel *Project::model(const QString &id) const
{
    for (const ProjectModel &m : models)
        if (m.id() == id)
            return &m;
    return nullptr;
}

QString Project::testFilePath(const QString &projectPath) const
{
    if (testFile.isEmpty() || QDir::isAbsolutePath(testFile))
        return testFile;
    return QFileInfo(projectPath).absoluteDir().filePath(testFile);
}

Result<std::shared_ptr<const Dataset>> Project::loadTestFile(const QString &projectPath,
                                                             Progress &progress) const
{
    if (testFile.isEmpty())
        return std::shared_ptr<const Dataset>();
    auto read = DataReader(data.options).read(testFilePath(projectPath), progress);
    if (!read)
        return read.error();
    return std::make_shared<const Dataset>(std::move(read->dataset));
}

const ProjectModel *Project::chosen() const
{
    if (const ProjectModel *m = model(chosenModel))
        return m;
    const ProjectModel *best = nullptr;
    for (const ProjectModel &m : models)
        if (!best || m.report->run.metrics.auc > best->report->run.metrics.auc)
            best = &m;
    return best;
}

void Project::setModel(ProjectModel m)
{
    for (ProjectModel &existing : models)
        if (existing.id() == m.id()) {
            existing = std::move(m);
            return;
        }
    models.append(std::move(m));
}

QJsonObject Project::toJson() const
{
    QJsonArray ids;
    for (const ProjectModel &m : models)
        ids.append(m.id());
    return {{QStringLiteral("format"), QStringLiteral("churnlab-project")},
            {QStringLiteral("version"), kFormatVersion},
            {QStringLiteral("churnlab_version"), QStringLiteral(CHURNLAB_VERSION)},
            {QStringLiteral("name"), name},
            {QStringLiteral("created"), created.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("saved"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
            {QStringLiteral("data"), data.toJson()},
            {QStringLiteral("test_file"), testFile},
            {QStringLiteral("spec"), spec.toJson()},
            {QStringLiteral("models"), ids},
            {QStringLiteral("chosen_model"), chosenModel},
            {QStringLiteral("canvas"), canvas.toJson()},
            {QStringLiteral("roi"), roi.toJson()},
            {QStringLiteral("fairness"), fairness.toJson()},
            {QStringLiteral("charts"), charts}};
}

Result<QByteArray> Project::bytes() const
{
    QList<ZipArchive::Member> members;
    QJsonArray bindings;
    for (int i = 0; i < models.size(); ++i) {
        const ProjectModel &m = models[i];
        if (!m.report || m.bundleBytes.isEmpty())
            return Error {Error::Kind::InvalidArgument,
                          tr("Model “%1” has no bundle to save.").arg(m.id())};
        QByteArray blob;
        const QJsonObject report = BinaryArrays::pack(m.report->toJson(), blob);
        const QString base = memberBase(i, m.id());
        const QByteArray reportBytes = QJsonDocument(report).toJson(QJsonDocument::Compact);
        bindings.append(QJsonObject {{QStringLiteral("id"), m.id()},
                                     {QStringLiteral("report.json_sha256"), sha256Hex(reportBytes)},
                                     {QStringLiteral("report.bin_sha256"), sha256Hex(blob)},
                                     {QStringLiteral("clb_sha256"), sha256Hex(m.bundleBytes)}});
        members.append({base + QStringLiteral(".report.json"), reportBytes});
        members.append({base + QStringLiteral(".report.bin"), blob});
        members.append({base + QStringLiteral(".clb"), m.bundleBytes});
    }
    QJsonObject json = toJson();
    json.insert(QStringLiteral("model_members"), bindings);
    members.prepend({kProjectMember, QJsonDocument(json).toJson(QJsonDocument::Indented)});
    return ZipArchive::write(members, QDateTime::currentSecsSinceEpoch());
}

Result<bool> Project::save(const QString &path) const
{
    auto zipped = bytes();
    if (!zipped)
        return zipped.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*zipped) != zipped->size() || !file.commit())
        return Error {Error::Kind::Io, tr("Cannot save %1: %2").arg(path, file.errorString())};
    return true;
}

Result<Project> Project::open(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {Error::Kind::Io, tr("Cannot open %1: %2").arg(path, file.errorString())};
    if (file.size() > kMaxProjectBytes)
        return Error {Error::Kind::InvalidArgument,
                      tr("%1 is %2 bytes, more than a project may be.").arg(path).arg(file.size())};
    auto project = read(file.readAll());
    if (!project) {
        Error e = project.error();
        e.message = tr("%1: %2").arg(QFileInfo(path).fileName(), e.message);
        return e;
    }
    if (project->name.isEmpty())
        project->name = QFileInfo(path).completeBaseName();
    return project;
}

Result<Project> Project::read(QByteArray bytes)
{
    auto archive = ZipArchive::open(std::move(bytes));
    if (!archive)
        return Error {
            Error::Kind::Malformed,
            tr("not a ChurnLab project, or a damaged one (%1)").arg(archive.error().message)};
    auto text = archive->read(kProjectMember, kMaxJsonBytes);
    if (!text)
        return text.error();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(*text, &parseError);
    if (!doc.isObject())
        return Error {Error::Kind::Malformed, notAnObject(kProjectMember, parseError)};
    JsonFields f(doc.object(), kProjectMember);
    if (!f.header("churnlab-project", kFormatVersion))
        return f.error();
    Project p;
    p.name = f.text("name");
    p.created = QDateTime::fromString(f.text("created"), Qt::ISODate);
    p.testFile = f.text("test_file");
    p.chosenModel = f.text("chosen_model");
    p.charts = f.array("charts");
    const QStringList ids = f.texts("models");
    // Version 1 projects predate the bindings; from version 2 on, every model has one.
    const bool bound = doc.object().value(QStringLiteral("version")).toInt() >= 2;
    const QJsonArray bindings = bound ? f.array("model_members") : QJsonArray();
    if (f.ok() && bound && bindings.size() != ids.size())
        f.fail(QStringLiteral("model_members"), tr("does not list one entry per model"));
    const QJsonObject data = f.object("data"), spec = f.object("spec"), canvas = f.object("canvas"),
                      roi = f.object("roi");
    const QJsonObject fairnessJson = f.has("fairness") ? f.object("fairness") : QJsonObject();
    if (!f.ok())
        return f.error();
    auto source = DataSource::fromJson(data);
    if (!source)
        return source.error();
    auto trainSpec = TrainSpec::fromJson(spec);
    if (!trainSpec)
        return trainSpec.error();
    auto plan = Canvas::fromJson(canvas);
    if (!plan)
        return plan.error();
    auto inputs = RetentionRoi::Inputs::fromJson(roi);
    if (!inputs)
        return inputs.error();
    p.data = std::move(*source);
    p.spec = std::move(*trainSpec);
    p.canvas = std::move(*plan);
    p.roi = *inputs;
    if (!fairnessJson.isEmpty()) {
        auto fairness = FairnessSettings::fromJson(fairnessJson);
        if (!fairness)
            return fairness.error();
        p.fairness = std::move(*fairness);
    }
    for (int i = 0; i < ids.size(); ++i) {
        const QString base = memberBase(i, ids[i]);
        auto reportText = archive->read(base + QStringLiteral(".report.json"), kMaxJsonBytes);
        auto blob = archive->read(base + QStringLiteral(".report.bin"), kMaxJsonBytes);
        auto bundle = archive->read(base + QStringLiteral(".clb"), Bundle::kMaxBundleBytes);
        for (const auto *r : {&reportText, &blob, &bundle})
            if (!*r)
                return r->error();
        if (bound) {
            auto intact = checkBinding(bindings[i].toObject(), ids[i], base,
                                       {{QStringLiteral("report.json"), &*reportText},
                                        {QStringLiteral("report.bin"), &*blob},
                                        {QStringLiteral("clb"), &*bundle}});
            if (!intact)
                return intact.error();
        }
        const QJsonDocument reportDoc = QJsonDocument::fromJson(*reportText, &parseError);
        if (!reportDoc.isObject())
            return Error {Error::Kind::Malformed,
                          notAnObject(base + QStringLiteral(".report.json"), parseError)};
        auto report =
            BinaryArrays::unpack(reportDoc.object(), *blob, base + QStringLiteral(".report.bin"));
        if (!report)
            return report.error();
        auto model = ProjectModel::fromSaved(*report, std::move(*bundle));
        if (!model) {
            Error e = model.error();
            e.message = tr("model “%1”: %2").arg(ids[i], e.message);
            return e;
        }
        p.models.append(std::move(*model));
    }
    return p;
}

QJsonObject Project::info(const QString &path) const
{
    QJsonObject o = toJson();
    o.remove(QStringLiteral("saved"));
    o.remove(QStringLiteral("canvas"));
    if (!path.isEmpty())
        o.insert(QStringLiteral("path"), path);
    QJsonArray list;
    for (const ProjectModel &m : models) {
        QJsonObject row {{QStringLiteral("id"), m.id()},
                         {QStringLiteral("title"), m.report->title},
                         {QStringLiteral("metrics"), m.report->run.metrics.toJson()},
                         {QStringLiteral("train_seconds"), m.report->run.trainSeconds},
                         {QStringLiteral("bundle_bytes"), m.bundleBytes.size()}};
        list.append(row);
    }
    o.insert(QStringLiteral("models"), list);
    if (const ProjectModel *c = chosen())
        o.insert(QStringLiteral("chosen_model"), c->id());
    QJsonObject blocks;
    for (const Canvas::Block &b : canvas.blocks())
        blocks.insert(b.id, !b.notes.isEmpty() || !b.facts.isEmpty());
    o.insert(QStringLiteral("canvas_filled"), blocks);
    return o;
}

} // namespace churnlab

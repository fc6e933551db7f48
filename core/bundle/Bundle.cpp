#include "core/bundle/Bundle.h"

#include "core/JsonFields.h"
#include "core/bundle/BinaryArrays.h"
#include "core/bundle/BundleChecks.h"
#include "core/bundle/ModelCard.h"
#include "core/bundle/Sha256.h"
#include "core/bundle/Signer.h"
#include "core/explore/DataQuality.h"
#include "core/fairness/FairnessAnalysis.h"
#include "core/io/ZipArchive.h"
#include "core/models/ModelCatalog.h"
#include "core/train/TrainingSession.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace churnlab {

namespace {

const QString kManifest = QStringLiteral("manifest.json");
const QString kSignature = QStringLiteral("manifest.sig");
const QString kSchema = QStringLiteral("schema.json");
const QString kPipeline = QStringLiteral("pipeline.json");
const QString kModel = QStringLiteral("model.json");
const QString kModelBinary = QStringLiteral("model.bin");
const QString kMetrics = QStringLiteral("metrics.json");
const QString kDrift = QStringLiteral("drift_reference.json");
const QString kBackground = QStringLiteral("explain_background.json");
const QString kCard = QStringLiteral("MODEL_CARD.md");

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Error memberError(const QString &member, const QString &problem)
{
    return Error {Error::Kind::Malformed, Bundle::tr("Bundle member %1: %2").arg(member, problem)};
}

Result<QJsonObject> parse(const QString &member, const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return memberError(member,
                           Bundle::tr("not valid JSON (%1 at byte %2)")
                               .arg(error.errorString())
                               .arg(error.offset));
    if (!doc.isObject())
        return memberError(member, Bundle::tr("valid JSON, but not a JSON object"));
    return doc.object();
}

QJsonObject metricsOf(const TrainingSession &session, const ModelReport &report)
{
    const TrainSpec &spec = session.spec();
    QJsonObject split;
    if (spec.validation.kind == ValidationSpec::Kind::KFold) {
        split = {{QStringLiteral("kind"), QStringLiteral("kfold")},
                 {QStringLiteral("folds"), spec.validation.folds},
                 {QStringLiteral("description"),
                  Bundle::tr("pooled out-of-fold scores of %1-fold cross-validation")
                      .arg(spec.validation.folds)}};
        QJsonArray folds;
        for (const BinaryMetrics &m : report.foldMetrics)
            folds.append(m.toJson());
        split.insert(QStringLiteral("fold_metrics"), folds);
    } else {
        const bool file = session.hasTestFile();
        split = {{QStringLiteral("kind"),
                  file ? QStringLiteral("test_file") : QStringLiteral("holdout")},
                 {QStringLiteral("test_fraction"), spec.validation.testFraction},
                 {QStringLiteral("description"),
                  file ? Bundle::tr("a separate test file")
                       : Bundle::tr("a stratified %1 % holdout")
                             .arg(spec.validation.testFraction * 100)}};
    }
    if (const auto data = session.trainingData()) {
        split.insert(QStringLiteral("n_train"), qint64(data->trainRows.size()));
        split.insert(QStringLiteral("n_test"), qint64(data->testRows.size()));
    } else if (session.target()) {
        split.insert(QStringLiteral("n_train"),
                     session.target()->positives() + session.target()->negatives());
        split.insert(QStringLiteral("n_test"),
                     session.target()->positives() + session.target()->negatives());
    }
    return {{QStringLiteral("format"), QStringLiteral("churnlab-metrics")},
            {QStringLiteral("version"), 1},
            {QStringLiteral("test"), report.run.metrics.toJson()},
            {QStringLiteral("split"), split}};
}

QJsonArray warningsOf(const Dataset &dataset, const BinaryTarget &target)
{
    QJsonArray out;
    for (const QualityFinding &f : DataQuality::assess(dataset, target))
        if (f.kind == QLatin1String("target_leakage")
            || f.kind == QLatin1String("target_imbalance"))
            out.append(f.message);
    return out;
}

// The columns marked sensitive, compared on the rows the model was judged on (all labelled
// rows with cross-validation) at the scorer's threshold.
QJsonArray fairnessOf(const Scorer &scorer, const ModelEvaluation &on, const QStringList &columns)
{
    QJsonArray out;
    for (const QString &column : columns) {
        auto result = FairnessAnalysis::run(scorer, *on.data, on.rows, on.labels, column, {});
        if (result)
            out.append(result->toJson());
    }
    return out;
}

QJsonArray fairnessOf(const TrainingSession &session, const Scorer &scorer)
{
    std::optional<ModelEvaluation> on = session.evaluation();
    if (!on) {
        auto all = ModelEvaluation::allLabelled(session.dataset(), session.spec().target);
        if (!all)
            return {};
        on = std::move(*all);
    }
    return fairnessOf(scorer, *on,
                      session.spec().features.columnsWithRole(FeatureConfig::Role::Sensitive));
}

QJsonObject backgroundJson(const Eigen::MatrixXd &x)
{
    QJsonArray data;
    for (Eigen::Index r = 0; r < x.rows(); ++r)
        for (Eigen::Index c = 0; c < x.cols(); ++c)
            data.append(x(r, c));
    return {{QStringLiteral("format"), QStringLiteral("churnlab-explain-background")},
            {QStringLiteral("version"), 1},
            {QStringLiteral("rows"), qint64(x.rows())},
            {QStringLiteral("features"), qint64(x.cols())},
            {QStringLiteral("data"), data}};
}

Result<Eigen::MatrixXd> backgroundFromJson(const QJsonObject &json, int features)
{
    JsonFields f(json, kBackground);
    if (!f.header("churnlab-explain-background", 1))
        return f.error();
    const double rows = f.number("rows", 0, 1e6);
    const double columns = f.number("features", 0, 1e6);
    const QJsonArray data = f.array("data");
    if (!f.ok())
        return f.error();
    if (int(columns) != features)
        return Error {
            Error::Kind::Malformed,
            Bundle::tr("it has %1 features; the model takes %2").arg(columns).arg(features)};
    if (double(data.size()) != rows * columns)
        return Error {
            Error::Kind::Malformed,
            Bundle::tr("it lists %1 values for %2 × %3").arg(data.size()).arg(rows).arg(columns)};
    Eigen::MatrixXd x(static_cast<Eigen::Index>(rows), static_cast<Eigen::Index>(columns));
    for (qsizetype i = 0; i < data.size(); ++i) {
        if (!data[i].isDouble())
            return Error {Error::Kind::Malformed, Bundle::tr("value %1 is not a number").arg(i)};
        x(Eigen::Index(i / qsizetype(columns)), Eigen::Index(i % qsizetype(columns))) =
            data[i].toDouble();
    }
    return x;
}

} // namespace

Result<Bundle> Bundle::fromTraining(const TrainingSession &session, const ModelReport &report,
                                    const DataFingerprint &data)
{
    if (!report.scorer || !session.target() || !session.dataset())
        return Error {Error::Kind::InvalidArgument, tr("The model has not been trained.")};
    const Dataset &dataset = *session.dataset();
    const BinaryTarget &target = *session.target();
    std::vector<quint32> rows;
    if (const auto prepared = session.trainingData())
        rows = prepared->trainRows;
    else
        for (quint32 r = 0; r < quint32(dataset.rowCount()); ++r)
            if (target.label(r) >= 0)
                rows.push_back(r);
    auto scores = report.scorer->score(dataset, rows);
    if (!scores)
        return scores.error();
    Bundle b;
    b.m_schema = report.scorer->schema();
    b.m_pipeline = report.scorer->pipeline();
    b.m_model = report.run.model;
    b.m_scorer = report.scorer;
    b.m_explainer = report.explainer
        ? report.explainer
        : std::make_shared<const Explainer>(b.m_scorer, Eigen::MatrixXd());
    QHash<QString, double> importance;
    for (const PermutationImportance::Entry &e : report.permutation.entries)
        importance.insert(e.column, e.meanDrop);
    b.m_drift = DriftReference::compute(dataset, rows, b.m_schema, scores->probability, importance);
    b.m_metrics = metricsOf(session, report);
    const TrainSpec &spec = session.spec();
    b.m_manifest = {
        {QStringLiteral("format"), QStringLiteral("churnlab-bundle")},
        {QStringLiteral("version"), kFormatVersion},
        {QStringLiteral("name"), QStringLiteral("churn")},
        {QStringLiteral("churnlab_version"), QStringLiteral(CHURNLAB_VERSION)},
        {QStringLiteral("created"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("model"),
         QJsonObject {{QStringLiteral("learner"), report.run.id},
                      {QStringLiteral("title"), report.title},
                      {QStringLiteral("params"), report.run.model->params()},
                      {QStringLiteral("features"), report.run.model->featureCount()}}},
        {QStringLiteral("data"), data.toJson()},
        {QStringLiteral("target"),
         QJsonObject {{QStringLiteral("column"), target.column()},
                      {QStringLiteral("positive"), target.positiveLabel()},
                      {QStringLiteral("negative"), target.negativeLabel()}}},
        {QStringLiteral("id_column"), b.m_schema.idColumn()},
        {QStringLiteral("threshold"), spec.threshold},
        {QStringLiteral("costs"),
         QJsonObject {{QStringLiteral("false_positive"), spec.costs.falsePositive},
                      {QStringLiteral("false_negative"), spec.costs.falseNegative}}},
        {QStringLiteral("train_spec"), spec.toJson()},
        {QStringLiteral("warnings"), warningsOf(dataset, target)}};
    const QJsonArray fairness = fairnessOf(session, *report.scorer);
    if (!fairness.isEmpty())
        b.m_manifest.insert(QStringLiteral("fairness"), fairness);
    b.m_card = ModelCard::markdown(b.m_manifest, b.m_metrics);
    return b;
}

double Bundle::threshold() const
{
    return m_scorer ? m_scorer->threshold() : 0.5;
}

void Bundle::setDecision(double threshold, const CostMatrix &costs,
                         const BinaryMetrics &atThreshold, const ModelEvaluation *evaluation)
{
    if (m_scorer->threshold() == threshold && m_scorer->costs() == costs)
        return;
    m_scorer = m_scorer->withDecision(threshold, costs);
    m_explainer = std::make_shared<const Explainer>(
        m_scorer, m_explainer ? m_explainer->background() : Eigen::MatrixXd());
    const QJsonObject costJson {{QStringLiteral("false_positive"), costs.falsePositive},
                                {QStringLiteral("false_negative"), costs.falseNegative}};
    m_manifest.insert(QStringLiteral("threshold"), threshold);
    m_manifest.insert(QStringLiteral("costs"), costJson);
    // The settings say what the model decides with, as a bundle exported right after training
    // at this threshold would.
    QJsonObject spec = m_manifest.value(QStringLiteral("train_spec")).toObject();
    if (!spec.isEmpty()) {
        spec.insert(QStringLiteral("threshold"), threshold);
        spec.insert(QStringLiteral("costs"), costJson);
        m_manifest.insert(QStringLiteral("train_spec"), spec);
    }
    m_metrics.insert(QStringLiteral("test"), atThreshold.toJson());
    // Fairness was judged at the old threshold: judged again where the rows are at hand, else
    // left out rather than shown for a threshold the model no longer uses.
    QStringList sensitive;
    if (auto parsed = TrainSpec::fromJson(spec); parsed)
        sensitive = parsed->features.columnsWithRole(FeatureConfig::Role::Sensitive);
    const QJsonArray fairness =
        evaluation ? fairnessOf(*m_scorer, *evaluation, sensitive) : QJsonArray();
    if (fairness.isEmpty())
        m_manifest.remove(QStringLiteral("fairness"));
    else
        m_manifest.insert(QStringLiteral("fairness"), fairness);
    m_card = ModelCard::markdown(m_manifest, m_metrics);
}

void Bundle::amendManifest(const QJsonObject &facts)
{
    static const QStringList kOwn {QStringLiteral("format"), QStringLiteral("version"),
                                   QStringLiteral("members"), QStringLiteral("train_spec")};
    for (auto it = facts.begin(); it != facts.end(); ++it)
        if (!kOwn.contains(it.key()))
            m_manifest.insert(it.key(), it.value());
    m_card = ModelCard::markdown(m_manifest, m_metrics);
}

int Bundle::modelVersion() const
{
    return std::max(1, m_manifest.value(QStringLiteral("model_version")).toInt(1));
}

QString Bundle::name() const
{
    return m_manifest.value(QStringLiteral("name")).toString(QStringLiteral("churn"));
}

QString Bundle::learner() const
{
    return m_manifest.value(QStringLiteral("model"))
        .toObject()
        .value(QStringLiteral("learner"))
        .toString();
}

QByteArray Bundle::bytes(const QByteArray &secretKey) const
{
    QByteArray blob;
    const QJsonObject model = BinaryArrays::pack(m_model->toJson(), blob);
    QList<ZipArchive::Member> members = {
        {kSchema, json(m_schema.toJson())},
        {kPipeline, json(m_pipeline.toJson())},
        {kModel, json(model)},
        {kModelBinary, blob},
        {kMetrics, json(m_metrics)},
        {kDrift, json(m_drift.toJson())},
        {kCard, m_card.toUtf8()},
    };
    if (m_explainer && m_explainer->background().rows() > 0)
        members.append({kBackground, json(backgroundJson(m_explainer->background()))});
    QJsonObject sums;
    for (const ZipArchive::Member &m : members)
        sums.insert(m.name, sha256Hex(m.data));
    QJsonObject manifest = m_manifest;
    manifest.insert(QStringLiteral("members"), sums);
    const QByteArray manifestBytes = json(manifest);
    members.prepend({kManifest, manifestBytes});
    if (!secretKey.isEmpty())
        members.insert(1,
                       {kSignature,
                        Signer::sign(manifestBytes, secretKey).toBase64() + '\n'
                            + Signer::publicKeyOf(secretKey).toBase64() + '\n'});
    const QDateTime created =
        QDateTime::fromString(m_manifest.value(QStringLiteral("created")).toString(), Qt::ISODate);
    auto archive = ZipArchive::write(members, created.isValid() ? created.toSecsSinceEpoch() : 0);
    return archive ? archive.value() : QByteArray();
}

Result<bool> Bundle::save(const QString &path, const QByteArray &secretKey) const
{
    const QByteArray data = bytes(secretKey);
    if (data.isEmpty())
        return Error {Error::Kind::Io, tr("Cannot build the bundle archive.")};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return Error {Error::Kind::Io, tr("Cannot write %1: %2").arg(path, file.errorString())};
    return true;
}

Result<Bundle> Bundle::open(const QString &path, const QByteArray &trustedKey)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {Error::Kind::Io, tr("Cannot read %1: %2").arg(path, file.errorString())};
    if (file.size() > kMaxBundleBytes)
        return Error {Error::Kind::Malformed,
                      tr("%1 is larger than any bundle (%2 bytes).").arg(path).arg(file.size())};
    return read(file.readAll(), trustedKey);
}

Result<Bundle> Bundle::read(QByteArray bytes, const QByteArray &trustedKey)
{
    auto archive = ZipArchive::open(std::move(bytes));
    if (!archive)
        return archive.error();
    static const QStringList known = {kManifest,    kSignature, kSchema, kPipeline, kModel,
                                      kModelBinary, kMetrics,   kDrift,  kCard,     kBackground};
    for (const QString &name : archive->names()) {
        if (name.contains(QLatin1String("..")) || name.startsWith(QLatin1Char('/'))
            || name.contains(QLatin1Char('\\')))
            return memberError(name, tr("an unsafe member name is refused"));
        if (!known.contains(name))
            return memberError(name, tr("not a member of a ChurnLab bundle"));
    }
    if (archive->names().removeDuplicates() > 0)
        return Error {Error::Kind::Malformed, tr("The bundle holds a member twice.")};
    auto manifestBytes = archive->read(kManifest, kMaxJsonMemberBytes);
    if (!manifestBytes)
        return manifestBytes.error();
    auto manifest = parse(kManifest, *manifestBytes);
    if (!manifest)
        return manifest.error();
    JsonFields f(*manifest, kManifest);
    if (!f.header("churnlab-bundle", kFormatVersion))
        return f.error();
    Bundle b;
    const bool hasSignature = archive->names().contains(kSignature);
    if (!hasSignature && !trustedKey.isEmpty())
        return Error {Error::Kind::Malformed,
                      tr("The bundle is not signed, and a trusted key was given.")};
    if (hasSignature) {
        auto signature = archive->read(kSignature, 4096);
        if (!signature)
            return signature.error();
        if (auto checked = b.checkSignature(*manifestBytes, *signature, trustedKey); !checked)
            return checked.error();
    }
    const QJsonObject sums = f.object("members");
    if (!f.ok())
        return f.error();
    QHash<QString, QByteArray> members;
    for (const QString &name : archive->names()) {
        if (name == kManifest || name == kSignature)
            continue;
        if (!sums.contains(name))
            return memberError(name, tr("not listed in the manifest"));
    }
    QStringList expected {kSchema, kPipeline, kModel, kModelBinary, kMetrics, kDrift, kCard};
    if (archive->names().contains(kBackground))
        expected << kBackground;
    for (const QString &name : expected) {
        if (!sums.contains(name))
            return memberError(kManifest, tr("lists no checksum for %1").arg(name));
        auto data =
            archive->read(name, name == kModelBinary ? kMaxBinaryMemberBytes : kMaxJsonMemberBytes);
        if (!data)
            return data.error();
        if (sha256Hex(*data) != sums.value(name).toString())
            return memberError(name,
                               tr("its SHA-256 differs from the manifest's (changed or "
                                  "damaged)"));
        b.m_sizes.insert(name, data->size());
        members.insert(name, std::move(data.value()));
    }
    b.m_sizes.insert(kManifest, manifestBytes->size());
    return std::move(b).load(std::move(manifest.value()), members);
}

Result<bool> Bundle::checkSignature(const QByteArray &manifest, const QByteArray &member,
                                    const QByteArray &trustedKey)
{
    // Line 1: the Ed25519 signature; line 2 (since signatures named their key): the public key.
    const QList<QByteArray> lines = member.trimmed().split('\n');
    const QByteArray raw =
        QByteArray::fromBase64(lines.value(0).trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    const QByteArray named = lines.size() > 1
        ? QByteArray::fromBase64(lines[1].trimmed(), QByteArray::AbortOnBase64DecodingErrors)
        : QByteArray();
    if (raw.size() != 64 || lines.size() > 2 || (lines.size() == 2 && named.size() != 32))
        return memberError(kSignature, tr("not a signature (damaged or made up)"));
    if (!named.isEmpty() && !Signer::verify(manifest, raw, named))
        return memberError(kSignature,
                           tr("the signature is broken: it does not match the manifest (the "
                              "manifest was changed after signing, or the signature damaged)"));
    if (!trustedKey.isEmpty()) {
        if (!Signer::verify(manifest, raw, trustedKey))
            return memberError(kSignature,
                               tr("the signature does not match the trusted key (a wrong key, or "
                                  "a changed manifest)"));
        m_signature = Signature::Trusted;
        m_signerKeyId = Signer::keyId(trustedKey);
    } else {
        m_signature = named.isEmpty() ? Signature::Unchecked : Signature::Intact;
        m_signerKeyId = named.isEmpty() ? QString() : Signer::keyId(named);
    }
    return true;
}

QString Bundle::signatureDescription() const
{
    switch (m_signature) {
    case Signature::None:
        return tr("unsigned");
    case Signature::Unchecked:
        return tr("signature present but not checked (no trusted key)");
    case Signature::Intact:
        return tr("signature present but not checked (no trusted key); intact, names key %1")
            .arg(m_signerKeyId);
    case Signature::Trusted:
        return tr("signed by %1, checked against the trusted key").arg(m_signerKeyId);
    }
    return {};
}

Result<Bundle> Bundle::load(QJsonObject manifest, const QHash<QString, QByteArray> &members) &&
{
    auto schemaJson = parse(kSchema, members.value(kSchema));
    auto pipelineJson = parse(kPipeline, members.value(kPipeline));
    auto modelJson = parse(kModel, members.value(kModel));
    auto metricsJson = parse(kMetrics, members.value(kMetrics));
    auto driftJson = parse(kDrift, members.value(kDrift));
    for (const auto *r : {&schemaJson, &pipelineJson, &modelJson, &metricsJson, &driftJson})
        if (!*r)
            return r->error();
    auto schema = InputSchema::fromJson(*schemaJson);
    if (!schema)
        return memberError(kSchema, schema.error().message);
    auto pipeline = FeaturePipeline::fromJson(*pipelineJson);
    if (!pipeline)
        return memberError(kPipeline, pipeline.error().message);
    auto unpacked = BinaryArrays::unpack(*modelJson, members.value(kModelBinary), kModelBinary);
    if (!unpacked)
        return unpacked.error();
    auto model = ModelCatalog::load(*unpacked);
    if (!model)
        return memberError(kModel, model.error().message);
    auto drift = DriftReference::fromJson(*driftJson);
    if (!drift)
        return memberError(kDrift, drift.error().message);
    // The parts must fit together: the pipeline reads exactly the schema's required columns,
    // and the model takes exactly the pipeline's features.
    QStringList required;
    for (const InputSchema::Column &c : schema->columns())
        if (c.required)
            required << c.name;
    QStringList inputs = pipeline->inputColumns();
    inputs.sort();
    required.sort();
    if (inputs != required)
        return memberError(
            kSchema,
            tr("its required columns (%1) are not the pipeline's inputs (%2)")
                .arg(required.join(QStringLiteral(", ")), inputs.join(QStringLiteral(", "))));
    if (model.value()->featureCount() != int(pipeline->featureNames().size()))
        return memberError(kModel,
                           tr("it takes %1 features; the pipeline makes %2")
                               .arg(model.value()->featureCount())
                               .arg(pipeline->featureNames().size()));
    if (auto sound = BundleChecks::manifest(manifest, *model.value()); !sound)
        return sound.error();
    if (auto sound = BundleChecks::metrics(*metricsJson); !sound)
        return sound.error();
    JsonFields f(manifest, kManifest);
    const double threshold = f.number("threshold", 0, 1);
    JsonFields costs = f.nested(f.object("costs"), QStringLiteral("costs"));
    const CostMatrix matrix {costs.number("false_positive", 0, CostMatrix::kMaxCost),
                             costs.number("false_negative", 0, CostMatrix::kMaxCost)};
    if (!f.ok())
        return f.error();
    m_manifest = std::move(manifest);
    m_schema = std::move(schema.value());
    m_pipeline = std::move(pipeline.value());
    m_model = std::shared_ptr<const Model>(std::move(model.value()));
    const QJsonObject target = m_manifest.value(QStringLiteral("target")).toObject();
    m_scorer = std::make_shared<const Scorer>(
        m_schema, m_pipeline, m_model, threshold, matrix,
        ClassLabels {target.value(QStringLiteral("positive")).toString(),
                     target.value(QStringLiteral("negative")).toString()});
    Eigen::MatrixXd background;
    if (members.contains(kBackground)) {
        auto backgroundObject = parse(kBackground, members.value(kBackground));
        if (!backgroundObject)
            return backgroundObject.error();
        auto rows = backgroundFromJson(*backgroundObject, m_model->featureCount());
        if (!rows)
            return memberError(kBackground, rows.error().message);
        background = std::move(rows.value());
    }
    m_explainer = std::make_shared<const Explainer>(m_scorer, std::move(background));
    m_drift = std::move(drift.value());
    m_metrics = std::move(metricsJson.value());
    m_card = QString::fromUtf8(members.value(kCard));
    return std::move(*this);
}

QJsonObject Bundle::info() const
{
    QJsonObject o = m_manifest;
    o.insert(QStringLiteral("member_bytes"), m_sizes);
    o.insert(QStringLiteral("signed"), isSigned());
    o.insert(QStringLiteral("signature_checked"), m_signature == Signature::Trusted);
    if (!m_signerKeyId.isEmpty())
        o.insert(QStringLiteral("signer_key"), m_signerKeyId);
    o.insert(QStringLiteral("metrics"), m_metrics);
    return o;
}

} // namespace churnlab

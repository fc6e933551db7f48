#pragma once

#include "core/bundle/DataFingerprint.h"
#include "core/bundle/DriftReference.h"
#include "core/explain/Explainer.h"
#include "core/scoring/Scorer.h"
#include <QCoreApplication>

#include <QHash>
#include <QJsonObject>
#include <QList>

#include <memory>

namespace churnlab {

struct BinaryMetrics;
struct ModelEvaluation;
struct ModelReport;
class TrainingSession;

// A trained model packaged to run elsewhere: one zip archive (`.clb`) of plain data, never
// code. Members:
//   manifest.json         format and version, ChurnLab version, creation time (UTC), the
//                         learner with its hyperparameters and seed, the training data's
//                         fingerprint, target and positive class, threshold and costs, the
//                         training settings, and the SHA-256 of every other member
//   manifest.sig          optional: Ed25519 signature of manifest.json (see Signer)
//   schema.json           the input schema (InputSchema)
//   pipeline.json         the fitted feature pipeline
//   model.json, model.bin the model (Model::toJson), large numeric arrays in model.bin
//                         (BinaryArrays)
//   metrics.json          test metrics and the split they come from
//   drift_reference.json  what the training rows and scores looked like (DriftReference)
//   explain_background.json  optional: the training feature rows explanations compare with
//                         (Explainer); bundles from before explanations lack it
//   MODEL_CARD.md         a model card written from the facts above
// Opening checks everything before anything is used (archive integrity, member names and
// sizes, checksums, signature, format version, and that schema, pipeline and model agree);
// any failure names the member and the problem, and nothing is half loaded.
class Bundle
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::Bundle)

public:
    static constexpr int kFormatVersion = 1;
    static constexpr qint64 kMaxBundleBytes = qint64(4) << 30;
    static constexpr qint64 kMaxJsonMemberBytes = qint64(256) << 20;
    static constexpr qint64 kMaxBinaryMemberBytes = qint64(4) << 30;

    // From a finished run: the report's scorer and metrics, the session's settings, and the
    // training rows (for the drift reference and the model card's data checks).
    [[nodiscard]] static Result<Bundle> fromTraining(const TrainingSession &session,
                                                     const ModelReport &report,
                                                     const DataFingerprint &data);
    // The analyst's threshold and costs in place of those it was trained with: the scorer, the
    // manifest and its training settings, the test metrics (`atThreshold`, the report's metrics
    // at the new threshold) and the model card follow. The fairness checks are judged again on
    // `evaluation` when given, else left out (they were judged at the old threshold).
    void setDecision(double threshold, const CostMatrix &costs, const BinaryMetrics &atThreshold,
                     const ModelEvaluation *evaluation = nullptr);
    double threshold() const;
    // Adds facts to the manifest before it is saved (a retrained model's version and lineage);
    // the model card is written again from them. Keys the bundle itself sets are kept.
    void amendManifest(const QJsonObject &facts);
    // Written atomically; signed when a secret key is given.
    [[nodiscard]] Result<bool> save(const QString &path, const QByteArray &secretKey = {}) const;
    [[nodiscard]] QByteArray bytes(const QByteArray &secretKey = {}) const;

    // With a trusted public key, an unsigned or wrongly signed bundle is refused.
    [[nodiscard]] static Result<Bundle> open(const QString &path,
                                             const QByteArray &trustedKey = {});
    [[nodiscard]] static Result<Bundle> read(QByteArray bytes, const QByteArray &trustedKey = {});

    const QJsonObject &manifest() const { return m_manifest; }
    std::shared_ptr<const Scorer> scorer() const { return m_scorer; }
    const DriftReference &driftReference() const { return m_drift; }
    // Per-customer contributions for this bundle's model.
    std::shared_ptr<const Explainer> explainer() const { return m_explainer; }
    const QJsonObject &metrics() const { return m_metrics; }
    const QString &modelCard() const { return m_card; }
    // The name the server serves it under ("churn" unless set).
    QString name() const;
    QString learner() const;
    // The model's version: 1 when trained, the champion's + 1 for a promoted retrain.
    int modelVersion() const;
    // How far the signature was checked. A signature carries its signer's public key, so even
    // without a trusted key a broken one (a changed manifest, a damaged signature) is refused;
    // only a trusted key says *who* signed.
    enum class Signature {
        None, // unsigned
        Unchecked, // present, but from before signatures named their key: nothing to check it by
        Intact, // matches the key it names, which nobody said to trust
        Trusted, // matches the trusted key given
    };
    Signature signature() const { return m_signature; }
    bool isSigned() const { return m_signature != Signature::None; }
    const QString &signerKeyId() const { return m_signerKeyId; }
    // "signed by …, checked against the trusted key", "signature present but not checked (no
    // trusted key)", "unsigned": what verify and info print.
    QString signatureDescription() const;
    // What `bundle info --json` prints: the manifest, member sizes, signature.
    QJsonObject info() const;

private:
    [[nodiscard]] Result<bool> checkSignature(const QByteArray &manifest, const QByteArray &member,
                                              const QByteArray &trustedKey);
    [[nodiscard]] Result<Bundle> load(QJsonObject manifest,
                                      const QHash<QString, QByteArray> &members) &&;

    QJsonObject m_manifest;
    InputSchema m_schema;
    FeaturePipeline m_pipeline;
    std::shared_ptr<const Model> m_model;
    std::shared_ptr<const Scorer> m_scorer;
    std::shared_ptr<const Explainer> m_explainer;
    DriftReference m_drift;
    QJsonObject m_metrics;
    QString m_card;
    QString m_signerKeyId;
    Signature m_signature = Signature::None;
    QJsonObject m_sizes; // member → bytes, when read from an archive
};

} // namespace churnlab

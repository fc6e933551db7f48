#include "CliCommon.h"

#include "core/bundle/Bundle.h"
#include "core/bundle/Signer.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace churnlab::cli {

Result<QByteArray> trustedKey(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("trusted-key")))
        return QByteArray();
    return Signer::readPublicKey(parser.value(QStringLiteral("trusted-key")));
}

std::optional<Bundle> openBundle(const QCommandLineParser &parser, const QString &path,
                                 int &exitCode)
{
    auto key = trustedKey(parser);
    if (!key) {
        exitCode = fail(key.error().message, 2);
        return std::nullopt;
    }
    auto bundle = Bundle::open(path, *key);
    if (!bundle) {
        exitCode = fail(bundle.error(), path);
        return std::nullopt;
    }
    return std::move(bundle.value());
}

void addTrustedKeyOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("trusted-key"),
                      QCoreApplication::translate(
                          "cli", "Accept only bundles signed by this public key (keygen's .pub)."),
                      QStringLiteral("pub")});
}

int keygenCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli",
        "Makes an Ed25519 key pair for signing bundles: FILE (secret, readable by you "
        "only) and FILE.pub (public, for --trusted-key)."));
    parser.addHelpOption();
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      QCoreApplication::translate("cli", "Secret key file to write."),
                      QStringLiteral("file")});
    if (const auto exit = parseArguments(parser, args))
        return *exit;
    if (!parser.isSet(QStringLiteral("output")))
        return fail(QCoreApplication::translate("cli", "keygen takes -o FILE; see --help"), 2);
    const QString path = parser.value(QStringLiteral("output"));
    const Signer::KeyPair keys = Signer::generate();
    if (auto written = Signer::writeKeyPair(keys, path); !written)
        return fail(written.error());
    out() << QCoreApplication::translate("cli", "Wrote %1 (secret) and %1.pub (public), key %2")
                 .arg(path, Signer::keyId(keys.publicKey))
          << Qt::endl;
    return 0;
}

int bundleCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli",
        "info: what a model bundle holds (model, data, target, threshold, metrics, "
        "members). verify: checks the archive, every member's checksum, the signature "
        "and that schema, pipeline and model agree; exit 0 when it is sound. A broken "
        "signature fails even without --trusted-key; only a trusted key says who signed."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("ACTION"), QStringLiteral("info|verify"));
    parser.addPositionalArgument(QStringLiteral("BUNDLE"),
                                 QCoreApplication::translate("cli", "Model bundle (.clb)."));
    parser.addOption(
        {QStringLiteral("json"), QCoreApplication::translate("cli", "Print one JSON object.")});
    addTrustedKeyOption(parser);
    parser.addOption({QStringLiteral("require-signature"),
                      QCoreApplication::translate(
                          "cli",
                          "verify: fail (exit 1) when the bundle is not signed, as a deploy "
                          "pipeline wants; with --trusted-key, signed by that key.")});
    if (const auto exit = parseArguments(parser, args))
        return *exit;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 2 || (pos[0] != QLatin1String("info") && pos[0] != QLatin1String("verify")))
        return fail(
            QCoreApplication::translate("cli", "bundle takes info|verify BUNDLE; see --help"), 2);
    auto key = trustedKey(parser);
    if (!key)
        return fail(key.error().message, 2);
    auto bundle = Bundle::open(pos[1], *key);
    const bool json = parser.isSet(QStringLiteral("json"));
    if (!bundle) {
        if (json && pos[0] == QLatin1String("verify"))
            out() << QJsonDocument(
                         QJsonObject {{QStringLiteral("ok"), false},
                                      {QStringLiteral("error"), bundle.error().message},
                                      {QStringLiteral("kind"), bundle.error().kindName()}})
                         .toJson(QJsonDocument::Compact)
                  << Qt::endl;
        return fail(bundle.error(), pos[1]);
    }
    if (pos[0] == QLatin1String("verify")) {
        const bool required = parser.isSet(QStringLiteral("require-signature"));
        const bool ok = !required || bundle->isSigned();
        if (json)
            out() << QJsonDocument(
                         QJsonObject {{QStringLiteral("ok"), ok},
                                      {QStringLiteral("signed"), bundle->isSigned()},
                                      {QStringLiteral("signature_checked"),
                                       bundle->signature() == Bundle::Signature::Trusted},
                                      {QStringLiteral("signature"), bundle->signatureDescription()},
                                      {QStringLiteral("learner"), bundle->learner()}})
                         .toJson(QJsonDocument::Compact)
                  << Qt::endl;
        else if (ok)
            out() << QCoreApplication::translate("cli", "%1: sound (%2, %3)")
                         .arg(pos[1], bundle->learner(), bundle->signatureDescription())
                  << Qt::endl;
        if (!ok)
            return fail(QCoreApplication::translate(
                            "cli", "%1: not signed, and --require-signature was given")
                            .arg(pos[1]),
                        1);
        return 0;
    }
    const QJsonObject info = bundle->info();
    if (json) {
        out() << QJsonDocument(info).toJson(QJsonDocument::Compact) << Qt::endl;
        return 0;
    }
    const QJsonObject model = info.value(QStringLiteral("model")).toObject();
    const QJsonObject data = info.value(QStringLiteral("data")).toObject();
    const QJsonObject target = info.value(QStringLiteral("target")).toObject();
    const QJsonObject test =
        info.value(QStringLiteral("metrics")).toObject().value(QStringLiteral("test")).toObject();
    out() << QCoreApplication::translate("cli", "Model:     %1 (%2), made by ChurnLab %3 on %4")
                 .arg(model.value(QStringLiteral("title")).toString(),
                      model.value(QStringLiteral("learner")).toString(),
                      info.value(QStringLiteral("churnlab_version")).toString(),
                      info.value(QStringLiteral("created")).toString())
          << Qt::endl
          << QCoreApplication::translate("cli", "Version:   %1").arg(bundle->modelVersion())
          << Qt::endl
          << QCoreApplication::translate("cli", "Data:      %1, %2 rows, SHA-256 %3")
                 .arg(data.value(QStringLiteral("file")).toString())
                 .arg(data.value(QStringLiteral("rows")).toInteger())
                 .arg(data.value(QStringLiteral("sha256")).toString())
          << Qt::endl
          << QCoreApplication::translate("cli", "Target:    %1 = %2; threshold %3")
                 .arg(target.value(QStringLiteral("column")).toString(),
                      target.value(QStringLiteral("positive")).toString())
                 .arg(info.value(QStringLiteral("threshold")).toDouble())
          << Qt::endl
          << QCoreApplication::translate("cli", "Test AUC:  %1")
                 .arg(test.value(QStringLiteral("auc")).toDouble(), 0, 'f', 4)
          << Qt::endl
          << QCoreApplication::translate("cli", "Signature: %1").arg(bundle->signatureDescription())
          << Qt::endl;
    const QJsonObject sizes = info.value(QStringLiteral("member_bytes")).toObject();
    for (auto it = sizes.begin(); it != sizes.end(); ++it)
        out() << QStringLiteral("  %1 %2\n").arg(it.key(), -22).arg(it->toInteger());
    return 0;
}

} // namespace churnlab::cli

#include "ServeSettings.h"

#include "core/bundle/Signer.h"

#include <QCommandLineParser>
#include <QFile>

using namespace churnlab;

std::optional<int> ServeSettings::parse(QCoreApplication &app)
{
    ServeSettings &s = *this;
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate(
        "serve",
        "Serves a ChurnLab model bundle over HTTP: the Open Inference Protocol v2 "
        "(KServe, Seldon, Triton clients), MLflow's /invocations, and /metrics."));
    p.addHelpOption();
    p.addVersionOption();
    p.addPositionalArgument(QStringLiteral("BUNDLE"), QStringLiteral("model.clb"));
    p.addOptions({
        {QStringLiteral("host"),
         QCoreApplication::translate("serve", "Address (default 127.0.0.1)."),
         QStringLiteral("addr"), QStringLiteral("127.0.0.1")},
        {QStringLiteral("port"),
         QCoreApplication::translate("serve", "Port (default 8080; 0 picks a free one)."),
         QStringLiteral("n"), QStringLiteral("8080")},
        {QStringLiteral("token-file"),
         QCoreApplication::translate(
             "serve",
             "Require this bearer token (file's first line) on all but the health probes."),
         QStringLiteral("file")},
        {QStringLiteral("max-body"),
         QCoreApplication::translate("serve", "Largest request body in bytes (default 16 MiB)."),
         QStringLiteral("bytes"), QString::number(s.limits.maxBody)},
        {QStringLiteral("request-timeout"),
         QCoreApplication::translate("serve", "Seconds a request may take to arrive (default 10)."),
         QStringLiteral("s"), QStringLiteral("10")},
        {QStringLiteral("max-connections"),
         QCoreApplication::translate("serve", "Most open connections (default 1024)."),
         QStringLiteral("n"), QStringLiteral("1024")},
        {QStringLiteral("workers"),
         QCoreApplication::translate("serve",
                                     "Threads that score requests (default: one per core)."),
         QStringLiteral("n"), QStringLiteral("0")},
        {QStringLiteral("max-queue"),
         QCoreApplication::translate("serve",
                                     "Scoring requests running or waiting, beyond which the "
                                     "server answers 503 with Retry-After (default 64)."),
         QStringLiteral("n"), QStringLiteral("64")},
        {QStringLiteral("log"),
         QCoreApplication::translate("serve",
                                     "Append one JSON line per scoring request to this file."),
         QStringLiteral("file")},
        {QStringLiteral("log-max-bytes"),
         QCoreApplication::translate("serve",
                                     "Rotate the request log beyond this size (default 100 MiB)."),
         QStringLiteral("bytes"), QString::number(s.service.logMaxBytes)},
        {QStringLiteral("log-inputs"),
         QCoreApplication::translate("serve", "Also log the input values.")},
        {QStringLiteral("trusted-key"),
         QCoreApplication::translate("serve", "Serve only bundles signed by this public key."),
         QStringLiteral("pub")},
    });
    p.process(app);
    if (p.positionalArguments().size() != 1) {
        fprintf(stderr, "churnlab-serve: give one BUNDLE; see --help\n");
        return 2;
    }
    s.bundle = p.positionalArguments().first();
    bool a = true, b = true, c = true, d = true, e = true;
    s.host = QHostAddress(p.value(QStringLiteral("host")));
    s.port = quint16(p.value(QStringLiteral("port")).toUInt(&a));
    s.limits.maxBody = p.value(QStringLiteral("max-body")).toLongLong(&b);
    s.limits.requestTimeoutMs = int(p.value(QStringLiteral("request-timeout")).toDouble(&c) * 1000);
    s.limits.maxConnections = p.value(QStringLiteral("max-connections")).toInt(&d);
    s.service.logMaxBytes = p.value(QStringLiteral("log-max-bytes")).toLongLong(&e);
    bool f = true, g = true;
    s.limits.workers = p.value(QStringLiteral("workers")).toInt(&f);
    s.limits.maxQueue = p.value(QStringLiteral("max-queue")).toInt(&g);
    if (!a || !b || !c || !d || !e || !f || !g || s.host.isNull() || s.limits.maxBody <= 0
        || s.limits.requestTimeoutMs <= 0 || s.limits.maxConnections <= 0 || s.limits.workers < 0
        || s.limits.maxQueue <= 0 || s.service.logMaxBytes < 4096) {
        fprintf(stderr, "churnlab-serve: a number or address option is not valid; see --help\n");
        return 2;
    }
    if (p.isSet(QStringLiteral("token-file"))) {
        QFile f(p.value(QStringLiteral("token-file")));
        if (!f.open(QIODevice::ReadOnly)) {
            fprintf(stderr, "churnlab-serve: cannot read the token file: %s\n",
                    qPrintable(f.errorString()));
            return 2;
        }
        s.service.token = f.readLine().trimmed();
        if (s.service.token.isEmpty()) {
            fprintf(stderr, "churnlab-serve: the token file is empty\n");
            return 2;
        }
    }
    s.service.logPath = p.value(QStringLiteral("log"));
    s.service.logInputs = p.isSet(QStringLiteral("log-inputs"));
    if (p.isSet(QStringLiteral("trusted-key"))) {
        auto key = Signer::readPublicKey(p.value(QStringLiteral("trusted-key")));
        if (!key) {
            fprintf(stderr, "churnlab-serve: %s\n", qPrintable(key.error().message));
            return 2;
        }
        s.trustedKey = key.value();
    }
    return std::nullopt;
}

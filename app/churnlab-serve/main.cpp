#include "HttpTransport.h"

#include <optional>

#include "core/bundle/Signer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileSystemWatcher>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QSocketNotifier>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

using namespace churnlab;

namespace {

int g_signalPipe[2];

// One JSON line on stderr per server event, for the platform's log collector.
void event(const QString &what, const QJsonObject &details = {})
{
    QJsonObject o = details;
    o.insert(QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("event"), what);
    fprintf(stderr, "%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
}

void onSignal(int signal)
{
    const char c = char(signal);
    [[maybe_unused]] const auto written = ::write(g_signalPipe[0], &c, 1);
}

struct Settings
{
    QString bundle;
    QHostAddress host;
    quint16 port = 8080;
    ScoringService::Options service;
    HttpTransport::Limits limits;
    QByteArray trustedKey;
};

// Parses the command line; returns the exit code when the program should stop.
std::optional<int> parse(QCoreApplication &app, Settings &s)
{
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
    if (!a || !b || !c || !d || !e || s.host.isNull() || s.limits.maxBody <= 0
        || s.limits.requestTimeoutMs <= 0 || s.limits.maxConnections <= 0) {
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

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("churnlab-serve"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CHURNLAB_VERSION));
    Settings settings;
    if (const auto exit = parse(app, settings))
        return *exit;
    auto opened = Bundle::open(settings.bundle, settings.trustedKey);
    if (!opened) {
        event(QStringLiteral("refused"),
              {{QStringLiteral("bundle"), settings.bundle},
               {QStringLiteral("error"), opened.error().message}});
        return 1;
    }
    ScoringService service(settings.service);
    if (service.log() && !service.log()->isOpen()) {
        event(QStringLiteral("error"),
              {{QStringLiteral("error"),
                QStringLiteral("cannot open the request log: ") + service.log()->errorString()}});
        return 1;
    }
    service.setBundle(std::make_shared<const Bundle>(std::move(opened.value())));
    HttpTransport transport(service, settings.limits);
    const quint16 port = transport.start(settings.host, settings.port);
    if (port == 0) {
        event(QStringLiteral("error"),
              {{QStringLiteral("error"),
                QStringLiteral("cannot listen on %1:%2")
                    .arg(settings.host.toString())
                    .arg(settings.port)}});
        return 1;
    }
    event(QStringLiteral("listening"),
          {{QStringLiteral("url"),
            QStringLiteral("http://%1:%2").arg(settings.host.toString()).arg(port)},
           {QStringLiteral("model"), service.bundle()->name()},
           {QStringLiteral("learner"), service.bundle()->learner()}});

    // A verified bundle replaces the served one whole, or the old one keeps serving.
    bool reloading = false;
    auto reload = [&](const QString &why) {
        if (reloading)
            return;
        reloading = true;
        auto *watcher = new QFutureWatcher<Result<Bundle>>(&app);
        QObject::connect(watcher, &QFutureWatcherBase::finished, &app, [&, watcher, why]() {
            Result<Bundle> next = watcher->result();
            watcher->deleteLater();
            reloading = false;
            service.metrics().countReload(next.ok());
            if (!next) {
                event(QStringLiteral("reload_refused"),
                      {{QStringLiteral("reason"), why},
                       {QStringLiteral("error"), next.error().message}});
                return;
            }
            service.setBundle(std::make_shared<const Bundle>(std::move(next.value())));
            event(QStringLiteral("reloaded"),
                  {{QStringLiteral("reason"), why},
                   {QStringLiteral("learner"), service.bundle()->learner()},
                   {QStringLiteral("model_version"), service.bundle()->modelVersion()},
                   {QStringLiteral("created"),
                    service.bundle()->manifest().value(QStringLiteral("created"))}});
        });
        watcher->setFuture(QtConcurrent::run([path = settings.bundle, key = settings.trustedKey]() {
            return Bundle::open(path, key);
        }));
    };
    QFileSystemWatcher files({settings.bundle});
    QTimer settle;
    settle.setSingleShot(true);
    settle.setInterval(300); // a file being copied in changes many times
    QObject::connect(&files, &QFileSystemWatcher::fileChanged, &settle,
                     qOverload<>(&QTimer::start));
    QObject::connect(&settle, &QTimer::timeout, &app, [&]() {
        if (!files.files().contains(settings.bundle) && QFile::exists(settings.bundle))
            files.addPath(settings.bundle); // an atomic rename replaced the watched file
        reload(QStringLiteral("file changed"));
    });

    ::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe);
    QSocketNotifier signalNotifier(g_signalPipe[1], QSocketNotifier::Read);
    QObject::connect(&signalNotifier, &QSocketNotifier::activated, &app, [&]() {
        char c = 0;
        [[maybe_unused]] const auto n = ::read(g_signalPipe[1], &c, 1);
        if (c == SIGHUP) {
            reload(QStringLiteral("SIGHUP"));
            return;
        }
        event(QStringLiteral("draining"), {{QStringLiteral("signal"), int(c)}});
        transport.drain(10000, [&]() {
            event(QStringLiteral("stopped"));
            app.quit();
        });
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (const int s : {SIGHUP, SIGTERM, SIGINT})
        sigaction(s, &action, nullptr);
    signal(SIGPIPE, SIG_IGN);
    return app.exec();
}

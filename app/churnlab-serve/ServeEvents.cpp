#include "ServeEvents.h"

#include "HttpTransport.h"

#include "core/serving/BundleWatcher.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

using namespace churnlab;

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int signal)
{
    const char c = char(signal);
    [[maybe_unused]] const auto written = ::write(g_signalPipe[0], &c, 1);
}

} // namespace

ServeEvents::ServeEvents(ScoringService &service, HttpTransport &transport, BundleWatcher &watcher)
    : m_service(service)
    , m_transport(transport)
    , m_watcher(watcher)
{
    connect(
        &watcher, &BundleWatcher::loaded, this,
        [this](std::shared_ptr<const Bundle> bundle, const QString &reason) {
            m_service.metrics().countReload(true);
            m_service.setBundle(std::move(bundle));
            const auto served = m_service.bundle();
            log(QStringLiteral("reloaded"),
                {{QStringLiteral("reason"), reason},
                 {QStringLiteral("learner"), served->learner()},
                 {QStringLiteral("model_version"), served->modelVersion()},
                 {QStringLiteral("created"), served->manifest().value(QStringLiteral("created"))}});
        });
    connect(&watcher, &BundleWatcher::refused, this,
            [this](const QString &error, const QString &reason) {
                m_service.metrics().countReload(false);
                log(QStringLiteral("reload_refused"),
                    {{QStringLiteral("reason"), reason}, {QStringLiteral("error"), error}});
            });
}

ServeEvents::~ServeEvents() = default;

void ServeEvents::log(const QString &what, const QJsonObject &details)
{
    QJsonObject o = details;
    o.insert(QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("event"), what);
    fprintf(stderr, "%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
}

void ServeEvents::handleSignals(QCoreApplication &app)
{
    ::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe);
    m_notifier = std::make_unique<QSocketNotifier>(g_signalPipe[1], QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, [this, &app]() {
        char c = 0;
        [[maybe_unused]] const auto n = ::read(g_signalPipe[1], &c, 1);
        if (c == SIGHUP) {
            m_watcher.reload(QStringLiteral("SIGHUP"));
            return;
        }
        if (m_transport.draining())
            return;
        log(QStringLiteral("draining"), {{QStringLiteral("signal"), int(c)}});
        m_transport.drain(10000, [&app]() {
            log(QStringLiteral("stopped"));
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
}

#include "HttpTransport.h"
#include "ServeEvents.h"
#include "ServeSettings.h"

#include "core/serving/BundleWatcher.h"

using namespace churnlab;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("churnlab-serve"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CHURNLAB_VERSION));
    ServeSettings settings;
    if (const auto exit = settings.parse(app))
        return *exit;
    auto opened = Bundle::open(settings.bundle, settings.trustedKey);
    if (!opened) {
        ServeEvents::log(QStringLiteral("refused"),
                         {{QStringLiteral("bundle"), settings.bundle},
                          {QStringLiteral("error"), opened.error().message}});
        return 1;
    }
    ScoringService service(settings.service);
    if (service.log() && !service.log()->isOpen()) {
        ServeEvents::log(
            QStringLiteral("error"),
            {{QStringLiteral("error"),
              QStringLiteral("cannot open the request log: ") + service.log()->errorString()}});
        return 1;
    }
    service.setBundle(std::make_shared<const Bundle>(std::move(opened.value())));
    HttpTransport transport(service, settings.limits);
    const quint16 port = transport.start(settings.host, settings.port);
    if (port == 0) {
        ServeEvents::log(QStringLiteral("error"),
                         {{QStringLiteral("error"),
                           QStringLiteral("cannot listen on %1:%2")
                               .arg(settings.host.toString())
                               .arg(settings.port)}});
        return 1;
    }
    ServeEvents::log(QStringLiteral("listening"),
                     {{QStringLiteral("url"),
                       QStringLiteral("http://%1:%2").arg(settings.host.toString()).arg(port)},
                      {QStringLiteral("model"), service.bundle()->name()},
                      {QStringLiteral("learner"), service.bundle()->learner()}});
    BundleWatcher watcher(settings.bundle, settings.trustedKey);
    ServeEvents events(service, transport, watcher);
    events.handleSignals(app);
    return app.exec();
}

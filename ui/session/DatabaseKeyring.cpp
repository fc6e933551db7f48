#include "ui/session/DatabaseKeyring.h"

#include <qt6keychain/keychain.h>

namespace DatabaseKeyring {

namespace {

const QString kService = QStringLiteral("ChurnLab");

// The connection without its password names the entry.
QString keyOf(const churnlab::DatabaseUrl &url)
{
    return url.display();
}

} // namespace

void read(const churnlab::DatabaseUrl &url, QObject *context,
          std::function<void(const QString &)> done)
{
    auto *job = new QKeychain::ReadPasswordJob(kService, context);
    job->setKey(keyOf(url));
    QObject::connect(job, &QKeychain::Job::finished, context, [job, done = std::move(done)]() {
        done(job->error() == QKeychain::NoError ? job->textData() : QString());
    });
    job->start(); // deletes itself when done
}

void write(const churnlab::DatabaseUrl &url, const QString &password)
{
    if (password.isEmpty())
        return;
    auto *job = new QKeychain::WritePasswordJob(kService);
    job->setKey(keyOf(url));
    job->setTextData(password);
    job->start();
}

} // namespace DatabaseKeyring

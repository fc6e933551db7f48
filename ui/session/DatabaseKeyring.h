#pragma once

#include "core/data/db/DatabaseUrl.h"

#include <QObject>
#include <QString>

#include <functional>

// Database passwords the analyst asked the desktop's keyring (Secret Service, KWallet, through
// qtkeychain) to keep, one per connection, under the connection's URL without its password.
// The dialog stores them; reopening a project or a recent connection reads them, so that a
// password never has to be in a project, a run or a setting. The keyring answers
// asynchronously; a desktop without one (or a headless run) answers with nothing.
namespace DatabaseKeyring {

// done(password) in context's thread; "" when the keyring has none or there is no keyring.
// Nothing is called once context is gone.
void read(const churnlab::DatabaseUrl &url, QObject *context,
          std::function<void(const QString &)> done);
void write(const churnlab::DatabaseUrl &url, const QString &password);

} // namespace DatabaseKeyring

#pragma once

#include "core/Progress.h"
#include "core/Result.h"
#include "core/data/db/DatabaseUrl.h"

#include <QCoreApplication>

#include <libpq-fe.h>

#include <memory>

// libpq as ChurnLab's PostgreSQL readers and writers use it: connections from a DatabaseUrl
// (with a connect timeout and the password kept out of every message), statements that wait
// without blocking so that a cancel reaches the server, and the server's errors with where in
// the analyst's SQL they point. Only core's .cpp files include this (libpq is private to core).
namespace churnlab::postgres {

struct Postgres
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::Postgres)
};

struct ConnDeleter
{
    void operator()(PGconn *c) const { PQfinish(c); }
};
struct ResultDeleter
{
    void operator()(PGresult *r) const { PQclear(r); }
};
using Connection = std::unique_ptr<PGconn, ConnDeleter>;
using PgResult = std::unique_ptr<PGresult, ResultDeleter>;

Error databaseError(const QString &message);
QString serverText(const char *text);
[[nodiscard]] Result<Connection> connect(const DatabaseUrl &url);
// The server's message, and (offset: what was put before the analyst's text) its position in
// the analyst's SQL; kNoPosition for statements of our own, whose positions mean nothing to them.
constexpr int kNoPosition = -1;
Error sqlError(PGconn *conn, const PGresult *res, int offset, const QString &what);
// Sends sql and waits for its first result; Progress's cancel cancels it on the server.
[[nodiscard]] Result<PgResult> run(PGconn *conn, const QByteArray &sql, Progress &progress);
// Asks the server to cancel what the connection runs.
void cancel(PGconn *conn);
// Waits up to 100 ms for the server and takes what it sent; false when the connection broke.
bool awaitInput(PGconn *conn);
void drain(PGconn *conn);

} // namespace churnlab::postgres

// Feeds arbitrary text to the database URL parser, as --db and the Open Database dialog do:
// it must accept or refuse with an error, and what it accepts must never show the password.
#include "core/data/db/DatabaseUrl.h"

#include <QUrl>

#include <cstdlib>

using namespace churnlab;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)DatabaseUrl::looksLikeUrl(text);
    auto url = DatabaseUrl::parse(text);
    if (!url)
        return url.error().message.isEmpty() ? (std::abort(), 0) : 0;
    const QString shown = url->display();
    // The shown URL has no password in its user information (a database may be named
    // anything, even like a password).
    const bool server =
        url->driver == DatabaseUrl::Driver::PostgreSql || url->driver == DatabaseUrl::Driver::MySql;
    if (server && !QUrl(shown).password().isEmpty())
        std::abort();
    (void)url->quoteIdentifier(text);
    return 0;
}

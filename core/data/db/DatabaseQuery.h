#pragma once

#include "core/data/csv/CsvDialect.h"
#include "core/data/db/DatabaseUrl.h"

#include <QHash>
#include <QJsonObject>

namespace churnlab {

// What to read from a database: a table (schema-qualified, quoted for the driver) or a query,
// with an optional row limit. display() names it without the password.
struct DatabaseQuery
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::DatabaseQuery)

public:
    DatabaseUrl url;
    QString table;
    QString query;
    qint64 limit = -1; // -1: every row
    bool sample = false; // the limit's rows drawn at random rather than the first ones

    // The SELECT that gives the rows: the table's, or the query without a trailing ";".
    QString selectSql() const;
    QString display() const;
    // What follows the SELECT to apply the limit: " LIMIT n", or for a sample
    // " ORDER BY random() LIMIT n" in the driver's spelling; empty without a limit.
    QString limitClause() const;
    // Exactly one of table and query, a query that is one statement, and a sample only with a
    // limit and a driver whose SQL can draw one.
    [[nodiscard]] Result<bool> validate() const;

    // The import options for a database's rows as CSV text: comma-separated UTF-8 with a
    // header, NULL (an empty field) missing and "NA" a value, the server's types where the
    // analyst set none.
    // As projects and recent lists keep it: the URL without its password, the table or the
    // query, the limit. fromJson() validates, and never takes a password into memory.
    QJsonObject toJson() const;
    [[nodiscard]] static Result<DatabaseQuery> fromJson(const QJsonObject &json);

    static CsvOptions rowOptions(CsvOptions options, const QHash<QString, ColumnType> &types);
};

} // namespace churnlab

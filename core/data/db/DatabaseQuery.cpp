#include "core/data/db/DatabaseQuery.h"

#include "core/JsonFields.h"

#include <limits>

namespace churnlab {

QString DatabaseQuery::selectSql() const
{
    if (!table.isEmpty())
        return QStringLiteral("SELECT * FROM ") + url.quoteIdentifier(table);
    QString sql = query.trimmed();
    while (sql.endsWith(QLatin1Char(';')))
        sql = sql.chopped(1).trimmed();
    return sql;
}

QString DatabaseQuery::display() const
{
    return table.isEmpty() ? tr("%1, query").arg(url.display())
                           : tr("%1, table %2").arg(url.display(), table);
}

QJsonObject DatabaseQuery::toJson() const
{
    QJsonObject o {{QStringLiteral("url"), url.display()}};
    if (!table.isEmpty())
        o.insert(QStringLiteral("table"), table);
    if (!query.isEmpty())
        o.insert(QStringLiteral("query"), query);
    if (limit >= 0)
        o.insert(QStringLiteral("limit"), limit);
    if (sample)
        o.insert(QStringLiteral("sample"), true);
    return o;
}

Result<DatabaseQuery> DatabaseQuery::fromJson(const QJsonObject &json)
{
    JsonFields f(json, tr("database source"));
    DatabaseQuery q;
    const QString text = f.text("url");
    if (f.has("table"))
        q.table = f.text("table");
    if (f.has("query"))
        q.query = f.text("query");
    if (f.has("limit"))
        q.limit = f.integer("limit", 0, std::numeric_limits<int>::max());
    if (f.has("sample"))
        q.sample = f.boolean("sample");
    if (!f.ok())
        return f.error();
    auto url = DatabaseUrl::parse(text);
    if (!url)
        return url.error();
    q.url = *url;
    q.url.password.clear();
    if (auto valid = q.validate(); !valid)
        return valid.error();
    return q;
}

QString DatabaseQuery::limitClause() const
{
    if (limit < 0)
        return {};
    if (!sample)
        return QStringLiteral(" LIMIT %1").arg(limit);
    const QString random = url.driver == DatabaseUrl::Driver::MySql ? QStringLiteral("RAND()")
                                                                    : QStringLiteral("random()");
    return QStringLiteral(" ORDER BY %1 LIMIT %2").arg(random).arg(limit);
}

Result<bool> DatabaseQuery::validate() const
{
    if (sample && limit < 0)
        return Error {Error::Kind::InvalidArgument,
                      tr("A sample needs a number of rows (--sample-rows N).")};
    if (sample && url.driver == DatabaseUrl::Driver::Odbc)
        return Error {Error::Kind::InvalidArgument,
                      tr("ODBC drivers share no way to draw a random sample: write it into the "
                         "query (e.g. TABLESAMPLE or ORDER BY random()) and use --limit.")};
    if (table.isEmpty() == query.trimmed().isEmpty())
        return Error {Error::Kind::InvalidArgument,
                      tr("Name either a table or a query to read from %1.").arg(url.display())};
    if (!query.isEmpty() && selectSql().isEmpty())
        return Error {Error::Kind::InvalidArgument, tr("The query is empty.")};
    return true;
}

CsvOptions DatabaseQuery::rowOptions(CsvOptions options, const QHash<QString, ColumnType> &types)
{
    options.delimiter = ',';
    options.header = true;
    options.encoding = TextEncoding::Utf8;
    options.decimalComma = false;
    // "NA" in a database is the text NA; NULL is what is missing.
    options.defaultNa = false;
    options.naValues.clear();
    options.headerRow = 0;
    options.skipRows = 0;
    options.thousands = 0;
    options.sheet.clear();
    for (auto it = types.begin(); it != types.end(); ++it)
        if (!options.typeOverrides.contains(it.key()))
            options.typeOverrides.insert(it.key(), it.value());
    return options;
}

} // namespace churnlab

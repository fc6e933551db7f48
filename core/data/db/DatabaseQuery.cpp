#include "core/data/db/DatabaseQuery.h"

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

Result<bool> DatabaseQuery::validate() const
{
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

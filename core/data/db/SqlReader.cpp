#include "core/data/db/SqlReader.h"

#include "core/data/csv/CsvStreamParse.h"
#include "core/data/db/SqlConnection.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

#include <vector>

namespace churnlab {

namespace {

Error databaseError(const QString &message)
{
    return Error {Error::Kind::Database, message};
}

std::optional<ColumnType> typeOf(const QSqlField &field)
{
    switch (field.metaType().id()) {
    case QMetaType::Bool:
        return ColumnType::Boolean;
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::UChar:
    case QMetaType::UInt:
        // A one-digit integer is a flag: MySQL's BOOLEAN is TINYINT(1) (its own connectors
        // read it so), and Qt's ODBC driver gives SQL_BIT as an unsigned integer of length 1.
        if (field.length() == 1)
            return ColumnType::Boolean;
        return ColumnType::Integer;
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
        return ColumnType::Integer;
    case QMetaType::Double:
    case QMetaType::Float:
        return ColumnType::Real;
    case QMetaType::QDate:
        return ColumnType::Date;
    case QMetaType::QDateTime:
        return ColumnType::DateTime;
    default:
        return std::nullopt; // text, and what SQLite leaves open: inferred from the values
    }
}

// lostTimes counts timestamps the driver could not give (see read()). A flag column's value
// is written true or false whatever the driver hands over (SQLite and MySQL give integers),
// so that its labels are the ones every other route gives.
void appendCsv(QByteArray &out, const QVariant &v, qint64 *lostTimes, bool flag = false)
{
    if (v.isNull())
        return;
    QByteArray text;
    switch (flag ? int(QMetaType::Bool) : v.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float:
        text = QByteArray::number(v.toDouble(), 'g', QLocale::FloatingPointShortest);
        break;
    case QMetaType::Bool:
        text = v.toBool() ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
        break;
    case QMetaType::QDateTime: {
        // Drivers give a timestamp without a zone as local time: its wall clock is the value
        // (converting it would shift it by this machine's offset). One with a zone is an
        // instant, kept in UTC.
        QDateTime t = v.toDateTime();
        if (!t.isValid()) {
            ++*lostTimes;
            return;
        }
        if (t.timeSpec() != Qt::LocalTime)
            t = t.toUTC();
        text = t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")).toUtf8();
        break;
    }
    case QMetaType::QDate:
        text = v.toDate().toString(Qt::ISODate).toUtf8();
        break;
    case QMetaType::QByteArray:
        text = v.toByteArray().toHex();
        break;
    default:
        text = v.toString().toUtf8();
        break;
    }
    if (text.isEmpty() || text.contains(',') || text.contains('"') || text.contains('\n')
        || text.contains('\r')) {
        out += '"';
        out += text.replace('"', "\"\"");
        out += '"';
    } else {
        out += text;
    }
}

// Qt's MySQL driver turns DATETIME into a local QDateTime, which loses a wall-clock time in
// this machine's daylight-saving gap. The server formats such columns as text instead (found
// by describing the query first), and they stay timestamps by name. A query that cannot be
// described (duplicate column names in a derived table) runs as written.
QString mysqlSelect(QSqlDatabase &db, const QString &sql, QHash<QString, ColumnType> &types)
{
    QSqlQuery describe(db);
    describe.setForwardOnly(true);
    if (!describe.exec(QStringLiteral("SELECT * FROM (%1) AS churnlab_d LIMIT 0").arg(sql)))
        return sql;
    const QSqlRecord record = describe.record();
    QStringList columns;
    bool rewritten = false;
    for (int i = 0; i < record.count(); ++i) {
        const QString quoted = QLatin1Char('`')
            + QString(record.fieldName(i)).replace(QStringLiteral("`"), QStringLiteral("``"))
            + QLatin1Char('`');
        if (record.field(i).metaType().id() == QMetaType::QDateTime) {
            columns << QStringLiteral("DATE_FORMAT(churnlab_q.%1, '%Y-%m-%dT%H:%i:%s.%f') AS %1")
                           .arg(quoted);
            types.insert(record.fieldName(i), ColumnType::DateTime);
            rewritten = true;
        } else {
            columns << QStringLiteral("churnlab_q.") + quoted;
        }
    }
    if (!rewritten)
        return sql;
    return QStringLiteral("SELECT %1 FROM (%2) AS churnlab_q")
        .arg(columns.join(QStringLiteral(", ")), sql);
}

} // namespace

SqlReader::SqlReader(CsvOptions options)
    : m_options(std::move(options))
{
}

Result<CsvReadResult> SqlReader::read(const DatabaseQuery &source, Progress &progress) const
{
    if (auto valid = source.validate(); !valid)
        return valid.error();
    const DatabaseUrl &url = source.url;
    SqlConnection connection;
    if (auto opened = connection.open(url, SqlConnection::Access::Read); !opened)
        return opened.error();
    QSqlDatabase &db = connection.db();
    QString sql = source.selectSql();
    if (source.limit >= 0)
        sql = QStringLiteral("SELECT * FROM (%1) AS churnlab_l").arg(sql) + source.limitClause();
    QHash<QString, ColumnType> types;
    if (url.driver == DatabaseUrl::Driver::MySql)
        sql = mysqlSelect(db, sql, types);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(sql))
        return databaseError(
            tr("Reading %1 failed: %2").arg(source.display(), query.lastError().text().trimmed()));
    const QSqlRecord record = query.record();
    const int n = record.count();
    std::vector<char> flags(size_t(n), 0);
    for (int i = 0; i < n; ++i) {
        const QString name = record.fieldName(i);
        if (auto t = typeOf(record.field(i)); t && !types.contains(name))
            types.insert(name, *t);
        flags[size_t(i)] = types.value(name, ColumnType::Text) == ColumnType::Boolean;
    }
    // Rows are written as CSV text and typed chunk by chunk on a worker while the driver
    // fetches the next ones; the whole result is never held as text.
    CsvStreamParse stream(DatabaseQuery::rowOptions(m_options, types), progress);
    qint64 lostTimes = 0;
    // One record of the n values value(i) gives; flags apply to rows, not to the header.
    auto writeRecord = [&](const auto &value, bool row) {
        QByteArray &out = stream.records();
        for (int i = 0; i < n; ++i) {
            if (i)
                out += ',';
            appendCsv(out, value(i), &lostTimes, row && flags[size_t(i)]);
        }
        out += '\n';
        return stream.recordEnded();
    };
    writeRecord([&](int i) { return QVariant(record.fieldName(i)); }, false);
    qint64 rows = 0;
    bool streaming = true;
    while (streaming && query.next()) {
        streaming = writeRecord([&](int i) { return query.value(i); }, true);
        if (++rows % 4096 == 0) {
            if (progress.isCancelled())
                return Error {Error::Kind::Cancelled, tr("Cancelled.")};
            progress.report(0, tr("%1 rows read").arg(rows));
        }
    }
    if (query.lastError().isValid())
        return databaseError(tr("Reading %1 failed after %2 rows: %3")
                                 .arg(source.display())
                                 .arg(rows)
                                 .arg(query.lastError().text().trimmed()));
    if (rows == 0)
        return Error {Error::Kind::Empty, tr("%1 returned no rows.").arg(source.display())};
    query.finish();
    auto read = stream.finish();
    // A timestamp without a zone that falls in this machine's daylight-saving gap has no
    // local time, and Qt's drivers hand it over as local time: it cannot be read, and is
    // missing. Say so rather than let it pass unnoticed.
    if (read && lostTimes > 0)
        read->warnings << tr("%n timestamp(s) fell in this machine's daylight-saving gap and "
                             "could not be read (they are missing); cast them to text in the "
                             "query, or run with TZ=UTC.",
                             nullptr, int(std::min<qint64>(lostTimes, INT_MAX)));
    return read;
}

} // namespace churnlab

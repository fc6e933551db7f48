#include "core/data/db/SqlWriter.h"

#include "core/data/db/SqlConnection.h"

#include <QSqlError>
#include <QSqlQuery>

namespace churnlab {

namespace {

// Rows per INSERT: few round trips, and far below any driver's limit on placeholders.
constexpr int kBatchRows = 250;

Error databaseError(const QString &message)
{
    return Error {Error::Kind::Database, message};
}

} // namespace

struct SqlWriter::State
{
    SqlConnection connection;
    QStringList columns;
    QList<bool> numeric;
    QString target; // quoted: the table, or the staging table a MySQL replace fills
    QString staging; // unquoted staging name, empty when none
    QList<QStringList> pending;
    QString batchSql; // the full-batch INSERT, prepared once
    std::unique_ptr<QSqlQuery> batch;
    bool inTransaction = false;
};

SqlWriter::SqlWriter(DatabaseUrl url, QString table, WriteMode mode)
    : m_url(std::move(url))
    , m_table(std::move(table))
    , m_mode(mode)
{
}

SqlWriter::~SqlWriter()
{
    if (!m_state)
        return;
    m_state->batch.reset();
    QSqlDatabase &db = m_state->connection.db();
    if (m_state->inTransaction)
        db.rollback();
    if (!m_state->staging.isEmpty())
        QSqlQuery(db).exec(
            QStringLiteral("DROP TABLE IF EXISTS %1").arg(m_url.quoteIdentifier(m_state->staging)));
}

QString SqlWriter::name() const
{
    return tr("%1, table %2").arg(m_url.display(), m_table);
}

QStringList SqlWriter::splitLine(std::string_view line)
{
    QStringList fields;
    std::string field;
    bool quoted = false;
    for (size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted) {
            if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            fields << QString::fromStdString(field);
            field.clear();
        } else if (c != '\r') {
            field += c;
        }
    }
    fields << QString::fromStdString(field);
    return fields;
}

Result<bool> SqlWriter::exec(const QString &sql, const QString &what)
{
    QSqlQuery q(m_state->connection.db());
    if (!q.exec(sql))
        return databaseError(
            tr("%1 %2 failed: %3").arg(what, name(), q.lastError().text().trimmed()));
    return true;
}

Result<bool> SqlWriter::begin(const QStringList &columns, const QList<bool> &numeric)
{
    if (m_table.trimmed().isEmpty())
        return databaseError(tr("Name the table to write the scores to."));
    m_state = std::make_unique<State>();
    if (auto opened = m_state->connection.open(m_url, SqlConnection::Access::Write); !opened) {
        m_state.reset();
        return opened.error();
    }
    m_state->columns = columns;
    m_state->numeric = numeric;
    QStringList definitions;
    for (qsizetype i = 0; i < columns.size(); ++i)
        definitions << m_url.quoteIdentifier(columns[i])
                + (numeric.value(i) ? QStringLiteral(" DOUBLE PRECISION")
                                    : QStringLiteral(" TEXT"));
    const QString table = m_url.quoteIdentifier(m_table);
    const QString columnsSql = definitions.join(QStringLiteral(", "));
    // MySQL commits around every DDL statement: a replace fills a staging table out of sight.
    const bool ddlCommits = m_url.driver == DatabaseUrl::Driver::MySql;
    if (m_mode == WriteMode::Replace && ddlCommits) {
        m_state->staging = m_table + QStringLiteral("_churnlab_new");
        m_state->target = m_url.quoteIdentifier(m_state->staging);
        if (auto r = exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(m_state->target),
                          tr("Preparing"));
            !r)
            return r;
        if (auto r = exec(QStringLiteral("CREATE TABLE %1 (%2)").arg(m_state->target, columnsSql),
                          tr("Preparing"));
            !r)
            return r;
    } else {
        m_state->target = table;
        if (ddlCommits) {
            if (auto r = exec(
                    QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (%2)").arg(table, columnsSql),
                    tr("Preparing"));
                !r)
                return r;
        }
    }
    if (!m_state->connection.db().transaction())
        return databaseError(
            tr("Writing %1 failed: the database refused a transaction (%2).")
                .arg(name(), m_state->connection.db().lastError().text().trimmed()));
    m_state->inTransaction = true;
    if (!ddlCommits) {
        const bool replace = m_mode == WriteMode::Replace;
        if (replace)
            if (auto r =
                    exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(table), tr("Preparing"));
                !r)
                return r;
        const QString create = replace ? QStringLiteral("CREATE TABLE %1 (%2)")
                                       : QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (%2)");
        if (auto r = exec(create.arg(table, columnsSql), tr("Preparing")); !r)
            return r;
    }
    return true;
}

Result<bool> SqlWriter::write(const std::string &lines)
{
    if (!m_state || !m_state->inTransaction)
        return databaseError(tr("Writing %1 before it was begun.").arg(name()));
    size_t start = 0;
    while (start < lines.size()) {
        size_t end = lines.find('\n', start);
        if (end == std::string::npos)
            end = lines.size();
        if (end > start) {
            QStringList fields = splitLine(std::string_view(lines).substr(start, end - start));
            if (fields.size() != m_state->columns.size())
                return databaseError(tr("Writing %1 failed: a row has %2 fields, not %3.")
                                         .arg(name())
                                         .arg(fields.size())
                                         .arg(m_state->columns.size()));
            m_state->pending << std::move(fields);
            if (m_state->pending.size() == kBatchRows)
                if (auto r = flush(); !r)
                    return r;
        }
        start = end + 1;
    }
    return true;
}

Result<bool> SqlWriter::flush()
{
    const qsizetype rows = m_state->pending.size();
    if (rows == 0)
        return true;
    const qsizetype n = m_state->columns.size();
    QStringList names;
    for (const QString &c : m_state->columns)
        names << m_url.quoteIdentifier(c);
    const QString tuple = QLatin1Char('(')
        + QStringList(n, QStringLiteral("?")).join(QLatin1Char(',')) + QLatin1Char(')');
    const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                            .arg(m_state->target, names.join(QStringLiteral(", ")),
                                 QStringList(rows, tuple).join(QLatin1Char(',')));
    QSqlDatabase &db = m_state->connection.db();
    // A full batch reuses its prepared statement; the last, shorter one prepares its own.
    std::unique_ptr<QSqlQuery> once;
    QSqlQuery *q = nullptr;
    if (rows == kBatchRows && m_state->batch && m_state->batchSql == sql) {
        q = m_state->batch.get();
    } else {
        auto prepared = std::make_unique<QSqlQuery>(db);
        if (!prepared->prepare(sql))
            return databaseError(
                tr("Writing %1 failed: %2").arg(name(), prepared->lastError().text().trimmed()));
        q = prepared.get();
        if (rows == kBatchRows) {
            m_state->batchSql = sql;
            m_state->batch = std::move(prepared);
        } else {
            once = std::move(prepared);
        }
    }
    int at = 0;
    for (const QStringList &row : std::as_const(m_state->pending)) {
        for (qsizetype c = 0; c < n; ++c, ++at) {
            const QString &v = row[c];
            if (v.isEmpty()) {
                q->bindValue(at,
                             m_state->numeric.value(c) ? QVariant(QMetaType::fromType<double>())
                                                       : QVariant(QMetaType::fromType<QString>()));
            } else if (m_state->numeric.value(c)) {
                bool ok = false;
                const double d = v.toDouble(&ok);
                if (!ok)
                    return databaseError(tr("Writing %1 failed: “%2” in %3 is not a number.")
                                             .arg(name(), v, m_state->columns[c]));
                q->bindValue(at, d);
            } else {
                q->bindValue(at, v);
            }
        }
    }
    if (!q->exec())
        return databaseError(
            tr("Writing %1 failed: %2").arg(name(), q->lastError().text().trimmed()));
    m_state->pending.clear();
    return true;
}

Result<bool> SqlWriter::commit()
{
    if (!m_state || !m_state->inTransaction)
        return databaseError(tr("Writing %1 before it was begun.").arg(name()));
    if (auto r = flush(); !r)
        return r;
    m_state->batch.reset();
    QSqlDatabase &db = m_state->connection.db();
    if (!db.commit())
        return databaseError(
            tr("Committing %1 failed: %2").arg(name(), db.lastError().text().trimmed()));
    m_state->inTransaction = false;
    if (!m_state->staging.isEmpty()) {
        // One RENAME TABLE moves both names at once: readers see the old table or the new.
        const QString table = m_url.quoteIdentifier(m_table);
        const QString old = m_url.quoteIdentifier(m_table + QStringLiteral("_churnlab_old"));
        QSqlQuery exists(db);
        const bool had = exists.exec(QStringLiteral("SELECT 1 FROM %1 LIMIT 0").arg(table));
        if (auto r = exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(old), tr("Committing")); !r)
            return r;
        const QString rename = had
            ? QStringLiteral("RENAME TABLE %1 TO %2, %3 TO %1").arg(table, old, m_state->target)
            : QStringLiteral("RENAME TABLE %1 TO %2").arg(m_state->target, table);
        if (auto r = exec(rename, tr("Committing")); !r)
            return r;
        m_state->staging.clear();
        if (had)
            if (auto r = exec(QStringLiteral("DROP TABLE %1").arg(old), tr("Committing")); !r)
                return r;
    }
    m_state.reset();
    return true;
}

} // namespace churnlab

#include "core/tracking/TrackingStore.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>

namespace churnlab {

namespace {

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// A null QString binds as SQL NULL; the columns are NOT NULL text.
QVariant text(const QString &s)
{
    return QVariant(s.isNull() ? QStringLiteral("") : s);
}

QJsonObject object(const QVariant &v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

Error sqlError(const QString &what, const QSqlError &e)
{
    return Error {Error::Kind::Io, QStringLiteral("%1: %2").arg(what, e.text())};
}

// The columns version 1 had; version 2 added source and note.
const char *kCreateRuns = R"(CREATE TABLE runs (
    id %1,
    experiment TEXT NOT NULL,
    started TEXT NOT NULL,
    seconds DOUBLE PRECISION NOT NULL,
    status TEXT NOT NULL,
    error TEXT NOT NULL,
    user_name TEXT NOT NULL,
    churnlab_version TEXT NOT NULL,
    data TEXT NOT NULL,
    learner TEXT NOT NULL,
    params TEXT NOT NULL,
    seed TEXT NOT NULL,
    spec TEXT NOT NULL,
    metrics TEXT NOT NULL,
    fold_metrics TEXT NOT NULL,
    train_seconds DOUBLE PRECISION NOT NULL,
    bundle TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT ''))";

} // namespace

QString TrackingStore::defaultLocation()
{
    const QString env = qEnvironmentVariable("CHURNLAB_TRACKING");
    if (!env.isEmpty())
        return env;
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/ChurnLab/runs.sqlite");
}

Result<std::unique_ptr<TrackingStore>> TrackingStore::open(const QString &location)
{
    static QAtomicInteger<quint64> counter;
    std::unique_ptr<TrackingStore> store(new TrackingStore);
    store->m_location = location;
    store->m_connection = QStringLiteral("churnlab-tracking-%1").arg(counter.fetchAndAddRelaxed(1));
    store->m_postgres = location.startsWith(QLatin1String("postgresql://"))
        || location.startsWith(QLatin1String("postgres://"));
    QSqlDatabase db;
    if (store->m_postgres) {
        const QUrl url(location);
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), store->m_connection);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setDatabaseName(url.path().mid(1));
    } else {
        QDir().mkpath(QFileInfo(location).absolutePath());
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), store->m_connection);
        db.setDatabaseName(location);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=15000"));
    }
    if (!db.isValid())
        return Error {
            Error::Kind::Io,
            tr("The Qt SQL driver for %1 is not installed.")
                .arg(store->m_postgres ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite"))};
    if (!db.open())
        return sqlError(tr("Cannot open the run store %1").arg(location), db.lastError());
    if (!store->m_postgres) {
        QSqlQuery(db).exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        QSqlQuery(db).exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    }
    if (auto migrated = store->migrate(); !migrated)
        return migrated.error();
    return store;
}

TrackingStore::~TrackingStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

Result<bool> TrackingStore::migrate()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    // Two processes opening a new store at once must not both create it: the version is read
    // and the schema changed under a write lock (SQLite's BEGIN IMMEDIATE waits for the other
    // writer; PostgreSQL takes a transaction-scoped advisory lock).
    const bool locked = m_postgres
        ? db.transaction() && q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(734211)"))
        : q.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!locked)
        return sqlError(tr("Cannot open the run store %1").arg(m_location), q.lastError());
    auto finish = [&](bool commit) {
        if (m_postgres)
            return commit ? db.commit() : db.rollback();
        return QSqlQuery(db).exec(commit ? QStringLiteral("COMMIT") : QStringLiteral("ROLLBACK"));
    };
    int version = 0;
    if (db.tables().contains(QStringLiteral("schema_version"))) {
        if (!q.exec(QStringLiteral("SELECT version FROM schema_version")) || !q.next()) {
            const Error e = sqlError(tr("Cannot read the run store's version"), q.lastError());
            finish(false);
            return e;
        }
        version = q.value(0).toInt();
        q.finish();
    }
    if (version >= kSchemaVersion)
        finish(true);
    if (version > kSchemaVersion)
        return Error {Error::Kind::NewerFormat,
                      tr("The run store %1 has schema version %2, made by a newer ChurnLab; this "
                         "one reads up to version %3.")
                          .arg(m_location)
                          .arg(version)
                          .arg(kSchemaVersion)};
    if (version == kSchemaVersion)
        return true;
    auto run = [&](const QString &sql) {
        if (!q.exec(sql)) {
            const Error e = sqlError(tr("Cannot set up the run store"), q.lastError());
            finish(false);
            return std::optional<Error>(e);
        }
        return std::optional<Error>();
    };
    std::optional<Error> failed;
    if (version == 0) {
        const QString key = m_postgres ? QStringLiteral("BIGSERIAL PRIMARY KEY")
                                       : QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT");
        for (const QString &sql :
             {QString::fromLatin1(kCreateRuns).arg(key),
              QStringLiteral("CREATE TABLE tags (run_id BIGINT NOT NULL, tag TEXT NOT NULL, "
                             "PRIMARY KEY (run_id, tag))"),
              QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)"),
              QStringLiteral("INSERT INTO schema_version VALUES (%1)").arg(kSchemaVersion)})
            if ((failed = run(sql)))
                return *failed;
    } else if (version == 1) {
        // Version 1 stores lack where a run came from and its note.
        for (const QString &sql :
             {QStringLiteral("ALTER TABLE runs ADD COLUMN source TEXT NOT NULL DEFAULT ''"),
              QStringLiteral("ALTER TABLE runs ADD COLUMN note TEXT NOT NULL DEFAULT ''"),
              QStringLiteral("UPDATE schema_version SET version = %1").arg(kSchemaVersion)})
            if ((failed = run(sql)))
                return *failed;
    }
    if (!finish(true))
        return sqlError(tr("Cannot set up the run store"), db.lastError());
    return true;
}

Result<qint64> TrackingStore::record(const RunRecord &r)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction())
        return sqlError(tr("Cannot record the run"), db.lastError());
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
                  "INSERT INTO runs (experiment, started, seconds, status, error, user_name, "
                  "churnlab_version, data, learner, params, seed, spec, metrics, fold_metrics, "
                  "train_seconds, bundle, source, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                  "?, ?, ?, "
                  "?, ?, ?, ?)%1")
                  .arg(m_postgres ? QStringLiteral(" RETURNING id") : QString()));
    for (const QVariant &v :
         {text(r.experiment), text(r.started.toUTC().toString(Qt::ISODateWithMs)),
          QVariant(r.seconds), text(RunRecord::statusName(r.status)), text(r.error), text(r.user),
          text(r.churnlabVersion), text(json(r.data)), text(r.learner), text(json(r.params)),
          text(QString::number(r.seed)), text(json(r.spec)), text(json(r.metrics)),
          text(json(r.foldMetrics)), QVariant(r.trainSeconds), text(r.bundle), text(r.source),
          text(r.note)})
        q.addBindValue(v);
    if (!q.exec()) {
        const Error e = sqlError(tr("Cannot record the run"), q.lastError());
        db.rollback();
        return e;
    }
    const qint64 id =
        m_postgres ? (q.next() ? q.value(0).toLongLong() : 0) : q.lastInsertId().toLongLong();
    q.finish();
    QSqlQuery t(db);
    t.prepare(QStringLiteral("INSERT INTO tags (run_id, tag) VALUES (?, ?)"));
    for (const QString &tag : r.tags) {
        t.addBindValue(id);
        t.addBindValue(tag);
        if (!t.exec()) {
            const Error e = sqlError(tr("Cannot record the run"), t.lastError());
            db.rollback();
            return e;
        }
    }
    if (!db.commit())
        return sqlError(tr("Cannot record the run"), db.lastError());
    return id;
}

Result<QList<RunRecord>> TrackingStore::list(const QString &experiment) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
                  "SELECT id, experiment, started, seconds, status, error, user_name, "
                  "churnlab_version, data, learner, params, seed, spec, metrics, fold_metrics, "
                  "train_seconds, bundle, source, note FROM runs %1 ORDER BY id DESC")
                  .arg(experiment.isEmpty() ? QString() : QStringLiteral("WHERE experiment = ?")));
    if (!experiment.isEmpty())
        q.addBindValue(experiment);
    if (!q.exec())
        return sqlError(tr("Cannot read the runs"), q.lastError());
    QList<RunRecord> out;
    QHash<qint64, int> at;
    while (q.next()) {
        RunRecord r;
        r.id = q.value(0).toLongLong();
        r.experiment = q.value(1).toString();
        r.started = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
        r.seconds = q.value(3).toDouble();
        r.status =
            RunRecord::statusFromName(q.value(4).toString()).value_or(RunRecord::Status::Failed);
        r.error = q.value(5).toString();
        r.user = q.value(6).toString();
        r.churnlabVersion = q.value(7).toString();
        r.data = object(q.value(8));
        r.learner = q.value(9).toString();
        r.params = object(q.value(10));
        r.seed = q.value(11).toString().toULongLong();
        r.spec = object(q.value(12));
        r.metrics = object(q.value(13));
        r.foldMetrics = object(q.value(14));
        r.trainSeconds = q.value(15).toDouble();
        r.bundle = q.value(16).toString();
        r.source = q.value(17).toString();
        r.note = q.value(18).toString();
        at.insert(r.id, int(out.size()));
        out.append(r);
    }
    QSqlQuery t(db);
    if (!t.exec(QStringLiteral("SELECT run_id, tag FROM tags ORDER BY tag")))
        return sqlError(tr("Cannot read the runs"), t.lastError());
    while (t.next())
        if (auto it = at.constFind(t.value(0).toLongLong()); it != at.cend())
            out[*it].tags << t.value(1).toString();
    return out;
}

Result<RunRecord> TrackingStore::get(qint64 id) const
{
    auto all = list();
    if (!all)
        return all.error();
    for (const RunRecord &r : *all)
        if (r.id == id)
            return r;
    return Error {Error::Kind::InvalidArgument,
                  tr("There is no run %1 in %2.").arg(id).arg(m_location)};
}

Result<bool> TrackingStore::tag(qint64 id, const QString &tag)
{
    auto run = get(id);
    if (!run)
        return run.error();
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction())
        return sqlError(tr("Cannot tag the run"), db.lastError());
    QSqlQuery q(db);
    if (tag == QLatin1String("champion")) {
        // One champion per experiment.
        q.prepare(QStringLiteral("DELETE FROM tags WHERE tag = ? AND run_id IN "
                                 "(SELECT id FROM runs WHERE experiment = ?)"));
        q.addBindValue(tag);
        q.addBindValue(run->experiment);
        if (!q.exec()) {
            const Error e = sqlError(tr("Cannot tag the run"), q.lastError());
            db.rollback();
            return e;
        }
    }
    q.prepare(QStringLiteral("DELETE FROM tags WHERE run_id = ? AND tag = ?"));
    q.addBindValue(id);
    q.addBindValue(tag);
    bool ok = q.exec();
    q.prepare(QStringLiteral("INSERT INTO tags (run_id, tag) VALUES (?, ?)"));
    q.addBindValue(id);
    q.addBindValue(tag);
    ok = ok && q.exec();
    if (!ok) {
        const Error e = sqlError(tr("Cannot tag the run"), q.lastError());
        db.rollback();
        return e;
    }
    if (!db.commit())
        return sqlError(tr("Cannot tag the run"), db.lastError());
    return true;
}

Result<bool> TrackingStore::untag(qint64 id, const QString &tag)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM tags WHERE run_id = ? AND tag = ?"));
    q.addBindValue(id);
    q.addBindValue(tag);
    if (!q.exec())
        return sqlError(tr("Cannot untag the run"), q.lastError());
    return true;
}

} // namespace churnlab

#pragma once

#include "core/Result.h"
#include "core/tracking/RunRecord.h"

#include <QCoreApplication>

#include <memory>

namespace churnlab {

// Where training runs are kept, through Qt SQL: an embedded SQLite file by default (one
// analyst), or a PostgreSQL server for a team (`postgresql://user:password@host:port/db`,
// Qt's QPSQL driver). The schema carries its version and is migrated forward on open; a store
// from a newer ChurnLab is refused. Every write is one transaction, and SQLite runs in WAL
// mode with a busy timeout, so two ChurnLab processes recording at once both land.
class TrackingStore
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::TrackingStore)

public:
    static constexpr int kSchemaVersion = 2;

    // $CHURNLAB_TRACKING when set ("off" disables tracking), else runs.sqlite in the user's
    // data folder (~/.local/share/ChurnLab).
    static QString defaultLocation();
    static bool isDisabled(const QString &location) { return location == QLatin1String("off"); }

    [[nodiscard]] static Result<std::unique_ptr<TrackingStore>> open(const QString &location);
    ~TrackingStore();

    QString location() const { return m_location; }
    [[nodiscard]] Result<qint64> record(const RunRecord &run);
    // Newest first; all experiments when experiment is empty.
    [[nodiscard]] Result<QList<RunRecord>> list(const QString &experiment = {}) const;
    [[nodiscard]] Result<RunRecord> get(qint64 id) const;
    // "champion" belongs to one run per experiment: tagging a run takes it from the others.
    [[nodiscard]] Result<bool> tag(qint64 id, const QString &tag);
    [[nodiscard]] Result<bool> untag(qint64 id, const QString &tag);

private:
    TrackingStore() = default;
    [[nodiscard]] Result<bool> migrate();

    QString m_location;
    QString m_connection;
    bool m_postgres = false;
};

} // namespace churnlab

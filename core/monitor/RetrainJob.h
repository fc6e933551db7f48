#pragma once

#include "core/Progress.h"
#include "core/Result.h"
#include "core/data/csv/CsvDialect.h"
#include "core/monitor/Retraining.h"

#include <QCoreApplication>

namespace churnlab {

// "Retrain on New Data" from files to a decision, once for `churnlab-cli retrain` and the
// Monitor tab: opens the champion bundle, reads the new (and, to append, the old) data as the
// champion reads its input, retrains and decides (Retraining), writes a promoted challenger as
// the champion's next version (atomically, so a `churnlab-serve` watching the file reloads a
// whole bundle), and records both models' runs with the decision in the tracking store.
class RetrainJob
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::RetrainJob)

public:
    struct Request
    {
        QString champion; // bundle path
        DataInput newData; // a data file or a database's rows
        DataInput oldData; // the same; required to append
        CsvOptions csv;
        RetrainOptions options;
        QString output; // where a promoted challenger goes; empty: over the champion
        QByteArray secretKey; // signs the new bundle when set
        QByteArray trustedKey; // the champion must be signed by it when set
        QString tracking; // a TrackingStore location, "off", or empty for the default
        QString source = QStringLiteral("cli");
        bool dryRun = false; // decide, but write nothing
    };

    struct Summary
    {
        Retraining::Outcome outcome;
        int championVersion = 1;
        QString written; // the new bundle's path when it was written
        QList<qint64> runIds; // the champion's evaluation and the challenger, when tracked
        QStringList warnings; // tracking that failed: never a lost decision
        QJsonObject toJson() const;
    };

    // Where the app writes a promoted challenger unless the analyst chooses: beside the
    // champion, "churn.clb" → "churn-challenger.clb", so the champion's file stays as it is.
    static QString besideChampion(const QString &champion);

    [[nodiscard]] static Result<Summary> run(const Request &request,
                                             Progress &progress = Progress::none());

private:
    static void track(const Request &request, const Bundle &champion, Summary &result,
                      const QJsonObject &newData);
};

} // namespace churnlab

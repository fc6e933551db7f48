#pragma once

#include <QJsonObject>
#include <QString>

namespace churnlab {

// One configuration fitted on a share of the training rows and measured on AutoML's
// validation rows.
struct AutoMlTrial
{
    enum class Status { Done, Failed, Stopped };

    int number = 0; // 1-based, in the order run
    QString learner;
    QJsonObject params;
    int rung = 0; // 0 = the fewest rows
    double fraction = 1; // of the search's training rows
    qint64 rows = 0;
    double value = 0; // the metric on the validation rows
    double seconds = 0;
    double elapsed = 0; // since the search began, when the trial ended
    Status status = Status::Done;
    QString message; // why it failed
    bool full = false; // fitted on every search training row: a candidate for the result
    double bestSoFar = 0; // the best full-fidelity value up to and with this trial

    static QString statusId(Status s); // "done", "failed", "stopped"
    QJsonObject toJson() const;
};

} // namespace churnlab

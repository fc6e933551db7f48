#pragma once

#include "core/Result.h"
#include <QCoreApplication>

#include <QJsonArray>

#include <vector>

class QIODevice;

namespace churnlab {

// Reads a scoring service's request log (JSON lines, see RequestLog) back into what drift
// monitoring compares: the scores served and, where the service logged them, the input rows
// in record form (whatever protocol they came in). Each line must be a JSON object whose
// probabilities are numbers in [0, 1]; an entry whose rows were left out for the log's size cap
// counts, and its rows do not. Errors name the line.
class RequestLogReader
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::RequestLogReader)

public:
    struct Contents
    {
        QJsonArray records; // input rows, when logged
        std::vector<double> scores; // every score served
        qint64 entries = 0; // requests
        qint64 withInputs = 0; // requests whose inputs were logged
        qint64 omitted = 0; // requests whose rows did not fit the log's cap
    };

    // A line longer than this is not a line of ours (the service caps a line at the log's own
    // cap; this bounds what a damaged file can make us hold).
    static constexpr qint64 kMaxLineBytes = qint64(1) << 30;

    [[nodiscard]] static Result<Contents> read(QIODevice &device, const QString &name);
};

} // namespace churnlab

#pragma once

#include "core/Result.h"
#include <QCoreApplication>

#include <QJsonObject>

#include <vector>

namespace churnlab {

// The rows a model was judged on, by index into the data they come from, kept with the model
// (and in a project) so that Fairness, Explain, the report and the `project` commands judge
// it on the same rows before and after a save and reopen.
struct EvaluationRows
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::EvaluationRows)

public:
    enum class Source {
        Unknown, // a report saved before models kept their rows
        Holdout, // rows of the analysis' data held out from training
        CrossValidation, // every labelled row, each scored by a model of another fold
        TestFile, // rows of the separate test file
    };
    Source source = Source::Unknown;
    std::vector<quint32> rows;
    qint64 dataRows = 0; // rows of the data the indices point into, to notice other data

    bool isKnown() const { return source != Source::Unknown; }
    // "1,409 holdout rows", "7,043 rows of cross-validation", "500 rows of the test file".
    QString describe() const { return describe(source, qint64(rows.size())); }
    static QString describe(Source source, qint64 rows);
    QJsonObject toJson() const;
    // An absent member (an older report) is Unknown; a malformed one an error.
    [[nodiscard]] static Result<EvaluationRows> fromJson(const QJsonValue &json);
};

} // namespace churnlab

#pragma once

#include "core/Result.h"
#include <QCoreApplication>

#include <QString>

namespace churnlab {

class Bundle;

// Writes a bundle's pipeline and model as one ONNX graph of standard operators (ai.onnx and
// ai.onnx.ml; IR 8, opsets 17 and 3), so that any ONNX runtime (Spark, databases, C#, mobile)
// can score it: one input per source column ([N, 1] double for numbers, string for categories
// and yes/no columns, "" for a missing category, NaN for a missing number; dates as days and
// date-times as milliseconds since 1970-01-01), outputs "probability" ([N] double) and
// "label" ([N] string, at the bundle's threshold). The graph is built with Debian's ONNX
// protobuf classes and checked with ONNX's own checker before it is written. A learner it
// cannot express (naive Bayes) is refused with a message that says so.
class OnnxExport
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::OnnxExport)

public:
    [[nodiscard]] static Result<QByteArray> serialize(const Bundle &bundle);
    [[nodiscard]] static Result<bool> write(const Bundle &bundle, const QString &path);
};

} // namespace churnlab

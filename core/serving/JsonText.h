#pragma once

#include <QByteArray>
#include <QJsonValue>

#include <vector>

namespace churnlab {

// JSON written as text straight from the scores: a response or log line of a million rows must
// not become a million QJsonValues on the way out.
namespace JsonText {

// One JSON value as text (a string escaped, a number as JSON writes it).
QByteArray value(const QJsonValue &value);
// A JSON array of numbers, each in its shortest form that reads back to the same double;
// non-finite values are written as null.
void appendNumbers(QByteArray &out, const std::vector<double> &values);

} // namespace JsonText

} // namespace churnlab

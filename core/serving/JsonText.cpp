#include "core/serving/JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <charconv>
#include <cmath>

namespace churnlab::JsonText {

QByteArray value(const QJsonValue &value)
{
    // QJsonDocument writes only arrays and objects, so an array of one value lends its escaping.
    const QByteArray a = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return a.mid(1, a.size() - 2);
}

void appendNumbers(QByteArray &out, const std::vector<double> &values)
{
    out.reserve(out.size() + qsizetype(values.size()) * 20 + 2);
    out += '[';
    char buffer[32];
    for (size_t i = 0; i < values.size(); ++i) {
        if (i)
            out += ',';
        if (!std::isfinite(values[i])) {
            out += "null";
            continue;
        }
        const auto written = std::to_chars(buffer, buffer + sizeof buffer, values[i]);
        out.append(buffer, written.ptr - buffer);
    }
    out += ']';
}

} // namespace churnlab::JsonText

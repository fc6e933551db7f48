#include "core/monitor/RequestLogReader.h"

#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>

namespace churnlab {

namespace {

// The /infer layout the service logs (column → values) as records.
void appendColumns(const QJsonObject &inputs, QJsonArray &records)
{
    qsizetype n = 0;
    for (auto it = inputs.begin(); it != inputs.end(); ++it)
        n = std::max(n, it.value().toArray().size());
    std::vector<QJsonArray> columns;
    for (auto it = inputs.begin(); it != inputs.end(); ++it)
        columns.push_back(it.value().toArray());
    const QStringList names = inputs.keys();
    for (qsizetype r = 0; r < n; ++r) {
        QJsonObject record;
        for (size_t c = 0; c < columns.size(); ++c)
            record.insert(names[qsizetype(c)], columns[c].at(r));
        records.append(record);
    }
}

void appendInputs(const QJsonObject &inputs, QJsonArray &records)
{
    const QString recordKey = inputs.contains(QStringLiteral("dataframe_records"))
        ? QStringLiteral("dataframe_records")
        : QStringLiteral("instances");
    if (inputs.value(recordKey).isArray()) {
        for (const QJsonValue &r : inputs.value(recordKey).toArray())
            records.append(r);
    } else if (inputs.value(QStringLiteral("dataframe_split")).isObject()) {
        const QJsonObject split = inputs.value(QStringLiteral("dataframe_split")).toObject();
        const QJsonArray columns = split.value(QStringLiteral("columns")).toArray();
        for (const QJsonValue &row : split.value(QStringLiteral("data")).toArray()) {
            QJsonObject record;
            const QJsonArray cells = row.toArray();
            for (qsizetype c = 0; c < columns.size() && c < cells.size(); ++c)
                record.insert(columns[c].toString(), cells[c]);
            records.append(record);
        }
    } else {
        appendColumns(inputs, records);
    }
}

} // namespace

Result<RequestLogReader::Contents> RequestLogReader::read(QIODevice &device, const QString &name)
{
    Contents out;
    qint64 line = 0;
    while (!device.atEnd()) {
        // readLine(max) would reserve max bytes for every line (fuzz_request_log found each
        // line costing seconds): read the line, then judge its length.
        const QByteArray text = device.readLine().trimmed();
        ++line;
        if (text.size() > kMaxLineBytes)
            return Error {Error::Kind::Malformed,
                          tr("%1 is not a request log: a line is longer than %2 bytes")
                              .arg(name)
                              .arg(kMaxLineBytes),
                          line};
        if (text.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return Error {
                Error::Kind::Malformed,
                error.error != QJsonParseError::NoError
                    ? tr("%1 is not a request log: %2").arg(name, error.errorString())
                    : tr("%1 is not a request log: a line is not a JSON object").arg(name),
                line};
        const QJsonObject entry = doc.object();
        ++out.entries;
        if (entry.contains(QStringLiteral("omitted"))) {
            ++out.omitted;
            continue;
        }
        const QJsonArray probabilities = entry.value(QStringLiteral("probabilities")).toArray();
        for (qsizetype i = 0; i < probabilities.size(); ++i) {
            const double p = probabilities[i].toDouble(-1);
            if (!probabilities[i].isDouble() || !(p >= 0 && p <= 1))
                return Error {Error::Kind::Malformed,
                              tr("%1: probability %2 of the entry is not a number in [0, 1]")
                                  .arg(name)
                                  .arg(i),
                              line};
            out.scores.push_back(p);
        }
        const QJsonObject inputs = entry.value(QStringLiteral("inputs")).toObject();
        if (inputs.isEmpty())
            continue;
        ++out.withInputs;
        appendInputs(inputs, out.records);
    }
    return out;
}

} // namespace churnlab

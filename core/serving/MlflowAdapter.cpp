#include "core/serving/MlflowAdapter.h"

#include "core/data/csv/CsvReader.h"
#include "core/serving/JsonText.h"
#include "core/serving/ScoringCore.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace churnlab {

namespace {

// A CSV body in the request log as the /infer layout logs inputs (column → values), so that
// drift on the log sees CSV clients' inputs too.
QJsonObject columnsAsJson(const Dataset &data)
{
    QJsonObject out;
    for (int c = 0; c < data.columnCount(); ++c) {
        const Column &col = data.column(c);
        const bool number = isNumericType(col.type());
        QJsonArray values;
        for (qsizetype r = 0; r < data.rowCount(); ++r)
            values.append(col.isMissing(r) ? QJsonValue()
                              : number     ? QJsonValue(col.number(r))
                                           : QJsonValue(col.text(r)));
        out.insert(col.name(), values);
    }
    return out;
}

// One request's rows, conformed to the model's schema, in whichever layout it came.
struct Rows
{
    std::optional<Result<ConformedInput>> input;
    qsizetype count = 0;
    std::optional<Dataset> csv;
    QJsonObject body;
    std::optional<HttpResponse> refused;
};

Rows readCsv(const InputSchema &schema, const QByteArray &bytes, ScoringReport &report)
{
    Rows rows;
    auto read = CsvReader().readBytes(bytes);
    if (!read) {
        rows.refused = HttpResponse::error(
            400, MlflowAdapter::tr("The CSV body cannot be read: %1").arg(read.error().describe()));
        return rows;
    }
    rows.csv = std::move(read->dataset);
    rows.count = rows.csv->rowCount();
    rows.input = schema.conform(*rows.csv, report);
    return rows;
}

void readSplit(const InputSchema &schema, Rows &rows, ScoringReport &report)
{
    const QJsonObject split = rows.body.value(QStringLiteral("dataframe_split")).toObject();
    const QStringList names = split.value(QStringLiteral("columns")).toVariant().toStringList();
    const QJsonArray data = split.value(QStringLiteral("data")).toArray();
    QHash<QString, int> at;
    for (int i = 0; i < names.size(); ++i) {
        if (at.contains(names[i])) {
            rows.refused = HttpResponse::error(
                400,
                MlflowAdapter::tr("dataframe_split: column “%1” is listed twice.").arg(names[i]));
            return;
        }
        at.insert(names[i], i);
    }
    for (const QJsonValue &row : data)
        if (!row.isArray() || row.toArray().size() != names.size()) {
            rows.refused = HttpResponse::error(400,
                                               MlflowAdapter::tr("dataframe_split: every row of "
                                                                 "“data” must list one value per "
                                                                 "column."));
            return;
        }
    rows.count = data.size();
    rows.input = schema.fromValues(
        rows.count,
        [&](qsizetype r, const QString &name) {
            const auto it = at.constFind(name);
            return it == at.constEnd() ? QJsonValue(QJsonValue::Undefined)
                                       : data[r].toArray().at(*it);
        },
        report);
}

void readRecords(const InputSchema &schema, Rows &rows, ScoringReport &report)
{
    const QString key = rows.body.contains(QStringLiteral("dataframe_records"))
        ? QStringLiteral("dataframe_records")
        : QStringLiteral("instances");
    if (!rows.body.value(key).isArray()) {
        rows.refused = HttpResponse::error(400,
                                           MlflowAdapter::tr("Expected dataframe_split, "
                                                             "dataframe_records or instances "
                                                             "(JSON), or a CSV body."));
        return;
    }
    const QJsonArray records = rows.body.value(key).toArray();
    for (const QJsonValue &r : records)
        if (!r.isObject()) {
            rows.refused = HttpResponse::error(
                400, MlflowAdapter::tr("%1: every record must be a JSON object.").arg(key));
            return;
        }
    rows.count = records.size();
    rows.input = schema.fromRecords(records, report);
}

Rows readRows(const InputSchema &schema, const HttpRequest &request, ScoringReport &report)
{
    if (request.headers.value("content-type").startsWith("text/csv"))
        return readCsv(schema, request.body, report);
    Rows rows;
    QString error;
    rows.body = request.jsonBody(error);
    if (!error.isEmpty())
        rows.refused = HttpResponse::error(400, error);
    else if (rows.body.value(QStringLiteral("dataframe_split")).isObject())
        readSplit(schema, rows, report);
    else
        readRecords(schema, rows, report);
    return rows;
}

} // namespace

MlflowAdapter::MlflowAdapter(ScoringCore &core)
    : m_core(core)
{
}

std::optional<HttpResponse> MlflowAdapter::respond(const HttpRequest &request, const Bundle &bundle,
                                                   QString &endpoint)
{
    if (request.path != QLatin1String("/invocations"))
        return std::nullopt;
    endpoint = request.path;
    return request.isPost() ? invocations(bundle, request)
                            : HttpResponse::wrongMethod(request, "POST");
}

HttpResponse MlflowAdapter::invocations(const Bundle &bundle, const HttpRequest &request)
{
    ScoringReport report;
    Rows rows = readRows(bundle.scorer()->schema(), request, report);
    if (rows.refused)
        return *rows.refused;
    if (!*rows.input)
        return HttpResponse::error(400, rows.input->error().message);
    const QJsonObject logged = !m_core.logsInputs() ? QJsonObject()
        : rows.csv                                  ? columnsAsJson(*rows.csv)
                                                    : rows.body;
    auto scores = m_core.score(bundle, rows.input->value(), rows.count, report,
                               QStringLiteral("invocations"), logged);
    if (!scores)
        return HttpResponse::error(400, scores.error().message);
    QByteArray out = "{\"predictions\":";
    JsonText::appendNumbers(out, scores->probability);
    if (ScoringCore::wantsExplanation(request, rows.body)) {
        auto e = ScoringCore::explanations(bundle, rows.input->value(), rows.count);
        if (!e)
            return HttpResponse::error(422, e.error().message);
        out += ",\"explanations\":" + QJsonDocument(*e).toJson(QJsonDocument::Compact);
    }
    out += '}';
    return {200, "application/json", out, {}};
}

} // namespace churnlab

#include "core/serving/ScoringService.h"

#include "core/Translate.h"
#include "core/data/csv/CsvReader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

#include <charconv>
#include <cmath>
#include <numeric>
#include <optional>

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

QString tr(const char *text)
{
    return translateIn("churnlab::ScoringService", text);
}

// One JSON value as text: QJsonDocument writes only arrays and objects, so an array of one
// value lends its escaping.
QByteArray jsonValue(const QJsonValue &value)
{
    const QByteArray a = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return a.mid(1, a.size() - 2);
}

QByteArray jsonString(const QString &text)
{
    return jsonValue(text);
}

// A JSON array of numbers, each in its shortest form that reads back to the same double.
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

bool numericDatatype(const QString &t)
{
    static const QStringList numbers = {
        QStringLiteral("FP64"),   QStringLiteral("FP32"),   QStringLiteral("FP16"),
        QStringLiteral("INT64"),  QStringLiteral("INT32"),  QStringLiteral("INT16"),
        QStringLiteral("INT8"),   QStringLiteral("UINT64"), QStringLiteral("UINT32"),
        QStringLiteral("UINT16"), QStringLiteral("UINT8"),  QStringLiteral("BOOL")};
    return numbers.contains(t);
}

// A tensor's data, flattened row-major (shape [n] or [n, 1] both give n values).
void flatten(const QJsonArray &data, QJsonArray &out)
{
    for (const QJsonValue &v : data)
        v.isArray() ? flatten(v.toArray(), out) : out.append(v);
}

// A tensor's shape must be whole non-negative dimensions whose product is the number of values;
// the product is checked for overflow, so [3, 6148914691236517206] cannot wrap to 2.
bool shapeHolds(const QJsonValue &shapeValue, qsizetype values)
{
    const QJsonArray shape = shapeValue.toArray();
    if (shape.isEmpty())
        return false;
    qint64 elements = 1;
    for (const QJsonValue &d : shape) {
        const double dim = d.toDouble(-1);
        if (!d.isDouble() || dim < 0 || dim != std::floor(dim) || dim > 9.0e15)
            return false;
        if (__builtin_mul_overflow(elements, qint64(dim), &elements))
            return false;
    }
    return elements == values;
}

QJsonObject parseBody(const QByteArray &body, QString &error)
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &e);
    if (e.error != QJsonParseError::NoError)
        error = tr("The body is not valid JSON: %1 at byte %2.").arg(e.errorString()).arg(e.offset);
    else if (!doc.isObject())
        error = tr("The body must be a JSON object.");
    return doc.object();
}

} // namespace

HttpResponse HttpResponse::json(int status, const QJsonObject &object)
{
    return {status, "application/json", QJsonDocument(object).toJson(QJsonDocument::Compact), {}};
}

HttpResponse HttpResponse::error(int status, const QString &message)
{
    return json(status, {{QStringLiteral("error"), message}});
}

ScoringService::ScoringService(Options options)
    : m_options(std::move(options))
{
    if (!m_options.logPath.isEmpty())
        m_log = std::make_unique<RequestLog>(m_options.logPath, m_options.logMaxBytes,
                                             m_options.logInputs);
}

void ScoringService::setBundle(std::shared_ptr<const Bundle> bundle)
{
    const QJsonObject manifest = bundle->manifest();
    m_metrics.setModel(
        {{QStringLiteral("name"), bundle->name()},
         {QStringLiteral("learner"), bundle->learner()},
         {QStringLiteral("version"), QString::number(bundle->modelVersion())},
         {QStringLiteral("created"), manifest.value(QStringLiteral("created")).toString()},
         {QStringLiteral("data_sha256"),
          manifest.value(QStringLiteral("data"))
              .toObject()
              .value(QStringLiteral("sha256"))
              .toString()},
         {QStringLiteral("signed"),
          bundle->isSigned() ? QStringLiteral("true") : QStringLiteral("false")}});
    QMutexLocker lock(&m_lock);
    m_bundle = std::move(bundle);
}

std::shared_ptr<const Bundle> ScoringService::bundle() const
{
    QMutexLocker lock(&m_lock);
    return m_bundle;
}

bool ScoringService::authorised(const HttpRequest &request) const
{
    if (m_options.token.isEmpty())
        return true;
    const QByteArray given = request.headers.value("authorization");
    const QByteArray expected = "Bearer " + m_options.token;
    // Constant time: every byte is compared whatever the first difference.
    unsigned char diff = given.size() == expected.size() ? 0 : 1;
    for (qsizetype i = 0; i < expected.size(); ++i)
        diff |= (i < given.size() ? given[i] : 0) ^ expected[i];
    return diff == 0;
}

HttpResponse ScoringService::handle(const HttpRequest &request)
{
    QElapsedTimer clock;
    clock.start();
    QString endpoint = QStringLiteral("other");
    HttpResponse response = route(request, endpoint);
    m_metrics.record(endpoint, response.status, double(clock.nsecsElapsed()) / 1e9);
    return response;
}

HttpResponse ScoringService::route(const HttpRequest &request, QString &endpoint)
{
    const QString &path = request.path;
    const bool get = request.method == "GET" || request.method == "HEAD";
    const bool post = request.method == "POST";
    auto wrongMethod = [&](const char *allowed) {
        HttpResponse r = HttpResponse::error(
            405,
            tr("%1 does not take %2; use %3.")
                .arg(path, QString::fromLatin1(request.method), QLatin1StringView(allowed)));
        r.headers.append(qMakePair(QByteArray("Allow"), QByteArray(allowed)));
        return r;
    };
    const std::shared_ptr<const Bundle> bundle = this->bundle();
    if (path == QLatin1String("/v2/health/live") || path == QLatin1String("/v2/health/ready")
        || path == QLatin1String("/ping")) {
        endpoint = path;
        if (!get)
            return wrongMethod("GET");
        if (path == QLatin1String("/ping"))
            return {bundle ? 200 : 503, "text/plain", "\n", {}};
        const bool live = path.endsWith(QLatin1String("live"));
        return HttpResponse::json(
            live || bundle ? 200 : 503,
            {{live ? QStringLiteral("live") : QStringLiteral("ready"), live || bundle != nullptr}});
    }
    if (path == QLatin1String("/metrics")) {
        endpoint = path;
        if (!get)
            return wrongMethod("GET");
        return {200, "text/plain; version=0.0.4", m_metrics.render(), {}};
    }
    if (!authorised(request)) {
        endpoint = QStringLiteral("unauthorised");
        HttpResponse r = HttpResponse::error(401, tr("A valid bearer token is required."));
        r.headers.append(qMakePair(QByteArray("WWW-Authenticate"), QByteArray("Bearer")));
        return r;
    }
    if (path == QLatin1String("/version")) {
        endpoint = path;
        if (!get)
            return wrongMethod("GET");
        return {200, "text/plain", "churnlab-serve " CHURNLAB_VERSION "\n", {}};
    }
    if (!bundle)
        return HttpResponse::error(503, tr("No model is loaded."));
    if (path == QLatin1String("/v2")) {
        endpoint = path;
        if (!get)
            return wrongMethod("GET");
        return HttpResponse::json(200,
                                  {{QStringLiteral("name"), QStringLiteral("churnlab-serve")},
                                   {QStringLiteral("version"), QStringLiteral(CHURNLAB_VERSION)},
                                   {QStringLiteral("extensions"), QJsonArray()}});
    }
    if (path == QLatin1String("/invocations")) {
        endpoint = path;
        return post ? invocations(*bundle, request) : wrongMethod("POST");
    }
    const QString prefix = QStringLiteral("/v2/models/") + bundle->name();
    if (path.startsWith(QLatin1String("/v2/models/"))) {
        if (path == prefix) {
            endpoint = QStringLiteral("/v2/models/{name}");
            return get ? metadata(*bundle) : wrongMethod("GET");
        }
        if (path == prefix + QStringLiteral("/ready")) {
            endpoint = QStringLiteral("/v2/models/{name}/ready");
            return get ? HttpResponse::json(
                       200,
                       {{QStringLiteral("name"), bundle->name()}, {QStringLiteral("ready"), true}})
                       : wrongMethod("GET");
        }
        if (path == prefix + QStringLiteral("/infer")) {
            endpoint = QStringLiteral("/v2/models/{name}/infer");
            return post ? infer(*bundle, request) : wrongMethod("POST");
        }
        const QString name = path.mid(11).section(QLatin1Char('/'), 0, 0);
        if (name != bundle->name())
            return HttpResponse::error(
                404,
                tr("There is no model “%1”; this server serves “%2”.").arg(name, bundle->name()));
    }
    return HttpResponse::error(404, tr("There is no endpoint %1.").arg(path));
}

HttpResponse ScoringService::metadata(const Bundle &bundle) const
{
    QJsonArray inputs;
    for (const InputSchema::Column &c : bundle.scorer()->schema().columns())
        inputs.append(
            QJsonObject {{QStringLiteral("name"), c.name},
                         {QStringLiteral("datatype"),
                          isNumericType(c.type)               ? QStringLiteral("FP64")
                              : c.type == ColumnType::Boolean ? QStringLiteral("BOOL")
                                                              : QStringLiteral("BYTES")},
                         {QStringLiteral("shape"), QJsonArray {-1, 1}},
                         {QStringLiteral("parameters"),
                          QJsonObject {{QStringLiteral("column_type"), columnTypeName(c.type)},
                                       {QStringLiteral("required"), c.required}}}});
    return HttpResponse::json(
        200,
        {{QStringLiteral("name"), bundle.name()},
         {QStringLiteral("versions"), QJsonArray {QString::number(bundle.modelVersion())}},
         {QStringLiteral("created"), bundle.manifest().value(QStringLiteral("created"))},
         {QStringLiteral("platform"), QStringLiteral("churnlab_") + bundle.learner()},
         {QStringLiteral("inputs"), inputs},
         {QStringLiteral("outputs"),
          QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("probability")},
                                   {QStringLiteral("datatype"), QStringLiteral("FP64")},
                                   {QStringLiteral("shape"), QJsonArray {-1}}},
                      QJsonObject {{QStringLiteral("name"), QStringLiteral("label")},
                                   {QStringLiteral("datatype"), QStringLiteral("BYTES")},
                                   {QStringLiteral("shape"), QJsonArray {-1}}}}}});
}

Result<Scorer::Scores> ScoringService::score(const Bundle &bundle, const ConformedInput &input,
                                             qsizetype rows, ScoringReport report,
                                             const QString &endpoint, const QJsonObject &inputs)
{
    QElapsedTimer clock;
    clock.start();
    std::vector<quint32> all(static_cast<size_t>(rows));
    std::iota(all.begin(), all.end(), 0u);
    auto scores = bundle.scorer()->score(input, all, std::move(report));
    if (!scores)
        return scores;
    m_metrics.recordScores(scores->probability);
    if (m_log) {
        // Written as text straight from the scores: a request of a million rows must not
        // become two million JSON values on the way to one line of the log.
        QByteArray line = "{\"time\":\""
            + QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toLatin1()
            + "\",\"endpoint\":" + jsonString(endpoint) + ",\"model\":" + jsonString(bundle.name())
            + ",\"model_version\":" + QByteArray::number(bundle.modelVersion())
            + ",\"rows\":" + QByteArray::number(rows)
            + ",\"latency_ms\":" + QByteArray::number(double(clock.nsecsElapsed()) / 1e6, 'g', 6);
        const QByteArray head = line;
        line += ",\"probabilities\":";
        appendNumbers(line, scores->probability);
        line += ",\"labels\":[";
        line.reserve(line.size() + qsizetype(scores->label.size()) * 2 + 2);
        for (size_t i = 0; i < scores->label.size(); ++i) {
            if (i)
                line += ',';
            line += scores->label[i] ? '1' : '0';
        }
        line += ']';
        if (m_log->logsInputs())
            line += ",\"inputs\":" + QJsonDocument(inputs).toJson(QJsonDocument::Compact);
        line += '}';
        m_log->append(line, head + ",\"omitted\":\"rows do not fit in the log's size cap\"}");
    }
    return scores;
}

bool ScoringService::wantsExplanation(const HttpRequest &request, const QJsonObject &body)
{
    const QString value = QUrlQuery(request.query).queryItemValue(QStringLiteral("explain"));
    if (value == QLatin1String("true") || value == QLatin1String("1"))
        return true;
    const QJsonValue p =
        body.value(QStringLiteral("parameters")).toObject().value(QStringLiteral("explain"));
    return p.toBool() || p.toString() == QLatin1String("true");
}

Result<QJsonObject> ScoringService::explanations(const Bundle &bundle, const ConformedInput &input,
                                                 qsizetype rows)
{
    std::vector<quint32> all(static_cast<size_t>(rows));
    std::iota(all.begin(), all.end(), 0u);
    auto e = bundle.explainer()->explain(input, all);
    if (!e)
        return e.error();
    QJsonArray perRow;
    for (qsizetype r = 0; r < rows; ++r)
        perRow.append(e->rowJson(r));
    return QJsonObject {{QStringLiteral("method"), Explainer::methodId(e->method)},
                        {QStringLiteral("scale"),
                         e->logOdds ? QStringLiteral("log-odds") : QStringLiteral("probability")},
                        {QStringLiteral("expected"), e->expected},
                        {QStringLiteral("rows"), perRow}};
}

HttpResponse ScoringService::infer(const Bundle &bundle, const HttpRequest &request)
{
    QString error;
    const QJsonObject body = parseBody(request.body, error);
    if (!error.isEmpty())
        return HttpResponse::error(400, error);
    if (!body.value(QStringLiteral("inputs")).isArray())
        return HttpResponse::error(400, tr("The request needs an “inputs” list of tensors."));
    const InputSchema &schema = bundle.scorer()->schema();
    QHash<QString, QJsonArray> columns;
    QJsonArray ignored;
    QJsonObject logged;
    qsizetype rows = -1;
    for (const QJsonValue &v : body.value(QStringLiteral("inputs")).toArray()) {
        const QJsonObject t = v.toObject();
        const QString name = t.value(QStringLiteral("name")).toString();
        const InputSchema::Column *column = schema.column(name);
        if (!column) {
            // Clients often send every column they have (the target, notes); the model's
            // metadata says which it reads.
            ignored.append(name);
            continue;
        }
        const QString type = t.value(QStringLiteral("datatype")).toString();
        const bool numeric = isNumericType(column->type);
        if (numeric ? !numericDatatype(type)
                    : type != QLatin1String("BYTES")
                    && !(column->type == ColumnType::Boolean && type == QLatin1String("BOOL")))
            return HttpResponse::error(400,
                                       tr("Input “%1” must be %2, not “%3”.")
                                           .arg(name,
                                                numeric ? QStringLiteral("FP64, FP32, INT64, "
                                                                         "INT32 or BOOL")
                                                        : QStringLiteral("BYTES"),
                                                type));
        if (columns.contains(name))
            return HttpResponse::error(
                400, tr("Input “%1” is given twice; send each input once.").arg(name));
        QJsonArray data;
        flatten(t.value(QStringLiteral("data")).toArray(), data);
        if (!shapeHolds(t.value(QStringLiteral("shape")), data.size()))
            return HttpResponse::error(400,
                                       tr("Input “%1”: its shape does not match its %2 "
                                          "values.")
                                           .arg(name)
                                           .arg(data.size()));
        for (qsizetype i = 0; i < data.size(); ++i) {
            const QJsonValue e = data[i];
            const bool fits =
                e.isNull() || (numeric ? e.isDouble() || e.isBool() : e.isString() || e.isBool());
            if (!fits)
                return HttpResponse::error(400,
                                           tr("Input “%1”: element %2 is not %3.")
                                               .arg(name)
                                               .arg(i)
                                               .arg(numeric ? tr("a number") : tr("text")));
        }
        if (rows >= 0 && data.size() != rows)
            return HttpResponse::error(400,
                                       tr("Input “%1” has %2 rows where the others have %3.")
                                           .arg(name)
                                           .arg(data.size())
                                           .arg(rows));
        rows = data.size();
        columns.insert(name, data);
        if (m_log && m_log->logsInputs())
            logged.insert(name, data);
    }
    for (const InputSchema::Column &c : schema.columns())
        if (c.required && !columns.contains(c.name))
            return HttpResponse::error(400,
                                       tr("The request lacks the input “%1”, which the model "
                                          "needs (%2).")
                                           .arg(c.name, columnTypeLabel(c.type)));
    ScoringReport report;
    auto input = schema.fromValues(
        std::max<qsizetype>(rows, 0),
        [&columns](qsizetype r, const QString &name) {
            const auto it = columns.constFind(name);
            return it == columns.constEnd() ? QJsonValue(QJsonValue::Undefined) : it->at(r);
        },
        report);
    if (!input)
        return HttpResponse::error(400, input.error().message);
    auto scores = score(bundle, *input, std::max<qsizetype>(rows, 0), report,
                        QStringLiteral("infer"), logged);
    if (!scores)
        return HttpResponse::error(400, scores.error().message);
    const qsizetype n = qsizetype(scores->probability.size());
    QJsonObject parameters;
    if (!scores->report.columns.isEmpty())
        parameters.insert(QStringLiteral("warnings"),
                          QJsonArray::fromStringList(scores->report.describe()));
    if (!ignored.isEmpty())
        parameters.insert(QStringLiteral("ignored_inputs"), ignored);
    if (wantsExplanation(request, body)) {
        auto explained = explanations(bundle, *input, n);
        if (!explained)
            return HttpResponse::error(422, explained.error().message);
        parameters.insert(QStringLiteral("explanations"), *explained);
    }
    // Written as text from the scores (see appendNumbers): no JSON value per row.
    const ClassLabels &labels = bundle.scorer()->labels();
    const QByteArray yes = jsonString(labels.of(1)), no = jsonString(labels.of(0));
    QByteArray out = "{\"model_name\":" + jsonString(bundle.name()) + ",\"model_version\":\""
        + QByteArray::number(bundle.modelVersion())
        + "\",\"outputs\":[{\"name\":\"probability\",\"datatype\":\"FP64\",\"shape\":["
        + QByteArray::number(n) + "],\"data\":";
    appendNumbers(out, scores->probability);
    out += "},{\"name\":\"label\",\"datatype\":\"BYTES\",\"shape\":[" + QByteArray::number(n)
        + "],\"data\":[";
    out.reserve(out.size() + n * (std::max(yes.size(), no.size()) + 1) + 256);
    for (qsizetype i = 0; i < n; ++i) {
        if (i)
            out += ',';
        out += scores->label[size_t(i)] ? yes : no;
    }
    out += "]}]";
    if (body.contains(QStringLiteral("id")))
        out += ",\"id\":" + jsonValue(body.value(QStringLiteral("id")));
    if (!parameters.isEmpty())
        out += ",\"parameters\":" + QJsonDocument(parameters).toJson(QJsonDocument::Compact);
    out += '}';
    return {200, "application/json", out, {}};
}

HttpResponse ScoringService::invocations(const Bundle &bundle, const HttpRequest &request)
{
    const InputSchema &schema = bundle.scorer()->schema();
    ScoringReport report;
    std::optional<Result<ConformedInput>> input;
    qsizetype rows = 0;
    std::optional<Dataset> csv;
    QJsonObject body;
    if (request.headers.value("content-type").startsWith("text/csv")) {
        auto read = CsvReader().readBytes(request.body);
        if (!read)
            return HttpResponse::error(
                400, tr("The CSV body cannot be read: %1").arg(read.error().describe()));
        csv = std::move(read->dataset);
        rows = csv->rowCount();
        input = schema.conform(*csv, report);
    } else {
        QString error;
        body = parseBody(request.body, error);
        if (!error.isEmpty())
            return HttpResponse::error(400, error);
        if (body.value(QStringLiteral("dataframe_split")).isObject()) {
            const QJsonObject split = body.value(QStringLiteral("dataframe_split")).toObject();
            const QStringList names =
                split.value(QStringLiteral("columns")).toVariant().toStringList();
            const QJsonArray data = split.value(QStringLiteral("data")).toArray();
            QHash<QString, int> at;
            for (int i = 0; i < names.size(); ++i)
                if (at.contains(names[i]))
                    return HttpResponse::error(400,
                                               tr("dataframe_split: column “%1” is listed "
                                                  "twice.")
                                                   .arg(names[i]));
                else
                    at.insert(names[i], i);
            for (const QJsonValue &row : data)
                if (!row.isArray() || row.toArray().size() != names.size())
                    return HttpResponse::error(400,
                                               tr("dataframe_split: every row of “data” must "
                                                  "list one value per column."));
            rows = data.size();
            input = schema.fromValues(
                rows,
                [&](qsizetype r, const QString &name) {
                    const auto it = at.constFind(name);
                    return it == at.constEnd() ? QJsonValue(QJsonValue::Undefined)
                                               : data[r].toArray().at(*it);
                },
                report);
        } else {
            const QString key = body.contains(QStringLiteral("dataframe_records"))
                ? QStringLiteral("dataframe_records")
                : QStringLiteral("instances");
            if (!body.value(key).isArray())
                return HttpResponse::error(400,
                                           tr("Expected dataframe_split, dataframe_records "
                                              "or instances (JSON), or a CSV body."));
            const QJsonArray records = body.value(key).toArray();
            for (const QJsonValue &r : records)
                if (!r.isObject())
                    return HttpResponse::error(
                        400, tr("%1: every record must be a JSON object.").arg(key));
            rows = records.size();
            input = schema.fromRecords(records, report);
        }
    }
    if (!*input)
        return HttpResponse::error(400, input->error().message);
    const bool logInputs = m_log && m_log->logsInputs();
    auto scores = score(bundle, input->value(), rows, report, QStringLiteral("invocations"),
                        !logInputs ? QJsonObject()
                            : csv  ? columnsAsJson(*csv)
                                   : body);
    if (!scores)
        return HttpResponse::error(400, scores.error().message);
    QByteArray explained;
    if (wantsExplanation(request, body)) {
        auto e = explanations(bundle, input->value(), rows);
        if (!e)
            return HttpResponse::error(422, e.error().message);
        explained = QJsonDocument(*e).toJson(QJsonDocument::Compact);
    }
    QByteArray out = "{\"predictions\":";
    appendNumbers(out, scores->probability);
    if (!explained.isEmpty())
        out += ",\"explanations\":" + explained;
    out += '}';
    return {200, "application/json", out, {}};
}

} // namespace churnlab

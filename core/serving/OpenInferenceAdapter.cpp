#include "core/serving/OpenInferenceAdapter.h"

#include "core/serving/JsonText.h"
#include "core/serving/ScoringCore.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace churnlab {

namespace {

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

QString datatypeOf(ColumnType type)
{
    return isNumericType(type)        ? QStringLiteral("FP64")
        : type == ColumnType::Boolean ? QStringLiteral("BOOL")
                                      : QStringLiteral("BYTES");
}

} // namespace

struct OpenInferenceAdapter::Tensors
{
    QHash<QString, QJsonArray> columns;
    QJsonArray ignored; // inputs the model does not read
    QJsonObject logged; // the inputs as the request log keeps them
    qsizetype rows = 0;
};

OpenInferenceAdapter::OpenInferenceAdapter(ScoringCore &core)
    : m_core(core)
{
}

std::optional<HttpResponse> OpenInferenceAdapter::respond(const HttpRequest &request,
                                                          const Bundle &bundle, QString &endpoint)
{
    const QString &path = request.path;
    if (path == QLatin1String("/v2")) {
        endpoint = path;
        if (!request.isGet())
            return HttpResponse::wrongMethod(request, "GET");
        return HttpResponse::json(200,
                                  {{QStringLiteral("name"), QStringLiteral("churnlab-serve")},
                                   {QStringLiteral("version"), QStringLiteral(CHURNLAB_VERSION)},
                                   {QStringLiteral("extensions"), QJsonArray()}});
    }
    if (!path.startsWith(QLatin1String("/v2/models/")))
        return std::nullopt;
    const QString prefix = QStringLiteral("/v2/models/") + bundle.name();
    if (path == prefix) {
        endpoint = QStringLiteral("/v2/models/{name}");
        return request.isGet() ? modelMetadata(bundle) : HttpResponse::wrongMethod(request, "GET");
    }
    if (path == prefix + QStringLiteral("/ready")) {
        endpoint = QStringLiteral("/v2/models/{name}/ready");
        if (!request.isGet())
            return HttpResponse::wrongMethod(request, "GET");
        return HttpResponse::json(
            200, {{QStringLiteral("name"), bundle.name()}, {QStringLiteral("ready"), true}});
    }
    if (path == prefix + QStringLiteral("/infer")) {
        endpoint = QStringLiteral("/v2/models/{name}/infer");
        return request.isPost() ? infer(bundle, request)
                                : HttpResponse::wrongMethod(request, "POST");
    }
    const QString name = path.mid(11).section(QLatin1Char('/'), 0, 0);
    if (name != bundle.name())
        return HttpResponse::error(
            404, tr("There is no model “%1”; this server serves “%2”.").arg(name, bundle.name()));
    return std::nullopt;
}

HttpResponse OpenInferenceAdapter::modelMetadata(const Bundle &bundle)
{
    QJsonArray inputs;
    for (const InputSchema::Column &c : bundle.scorer()->schema().columns())
        inputs.append(
            QJsonObject {{QStringLiteral("name"), c.name},
                         {QStringLiteral("datatype"), datatypeOf(c.type)},
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

std::optional<HttpResponse>
OpenInferenceAdapter::readTensors(const Bundle &bundle, const QJsonObject &body, Tensors &out) const
{
    const InputSchema &schema = bundle.scorer()->schema();
    qsizetype rows = -1;
    for (const QJsonValue &v : body.value(QStringLiteral("inputs")).toArray()) {
        const QJsonObject t = v.toObject();
        const QString name = t.value(QStringLiteral("name")).toString();
        const InputSchema::Column *column = schema.column(name);
        if (!column) {
            // Clients often send every column they have (the target, notes); the model's
            // metadata says which it reads.
            out.ignored.append(name);
            continue;
        }
        const QString type = t.value(QStringLiteral("datatype")).toString();
        const bool numeric = isNumericType(column->type);
        if (numeric ? !numericDatatype(type)
                    : type != QLatin1String("BYTES")
                    && !(column->type == ColumnType::Boolean && type == QLatin1String("BOOL")))
            return HttpResponse::error(
                400,
                tr("Input “%1” must be %2, not “%3”.")
                    .arg(name,
                         numeric ? QStringLiteral("FP64, FP32, INT64, INT32 or BOOL")
                                 : QStringLiteral("BYTES"),
                         type));
        if (out.columns.contains(name))
            return HttpResponse::error(
                400, tr("Input “%1” is given twice; send each input once.").arg(name));
        QJsonArray data;
        flatten(t.value(QStringLiteral("data")).toArray(), data);
        if (!shapeHolds(t.value(QStringLiteral("shape")), data.size()))
            return HttpResponse::error(400,
                                       tr("Input “%1”: its shape does not match its %2 values.")
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
        out.columns.insert(name, data);
        if (m_core.logsInputs())
            out.logged.insert(name, data);
    }
    for (const InputSchema::Column &c : schema.columns())
        if (c.required && !out.columns.contains(c.name))
            return HttpResponse::error(
                400,
                tr("The request lacks the input “%1”, which the model needs (%2).")
                    .arg(c.name, columnTypeLabel(c.type)));
    out.rows = std::max<qsizetype>(rows, 0);
    return std::nullopt;
}

HttpResponse OpenInferenceAdapter::infer(const Bundle &bundle, const HttpRequest &request)
{
    QString error;
    const QJsonObject body = request.jsonBody(error);
    if (!error.isEmpty())
        return HttpResponse::error(400, error);
    if (!body.value(QStringLiteral("inputs")).isArray())
        return HttpResponse::error(400, tr("The request needs an “inputs” list of tensors."));
    Tensors tensors;
    if (auto refused = readTensors(bundle, body, tensors))
        return *refused;
    ScoringReport report;
    auto input = bundle.scorer()->schema().fromValues(
        tensors.rows,
        [&tensors](qsizetype r, const QString &name) {
            const auto it = tensors.columns.constFind(name);
            return it == tensors.columns.constEnd() ? QJsonValue(QJsonValue::Undefined) : it->at(r);
        },
        report);
    if (!input)
        return HttpResponse::error(400, input.error().message);
    auto scores =
        m_core.score(bundle, *input, tensors.rows, report, QStringLiteral("infer"), tensors.logged);
    if (!scores)
        return HttpResponse::error(400, scores.error().message);
    const qsizetype n = qsizetype(scores->probability.size());
    QJsonObject parameters;
    if (!scores->report.columns.isEmpty())
        parameters.insert(QStringLiteral("warnings"),
                          QJsonArray::fromStringList(scores->report.describe()));
    if (!tensors.ignored.isEmpty())
        parameters.insert(QStringLiteral("ignored_inputs"), tensors.ignored);
    if (ScoringCore::wantsExplanation(request, body)) {
        auto explained = ScoringCore::explanations(bundle, *input, n);
        if (!explained)
            return HttpResponse::error(422, explained.error().message);
        parameters.insert(QStringLiteral("explanations"), *explained);
    }
    // Written as text from the scores (see JsonText): no JSON value per row.
    const ClassLabels &labels = bundle.scorer()->labels();
    const QByteArray yes = JsonText::value(labels.of(1)), no = JsonText::value(labels.of(0));
    QByteArray out = "{\"model_name\":" + JsonText::value(bundle.name()) + ",\"model_version\":\""
        + QByteArray::number(bundle.modelVersion())
        + "\",\"outputs\":[{\"name\":\"probability\",\"datatype\":\"FP64\",\"shape\":["
        + QByteArray::number(n) + "],\"data\":";
    JsonText::appendNumbers(out, scores->probability);
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
        out += ",\"id\":" + JsonText::value(body.value(QStringLiteral("id")));
    if (!parameters.isEmpty())
        out += ",\"parameters\":" + QJsonDocument(parameters).toJson(QJsonDocument::Compact);
    out += '}';
    return {200, "application/json", out, {}};
}

} // namespace churnlab

#include "core/serving/ScoringCore.h"

#include "core/serving/HttpMessage.h"
#include "core/serving/JsonText.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

#include <numeric>

namespace churnlab {

namespace {

std::vector<quint32> everyRow(qsizetype rows)
{
    std::vector<quint32> all(static_cast<size_t>(rows));
    std::iota(all.begin(), all.end(), 0u);
    return all;
}

} // namespace

ScoringCore::ScoringCore(const LogOptions &log)
{
    if (!log.path.isEmpty())
        m_log = std::make_unique<RequestLog>(log.path, log.maxBytes, log.inputs);
}

void ScoringCore::setBundle(std::shared_ptr<const Bundle> bundle)
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

std::shared_ptr<const Bundle> ScoringCore::bundle() const
{
    QMutexLocker lock(&m_lock);
    return m_bundle;
}

Result<Scorer::Scores> ScoringCore::score(const Bundle &bundle, const ConformedInput &input,
                                          qsizetype rows, ScoringReport report,
                                          const QString &endpoint, const QJsonObject &inputs)
{
    QElapsedTimer clock;
    clock.start();
    auto scores = bundle.scorer()->score(input, everyRow(rows), std::move(report));
    if (!scores)
        return scores;
    m_metrics.recordScores(scores->probability);
    if (!m_log)
        return scores;
    // Written as text straight from the scores: a request of a million rows must not become
    // two million JSON values on the way to one line of the log.
    QByteArray line = "{\"time\":\""
        + QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toLatin1()
        + "\",\"endpoint\":" + JsonText::value(endpoint)
        + ",\"model\":" + JsonText::value(bundle.name()) + ",\"model_version\":"
        + QByteArray::number(bundle.modelVersion()) + ",\"rows\":" + QByteArray::number(rows)
        + ",\"latency_ms\":" + QByteArray::number(double(clock.nsecsElapsed()) / 1e6, 'g', 6);
    const QByteArray head = line;
    line += ",\"probabilities\":";
    JsonText::appendNumbers(line, scores->probability);
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
    return scores;
}

bool ScoringCore::wantsExplanation(const HttpRequest &request, const QJsonObject &body)
{
    const QString value = QUrlQuery(request.query).queryItemValue(QStringLiteral("explain"));
    if (value == QLatin1String("true") || value == QLatin1String("1"))
        return true;
    const QJsonValue p =
        body.value(QStringLiteral("parameters")).toObject().value(QStringLiteral("explain"));
    return p.toBool() || p.toString() == QLatin1String("true");
}

Result<QJsonObject> ScoringCore::explanations(const Bundle &bundle, const ConformedInput &input,
                                              qsizetype rows)
{
    auto e = bundle.explainer()->explain(input, everyRow(rows));
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

} // namespace churnlab

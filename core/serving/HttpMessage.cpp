#include "core/serving/HttpMessage.h"

#include <QJsonDocument>

namespace churnlab {

QJsonObject HttpRequest::jsonBody(QString &error) const
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &e);
    if (e.error != QJsonParseError::NoError)
        error = HttpResponse::tr("The body is not valid JSON: %1 at byte %2.")
                    .arg(e.errorString())
                    .arg(e.offset);
    else if (!doc.isObject())
        error = HttpResponse::tr("The body must be a JSON object.");
    return doc.object();
}

HttpResponse HttpResponse::json(int status, const QJsonObject &object)
{
    return {status, "application/json", QJsonDocument(object).toJson(QJsonDocument::Compact), {}};
}

HttpResponse HttpResponse::text(int status, const QByteArray &body)
{
    return {status, "text/plain", body, {}};
}

HttpResponse HttpResponse::error(int status, const QString &message)
{
    return json(status, {{QStringLiteral("error"), message}});
}

HttpResponse HttpResponse::wrongMethod(const HttpRequest &request, const char *allowed)
{
    HttpResponse r = error(
        405,
        tr("%1 does not take %2; use %3.")
            .arg(request.path, QString::fromLatin1(request.method), QLatin1StringView(allowed)));
    r.headers.append(qMakePair(QByteArray("Allow"), QByteArray(allowed)));
    return r;
}

} // namespace churnlab

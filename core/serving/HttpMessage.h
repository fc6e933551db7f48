#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace churnlab {

struct HttpRequest
{
    QByteArray method;
    QString path;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    QString query {}; // the URL's query, without "?"

    bool isGet() const { return method == "GET" || method == "HEAD"; }
    bool isPost() const { return method == "POST"; }
    // The body as the JSON object both protocols expect; `error` says why it is not one, and
    // at which byte.
    QJsonObject jsonBody(QString &error) const;
};

struct HttpResponse
{
    Q_DECLARE_TR_FUNCTIONS(churnlab::HttpResponse)

public:
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static HttpResponse json(int status, const QJsonObject &object);
    static HttpResponse text(int status, const QByteArray &body);
    // The protocol's error shape, {"error": "…"}.
    static HttpResponse error(int status, const QString &message);
    // 405 with the Allow header a client needs to retry correctly.
    static HttpResponse wrongMethod(const HttpRequest &request, const char *allowed);
};

} // namespace churnlab

#pragma once

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpSocket>
#include <QUrl>
#include <QtTest>

// A churnlab-serve process for tests, and a plain HTTP/1.1 client to it that sends exactly the
// bytes given (bad requests included) and reads one response.
class ServeProcess
{
public:
    struct Reply
    {
        int status = 0;
        QByteArray head, body;
        QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    };

    QProcess process;
    quint16 port = 0;
    QByteArray token;
    QByteArray startupLog; // stderr up to "listening"

    ~ServeProcess() { stop(); }

    // Runs churnlab-cli to make a test's files; a failure fails the test.
    static void runCli(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(CHURNLAB_CLI_PATH), args);
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    }

    // Starts the server on a free port with a token file beside tokenFile; false (with the
    // server's stderr in startupLog) when it did not come up within 20 s.
    bool start(const QString &bundle, const QString &tokenFile, const QStringList &extra = {})
    {
        QFile file(tokenFile);
        if (!file.open(QIODevice::WriteOnly))
            return false;
        file.write(token + "\n");
        file.close();
        const QString serve = QFileInfo(QStringLiteral(CHURNLAB_CLI_PATH)).absolutePath()
            + "/../churnlab-serve/churnlab-serve";
        process.setReadChannel(QProcess::StandardError);
        process.start(serve,
                      QStringList {bundle, "--port", "0", "--token-file", tokenFile} + extra);
        if (!process.waitForStarted())
            return false;
        QElapsedTimer clock;
        clock.start();
        while (!startupLog.contains("\"listening\"") && clock.elapsed() < 20000
               && process.state() == QProcess::Running) {
            process.waitForReadyRead(200);
            startupLog += process.readAllStandardError();
        }
        const qsizetype at = startupLog.indexOf("listening");
        if (at < 0)
            return false;
        const QJsonObject event =
            QJsonDocument::fromJson(startupLog.mid(startupLog.lastIndexOf('{', at))).object();
        port = quint16(QUrl(event.value("url").toString()).port());
        return port > 0;
    }

    void stop()
    {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished();
        }
    }

    Reply raw(const QByteArray &request, int timeoutMs = 10000) const
    {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, port);
        if (!s.waitForConnected(5000))
            return {};
        s.write(request);
        QByteArray all;
        QElapsedTimer clock;
        clock.start();
        while (s.state() == QAbstractSocket::ConnectedState && clock.elapsed() < timeoutMs) {
            s.waitForReadyRead(100);
            all += s.readAll();
            const qsizetype end = all.indexOf("\r\n\r\n");
            if (end > 0) {
                const QByteArray head = all.left(end).toLower();
                const qsizetype at = head.indexOf("content-length:");
                const qint64 length = at < 0
                    ? 0
                    : head.mid(at + 15, head.indexOf('\r', at) - at - 15).trimmed().toLongLong();
                if (all.size() >= end + 4 + length)
                    break;
            }
        }
        all += s.readAll();
        Reply r;
        const qsizetype end = all.indexOf("\r\n\r\n");
        r.head = all.left(end);
        r.body = end < 0 ? QByteArray() : all.mid(end + 4);
        r.status = all.mid(9, 3).toInt();
        return r;
    }

    Reply http(const QByteArray &method, const QByteArray &path, const QByteArray &body = {},
               const QByteArray &type = "application/json", bool auth = true) const
    {
        QByteArray req =
            method + ' ' + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n";
        if (auth)
            req += "Authorization: Bearer " + token + "\r\n";
        if (!body.isEmpty() || method == "POST")
            req += "Content-Type: " + type
                + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
        return raw(req + "\r\n" + body);
    }
};

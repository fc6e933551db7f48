#include "ServeProcess.h"
#include "TestData.h"
#include "core/bundle/Bundle.h"
#include "core/data/DataReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using namespace churnlab;

// churnlab-serve as clients and operators meet it: both protocols return the bundle's own
// probabilities; every bad request gets a 4xx with a JSON error and the process lives on;
// SIGHUP and a changed file swap in a verified bundle, a bad one is refused; SIGTERM drains.
class ServeTest : public QObject
{
    Q_OBJECT

    using Reply = ServeProcess::Reply;

    QTemporaryDir m_dir;
    QString m_data, m_lr, m_gbt, m_served;
    ServeProcess m_serve;
    QProcess &m_server = m_serve.process;
    quint16 m_port = 0;
    QByteArray m_token = "s3cret-token";

    static void cli(const QStringList &args) { ServeProcess::runCli(args); }

    Reply raw(const QByteArray &request, int timeoutMs = 10000)
    {
        return m_serve.raw(request, timeoutMs);
    }
    Reply http(const QByteArray &method, const QByteArray &path, const QByteArray &body = {},
               const QByteArray &type = "application/json", bool auth = true)
    {
        return m_serve.http(method, path, body, type, auth);
    }

    // The first rows of the data file as an OIP v2 request, one tensor per column.
    QByteArray inferBody(int rows, QJsonArray *records = nullptr)
    {
        auto read = DataReader().read(m_data);
        const Dataset &d = read->dataset;
        QJsonArray inputs;
        for (int c = 0; c < d.columnCount(); ++c) {
            const Column &col = d.column(c);
            if (col.name() == QLatin1String("churn"))
                continue;
            const bool number = isNumericType(col.type());
            QJsonArray data;
            for (int r = 0; r < rows; ++r)
                data.append(col.isMissing(r) ? QJsonValue()
                                : number     ? QJsonValue(col.number(r))
                                             : QJsonValue(col.text(r)));
            inputs.append(QJsonObject {{"name", col.name()},
                                       {"datatype", number ? "FP64" : "BYTES"},
                                       {"shape", QJsonArray {rows, 1}},
                                       {"data", data}});
        }
        if (records)
            for (int r = 0; r < rows; ++r) {
                QJsonObject o;
                for (int c = 0; c < d.columnCount(); ++c)
                    o.insert(d.column(c).name(),
                             isNumericType(d.column(c).type()) && !d.column(c).isMissing(r)
                                 ? QJsonValue(d.column(c).number(r))
                                 : QJsonValue(d.column(c).text(r)));
                records->append(o);
            }
        return QJsonDocument(QJsonObject {{"id", "req-1"}, {"inputs", inputs}})
            .toJson(QJsonDocument::Compact);
    }

    void startServer(const QStringList &extra = {})
    {
        m_serve.token = m_token;
        QVERIFY2(m_serve.start(m_served, m_dir.filePath("token"),
                               QStringList {"--log", m_dir.filePath("requests.jsonl"), "--max-body",
                                            "100000", "--request-timeout", "1.5"}
                                   + extra),
                 m_serve.startupLog.constData());
        m_port = m_serve.port;
    }

private slots:
    void initTestCase()
    {
        m_data = m_dir.filePath("data.csv");
        m_lr = m_dir.filePath("lr.clb");
        m_gbt = m_dir.filePath("gbt.clb");
        m_served = m_dir.filePath("served.clb");
        cli({"sample", "-o", m_data, "--rows", "2000", "--seed", "8"});
        cli({"train", m_data, "--target", "churn", "--models", "lr", "--export", m_lr});
        cli({"train", m_data, "--target", "churn", "--models", "gbt", "--export", m_gbt});
        QVERIFY(QFile::copy(m_lr, m_served));
        startServer();
    }
    void cleanupTestCase() { m_serve.stop(); }

    void healthAndMetadata()
    {
        QCOMPARE(http("GET", "/v2/health/live", {}, {}, false).status, 200);
        QCOMPARE(http("GET", "/v2/health/ready", {}, {}, false).status, 200);
        QCOMPARE(http("GET", "/ping", {}, {}, false).status, 200);
        QCOMPARE(http("GET", "/v2").json().value("name").toString(),
                 QStringLiteral("churnlab-serve"));
        const QJsonObject meta = http("GET", "/v2/models/churn").json();
        QCOMPARE(meta.value("name").toString(), QStringLiteral("churn"));
        QVERIFY(meta.value("inputs").toArray().size() > 10);
        QCOMPARE(http("GET", "/v2/models/churn/ready").json().value("ready").toBool(), true);
        QVERIFY(http("GET", "/version").body.startsWith("churnlab-serve"));
    }

    void bothProtocolsReturnTheBundlesProbabilities()
    {
        auto bundle = Bundle::open(m_lr);
        auto read = DataReader().read(m_data);
        std::vector<quint32> rows(25);
        std::iota(rows.begin(), rows.end(), 0u);
        auto expected = bundle->scorer()->score(read->dataset, rows);
        QVERIFY(expected.ok());
        QJsonArray records;
        const Reply v2 = http("POST", "/v2/models/churn/infer", inferBody(25, &records));
        QVERIFY2(v2.status == 200, v2.body.constData());
        QCOMPARE(v2.json().value("id").toString(), QStringLiteral("req-1"));
        const QJsonArray outputs = v2.json().value("outputs").toArray();
        const QJsonArray p = outputs[0].toObject().value("data").toArray();
        QCOMPARE(p.size(), 25);
        for (int i = 0; i < 25; ++i)
            QVERIFY(qAbs(p[i].toDouble() - expected->probability[size_t(i)]) <= 1e-12);
        QCOMPARE(outputs[1].toObject().value("data").toArray()[0].toString().isEmpty(), false);
        const Reply mlflow =
            http("POST", "/invocations",
                 QJsonDocument(QJsonObject {{"dataframe_records", records}}).toJson());
        QVERIFY2(mlflow.status == 200, mlflow.body.constData());
        const QJsonArray m = mlflow.json().value("predictions").toArray();
        for (int i = 0; i < 25; ++i)
            QVERIFY(qAbs(m[i].toDouble() - expected->probability[size_t(i)]) <= 1e-12);
        QFile csv(m_data);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray head = csv.readAll().split('\n').mid(0, 26).join('\n');
        const Reply fromCsv = http("POST", "/invocations", head, "text/csv");
        QVERIFY2(fromCsv.status == 200, fromCsv.body.constData());
        QVERIFY(qAbs(fromCsv.json().value("predictions").toArray()[3].toDouble()
                     - expected->probability[3])
                <= 1e-12);
        // ?explain=true over HTTP: each row's contributions add up to its margin.
        const Reply explained = http("POST", "/invocations?explain=true", head, "text/csv");
        QVERIFY2(explained.status == 200, explained.body.constData());
        const QJsonObject e = explained.json().value("explanations").toObject();
        QCOMPARE(e.value("rows").toArray().size(), 25);
        const QJsonObject third = e.value("rows").toArray()[3].toObject();
        double sum = e.value("expected").toDouble();
        for (const QJsonValue &c : third.value("contributions").toArray())
            sum += c.toObject().value("value").toDouble();
        QVERIFY(qAbs(sum - third.value("output").toDouble()) <= 1e-9);
        // dataframe_split: columns and rows.
        QJsonArray columns, data;
        for (const QString &k : records[0].toObject().keys())
            columns.append(k);
        for (const QJsonValue &r : records) {
            QJsonArray row;
            for (const QJsonValue &k : columns)
                row.append(r.toObject().value(k.toString()));
            data.append(row);
        }
        const Reply split =
            http("POST", "/invocations",
                 QJsonDocument(QJsonObject {{"dataframe_split",
                                             QJsonObject {{"columns", columns}, {"data", data}}}})
                     .toJson());
        QCOMPARE(split.status, 200);
        QVERIFY(qAbs(split.json().value("predictions").toArray()[7].toDouble()
                     - expected->probability[7])
                <= 1e-12);
    }

    void badRequestsGetJsonErrors_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        const QByteArray auth = "Authorization: Bearer s3cret-token\r\n";
        auto post = [&](const QByteArray &path, const QByteArray &body) {
            return "POST " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n" + auth
                + "Content-Type: application/json\r\nContent-Length: "
                + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        };
        QTest::newRow("malformed JSON") << post("/v2/models/churn/infer", "{\"inputs\": [") << 400;
        QTest::newRow("not an object") << post("/v2/models/churn/infer", "[1,2]") << 400;
        QTest::newRow("no inputs") << post("/v2/models/churn/infer", "{}") << 400;
        QTest::newRow("wrong datatype") << post(
            "/v2/models/churn/infer",
            R"({"inputs":[{"name":"tenure_months","datatype":"BYTES","shape":[1],"data":["x"]}]})")
                                        << 400;
        QTest::newRow("wrong element") << post(
            "/v2/models/churn/infer",
            R"({"inputs":[{"name":"tenure_months","datatype":"FP64","shape":[1],"data":["x"]}]})")
                                       << 400;
        QTest::newRow("shape mismatch") << post(
            "/v2/models/churn/infer",
            R"({"inputs":[{"name":"tenure_months","datatype":"FP64","shape":[2],"data":[1]}]})")
                                        << 400;
        QTest::newRow("missing column") << post(
            "/v2/models/churn/infer",
            R"({"inputs":[{"name":"tenure_months","datatype":"FP64","shape":[1],"data":[3]}]})")
                                        << 400;
        QTest::newRow("only unknown inputs")
            << post("/v2/models/churn/infer",
                    R"({"inputs":[{"name":"shoe_size","datatype":"FP64","shape":[1],"data":[3]}]})")
            << 400;
        QTest::newRow("bad records") << post("/invocations", R"({"dataframe_records":[1]})") << 400;
        QTest::newRow("unknown layout") << post("/invocations", R"({"rows":[]})") << 400;
        QTest::newRow("unknown model") << post("/v2/models/other/infer", "{}") << 404;
        QTest::newRow("unknown path")
            << QByteArray("GET /nope HTTP/1.1\r\nHost: x\r\nConnection: close\r\n" + auth + "\r\n")
            << 404;
        QTest::newRow("wrong method")
            << QByteArray("GET /v2/models/churn/infer HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                          + auth + "\r\n")
            << 405;
        QTest::newRow("no token") << QByteArray(
            "GET /v2/models/churn HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                                  << 401;
        QTest::newRow("wrong token")
            << QByteArray("GET /v2 HTTP/1.1\r\nHost: x\r\nConnection: close\r\nAuthorization: "
                          "Bearer s3cret-tokem\r\n\r\n")
            << 401;
        QTest::newRow("body over the limit")
            << post("/invocations", QByteArray(200000, ' ')) << 413;
    }
    void badRequestsGetJsonErrors()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        const Reply r = raw(request);
        QCOMPARE(r.status, status);
        QVERIFY2(r.json().contains("error"), r.body.constData());
        QCOMPARE(http("GET", "/v2/health/live", {}, {}, false).status, 200); // still alive
    }

    void slowAndHalfOpenConnectionsAreClosed()
    {
        QTcpSocket slow;
        slow.connectToHost(QHostAddress::LocalHost, m_port);
        QVERIFY(slow.waitForConnected(3000));
        slow.write("POST /invocations HTTP/1.1\r\nHost: x\r\n"); // and never more
        QElapsedTimer clock;
        clock.start();
        while (slow.state() == QAbstractSocket::ConnectedState && clock.elapsed() < 8000)
            slow.waitForDisconnected(200);
        QCOMPARE(slow.state(), QAbstractSocket::UnconnectedState);
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(http("GET", "/v2/health/live", {}, {}, false).status, 200);
    }

    void metricsAndRequestLog()
    {
        const QByteArray metrics = http("GET", "/metrics").body;
        QVERIFY(metrics.contains(
            "churnlab_requests_total{endpoint=\"/v2/models/{name}/infer\",code=\"200\"}"));
        QVERIFY(metrics.contains("churnlab_request_duration_seconds_bucket"));
        QVERIFY(metrics.contains("churnlab_rows_scored_total"));
        QVERIFY(metrics.contains("churnlab_model_info{"));
        QFile log(m_dir.filePath("requests.jsonl"));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QJsonObject first = QJsonDocument::fromJson(log.readLine()).object();
        QCOMPARE(first.value("rows").toInt(), 25);
        QCOMPARE(first.value("probabilities").toArray().size(), 25);
        QVERIFY(!first.contains("inputs")); // only with --log-inputs
    }

    void reloadsVerifiedBundlesAndRefusesBadOnes()
    {
        const double before = http("POST", "/v2/models/churn/infer", inferBody(1))
                                  .json()
                                  .value("outputs")
                                  .toArray()[0]
                                  .toObject()
                                  .value("data")
                                  .toArray()[0]
                                  .toDouble();
        // A damaged file in place of the bundle: refused, the old model keeps serving.
        {
            QFile f(m_served + ".tmp");
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("not a bundle");
            f.close();
            QFile::remove(m_served);
            QVERIFY(QFile::rename(m_served + ".tmp", m_served));
        }
        ::kill(pid_t(m_server.processId()), SIGHUP);
        QTest::qWait(1500);
        QCOMPARE(http("GET", "/v2/health/ready", {}, {}, false).status, 200);
        const Reply still = http("POST", "/v2/models/churn/infer", inferBody(1));
        QCOMPARE(still.json()
                     .value("outputs")
                     .toArray()[0]
                     .toObject()
                     .value("data")
                     .toArray()[0]
                     .toDouble(),
                 before);
        // The gradient boosting bundle, moved in atomically: picked up without a signal.
        QFile::remove(m_served + ".tmp");
        QVERIFY(QFile::copy(m_gbt, m_served + ".tmp"));
        QFile::remove(m_served);
        QVERIFY(QFile::rename(m_served + ".tmp", m_served));
        QTRY_VERIFY_WITH_TIMEOUT(http("GET", "/v2/models/churn").json().value("platform").toString()
                                     == QStringLiteral("churnlab_gbt"),
                                 10000);
        const double after = http("POST", "/v2/models/churn/infer", inferBody(1))
                                 .json()
                                 .value("outputs")
                                 .toArray()[0]
                                 .toObject()
                                 .value("data")
                                 .toArray()[0]
                                 .toDouble();
        QVERIFY(after != before);
        // Refused once or twice: the signal, and the file watcher seeing the same change.
        const QByteArray metrics = http("GET", "/metrics").body;
        const qsizetype at = metrics.indexOf("churnlab_reloads_total{outcome=\"refused\"} ");
        QVERIFY(at > 0);
        QVERIFY(metrics.mid(at + 42, 3).trimmed().toInt() >= 1);
        QVERIFY(metrics.contains("churnlab_reloads_total{outcome=\"ok\"} 1"));
    }

    void sigtermDrainsAndExits()
    {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, m_port);
        QVERIFY(s.waitForConnected(3000));
        const QByteArray body = inferBody(50);
        s.write("POST /v2/models/churn/infer HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
                + m_token + "\r\nContent-Type: application/json\r\nContent-Length: "
                + QByteArray::number(body.size()) + "\r\n\r\n");
        s.write(body.left(body.size() / 2));
        s.flush();
        QTest::qWait(100);
        ::kill(pid_t(m_server.processId()), SIGTERM);
        QTest::qWait(100);
        s.write(body.mid(body.size() / 2)); // the rest arrives while draining
        QByteArray reply;
        QElapsedTimer clock;
        clock.start();
        while (!reply.contains("\"outputs\"") && clock.elapsed() < 10000) {
            s.waitForReadyRead(200);
            reply += s.readAll();
        }
        QVERIFY2(reply.startsWith("HTTP/1.1 200"), reply.left(200).constData());
        QVERIFY(m_server.waitForFinished(15000));
        QCOMPARE(m_server.exitStatus(), QProcess::NormalExit);
        QCOMPARE(m_server.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(ServeTest)
#include "ServeTest.moc"

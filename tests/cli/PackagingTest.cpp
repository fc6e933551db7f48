#include "TestData.h"
#include "core/data/DataReader.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace churnlab;

// The deployment files say what the server really does: the Kubernetes manifests parse, every
// probe path and port they name is one churnlab-serve serves, the container image runs it on
// that port as the same non-root user, and the Indexed Job's shards, run as the manifest runs
// them, together score every row of the file exactly once.
class PackagingTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_bundle, m_data;
    const QString m_root = QStringLiteral(CHURNLAB_SOURCE_DIR);
    const QString m_bin = QFileInfo(QStringLiteral(CHURNLAB_CLI_PATH)).absolutePath();

    static QJsonArray yaml(const QString &path)
    {
        QProcess p;
        p.start(QStringLiteral("/usr/bin/python3"),
                {"-c",
                 "import json, sys, yaml; "
                 "print(json.dumps(list(yaml.safe_load_all(open(sys.argv[1])))))",
                 path});
        p.waitForFinished(30000);
        if (p.exitCode() != 0)
            qWarning("%s", p.readAllStandardError().constData());
        return QJsonDocument::fromJson(p.readAllStandardOutput()).array();
    }
    static int get(quint16 port, const QByteArray &path)
    {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, port);
        if (!s.waitForConnected(3000))
            return 0;
        s.write("GET " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        QByteArray reply;
        while (s.waitForReadyRead(3000))
            reply += s.readAll();
        return reply.mid(9, 3).toInt();
    }
    // Every httpGet probe in a manifest: (path, port).
    static QList<QPair<QString, int>> probes(const QJsonValue &v)
    {
        QList<QPair<QString, int>> out;
        if (v.isObject()) {
            const QJsonObject o = v.toObject();
            for (auto it = o.begin(); it != o.end(); ++it) {
                if (it.key().endsWith(QLatin1String("Probe")))
                    out << qMakePair(
                        it->toObject().value("httpGet").toObject().value("path").toString(),
                        it->toObject().value("httpGet").toObject().value("port").toInt());
                out << probes(*it);
            }
        } else if (v.isArray()) {
            for (const QJsonValue &e : v.toArray())
                out << probes(e);
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        QProcess check;
        check.start("/usr/bin/python3", {"-c", "import yaml"});
        check.waitForFinished();
        QVERIFY2(check.exitCode() == 0, "python3-yaml is missing: run scripts/setup-test-deps.sh");
        m_data = m_dir.filePath("customers.csv");
        m_bundle = m_dir.filePath("model.clb");
        for (const QStringList &args : {QStringList {"sample", "-o", m_data, "--rows", "2500"},
                                        QStringList {"train", m_data, "--target", "churn",
                                                     "--models", "lr", "--export", m_bundle}}) {
            QProcess p;
            p.start(QStringLiteral(CHURNLAB_CLI_PATH), args);
            QVERIFY(p.waitForFinished(120000));
            QCOMPARE(p.exitCode(), 0);
        }
    }

    void manifestsParseAndTheirProbesAreServed()
    {
        QProcess server;
        server.setReadChannel(QProcess::StandardError);
        server.start(m_bin + "/../churnlab-serve/churnlab-serve", {m_bundle, "--port", "0"});
        QByteArray err;
        while (!err.contains("listening") && server.waitForReadyRead(5000))
            err += server.readAllStandardError();
        const quint16 port = quint16(
            QRegularExpression(":(\\d+)\"").match(QString::fromUtf8(err)).captured(1).toUInt());
        QVERIFY2(port > 0, err.constData());
        int checked = 0;
        const QStringList files = QDir(m_root + "/packaging/k8s").entryList({"*.yaml"});
        QVERIFY(files.size() >= 5);
        for (const QString &file : files) {
            const QJsonArray docs = yaml(m_root + "/packaging/k8s/" + file);
            QVERIFY2(!docs.isEmpty(), qPrintable(file));
            for (const QJsonValue &doc : docs) {
                QVERIFY2(doc.toObject().contains("apiVersion") && doc.toObject().contains("kind"),
                         qPrintable(file));
                for (const auto &[path, probePort] : probes(doc)) {
                    QCOMPARE(probePort, 8080); // the port every manifest gives --port
                    QCOMPARE(get(port, path.toUtf8()), 200);
                    ++checked;
                }
                const QByteArray text = QJsonDocument(doc.toObject()).toJson();
                if (text.contains("\"--port\""))
                    QVERIFY2(text.contains("\"8080\""), qPrintable(file));
            }
        }
        QVERIFY(checked >= 4);
        // Prometheus scrapes /metrics as the Deployment's annotations say.
        QCOMPARE(get(port, "/metrics"), 200);
        server.terminate();
        QVERIFY(server.waitForFinished(15000));
    }

    void containerImageRunsTheServerAsTheManifestsExpect()
    {
        QFile f(m_root + "/packaging/Containerfile");
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY(text.contains("FROM debian:12-slim"));
        QVERIFY(text.contains("USER 10001"));
        QVERIFY(text.contains("EXPOSE 8080"));
        QVERIFY(text.contains("churnlab-server_"));
        QVERIFY(text.contains("/v2/health/ready"));
        QVERIFY(text.contains("\"--port\", \"8080\""));
        const QJsonObject deployment =
            yaml(m_root + "/packaging/k8s/deployment.yaml").first().toObject();
        const QJsonObject pod =
            deployment["spec"].toObject()["template"].toObject()["spec"].toObject();
        QCOMPARE(pod["securityContext"].toObject()["runAsUser"].toInt(), 10001);
        const QJsonObject container = pod["containers"].toArray()[0].toObject();
        for (const char *probe : {"readinessProbe", "livenessProbe"})
            QVERIFY2(container[probe].toObject()["timeoutSeconds"].toInt() >= 2, probe);
        QVERIFY(container["args"].toArray().contains(QJsonValue("--max-queue")));
        QCOMPARE(pod["containers"]
                     .toArray()[0]
                     .toObject()["ports"]
                     .toArray()[0]
                     .toObject()["containerPort"]
                     .toInt(),
                 8080);
    }

    void theIndexedJobScoresEveryRowOnce()
    {
        const QJsonObject job = yaml(m_root + "/packaging/k8s/score-job.yaml").first().toObject();
        const int n = job["spec"].toObject()["completions"].toInt();
        QCOMPARE(job["spec"].toObject()["completionMode"].toString(), QStringLiteral("Indexed"));
        QString command = job["spec"]
                              .toObject()["template"]
                              .toObject()["spec"]
                              .toObject()["containers"]
                              .toArray()[0]
                              .toObject()["args"]
                              .toArray()[0]
                              .toString();
        QVERIFY2(command.contains(QStringLiteral("/%1\"").arg(n)),
                 qPrintable(command)); // shards of N = completions
        QDir().mkpath(m_dir.filePath("scores"));
        command.replace("churnlab-cli", QStringLiteral(CHURNLAB_CLI_PATH))
            .replace("/models/model.clb", m_bundle)
            .replace("/data/customers.csv", m_data)
            .replace("/data/scores", m_dir.filePath("scores"));
        for (int i = 0; i < n; ++i) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert("JOB_COMPLETION_INDEX", QString::number(i));
            p.setProcessEnvironment(env);
            p.start("bash", {"-c", command});
            QVERIFY(p.waitForFinished(60000));
            QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        }
        QStringList ids;
        for (const QString &part :
             QDir(m_dir.filePath("scores")).entryList({"part-*.csv"}, QDir::Files, QDir::Name)) {
            auto r = DataReader().read(m_dir.filePath("scores/" + part));
            QVERIFY(r.ok());
            const Column &id = r->dataset.column(0);
            for (qsizetype i = 0; i < id.size(); ++i)
                ids << id.text(i);
        }
        auto all = DataReader().read(m_data);
        const Column &source = all->dataset.column(all->dataset.indexOf("customer_id"));
        QCOMPARE(ids.size(), qsizetype(source.size()));
        for (qsizetype i = 0; i < source.size(); ++i)
            QCOMPARE(ids[i], source.text(i)); // every row once, in order
    }

    void projectFilesHaveATypeOfTheirOwn()
    {
        // The desktop entry opens projects, and the MIME package names their type and icon.
        QFile desktop(m_root + "/resources/org.churnlab.ChurnLab.desktop");
        QVERIFY(desktop.open(QIODevice::ReadOnly));
        QVERIFY(desktop.readAll().contains("MimeType=application/x-churnlab-project;"));
        QFile mime(m_root + "/resources/org.churnlab.ChurnLab.mime.xml");
        QVERIFY(mime.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&mime);
        QString type, glob, parent, icon;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            const auto a = xml.attributes();
            if (xml.name() == QLatin1String("mime-type"))
                type = a.value("type").toString();
            else if (xml.name() == QLatin1String("glob"))
                glob = a.value("pattern").toString();
            else if (xml.name() == QLatin1String("sub-class-of"))
                parent = a.value("type").toString();
            else if (xml.name() == QLatin1String("icon"))
                icon = a.value("name").toString();
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(type, QStringLiteral("application/x-churnlab-project"));
        QCOMPARE(glob, QStringLiteral("*.churnlab"));
        QCOMPARE(parent, QStringLiteral("application/zip"));
        QCOMPARE(icon, QStringLiteral("application-x-churnlab-project"));
        QVERIFY(QFile::exists(m_root + "/resources/icons/churnlab-project.svg"));
        // A project made by the CLI is the zip archive the type says it is.
        const QString project = m_dir.filePath("p.churnlab");
        QProcess p;
        p.start(QStringLiteral(CHURNLAB_CLI_PATH),
                {"project", "new", m_data, "--target", "churn", "-o", project});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QFile made(project);
        QVERIFY(made.open(QIODevice::ReadOnly));
        QVERIFY(made.read(4) == QByteArray("PK\x03\x04", 4));
        // shared-mime-info itself accepts the package, when it is installed.
        const QString update = QStandardPaths::findExecutable("update-mime-database");
        if (update.isEmpty())
            return;
        QTemporaryDir db;
        QVERIFY(QDir().mkpath(db.filePath("packages")));
        QVERIFY(QFile::copy(mime.fileName(), db.filePath("packages/org.churnlab.ChurnLab.xml")));
        QProcess run;
        run.start(update, {db.path()});
        QVERIFY(run.waitForFinished(60000));
        QCOMPARE(run.exitCode(), 0);
        QFile globs(db.filePath("globs2"));
        QVERIFY(globs.open(QIODevice::ReadOnly));
        QVERIFY(globs.readAll().contains("application/x-churnlab-project:*.churnlab"));
    }
};

QTEST_GUILESS_MAIN(PackagingTest)
#include "PackagingTest.moc"

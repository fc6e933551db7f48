#pragma once

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>

#include <unistd.h>

// A real MariaDB server for the tests that need one: Debian's mariadbd on a fresh data folder
// in a temporary directory, a free port on 127.0.0.1 and a socket of its own, run as the mysql
// user when the tests run as root; a user churnlab (password "churnlab-pw") owns everything.
// Stopped and removed when the object goes. start() returns the reason when it cannot run.
class MariaDbServer
{
public:
    ~MariaDbServer() { stop(); }

    static constexpr const char *kPassword = "churnlab-pw";

    QString start()
    {
        const QString installDb =
            QStandardPaths::findExecutable(QStringLiteral("mariadb-install-db"));
        m_daemon = QStandardPaths::findExecutable(QStringLiteral("mariadbd"),
                                                  {QStringLiteral("/usr/sbin")});
        m_client = QStandardPaths::findExecutable(QStringLiteral("mariadb"));
        if (installDb.isEmpty() || m_daemon.isEmpty() || m_client.isEmpty())
            return QStringLiteral(
                "MariaDB is not installed (scripts/setup-test-deps.sh installs mariadb-server)");
        if (!m_dir.isValid())
            return QStringLiteral("no temporary folder");
        {
            QTcpServer probe;
            probe.listen(QHostAddress::LocalHost, 0);
            m_port = probe.serverPort();
        }
        const bool asRoot = ::getuid() == 0;
        if (asRoot)
            QProcess::execute(QStringLiteral("chown"),
                              {QStringLiteral("-R"), QStringLiteral("mysql:mysql"), m_dir.path()});
        QFile::setPermissions(m_dir.path(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                  | QFile::ReadOther | QFile::ExeOther);
        const QString data = m_dir.filePath(QStringLiteral("data"));
        QStringList install {QStringLiteral("--no-defaults"), QStringLiteral("--datadir=") + data,
                             QStringLiteral("--auth-root-authentication-method=normal"),
                             QStringLiteral("--skip-test-db")};
        if (asRoot)
            install << QStringLiteral("--user=mysql");
        if (int rc = run(installDb, install); rc != 0)
            return QStringLiteral("mariadb-install-db failed (%1): %2").arg(rc).arg(m_output);
        QStringList args {QStringLiteral("--no-defaults"),
                          QStringLiteral("--datadir=") + data,
                          QStringLiteral("--socket=") + socket(),
                          QStringLiteral("--port=%1").arg(m_port),
                          QStringLiteral("--bind-address=127.0.0.1"),
                          QStringLiteral("--skip-log-bin"),
                          QStringLiteral("--innodb-buffer-pool-size=64M"),
                          QStringLiteral("--innodb-flush-log-at-trx-commit=0"),
                          QStringLiteral("--log-error=")
                              + m_dir.filePath(QStringLiteral("err.log"))};
        if (asRoot)
            args << QStringLiteral("--user=mysql");
        m_server.setProcessChannelMode(QProcess::MergedChannels);
        m_server.start(m_daemon, args);
        if (!m_server.waitForStarted(10000))
            return QStringLiteral("mariadbd did not start");
        for (int i = 0; i < 300 && !QFile::exists(socket()); ++i)
            QThread::msleep(100);
        // The socket appears a moment before the server answers.
        int rc = -1;
        for (int i = 0; i < 50 && rc != 0; ++i) {
            rc = asServerRoot(QStringLiteral("SELECT 1"));
            if (rc != 0)
                QThread::msleep(100);
        }
        if (rc != 0)
            return QStringLiteral("mariadbd does not answer: %1").arg(m_output);
        if (asServerRoot(
                QStringLiteral("CREATE USER churnlab@'%' IDENTIFIED BY '%1'; GRANT ALL ON *.* "
                               "TO churnlab@'%'; CREATE DATABASE crm;")
                    .arg(QLatin1String(kPassword)))
            != 0)
            return QStringLiteral("cannot create the test user: %1").arg(m_output);
        return {};
    }

    QString url(const QString &database = QStringLiteral("crm")) const
    {
        return QStringLiteral("mysql://churnlab:%1@127.0.0.1:%2/%3")
            .arg(QLatin1String(kPassword))
            .arg(m_port)
            .arg(database);
    }

    // Runs SQL as the server's root user over the socket (through stdin); the rows (tab-separated,
    // no headers) land in output(). Returns the client's exit code.
    int sql(const QString &database, const QString &statements)
    {
        return run(m_client,
                   {QStringLiteral("--no-defaults"), QStringLiteral("-S"), socket(),
                    QStringLiteral("-u"), QStringLiteral("root"), QStringLiteral("-N"),
                    QStringLiteral("-B"), QStringLiteral("-D"), database},
                   statements.toUtf8());
    }
    QString output() const { return m_output; }
    quint16 port() const { return m_port; }

    void stop()
    {
        if (m_server.state() == QProcess::NotRunning)
            return;
        m_server.terminate(); // mariadbd shuts down cleanly on SIGTERM
        if (!m_server.waitForFinished(30000)) {
            m_server.kill();
            m_server.waitForFinished(5000);
        }
    }

private:
    QString socket() const { return m_dir.filePath(QStringLiteral("mysqld.sock")); }
    int asServerRoot(const QString &statements) { return sql(QString(), statements); }

    // Statements go through stdin: a long script exceeds what one argument may hold.
    int run(const QString &program, QStringList args, const QByteArray &input = {})
    {
        if (args.contains(QStringLiteral("-D"))
            && args.at(args.indexOf(QStringLiteral("-D")) + 1).isEmpty()) {
            const int i = args.indexOf(QStringLiteral("-D"));
            args.remove(i, 2);
        }
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(program, args);
        if (!input.isEmpty() || program == m_client) {
            p.write(input);
            p.closeWriteChannel();
        }
        p.waitForFinished(120000);
        m_output = QString::fromLocal8Bit(p.readAll()).right(600);
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

    QTemporaryDir m_dir;
    QProcess m_server;
    QString m_daemon, m_client, m_output;
    quint16 m_port = 0;
};

#pragma once

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>

#include <unistd.h>

// A real PostgreSQL server for the tests that need one: Debian's binaries, a fresh cluster in
// a temporary folder on a free port, trust authentication on 127.0.0.1 only, started as the
// postgres user when the tests run as root (PostgreSQL refuses root), stopped and removed
// when the object goes. start() returns the reason when it cannot run (no PostgreSQL here).
class PostgresServer
{
public:
    ~PostgresServer() { stop(); }

    QString start()
    {
        QDir versions(QStringLiteral("/usr/lib/postgresql"));
        const QStringList found = versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        if (found.isEmpty())
            return QStringLiteral(
                "PostgreSQL is not installed (scripts/setup-test-deps.sh installs it)");
        m_bin = versions.filePath(found.last() + QStringLiteral("/bin"));
        if (!m_dir.isValid())
            return QStringLiteral("no temporary folder");
        m_data = m_dir.filePath(QStringLiteral("data"));
        {
            QTcpServer probe; // a free port, chosen by the kernel
            probe.listen(QHostAddress::LocalHost, 0);
            m_port = probe.serverPort();
        }
        const bool root = ::getuid() == 0;
        if (root) {
            QProcess::execute(
                QStringLiteral("chown"),
                {QStringLiteral("-R"), QStringLiteral("postgres:postgres"), m_dir.path()});
            QFile::setPermissions(m_dir.path(),
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                      | QFile::ReadOther | QFile::ExeOther);
        }
        if (int rc = run({m_bin + QStringLiteral("/initdb"), QStringLiteral("-D"), m_data,
                          QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("-U"),
                          QStringLiteral("churnlab"), QStringLiteral("--no-sync")});
            rc != 0)
            return QStringLiteral("initdb failed (%1): %2").arg(rc).arg(m_output);
        if (int rc = run({m_bin + QStringLiteral("/pg_ctl"), QStringLiteral("-D"), m_data,
                          QStringLiteral("-w"), QStringLiteral("-l"),
                          m_dir.filePath(QStringLiteral("server.log")), QStringLiteral("-o"),
                          QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off")
                              .arg(m_port)
                              .arg(m_dir.path()),
                          QStringLiteral("start")});
            rc != 0)
            return QStringLiteral("pg_ctl start failed (%1): %2").arg(rc).arg(m_output);
        m_running = true;
        if (int rc =
                run({m_bin + QStringLiteral("/createdb"), QStringLiteral("-h"),
                     QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(m_port),
                     QStringLiteral("-U"), QStringLiteral("churnlab"), QStringLiteral("runs")});
            rc != 0)
            return QStringLiteral("createdb failed (%1): %2").arg(rc).arg(m_output);
        return {};
    }

    // A database of its own for each caller (a fresh store per test).
    QString url(const QString &database = QStringLiteral("runs"))
    {
        if (database != QLatin1String("runs"))
            run({m_bin + QStringLiteral("/createdb"), QStringLiteral("-h"),
                 QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(m_port),
                 QStringLiteral("-U"), QStringLiteral("churnlab"), database});
        return QStringLiteral("postgresql://churnlab@127.0.0.1:%1/%2").arg(m_port).arg(database);
    }

    // Runs SQL through psql on a database; the rows it prints (unaligned, tuples only) land
    // in output(). Returns psql's exit code (ON_ERROR_STOP: non-zero on any SQL error).
    int psql(const QString &database, const QString &sql)
    {
        return run({m_bin + QStringLiteral("/psql"), QStringLiteral("-h"),
                    QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(m_port),
                    QStringLiteral("-U"), QStringLiteral("churnlab"), QStringLiteral("-d"),
                    database, QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                    QStringLiteral("-At"), QStringLiteral("-c"), sql});
    }
    QString output() const { return m_output; }
    quint16 port() const { return m_port; }
    // A folder the server's user can write to (for psql's \copy … TO a file).
    QString dir() const { return m_dir.path(); }
    void stop()
    {
        if (!m_running)
            return;
        run({m_bin + QStringLiteral("/pg_ctl"), QStringLiteral("-D"), m_data, QStringLiteral("-w"),
             QStringLiteral("-m"), QStringLiteral("fast"), QStringLiteral("stop")});
        m_running = false;
    }

private:
    int run(QStringList command)
    {
        if (::getuid() == 0)
            command =
                QStringList {QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--")}
                + command;
        const QString program = ::getuid() == 0 ? QStringLiteral("runuser") : command.takeFirst();
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.setWorkingDirectory(m_dir.path());
        p.start(program, command);
        p.waitForFinished(120000);
        m_output = QString::fromLocal8Bit(p.readAll()).right(600);
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

    QTemporaryDir m_dir;
    QString m_bin, m_data, m_output;
    quint16 m_port = 0;
    bool m_running = false;
};

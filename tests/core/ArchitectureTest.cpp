#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

// The layout's arrows, checked on the sources (docs/architecture.md): core includes nothing of
// ui or app and no widgets; ui/session and ui/document include no panel and not the window;
// no two files include each other.
class ArchitectureTest : public QObject
{
    Q_OBJECT

    // "core/data/Column" → the modules it includes (header names without .h).
    QHash<QString, QSet<QString>> m_includes;

private slots:
    void initTestCase()
    {
        const QString root = QStringLiteral(CHURNLAB_SOURCE_DIR);
        static const QRegularExpression include(QStringLiteral("^#include \"([^\"]+)\\.h\""),
                                                QRegularExpression::MultilineOption);
        for (const char *top : {"core", "ui", "app"}) {
            QDirIterator it(root + QLatin1Char('/') + QLatin1String(top),
                            {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                QFile f(path);
                QVERIFY(f.open(QIODevice::ReadOnly));
                const QString text = QString::fromUtf8(f.readAll());
                QString module = path.mid(root.size() + 1);
                module.chop(module.endsWith(QLatin1String(".h")) ? 2 : 4);
                auto matches = include.globalMatch(text);
                while (matches.hasNext()) {
                    const QString target = matches.next().captured(1);
                    if (target != module)
                        m_includes[module].insert(target);
                }
                if (module.startsWith(QLatin1String("core/")))
                    QVERIFY2(!text.contains(QLatin1String("#include <QWidget"))
                                 && !text.contains(QLatin1String("#include <QtWidgets")),
                             qPrintable(path));
            }
        }
        QVERIFY(m_includes.size() > 100);
    }

    void arrowsPointDown()
    {
        for (auto it = m_includes.cbegin(); it != m_includes.cend(); ++it)
            for (const QString &target : it.value()) {
                if (it.key().startsWith(QLatin1String("core/")))
                    QVERIFY2(target.startsWith(QLatin1String("core/")),
                             qPrintable(it.key() + QStringLiteral(" → ") + target));
                if (it.key().startsWith(QLatin1String("ui/session/"))
                    || it.key().startsWith(QLatin1String("ui/document/")))
                    QVERIFY2(target != QLatin1String("ui/MainWindow")
                                 && !target.startsWith(QLatin1String("ui/panels/")),
                             qPrintable(it.key() + QStringLiteral(" → ") + target));
            }
    }

    // core/<folder>/… → its folder ("core/data/csv/CsvReader" → "core/data"); files at core's
    // top are shared by every folder and have none.
    static QString coreFolder(const QString &module)
    {
        const QStringList parts = module.split(QLatin1Char('/'));
        return parts.size() > 2 && parts[0] == QLatin1String("core")
            ? parts[0] + QLatin1Char('/') + parts[1]
            : QString();
    }

    void noTwoCoreFoldersIncludeEachOther()
    {
        QHash<QString, QSet<QString>> folders;
        QHash<QPair<QString, QString>, QString> example;
        for (auto it = m_includes.cbegin(); it != m_includes.cend(); ++it)
            for (const QString &target : it.value()) {
                const QString from = coreFolder(it.key()), to = coreFolder(target);
                if (from.isEmpty() || to.isEmpty() || from == to)
                    continue;
                folders[from].insert(to);
                example.insert({from, to}, it.key() + QStringLiteral(" → ") + target);
            }
        for (auto it = folders.cbegin(); it != folders.cend(); ++it)
            for (const QString &to : it.value())
                QVERIFY2(!folders.value(to).contains(it.key()),
                         qPrintable(example.value({it.key(), to}) + QStringLiteral(" and ")
                                    + example.value({to, it.key()})));
    }

    void noTwoFilesIncludeEachOther()
    {
        for (auto it = m_includes.cbegin(); it != m_includes.cend(); ++it)
            for (const QString &target : it.value())
                QVERIFY2(!m_includes.value(target).contains(it.key()),
                         qPrintable(it.key() + QStringLiteral(" ⇄ ") + target));
    }
};

QTEST_GUILESS_MAIN(ArchitectureTest)
#include "ArchitectureTest.moc"

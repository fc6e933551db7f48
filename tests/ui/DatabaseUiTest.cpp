#include "PostgresServer.h"
#include "core/data/DataInput.h"
#include "core/project/CanvasFacts.h"
#include "core/project/Project.h"
#include "ui/AppSettings.h"
#include "ui/MainWindow.h"
#include "ui/dialogs/OpenDatabaseDialog.h"
#include "ui/document/AnalysisDocument.h"
#include "ui/itemmodels/DataTableModel.h"
#include "ui/session/ProjectController.h"
#include "ui/widgets/TypedPreviewTable.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

using namespace churnlab;

// File ▸ Open Database… end to end on a real PostgreSQL server (started here, stopped after):
// connect, browse the tables with their row counts, preview a table, change a column's type,
// load; the window, the canvas, the recent list and a saved project then name the database
// and table (never a password), and the project reopens by running the query again. Errors
// stay in the dialog, and a failed load keeps the data that was there.
class DatabaseUiTest : public QObject
{
    Q_OBJECT

    PostgresServer m_pg;
    QString m_skip, m_url;
    QTemporaryDir m_dir;

    static void screenshot(QWidget *w, const QString &name)
    {
        if (const QString shots = qEnvironmentVariable("CHURNLAB_SCREENSHOTS"); !shots.isEmpty())
            w->grab().save(QDir(shots).filePath(name));
    }

private:
    // File ▸ Refresh Data on a reopened project: the query runs again, the analysis stays,
    // and the status bar says what changed.
    void refreshRereadsTheQuery(MainWindow &w)
    {
        QVERIFY(QTest::qWaitFor([&]() { return w.project()->canRefreshData(); }, 20000));
        const QString target = w.analysis()->target().column;
        QVERIFY(!target.isEmpty());
        auto *refresh = w.findChild<QAction *>(QStringLiteral("refreshDataAction"));
        QVERIFY(refresh);
        auto refreshOnce = [&]() -> QString {
            QSignalSpy refreshed(w.project(), &ProjectController::dataRefreshed);
            refresh->trigger();
            if (!refreshed.wait(30000))
                return QStringLiteral("(no answer)");
            return refreshed.first().value(0).toString();
        };
        QCOMPARE(refreshOnce(), QString()); // nothing changed on the server
        QVERIFY2(w.statusText().contains(QStringLiteral("nothing changed")),
                 qPrintable(w.statusText()));
        QVERIFY(!w.project()->isModified());

        QCOMPARE(m_pg.psql(QStringLiteral("crm"),
                           QStringLiteral("INSERT INTO customers SELECT customer_id + 100000, "
                                          "contract, tenure, monthly_charges, churn FROM "
                                          "customers WHERE customer_id <= 5")),
                 0);
        const QString grown = refreshOnce();
        QVERIFY2(grown.contains(QStringLiteral("2000")) && grown.contains(QStringLiteral("2005")),
                 qPrintable(grown));
        QCOMPARE(w.tableModel()->dataset()->rowCount(), 2005);
        QCOMPARE(w.analysis()->target().column, target); // the analysis is kept
        QVERIFY(w.analysis()->dataInput().isDatabase());
        QCOMPARE(w.analysis()->importOptions().typeOverrides.value(QStringLiteral("tenure")),
                 ColumnType::Real);
        QVERIFY(w.project()->isModified()); // the saved project's data differs now
        QVERIFY2(w.statusText().contains(QStringLiteral("2005")), qPrintable(w.statusText()));

        QCOMPARE(m_pg.psql(QStringLiteral("crm"),
                           QStringLiteral("UPDATE customers SET tenure = tenure + 1 WHERE "
                                          "customer_id > 100000")),
                 0);
        QVERIFY2(refreshOnce().contains(QStringLiteral("values differ")),
                 qPrintable(w.statusText()));
        QCOMPARE(m_pg.psql(QStringLiteral("crm"),
                           QStringLiteral("DELETE FROM customers WHERE customer_id > 100000")),
                 0);
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("ChurnLabTest"));
        QStandardPaths::setTestModeEnabled(true);
        m_skip = m_pg.start();
        if (!m_skip.isEmpty())
            return;
        m_url = m_pg.url(QStringLiteral("crm"));
        QCOMPARE(m_pg.psql(QStringLiteral("crm"), QStringLiteral(R"sql(
SELECT setseed(0.3);
CREATE TABLE customers AS
SELECT i AS customer_id,
       (ARRAY['Month-to-month','One year','Two year'])[1 + i % 3] AS contract,
       (i * 7) % 72 AS tenure,
       round((20 + (i * 13) % 90)::numeric, 2) AS monthly_charges,
       CASE WHEN random() < CASE i % 3 WHEN 0 THEN 0.45 WHEN 1 THEN 0.15 ELSE 0.05 END
            THEN 'Yes' ELSE 'No' END AS churn
FROM generate_series(1, 2000) AS i;
CREATE VIEW long_customers AS SELECT * FROM customers WHERE tenure > 24;
ANALYZE customers;
)sql")),
                 0);
    }

    void opensATableThroughTheDialog()
    {
        if (!m_skip.isEmpty())
            QSKIP(qPrintable(m_skip));
        MainWindow w;
        w.resize(1280, 800);
        w.show();
        bool drove = false;
        QString rowsText;
        QStringList tables;
        int previewColumns = 0, previewRows = 0;
        QTimer::singleShot(0, &w, [&]() {
            auto *d = qobject_cast<OpenDatabaseDialog *>(QApplication::activeModalWidget());
            if (!d)
                return;
            d->setUrl(m_url);
            QSignalSpy listed(d, &OpenDatabaseDialog::tablesListed);
            d->listTables();
            if (!listed.wait(20000)) {
                d->reject();
                return;
            }
            tables = d->tableNames();
            rowsText = d->tableRowsText(QStringLiteral("customers"));
            d->selectTable(QStringLiteral("customers"));
            QSignalSpy shown(d, &OpenDatabaseDialog::previewShown);
            d->preview();
            if (!shown.wait(20000)) {
                d->reject();
                return;
            }
            previewColumns = d->previewTable()->previewColumnCount();
            previewRows = d->previewTable()->rowCount() - 1;
            d->previewTable()->setColumnType(2, ColumnType::Real); // tenure, as a real
            screenshot(d, QStringLiteral("open-database.png"));
            drove = true;
            d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        QSignalSpy shown(&w, &MainWindow::datasetShown);
        QSignalSpy profiled(&w, &MainWindow::profilesShown);
        auto *action = w.findChild<QAction *>(QStringLiteral("openDatabaseAction"));
        QVERIFY(action);
        action->trigger();
        QVERIFY2(drove, "the dialog did not list, preview and load");
        QVERIFY(tables.contains(QStringLiteral("customers")));
        QVERIFY(tables.contains(QStringLiteral("long_customers")));
        QVERIFY2(rowsText.contains(QStringLiteral("2,000"))
                     || rowsText.contains(QStringLiteral("2000")),
                 qPrintable(rowsText));
        QCOMPARE(previewColumns, 5);
        QCOMPARE(previewRows, OpenDatabaseDialog::previewRows);

        QVERIFY(shown.wait(30000));
        QVERIFY(profiled.count() > 0 || profiled.wait(30000)); // the document has the data
        const auto data = w.tableModel()->dataset();
        QCOMPARE(data->rowCount(), 2000);
        QCOMPARE(data->column(data->indexOf(QStringLiteral("tenure"))).type(), ColumnType::Real);
        QCOMPARE(data->column(data->indexOf(QStringLiteral("monthly_charges"))).type(),
                 ColumnType::Real);
        QVERIFY2(w.statusText().contains(QStringLiteral("postgresql://churnlab@127.0.0.1")),
                 qPrintable(w.statusText()));
        QVERIFY(w.windowTitle().contains(QStringLiteral("customers")));
        screenshot(&w, QStringLiteral("database-loaded.png"));

        // The canvas's Data sources block names the database and the table.
        const Project snapshot = w.project()->snapshot();
        const auto facts = CanvasFacts::compute(snapshot, data.get());
        const QStringList lines = CanvasFacts::lines(facts.value(QStringLiteral("data_sources")));
        QVERIFY2(lines.join(QLatin1Char('\n')).contains(m_url),
                 qPrintable(lines.join(QLatin1Char('\n')) + QStringLiteral(" | ")
                            + snapshot.data.display() + QString::number(facts.size())));
        QVERIFY(lines.join(QLatin1Char('\n')).contains(QStringLiteral("customers")));

        // The recent list keeps the connection and its table.
        const auto recent = AppSettings::recentDatabases();
        QVERIFY(!recent.isEmpty());
        QCOMPARE(recent.first().table, QStringLiteral("customers"));
        QCOMPARE(recent.first().url.display(), m_url);

        // Saved, the project keeps the query and the rows' hash; reopened, it reads them again.
        const QString project = m_dir.filePath(QStringLiteral("crm.churnlab"));
        QSignalSpy saved(w.project(), &ProjectController::saved);
        QVERIFY(w.project()->save(project));
        QVERIFY(saved.wait(20000));
        QCOMPARE(saved.first().value(1).toString(), QString());
        auto stored = Project::open(project);
        QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : stored.error().describe()));
        QVERIFY(stored->data.database.has_value());
        QCOMPARE(stored->data.database->table, QStringLiteral("customers"));
        QCOMPARE(stored->data.fingerprint.sha256.size(), 64);
        QCOMPARE(stored->data.options.typeOverrides.value(QStringLiteral("tenure")),
                 ColumnType::Real);

        MainWindow again;
        again.show();
        QSignalSpy reopened(&again, &MainWindow::datasetShown);
        again.project()->open(project);
        QVERIFY(reopened.wait(30000));
        QCOMPARE(again.tableModel()->dataset()->rowCount(), 2000);
        QVERIFY(again.analysis()->dataInput().isDatabase());
        refreshRereadsTheQuery(again);
    }

    void errorsStayInTheDialogAndKeepTheData()
    {
        if (!m_skip.isEmpty())
            QSKIP(qPrintable(m_skip));
        OpenDatabaseDialog d;
        d.setUrl(QStringLiteral("postgresql://churnlab@127.0.0.1:%1/absent").arg(m_pg.port()));
        d.setPassword(QStringLiteral("hunter2"));
        QSignalSpy failed(&d, &OpenDatabaseDialog::failed);
        d.listTables();
        QVERIFY(failed.wait(20000));
        QVERIFY2(d.errorText().contains(QStringLiteral("absent")), qPrintable(d.errorText()));
        QVERIFY(!d.errorText().contains(QStringLiteral("hunter2")));
        QVERIFY(!d.urlText().contains(QStringLiteral("hunter2")));

        d.setUrl(m_url);
        d.setSql(QStringLiteral("SELECT nosuch FROM customers"));
        failed.clear();
        d.preview();
        QVERIFY(failed.wait(20000));
        QVERIFY2(d.errorText().contains(QStringLiteral("nosuch")), qPrintable(d.errorText()));
        // A query, not the browser's table, is what would load.
        auto q = d.query();
        QVERIFY(q.ok());
        QVERIFY(q->table.isEmpty());

        MainWindow w;
        w.show();
        w.openSample();
        const int rows = w.tableModel()->rowCount();
        DatabaseQuery broken;
        broken.url = *DatabaseUrl::parse(m_url);
        broken.table = QStringLiteral("nowhere");
        QSignalSpy shown(&w, &MainWindow::datasetShown);
        // The failure is a message box naming the table; closed here as the analyst would.
        QString message;
        QTimer closer;
        connect(&closer, &QTimer::timeout, &w, [&]() {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                message = box->text();
                box->accept();
            }
        });
        closer.start(50);
        w.loadData(DataInput(broken));
        QTRY_VERIFY_WITH_TIMEOUT(!message.isEmpty(), 20000);
        QVERIFY2(message.contains(QStringLiteral("nowhere")), qPrintable(message));
        QCOMPARE(shown.count(), 0);
        QCOMPARE(w.tableModel()->rowCount(), rows);
        QVERIFY(!w.analysis()->dataInput().isDatabase());
    }
};

QTEST_MAIN(DatabaseUiTest)
#include "DatabaseUiTest.moc"

#include "ui/MainWindow.h"
#include "TestData.h"
#include "core/data/SampleData.h"
#include "core/data/csv/CsvWriter.h"
#include "ui/dialogs/ImportDialog.h"
#include "ui/itemmodels/DataTableModel.h"
#include "ui/panels/ExplorePanel.h"
#include "ui/panels/ProfilePanel.h"
#include "ui/session/LoadController.h"

#include <QChartView>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace churnlab;

// The main window offscreen, driven as a user would: open data, see rows and profiles,
// filter, sort, cancel a long load, and get a clear error for a broken file.
class MainWindowTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeSample(const QString &name, qsizetype rows)
    {
        const QString path = m_dir.filePath(name);
        if (!QFile::exists(path) && !CsvWriter().write(SampleData::generate(rows, 11), path).ok())
            return {};
        return path;
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("ChurnLabTest"));
        QStandardPaths::setTestModeEnabled(true);
    }

    void showsSampleWithProfiles()
    {
        MainWindow w;
        w.show();
        QSignalSpy profiles(&w, &MainWindow::profilesShown);
        w.openSample();
        QCOMPARE(w.tableModel()->rowCount(), int(SampleData::defaultRows));
        QVERIFY(w.statusText().contains(QStringLiteral("5,000 rows"))
                || w.statusText().contains(QStringLiteral("5000 rows")));
        QVERIFY(profiles.wait(10000));
        const int tenure = w.tableModel()->dataset()->indexOf(QStringLiteral("tenure_months"));
        w.tableView()->setCurrentIndex(w.tableModel()->index(0, tenure));
        QCOMPARE(w.profilePanel()->currentColumn(), tenure);
        QCOMPARE(w.profilePanel()->statistic(QStringLiteral("min")), QStringLiteral("0"));
        QCOMPARE(w.profilePanel()->statistic(QStringLiteral("max")), QStringLiteral("72"));
        QVERIFY(
            w.profilePanel()->statistic(QStringLiteral("missing")).startsWith(QLatin1Char('0')));
    }

    void loadsAFileInTheBackground()
    {
        const QString path = writeSample(QStringLiteral("churn.csv"), 3000);
        QVERIFY(!path.isEmpty());
        MainWindow w;
        w.show();
        QSignalSpy shown(&w, &MainWindow::datasetShown);
        w.loadFile(path);
        QVERIFY(shown.wait(20000));
        QCOMPARE(w.tableModel()->rowCount(), 3000);
        QCOMPARE(w.tableModel()->columnCount(), 18);
        QVERIFY(w.windowTitle().contains(QStringLiteral("churn.csv")));
        QVERIFY(w.statusText().contains(QStringLiteral("loaded in")));
    }

    void filtersAndSorts()
    {
        MainWindow w;
        w.show();
        w.openSample();
        QSignalSpy filtered(&w, &MainWindow::filterApplied);
        QTest::keyClicks(w.filterEdit(), QStringLiteral("Two year"));
        QVERIFY(filtered.wait(10000));
        const int rows = w.tableModel()->rowCount();
        QVERIFY(rows > 500 && rows < 2000);
        const int contract = w.tableModel()->dataset()->indexOf(QStringLiteral("contract"));
        for (int r = 0; r < rows; r += 97)
            QCOMPARE(w.tableModel()->data(w.tableModel()->index(r, contract)).toString(),
                     QStringLiteral("Two year"));
        w.tableView()->sortByColumn(contract, Qt::AscendingOrder);
        QCOMPARE(w.tableModel()->rowCount(), rows);
        w.filterEdit()->clear();
        QVERIFY(filtered.wait(10000));
        QCOMPARE(w.tableModel()->rowCount(), int(SampleData::defaultRows));
    }

    void cancelsALongLoad()
    {
        const QString path = writeSample(QStringLiteral("big.csv"), 600000);
        QVERIFY(!path.isEmpty());
        MainWindow w;
        w.show();
        w.openSample();
        QSignalSpy cancelled(w.loader(), &LoadController::cancelled);
        QSignalSpy loaded(w.loader(), &LoadController::loaded);
        w.loadFile(path);
        QVERIFY(w.isBusy());
        w.cancelLoad();
        QVERIFY(cancelled.wait(30000));
        QCOMPARE(loaded.count(), 0);
        QCOMPARE(w.tableModel()->rowCount(), int(SampleData::defaultRows)); // nothing lost
        QVERIFY(w.statusText().contains(QStringLiteral("cancelled")));
        QVERIFY(!w.isBusy());
    }

    void opensADroppedFileThroughThePreview()
    {
        const QString path = writeSample(QStringLiteral("dropped.csv"), 1200);
        QVERIFY(!path.isEmpty());
        MainWindow w;
        w.show();
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&]() {
            if (auto *dialog = qobject_cast<ImportDialog *>(QApplication::activeModalWidget())) {
                QVERIFY(dialog->previewOk());
                dialog->accept();
            }
        });
        poll.start(20);
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &mime, Qt::LeftButton,
                              Qt::NoModifier);
        QApplication::sendEvent(&w, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QSignalSpy shown(&w, &MainWindow::datasetShown);
        QApplication::sendEvent(&w, &drop);
        QVERIFY(shown.wait(20000));
        QCOMPARE(w.tableModel()->rowCount(), 1200);
    }

    void plotsAColumnFromTheProfilePanel()
    {
        MainWindow w;
        w.resize(1280, 800);
        w.show();
        QSignalSpy profiles(&w, &MainWindow::profilesShown);
        w.openSample();
        QVERIFY(profiles.wait(10000));
        QSignalSpy charts(w.explorePanel(), &ExplorePanel::chartShown);
        QVERIFY(charts.wait(10000)); // Explore draws its first chart once profiles are in
        w.selectColumn(QStringLiteral("contract"));
        QCOMPARE(w.profilePanel()->statistic(QStringLiteral("distinct")), QStringLiteral("3"));
        QPushButton *plot = nullptr;
        for (auto *b : w.profilePanel()->findChildren<QPushButton *>())
            plot = b->toolTip().contains(QStringLiteral("Explore")) ? b : plot;
        QVERIFY(plot && plot->isEnabled());
        QTest::mouseClick(plot, Qt::LeftButton);
        QCOMPARE(w.tabs()->currentWidget(), w.explorePanel());
        QVERIFY(charts.wait(10000));
        auto *view = qobject_cast<QChartView *>(w.explorePanel()->chartWidget());
        QVERIFY(view);
        QVERIFY(view->chart()->title().startsWith(QStringLiteral("contract")));

        // Choose "Box plot by class" in the chart box with the keyboard, as a user would.
        QComboBox *kind = nullptr;
        for (auto *c : w.explorePanel()->findChildren<QComboBox *>())
            kind = c->toolTip() == QLatin1String("Which chart to draw") ? c : kind;
        QVERIFY(kind);
        kind->setFocus();
        QTest::keyClick(kind, Qt::Key_Down);
        QVERIFY(charts.wait(10000));
        QCOMPARE(kind->currentIndex(), 1);
        QVERIFY(w.explorePanel()->message().contains(
            QStringLiteral("not numeric"))); // contract is a category
    }

    void changesATypeAfterLoadingWithUndo()
    {
        MainWindow w;
        w.show();
        QSignalSpy shown(&w, &MainWindow::datasetShown);
        w.openSample();
        const auto original = w.tableModel()->dataset();
        const int tenure = original->indexOf(QStringLiteral("tenure_months"));
        QCOMPARE(original->column(tenure).type(), ColumnType::Integer);

        w.changeColumnType(QStringLiteral("tenure_months"), ColumnType::Categorical);
        QVERIFY(shown.wait(10000));
        QCOMPARE(w.tableModel()->dataset()->column(tenure).type(), ColumnType::Categorical);
        QCOMPARE(w.tableModel()->dataset()->column(tenure).text(0),
                 original->column(tenure).text(0));
        QCOMPARE(original->column(tenure).type(), ColumnType::Integer); // the snapshot is untouched
        QVERIFY(w.undoStack()->canUndo());
        QVERIFY(w.undoStack()->undoText().contains(QStringLiteral("tenure_months")));

        w.undoStack()->undo();
        QCOMPARE(w.tableModel()->dataset(), original);
        w.undoStack()->redo();
        QCOMPARE(w.tableModel()->dataset()->column(tenure).type(), ColumnType::Categorical);

        // Text that does not fit becomes missing, and the status bar says how many.
        w.changeColumnType(QStringLiteral("contract"), ColumnType::Real);
        QVERIFY(shown.wait(10000));
        const int contract = original->indexOf(QStringLiteral("contract"));
        QCOMPARE(w.tableModel()->dataset()->column(contract).missingCount(), original->rowCount());
        QVERIFY(w.statusText().contains(QString::number(original->rowCount())));
        QCOMPARE(w.undoStack()->count(), 2);

        // Loading other data starts a new history.
        w.openSample();
        QCOMPARE(w.undoStack()->count(), 0);
    }

    void explainsABrokenFile()
    {
        const QString path = writeTestFile(m_dir.path(), "broken.csv", "a,b\n1,2\n3,\"open\n");
        MainWindow w;
        w.show();
        QString shownText;
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&]() {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                shownText = box->text();
                box->accept();
            }
        });
        poll.start(20);
        QSignalSpy failed(w.loader(), &LoadController::failed);
        w.loadFile(path);
        QVERIFY(failed.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(!shownText.isEmpty(), 5000);
        QVERIFY2(shownText.contains(QStringLiteral("Line 3")), qPrintable(shownText));
        QVERIFY(shownText.contains(QStringLiteral("never closed")));
        QCOMPARE(w.tableModel()->rowCount(), 0);
    }
};

QTEST_MAIN(MainWindowTest)
#include "MainWindowTest.moc"

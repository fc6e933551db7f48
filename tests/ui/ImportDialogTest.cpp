#include "ui/dialogs/ImportDialog.h"
#include "TestData.h"
#include "XlsxFixture.h"
#include "core/data/DataReader.h"
#include "ui/MainWindow.h"

#include <QComboBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace churnlab;

class ImportDialogTest : public QObject
{
    Q_OBJECT

private slots:
    void previewsDetectedDialectAndTypes()
    {
        QTemporaryDir dir;
        const QString path = writeTestFile(dir.path(), "semi.csv",
                                           "id;amount;plan\n1;1,5;basic\n2;2,25;pro\n3;7;basic\n");
        ImportDialog dialog(path);
        QVERIFY(dialog.previewOk());
        QCOMPARE(dialog.previewColumnCount(), 3);
        CsvOptions o = dialog.options();
        QVERIFY(o.typeOverrides.isEmpty());
        QVERIFY(*o.header);
        QVERIFY(*o.decimalComma);

        dialog.setColumnType(0, ColumnType::Categorical);
        o = dialog.options();
        QCOMPARE(o.typeOverrides.value(QStringLiteral("id")), ColumnType::Categorical);
        auto r = DataReader(o).read(path);
        QVERIFY(r.ok());
        QCOMPARE(r->dataset.column(0).type(), ColumnType::Categorical);
        QCOMPARE(r->dataset.column(1).number(1), 2.25);

        // Split on commas, "1;1,5;basic" has two fields under a one-field header.
        dialog.setDelimiter(',');
        QVERIFY(!dialog.previewOk());
        QVERIFY(dialog.errorText().contains(QStringLiteral("Line 2")));
        dialog.setDelimiter(';');
        QVERIFY(dialog.previewOk());
        QCOMPARE(dialog.previewColumnCount(), 3);
    }

    void showsWhyAFileCannotBeRead()
    {
        QTemporaryDir dir;
        const QString path = writeTestFile(dir.path(), "bad.csv", "a,b\n1,2\n3,4,5\n");
        ImportDialog dialog(path);
        QVERIFY(!dialog.previewOk());
        QVERIFY(dialog.errorText().contains(QStringLiteral("Line 3")));
    }

    // A report-style file: the title lines are skipped and said so, the tokens met are listed,
    // and the description row is offered for skipping; accepting the offer gives numbers.
    void offersWhatExcelHabitsNeed()
    {
        QTemporaryDir dir;
        QByteArray csv = "Churn export\nGenerated on 2026-11-29\nid,limit,age,plan\n"
                         "Customer ID,Credit limit,Age in years,Plan\n";
        for (int i = 0; i < 12; ++i)
            csv += QByteArray::number(i) + ',' + (i == 4 ? "#N/A" : QByteArray::number(900 + i))
                + ',' + QByteArray::number(30 + i) + ',' + (i % 2 ? "a" : "b") + '\n';
        const QString path = writeTestFile(dir.path(), "report.csv", csv);
        ImportDialog dialog(path);
        QVERIFY2(dialog.previewOk(), qPrintable(dialog.errorText()));
        QCOMPARE(dialog.previewColumnCount(), 4);
        QVERIFY(dialog.missingTokensText().contains("Lines 1–2"));
        QVERIFY(dialog.missingTokensText().contains("#N/A"));
        QVERIFY(dialog.offerText().contains("3 columns"));
        dialog.acceptOffer();
        QVERIFY(dialog.offerText().isEmpty());
        const CsvOptions o = dialog.options();
        QCOMPARE(o.skipRows, 1);
        auto r = DataReader(o).read(path);
        QVERIFY(r.ok());
        QCOMPARE(r->dataset.rowCount(), 12);
        QCOMPARE(r->dataset.column(1).type(), ColumnType::Integer);
        QCOMPARE(r->dataset.column(1).missingCount(), 1);
        if (const QString shots = qEnvironmentVariable("CHURNLAB_SCREENSHOTS"); !shots.isEmpty()) {
            dialog.setSkipRows(0);
            dialog.resize(900, 640);
            dialog.grab().save(shots + QStringLiteral("/import-habits.png"));
        }
    }

    // Quoted numbers grouped with commas: the preview offers to read them as numbers.
    void offersTheThousandsSeparator()
    {
        QTemporaryDir dir;
        const QString path = writeTestFile(dir.path(), "grouped.csv",
                                           "id,balance\n1,\"1,234.50\"\n2,\"12,000\"\n3,7.25\n");
        ImportDialog dialog(path);
        QVERIFY(dialog.previewOk());
        QVERIFY2(dialog.offerText().contains("balance"), qPrintable(dialog.offerText()));
        dialog.acceptOffer();
        QCOMPARE(dialog.options().thousands, ',');
        auto r = DataReader(dialog.options()).read(path);
        QVERIFY(r.ok());
        QCOMPARE(r->dataset.column(1).number(1), 12000.0);
    }

    // A workbook: the sheets are listed with the hidden one marked, the first visible one is
    // previewed, and choosing another previews and loads it.
    void previewsAWorkbooksSheets()
    {
        QTemporaryDir dir;
        XlsxFixture f;
        f.sheets = {
            {"Readme", {XlsxFixture::row(1, {f.string(0, 1, "notes")})}, true},
            {"Customers",
             {XlsxFixture::row(
                  1, {f.string(0, 1, "id"), f.string(1, 1, "tenure"), f.string(2, 1, "churn")}),
              XlsxFixture::row(
                  2,
                  {f.string(0, 2, "C-1"), XlsxFixture::number(1, 2, "3"), f.string(2, 2, "Yes")}),
              XlsxFixture::row(
                  3,
                  {f.string(0, 3, "C-2"), XlsxFixture::number(1, 3, "40"), f.string(2, 3, "No")})}},
            {"Q2",
             {XlsxFixture::row(1, {f.string(0, 1, "x")}),
              XlsxFixture::row(2, {XlsxFixture::number(0, 2, "1")})}}};
        const QString path = writeTestFile(dir.path(), "book.xlsx", f.bytes());
        ImportDialog dialog(path);
        QVERIFY2(dialog.previewOk(), qPrintable(dialog.errorText()));
        QCOMPARE(dialog.sheetNames(), (QStringList {"Readme", "Customers", "Q2"}));
        QCOMPARE(dialog.previewColumnCount(), 3);
        QCOMPARE(dialog.options().sheet, QStringLiteral("Customers"));
        if (const QString shots = qEnvironmentVariable("CHURNLAB_SCREENSHOTS"); !shots.isEmpty()) {
            dialog.resize(900, 560);
            dialog.grab().save(shots + QStringLiteral("/import-workbook.png"));
        }
        dialog.setSheet("Q2");
        QCOMPARE(dialog.previewColumnCount(), 1);
        auto r = DataReader(dialog.options()).read(path);
        QVERIFY(r.ok());
        QCOMPARE(r->sheet, QStringLiteral("Q2"));

        // Loaded, the status line names the workbook's sheet, not a delimiter.
        MainWindow w;
        QSignalSpy opened(&w, &MainWindow::dataOpened);
        CsvOptions customers;
        customers.sheet = QStringLiteral("Customers");
        w.loadFile(path, customers);
        QVERIFY(opened.wait(20000));
        QVERIFY2(w.statusText().startsWith(QStringLiteral("Workbook, sheet “Customers”|")),
                 qPrintable(w.statusText()));
    }

    // The preview counts each column's missing cells (the default tokens and the user's own),
    // and the Data tab's header counts the whole file's.
    void countsMissingCells()
    {
        QTemporaryDir dir;
        const QString path = writeTestFile(dir.path(), "gaps.csv",
                                           "id,tenure,plan\n1,,a\n2,NA,b\n3,7,unknown\n4,9,c\n");
        ImportDialog dialog(path);
        QVERIFY(dialog.previewOk());
        QCOMPARE(dialog.previewHeader(0), QStringLiteral("id"));
        QCOMPARE(dialog.previewHeader(1), QStringLiteral("tenure\n2 of 4 missing"));
        QCOMPARE(dialog.previewHeader(2), QStringLiteral("plan"));
        dialog.setExtraMissingTokens(QStringLiteral("unknown"));
        QCOMPARE(dialog.previewHeader(2), QStringLiteral("plan\n1 of 4 missing"));

        MainWindow w;
        QSignalSpy opened(&w, &MainWindow::dataOpened);
        w.loadFile(path, dialog.options());
        QVERIFY(opened.wait(20000));
        QVERIFY2(w.statusText().startsWith(QStringLiteral("Delimiter comma, utf-8|")),
                 qPrintable(w.statusText()));
        QAbstractItemModel *data = w.tableView()->model();
        QCOMPARE(data->headerData(1, Qt::Horizontal).toString(),
                 QStringLiteral("tenure\n2 missing"));
        QCOMPARE(data->headerData(0, Qt::Horizontal).toString(), QStringLiteral("id"));
    }
};

QTEST_MAIN(ImportDialogTest)
#include "ImportDialogTest.moc"

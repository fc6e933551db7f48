#include "ui/dialogs/ImportDialog.h"
#include "TestData.h"

#include <QComboBox>
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
        auto r = CsvReader(o).read(path);
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
};

QTEST_MAIN(ImportDialogTest)
#include "ImportDialogTest.moc"

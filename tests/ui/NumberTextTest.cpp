#include "ui/NumberText.h"
#include "TestData.h"
#include "XlsxFixture.h"
#include "core/data/csv/CsvReader.h"
#include "ui/dialogs/ImportDialog.h"
#include "ui/itemmodels/DataTableModel.h"

#include <QLocale>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace churnlab;

// Numbers as people write them, in the UI language: one helper for tables, dialogs and charts.
class NumberTextTest : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void writesEachLanguagesNumbers()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(NumberText::stored(20.149999999999999), QStringLiteral("20.15"));
        QCOMPARE(NumberText::stored(708082000), QStringLiteral("708082000")); // an ID, whole
        QCOMPARE(NumberText::stored(1e-9), QStringLiteral("1E-09"));
        QCOMPARE(NumberText::measure(0.863149, 4), QStringLiteral("0.8631"));
        QCOMPARE(NumberText::count(1397), QStringLiteral("1,397"));
        QCOMPARE(NumberText::percent(0.2654), QStringLiteral("26.5 %"));
        QCOMPARE(
            NumberText::params({{"c", 1}, {"l1_ratio", 0.5}, {"penalty", "l1"}}),
            QStringLiteral("Penalty strength (C) 1 · L1 share of the penalty 0.5 · Penalty l1"));

        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(NumberText::stored(20.149999999999999), QStringLiteral("20,15"));
        QCOMPARE(NumberText::stored(708082000), QStringLiteral("708082000"));
        QCOMPARE(NumberText::measure(0.863149, 4), QStringLiteral("0,8631"));
        QCOMPARE(NumberText::count(1397), QStringLiteral("1.397"));
        QCOMPARE(NumberText::percent(0.2654), QStringLiteral("26,5 %"));

        QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Spain));
        QCOMPARE(NumberText::stored(1397.47), QStringLiteral("1397,47"));
        QCOMPARE(NumberText::measure(0.863149, 4), QStringLiteral("0,8631"));
    }

    void dataTableWritesRealsInTheUiLanguage()
    {
        auto r = CsvReader().readBytes("id,charges\n7080820001,20.15\n7080820002,1397.47\n");
        QVERIFY(r.ok());
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        DataTableModel model;
        model.setDataset(std::make_shared<const Dataset>(std::move(r->dataset)));
        QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("20,15"));
        QCOMPARE(model.index(1, 1).data().toString(), QStringLiteral("1397,47"));
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("7080820001"));
    }

    // Excel keeps 20.15 as 20.149999999999999; the preview shows what the analyst typed.
    void workbookNumbersAtTheirShortest()
    {
        QTemporaryDir dir;
        XlsxFixture f;
        f.sheets = {
            {"Data",
             {XlsxFixture::row(1, {f.string(0, 1, "charges"), f.string(1, 1, "churn")}),
              XlsxFixture::row(
                  2, {XlsxFixture::number(0, 2, "20.149999999999999"), f.string(1, 2, "Yes")}),
              XlsxFixture::row(3, {XlsxFixture::number(0, 3, "70.7"), f.string(1, 3, "No")})}}};
        const QString path = writeTestFile(dir.path(), "book.xlsx", f.bytes());
        ImportDialog dialog(path);
        QVERIFY2(dialog.previewOk(), qPrintable(dialog.errorText()));
        auto *table = dialog.findChild<QTableWidget *>();
        QVERIFY(table);
        QCOMPARE(table->item(1, 0)->text(), QStringLiteral("20.15"));
    }
};

QTEST_MAIN(NumberTextTest)
#include "NumberTextTest.moc"

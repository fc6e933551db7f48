#include "core/data/csv/CsvReader.h"
#include "core/explore/DataQuality.h"

#include <QtTest>

using namespace churnlab;

// Excel's and BI tools' CSV habits, one case each, with the result the rules promise (see
// docs/data-loading.md, "Excel's and BI tools' habits"). The shared corpus under ../shared is
// read-only, so these cases live here.
class CsvHabitsTest : public QObject
{
    Q_OBJECT

    static Result<CsvReadResult> read(const QByteArray &csv, CsvOptions options = {})
    {
        return CsvReader(options).readBytes(csv);
    }

private slots:
    // sep=; on the first line sets the delimiter and is not data (plain or quoted).
    void sepLineSetsTheDelimiter()
    {
        for (const QByteArray &hint : {QByteArray("sep=;"), QByteArray("\"sep=;\"")}) {
            auto r = read(hint + "\r\nid;amount;plan\r\n1;1,5;a\r\n2;2,5;b\r\n");
            QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().describe()));
            QCOMPARE(r->dialect.delimiter, ';');
            QCOMPARE(r->dataset.columnNames(), (QStringList {"id", "amount", "plan"}));
            QCOMPARE(r->dataset.rowCount(), 2);
            QCOMPARE(r->dataset.column(1).number(1), 2.5); // decimal comma, as ';' files have
            QVERIFY(r->warnings.join(' ').contains("sep=;"));
        }
    }

    // pandas' NA values and Excel's error values are missing; the column stays numeric.
    void excelAndPandasTokensAreMissing()
    {
        auto r = read("x,y\n1,a\n#N/A,b\nNone,c\n#DIV/0!,d\n4,e\nnan,f\n<NA>,g\n#VALUE!,h\n");
        QVERIFY(r.ok());
        QCOMPARE(r->dataset.column(0).type(), ColumnType::Integer);
        QCOMPARE(r->dataset.column(0).missingCount(), 6);
        // The user's own token, and the defaults turned off: "NA" is then a category.
        CsvOptions own;
        own.naValues = {"unknown"};
        own.defaultNa = false;
        auto r2 = read("plan,n\nNA,1\nunknown,2\nEU,3\n", own);
        QVERIFY(r2.ok());
        QCOMPARE(r2->dataset.column(0).missingCount(), 1);
        QCOMPARE(r2->dataset.column(0).text(0), QStringLiteral("NA"));
        // The preview counts what it met.
        auto cells = CsvReader().readCellsFromBytes("x\n1\n#N/A\n#N/A\nNone\n", -1);
        QVERIFY(cells.ok());
        QCOMPARE(cells->missingFound.value("#N/A"), 2);
        QCOMPARE(cells->missingFound.value("None"), 1);
    }

    // A report's title, a blank line and a "generated on" line above the header are skipped,
    // with a warning naming them; --header-row names the header's line instead.
    void titleLinesAboveTheHeader()
    {
        const QByteArray csv = "Churn report Q3\n\nGenerated on 2026-11-29 by BI\n"
                               "id,plan,charges,churn\n1,a,10.5,Yes\n2,b,20,No\n3,a,5,No\n";
        auto r = read(csv);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().describe()));
        QCOMPARE(r->dataset.columnNames(), (QStringList {"id", "plan", "charges", "churn"}));
        QCOMPARE(r->dataset.rowCount(), 3);
        QCOMPARE(r->dataset.column(2).type(), ColumnType::Real);
        QVERIFY(r->warnings.join(' ').contains("Lines 1–3"));
        CsvOptions explicitRow;
        explicitRow.headerRow = 4;
        auto r2 = read(csv, explicitRow);
        QVERIFY(r2.ok());
        QCOMPARE(r2->dataset.rowCount(), 3);
        // A broken row after the header is still an error, at its real line.
        auto broken = read("Title\nid,plan\n1,a\n2,b\n3,c\n4\n");
        QVERIFY(!broken.ok());
        QCOMPARE(broken.error().line, 6);
        // Files whose first line is the header are untouched.
        QCOMPARE(read("a,b\n1,2\n")->dataset.rowCount(), 1);
    }

    // A description row under the header: one finding names the row and the columns it
    // breaks; skipping it gives numbers.
    void descriptionRowsAreFoundAndSkipped()
    {
        QByteArray csv = "id,limit,age,segment\nCustomer ID,Credit Limit on the Credit Card,"
                         "Age in years,Segment\n";
        for (int i = 0; i < 20; ++i)
            csv += QByteArray::number(i) + ',' + QByteArray::number(1000 + 10 * i) + ','
                + QByteArray::number(20 + i) + ',' + (i % 2 ? "A" : "B") + '\n';
        auto r = read(csv);
        QVERIFY(r.ok());
        QVERIFY(isCodedType(r->dataset.column(1).type()));
        const auto findings = DataQuality::assess(r->dataset, std::nullopt);
        int description = 0, numericText = 0;
        for (const QualityFinding &f : findings) {
            description += f.kind == QLatin1String("description_row");
            numericText += f.kind == QLatin1String("numeric_text");
            if (f.kind == QLatin1String("description_row")) {
                QCOMPARE(f.columns, (QStringList {"id", "limit", "age"}));
                QVERIFY(f.message.contains("Customer ID"));
                QVERIFY(f.suggestion.contains("--skip-rows 1"));
            }
        }
        QCOMPARE(description, 1);
        QCOMPARE(numericText, 0);
        CsvOptions skip;
        skip.skipRows = 1;
        auto r2 = read(csv, skip);
        QVERIFY(r2.ok());
        QCOMPARE(r2->dataset.rowCount(), 20);
        QCOMPARE(r2->dataset.column(1).type(), ColumnType::Integer);
        QCOMPARE(r2->dataset.column(2).number(0), 20.0);
    }

    // Thousands separators are off by default and read as numbers when asked.
    void thousandsAreOptIn()
    {
        const QByteArray comma = "amount,n\n\"1,234.50\",1\n12.00,2\n\"2,000,000.25\",3\n";
        auto off = read(comma);
        QVERIFY(off.ok());
        QVERIFY(isCodedType(off->dataset.column(0).type()));
        CsvOptions on;
        on.thousands = ',';
        auto r = read(comma, on);
        QVERIFY(r.ok());
        QCOMPARE(r->dataset.column(0).type(), ColumnType::Real);
        QCOMPARE(r->dataset.column(0).number(0), 1234.5);
        QCOMPARE(r->dataset.column(0).number(2), 2000000.25);
        // A decimal-comma file grouped with dots.
        CsvOptions dots;
        dots.thousands = '.';
        dots.decimalComma = true;
        auto r2 = read("amount;n\n1.234,50;1\n12,00;2\n", dots);
        QVERIFY(r2.ok());
        QCOMPARE(r2->dataset.column(0).number(0), 1234.5);
        // Read without it, the quality checks say which separator would make numbers of it.
        bool offered = false;
        for (const QualityFinding &f : DataQuality::assess(off->dataset, std::nullopt))
            offered = offered
                || (f.kind == QLatin1String("thousands_separator")
                    && f.columns == QStringList {"amount"}
                    && f.suggestion.contains("--thousands ,"));
        QVERIFY(offered);
        // Text that only looks grouped in part stays as it is.
        auto r3 = read("code,n\n\"1,23\",1\n\"12,345\",2\n", on);
        QVERIFY(r3.ok());
        QCOMPARE(r3->dataset.column(0).text(0), QStringLiteral("1,23"));
    }
};

QTEST_GUILESS_MAIN(CsvHabitsTest)
#include "CsvHabitsTest.moc"

#include "core/data/xlsx/XlsxReader.h"
#include "TestData.h"
#include "XlsxFixture.h"
#include "core/data/BinaryTarget.h"
#include "core/data/DataReader.h"
#include "core/explore/DataQuality.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace churnlab;

// Excel workbooks: every kind of cell a workbook holds becomes the value and type an analyst
// expects, sheets are listed and chosen, formatting-only rows and columns disappear, and every
// kind of bad file is refused with a message that says what it is. Fixtures are built here
// (XlsxFixture), one per case.
class XlsxReaderTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString save(const QString &name, const QByteArray &bytes)
    {
        return writeTestFile(m_dir.path(), name, bytes);
    }
    static Result<CsvReadResult> read(const QString &path, CsvOptions options = {})
    {
        return DataReader(options).read(path);
    }

    // Styles: 1 = built-in date (14), 2 = built-in date-time (22), 3 = percent (9),
    // 4 = text (49), 5 = custom "dd/mm/yyyy", 6 = custom "0.00E+00" (scientific, not a date).
    static XlsxFixture styled()
    {
        XlsxFixture f;
        f.numFmts = {{164, "dd/mm/yyyy"}, {165, "0.00E+00"}};
        f.cellXfs = {0, 14, 22, 9, 49, 164, 165};
        return f;
    }

private slots:
    void cellsBecomeTypedColumns()
    {
        XlsxFixture f = styled();
        QStringList head;
        const QStringList names {"id",        "tenure",   "charges", "plan",    "senior", "signup",
                                 "last_call", "discount", "zip",     "renewal", "score",  "note"};
        for (int c = 0; c < names.size(); ++c)
            head << f.string(c, 1, names[c]);
        QStringList rows {XlsxFixture::row(1, head)};
        for (int r = 2; r <= 6; ++r) {
            const int i = r - 2;
            QStringList cells {
                XlsxFixture::inlineString(0, r, QStringLiteral("C-%1").arg(i)),
                XlsxFixture::number(1, r, QString::number(12 * i)),
                XlsxFixture::number(2, r, i == 3 ? QString() : QString::number(20.5 + i)),
                f.string(3, r, i % 2 ? "Two year" : "Month-to-month"),
                XlsxFixture::boolean(4, r, i % 2),
                XlsxFixture::number(5, r, QString::number(45000 + i), 1), // 2023-03-15 + i
                XlsxFixture::number(6, r, QString::number(45000.5 + i), 2),
                XlsxFixture::number(7, r, QString::number(0.05 * i), 3),
                f.string(8, r, QStringLiteral("0%1").arg(2134 + i), 4),
                XlsxFixture::number(9, r, QString::number(45100 + i), 5),
                XlsxFixture::number(10, r, QString::number(1.5e3 + i), 6),
                i == 1 ? XlsxFixture::error(11, r, "#DIV/0!")
                       : QStringLiteral("<c r=\"%1\" t=\"str\"><f>A%2&amp;\"x\"</f><v>f%2</v></c>")
                             .arg(XlsxFixture::ref(11, r))
                             .arg(r)};
            if (i == 3)
                cells[2] = QString(); // no cell at all: missing
            rows << XlsxFixture::row(r, cells);
        }
        // Formatting only, after the data: an empty styled row and a styled cell further right.
        rows << QStringLiteral("<row r=\"7\"><c r=\"A7\" s=\"1\"/><c r=\"Z7\" s=\"3\"/></row>");
        f.sheets = {{"Customers", rows}};
        auto read = XlsxReaderTest::read(save("typed.xlsx", f.bytes()));
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().describe()));
        const Dataset &d = read->dataset;
        QCOMPARE(d.rowCount(), 5);
        QCOMPARE(d.columnNames(), names);
        QCOMPARE(read->sheet, QStringLiteral("Customers"));
        auto col = [&](const char *name) -> const Column & { return d.column(d.indexOf(name)); };
        QCOMPARE(col("tenure").type(), ColumnType::Integer);
        QCOMPARE(col("tenure").number(4), 48.0);
        QCOMPARE(col("charges").type(), ColumnType::Real);
        QVERIFY(col("charges").isMissing(3));
        QCOMPARE(col("charges").number(1), 21.5);
        QCOMPARE(col("plan").type(), ColumnType::Categorical);
        QCOMPARE(col("senior").type(), ColumnType::Boolean);
        QCOMPARE(col("senior").number(1), 1.0);
        QCOMPARE(col("signup").type(), ColumnType::Date);
        QCOMPARE(col("signup").text(0), QStringLiteral("2023-03-15")); // serial 45000
        QCOMPARE(col("last_call").type(), ColumnType::DateTime);
        QCOMPARE(col("last_call").text(1), QStringLiteral("2023-03-16 12:00:00"));
        QCOMPARE(col("discount").type(), ColumnType::Real); // a percentage is its fraction
        QCOMPARE(col("discount").number(2), 0.1);
        QCOMPARE(col("zip").type(), ColumnType::Categorical); // text-formatted digits stay text
        QCOMPARE(col("zip").text(0), QStringLiteral("02134"));
        QCOMPARE(col("renewal").type(), ColumnType::Date);
        QCOMPARE(col("renewal").text(0), QStringLiteral("2023-06-23")); // serial 45100
        QCOMPARE(col("score").type(), ColumnType::Integer); // scientific format: a number
        QVERIFY(col("note").isMissing(1)); // #DIV/0!
        QCOMPARE(col("note").text(0), QStringLiteral("f2"));
        QVERIFY(read->warnings.join(' ').contains("note"));
        QVERIFY(read->warnings.join(' ').contains("#DIV/0!"));
    }

    void the1904DateSystem()
    {
        XlsxFixture f = styled();
        f.date1904 = true;
        f.sheets = {{"S",
                     {XlsxFixture::row(1, {f.string(0, 1, "day")}),
                      XlsxFixture::row(2, {XlsxFixture::number(0, 2, "0", 1)}),
                      XlsxFixture::row(3, {XlsxFixture::number(0, 3, "43538", 1)})}}};
        auto read = XlsxReaderTest::read(save("mac.xlsx", f.bytes()));
        QVERIFY(read.ok());
        QCOMPARE(read->dataset.column(0).text(0), QStringLiteral("1904-01-01"));
        QCOMPARE(read->dataset.column(0).text(1), QStringLiteral("2023-03-15"));
    }

    void sheetsAreListedAndChosen()
    {
        XlsxFixture f;
        f.sheets = {{"Notes", {XlsxFixture::row(1, {f.string(0, 1, "hidden")})}, true},
                    {"Q1",
                     {XlsxFixture::row(1, {f.string(0, 1, "a")}),
                      XlsxFixture::row(2, {XlsxFixture::number(0, 2, "1")})}},
                    {"Q2",
                     {XlsxFixture::row(1, {f.string(0, 1, "b")}),
                      XlsxFixture::row(2, {XlsxFixture::number(0, 2, "2")}),
                      XlsxFixture::row(3, {XlsxFixture::number(0, 3, "3")})}}};
        const QString path = save("sheets.xlsx", f.bytes());
        auto sheets = XlsxReader::sheets(path);
        QVERIFY(sheets.ok());
        QCOMPARE(sheets->size(), 3);
        QVERIFY(sheets->at(0).hidden);
        QVERIFY(!sheets->at(1).hidden);
        // Default: the first visible sheet.
        QCOMPARE(read(path)->sheet, QStringLiteral("Q1"));
        CsvOptions byName;
        byName.sheet = "Q2";
        QCOMPARE(read(path, byName)->dataset.rowCount(), 2);
        CsvOptions byNumber;
        byNumber.sheet = "1";
        QCOMPARE(read(path, byNumber)->dataset.columnNames(), QStringList {"hidden"});
        CsvOptions wrong;
        wrong.sheet = "Q9";
        auto missing = read(path, wrong);
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().message.contains("Q9"));
        QVERIFY(missing.error().message.contains("Q1, Q2"));
        // The preview: the first rows only.
        auto cells = DataReader(byName).readCells(path, 1);
        QVERIFY(cells.ok());
        QCOMPARE(cells->rows.size(), 1);
        QCOMPARE(cells->columns, QStringList {"b"});
    }

    void headersAreNamedSensibly()
    {
        XlsxFixture f;
        f.sheets = {
            {"S",
             {XlsxFixture::row(1, {f.string(0, 1, "Charges"), f.string(3, 1, "churn")}),
              XlsxFixture::row(2,
                               {XlsxFixture::number(0, 2, "1"), XlsxFixture::number(1, 2, "2"),
                                XlsxFixture::number(2, 2, "3"), f.string(3, 2, "Yes"),
                                XlsxFixture::number(4, 2, "7")}),
              XlsxFixture::row(3,
                               {XlsxFixture::number(0, 3, "4"), XlsxFixture::number(1, 3, "5"),
                                XlsxFixture::number(2, 3, "6"), f.string(3, 3, "No")})},
             false,
             "<mergeCells count=\"1\"><mergeCell ref=\"A1:C1\"/></mergeCells>"}};
        auto read = XlsxReaderTest::read(save("merged.xlsx", f.bytes()));
        QVERIFY(read.ok());
        // The merged title names its three columns; the stray column without a header is named
        // as the CSV rules name one, and holds one number.
        QCOMPARE(read->dataset.columnNames(),
                 (QStringList {"Charges", "Charges_2", "Charges_3", "churn", "column_5"}));
        QCOMPARE(read->dataset.column(4).missingCount(), 1);
    }

    // A report exported to Excel: a merged title and a "generated on" row above the table.
    void titleRowsAboveTheTable()
    {
        XlsxFixture f = styled();
        QStringList rows {
            XlsxFixture::row(1, {f.string(0, 1, "Churn export Q3")}),
            XlsxFixture::row(3, {f.string(0, 3, "Generated on 2026-11-29")}),
            XlsxFixture::row(
                4, {f.string(0, 4, "id"), f.string(1, 4, "joined"), f.string(2, 4, "churn")})};
        for (int r = 5; r <= 9; ++r)
            rows << XlsxFixture::row(r,
                                     {XlsxFixture::number(0, r, QString::number(r)),
                                      XlsxFixture::number(1, r, QString::number(45000 + r), 1),
                                      f.string(2, r, r % 2 ? "Yes" : "No")});
        f.sheets = {{"Report", rows, false,
                     "<mergeCells count=\"1\"><mergeCell ref=\"A1:C1\"/></mergeCells>"}};
        auto read = XlsxReaderTest::read(save("report.xlsx", f.bytes()));
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().describe()));
        QCOMPARE(read->dataset.columnNames(), (QStringList {"id", "joined", "churn"}));
        QCOMPARE(read->dataset.rowCount(), 5);
        QCOMPARE(read->dataset.column(1).type(), ColumnType::Date);
        QCOMPARE(read->dataset.column(2).type(), ColumnType::Boolean);
        QVERIFY(read->warnings.join(' ').contains("title"));
    }

    void badFilesAreRefusedClearly()
    {
        // A CSV saved with an .xlsx name, and a workbook saved with a .csv name.
        auto csv = read(save("really.xlsx", "a,b\n1,2\n"));
        QVERIFY(!csv.ok());
        QVERIFY(csv.error().message.contains("text file"));
        XlsxFixture f;
        f.sheets = {{"S", {XlsxFixture::row(1, {f.string(0, 1, "a")})}}};
        const QByteArray good = f.bytes();
        auto reverse = read(save("really.csv", good));
        QVERIFY(!reverse.ok());
        QVERIFY(reverse.error().message.contains("Excel workbook"));
        // Truncated.
        auto cut = read(save("cut.xlsx", good.left(good.size() / 2)));
        QVERIFY(!cut.ok());
        QVERIFY(cut.error().message.contains("cut.xlsx"));
        // Encrypted: Office wraps the package in an OLE compound file with an EncryptionInfo
        // stream.
        QByteArray ole = QByteArray::fromHex("d0cf11e0a1b11ae1") + QByteArray(504, '\0');
        for (char c : QByteArrayLiteral("EncryptionInfo"))
            ole.append(c).append('\0');
        auto locked = read(save("locked.xlsx", ole));
        QVERIFY(!locked.ok());
        QVERIFY(locked.error().message.contains("password"));
        // Entity expansion ("billion laughs") in a sheet.
        XlsxFixture bomb;
        bomb.sheets = {{"S", {}}};
        QByteArray bytes = bomb.bytes();
        {
            auto zip = ZipArchive::open(bytes);
            QList<ZipArchive::Member> members;
            for (const QString &name : zip->names()) {
                QByteArray data = zip->read(name, 1 << 20).value();
                if (name.startsWith("xl/worksheets/"))
                    data =
                        "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY "
                        "lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]><worksheet><sheetData>"
                        "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&lol2;</t></is></c></row>"
                        "</sheetData></worksheet>";
                members.append({name, data});
            }
            bytes = ZipArchive::write(members, 0).value();
        }
        auto laughs = read(save("laughs.xlsx", bytes));
        QVERIFY(!laughs.ok());
        QVERIFY2(laughs.error().message.contains("DTD") || laughs.error().message.contains("XML"),
                 qPrintable(laughs.error().message));
        // A zip bomb: a sheet of 200 MB that deflates to a thousandth of it.
        {
            auto zip = ZipArchive::open(good);
            QList<ZipArchive::Member> members;
            for (const QString &name : zip->names())
                members.append({name,
                                name.startsWith("xl/worksheets/")
                                    ? QByteArray(200 << 20, ' ')
                                    : zip->read(name, 1 << 20).value()});
            auto bombed = read(save("bomb.xlsx", ZipArchive::write(members, 0).value()));
            QVERIFY(!bombed.ok());
            QVERIFY2(bombed.error().message.contains("zip bomb"),
                     qPrintable(bombed.error().message));
        }
        // A shared string index beyond the table.
        XlsxFixture dangling;
        dangling.sheets = {{"S", {"<row r=\"1\"><c r=\"B1\" t=\"s\"><v>7</v></c></row>"}}};
        auto pointing = read(save("dangling.xlsx", dangling.bytes()));
        QVERIFY(!pointing.ok());
        QVERIFY(pointing.error().message.contains("B1"));
    }

    // A legacy .xls (BIFF8), written here by Debian's python3-xlwt and read through FreeXL.
    void readsLegacyXlsThroughFreeXL()
    {
        const QString path = m_dir.filePath("legacy.xls");
        QProcess python;
        python.start("/usr/bin/python3",
                     {"-c",
                      "import sys, datetime, xlwt\n"
                      "b = xlwt.Workbook()\n"
                      "s = b.add_sheet('Customers')\n"
                      "d = xlwt.easyxf(num_format_str='YYYY-MM-DD')\n"
                      "for c, h in enumerate(['id', 'amount', 'joined', 'plan']): "
                      "s.write(0, c, h)\n"
                      "for r in range(1, 6):\n"
                      "    s.write(r, 0, 'C-%d' % r); s.write(r, 1, r * 1.5)\n"
                      "    s.write(r, 2, datetime.date(2024, 1, r), d)\n"
                      "    s.write(r, 3, '#N/A' if r == 3 else ('basic', 'pro')[r % 2])\n"
                      "t = b.add_sheet('Other')\n"
                      "t.write(0, 0, 'x'); t.write(1, 0, 7)\n"
                      "b.save(sys.argv[1])\n",
                      path});
        QVERIFY(python.waitForFinished(30000));
        if (python.exitCode() != 0)
            QSKIP("python3-xlwt is not installed (scripts/setup-test-deps.sh installs it)");
        auto sheets = XlsxReader::sheets(path);
        QVERIFY(sheets.ok());
        QCOMPARE(sheets->size(), 2);
        QCOMPARE(sheets->at(1).name, QStringLiteral("Other"));
        auto r = read(path);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().describe()));
        const Dataset &d = r->dataset;
        QCOMPARE(d.columnNames(), (QStringList {"id", "amount", "joined", "plan"}));
        QCOMPARE(d.rowCount(), 5);
        QCOMPARE(d.column(1).type(), ColumnType::Real);
        QCOMPARE(d.column(1).number(3), 6.0);
        QCOMPARE(d.column(2).type(), ColumnType::Date);
        QCOMPARE(d.column(2).text(1), QStringLiteral("2024-01-02"));
        QVERIFY(d.column(3).isMissing(2));
        CsvOptions other;
        other.sheet = "Other";
        QCOMPARE(read(path, other)->dataset.column(0).number(0), 7.0);
        // An .xlsx saved with an .xls name says so.
        XlsxFixture f;
        f.sheets = {{"S", {XlsxFixture::row(1, {f.string(0, 1, "a")})}}};
        auto wrong = read(save("modern.xls", f.bytes()));
        QVERIFY(!wrong.ok());
        QVERIFY(wrong.error().message.contains(".xlsx"));
    }

    // The IBM Telco workbook as analysts download it (../shared/data, when it is there).
    void readsTheTelcoWorkbook()
    {
        REQUIRE_SHARED_FILE(path, "Telco_customer_churn.xlsx");
        auto read = XlsxReaderTest::read(path);
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().describe()));
        const Dataset &d = read->dataset;
        QCOMPARE(d.rowCount(), 7043);
        QCOMPARE(d.columnCount(), 33);
        const int charges = d.indexOf("Total Charges");
        QVERIFY(charges >= 0);
        QVERIFY(isNumericType(d.column(charges).type()));
        QCOMPARE(d.column(charges).missingCount(), 11);
        // The column without a header, holding one stray number: kept, named as the CSV rules
        // name such a column, and flagged as almost all missing.
        int stray = -1;
        for (int c = 0; c < d.columnCount(); ++c)
            if (d.column(c).name() == QStringLiteral("column_%1").arg(c + 1))
                stray = c;
        QVERIFY(stray >= 0);
        QCOMPARE(d.column(stray).missingCount(), d.rowCount() - 1);
        auto target = BinaryTarget::fromColumn(d, "Churn Label", "Yes");
        QVERIFY(target.ok());
        const auto findings = DataQuality::assess(d, *target);
        QStringList leaks, mostlyMissing;
        for (const QualityFinding &f : findings) {
            if (f.kind == QLatin1String("target_leakage"))
                leaks << f.columns;
            if (f.kind == QLatin1String("missing_values")
                && f.severity == QualityFinding::Severity::Error)
                mostlyMissing << f.columns;
        }
        QVERIFY2(leaks.contains("Churn Value") && leaks.contains("Churn Reason"),
                 qPrintable(leaks.join(", ")));
        QVERIFY(mostlyMissing.contains(d.column(stray).name()));
    }

    // Many rows, so that the sheet is cut into pieces parsed on several cores: every row
    // arrives, in order.
    void largeSheetsArriveWholeAndInOrder()
    {
        XlsxFixture f;
        QStringList rows {XlsxFixture::row(1, {f.string(0, 1, "i"), f.string(1, 1, "label")})};
        const int n = 60000;
        for (int r = 2; r <= n + 1; ++r)
            rows << XlsxFixture::row(r,
                                     {XlsxFixture::number(0, r, QString::number(r - 2)),
                                      f.string(1, r, (r % 3) ? "No" : "Yes")});
        f.sheets = {{"Big", rows}};
        auto read = XlsxReaderTest::read(save("big.xlsx", f.bytes()));
        QVERIFY(read.ok());
        QCOMPARE(read->dataset.rowCount(), n);
        const Column &i = read->dataset.column(0);
        for (qsizetype r = 0; r < n; ++r)
            if (i.number(r) != double(r))
                QFAIL(qPrintable(QStringLiteral("row %1 holds %2").arg(r).arg(i.number(r))));
        QCOMPARE(read->dataset.column(1).type(), ColumnType::Boolean);
    }
};

QTEST_GUILESS_MAIN(XlsxReaderTest)
#include "XlsxReaderTest.moc"

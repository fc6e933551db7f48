#include "core/data/csv/CsvReader.h"
#include "TestData.h"
#include "core/data/SampleData.h"
#include "core/data/csv/CsvChunk.h"
#include "core/data/csv/CsvWriter.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace churnlab;

class CsvReaderTest : public QObject
{
    Q_OBJECT

private:
    // Rows with quoted delimiters, doubled quotes and line breaks inside quotes, so that
    // chunk boundaries of a parallel read fall inside and around quoted fields.
    static QByteArray trickyCsv(int rows)
    {
        QByteArray csv = "id,name,note,amount,flag\n";
        for (int i = 0; i < rows; ++i) {
            csv += QByteArray::number(i) + ',';
            csv += (i % 3 == 0) ? QByteArray("\"Smith, J\"")
                                : QByteArray("plain") + QByteArray::number(i % 50);
            csv += ',';
            if (i % 7 == 0)
                csv += "\"line one\nline \"\"two\"\"\"";
            else
                csv += "n" + QByteArray::number(i % 11);
            csv += ',' + QByteArray::number(i * 0.25) + ',' + (i % 2 ? "Yes" : "No") + '\n';
        }
        return csv;
    }

    static void compareDatasets(const Dataset &a, const Dataset &b)
    {
        QCOMPARE(a.rowCount(), b.rowCount());
        QCOMPARE(a.columnNames(), b.columnNames());
        for (int c = 0; c < a.columnCount(); ++c) {
            QCOMPARE(a.column(c).type(), b.column(c).type());
            QCOMPARE(a.column(c).missingCount(), b.column(c).missingCount());
            for (qsizetype r = 0; r < a.rowCount(); ++r) {
                if (a.column(c).text(r) != b.column(c).text(r))
                    QFAIL(qPrintable(QStringLiteral("column %1 row %2: %3 vs %4")
                                         .arg(a.column(c).name())
                                         .arg(r)
                                         .arg(a.column(c).text(r), b.column(c).text(r))));
            }
        }
    }

private slots:
    // Handing a mapped file's pages back as they are read changes nothing that is read, on
    // a file large enough for several releases per chunk, with and without a CRLF file.
    void releasingInputPagesReadsTheSame()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("big.csv");
        QVERIFY(CsvWriter().write(SampleData::generate(300000, 17), path).ok());
        QVERIFY(QFileInfo(path).size() > (qint64(32) << 20));
        CsvOptions keep, release;
        release.releaseInput = true;
        auto a = CsvReader(keep).read(path);
        auto b = CsvReader(release).read(path);
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(b->dataset.rowCount(), a->dataset.rowCount());
        QCOMPARE(b->dataset.columnNames(), a->dataset.columnNames());
        for (int c = 0; c < a->dataset.columnCount(); ++c) {
            QCOMPARE(b->dataset.column(c).type(), a->dataset.column(c).type());
            for (qsizetype r = 0; r < a->dataset.rowCount(); r += 997)
                QCOMPARE(b->dataset.column(c).text(r), a->dataset.column(c).text(r));
        }
        const char text[] = "a,b\r\n1,x\r\n2,y\r\n3\r\n";
        const char *end = text + sizeof text - 1;
        qint64 blocks = 0;
        QCOMPARE(recordBound(text, end, [&](const char *, const char *) { ++blocks; }),
                 recordBound(text, end));
        QCOMPARE(blocks, 1);
    }

    void readsTelco()
    {
        REQUIRE_SHARED_FILE(path, "telco-churn.csv");
        auto r = CsvReader().read(path);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().describe()));
        const Dataset &d = r->dataset;
        QCOMPARE(d.rowCount(), 7043);
        QCOMPARE(d.columnCount(), 21);
        const Column &total = d.column(d.indexOf(QStringLiteral("TotalCharges")));
        QCOMPARE(total.type(), ColumnType::Real);
        QCOMPARE(total.missingCount(), 11);
        const Column &tenure = d.column(d.indexOf(QStringLiteral("tenure")));
        for (qsizetype row = 0; row < d.rowCount(); ++row) {
            if (total.isMissing(row))
                QCOMPARE(tenure.integer(row), 0);
        }
        QCOMPARE(d.column(0).text(0), QStringLiteral("7590-VHVEG"));
        QCOMPARE(d.column(0).type(), ColumnType::Text);
        const Column &churn = d.column(d.indexOf(QStringLiteral("Churn")));
        QCOMPARE(churn.type(), ColumnType::Boolean);
        qint64 yes = 0;
        for (qsizetype row = 0; row < d.rowCount(); ++row)
            yes += churn.text(row) == QLatin1String("Yes");
        QCOMPARE(yes, 1869);
        QCOMPARE(d.column(d.indexOf(QStringLiteral("Contract"))).type(), ColumnType::Categorical);
        QVERIFY(d.byteSize() < r->bytes);
    }

    void readsBankAndHr()
    {
        REQUIRE_SHARED_FILE(bank, "bank-churn.csv");
        auto b = CsvReader().read(bank);
        QVERIFY(b.ok());
        QCOMPARE(b->dataset.rowCount(), 10000);
        QCOMPARE(b->dataset.columnCount(), 14);
        const Column &surname = b->dataset.column(b->dataset.indexOf(QStringLiteral("Surname")));
        QCOMPARE(surname.missingCount(), 0); // "H?" is a name, not a missing token
        REQUIRE_SHARED_FILE(hr, "hr-attrition.csv");
        auto h = CsvReader().read(hr);
        QVERIFY(h.ok());
        QCOMPARE(h->dataset.rowCount(), 1470);
        QCOMPARE(h->dataset.columnCount(), 35);
        QCOMPARE(h->dataset.column(0).name(), QStringLiteral("Age"));
        QCOMPARE(h->dialect.encoding, TextEncoding::Utf8Bom);
    }

    void parallelEqualsSequential()
    {
        const QByteArray csv = trickyCsv(400000); // ~15 MB: several chunks per thread
        CsvOptions one;
        one.threads = 1;
        CsvOptions two;
        two.threads = 2;
        auto a = CsvReader(one).readBytes(csv);
        auto b = CsvReader(two).readBytes(csv);
        QVERIFY(a.ok());
        QVERIFY(b.ok());
        QCOMPARE(a->dataset.rowCount(), 400000);
        compareDatasets(a->dataset, b->dataset);
        const Column &note = b->dataset.column(2);
        QCOMPARE(note.text(7), QStringLiteral("line one\nline \"two\""));
        QCOMPARE(b->dataset.column(1).text(3), QStringLiteral("Smith, J"));
        QCOMPARE(b->dataset.column(4).type(), ColumnType::Boolean);
    }

    void namesTheLineOfALateRaggedRow()
    {
        QByteArray csv = trickyCsv(300000);
        // Physical line numbers count the header and every line inside quoted fields.
        const int badRecord = 250000;
        qint64 line = 2; // first data record
        for (int i = 0; i < badRecord; ++i)
            line += (i % 7 == 0) ? 2 : 1;
        QByteArray badRow = QByteArray::number(badRecord) + ",x,y,1\n"; // 4 fields, not 5
        // Replace the record with a short one.
        const QByteArray start = '\n' + QByteArray::number(badRecord) + ',';
        const qsizetype at = csv.indexOf(start) + 1;
        const qsizetype end = csv.indexOf('\n', at) + 1;
        csv.replace(at, end - at, badRow);
        for (int threads : {1, 2}) {
            CsvOptions o;
            o.threads = threads;
            auto r = CsvReader(o).readBytes(csv);
            QVERIFY(!r.ok());
            QCOMPARE(r.error().kind, Error::Kind::RaggedRow);
            QCOMPARE(r.error().line, line);
            QVERIFY(r.error().describe().contains(QString::number(line)));
        }
    }

    void widensTypesWhenALateValueDoesNotFit()
    {
        // Pass 1 classifies only a sample of each chunk; values far down the file that do not
        // fit the sampled type must still widen the column, with every value intact.
        QByteArray csv = "id,amount,flag,day,code\n";
        const int rows = 200000;
        for (int i = 0; i < rows; ++i) {
            const bool late = i == rows - 7;
            csv += QByteArray::number(i) + ','
                + (late ? QByteArray("2.5") : QByteArray::number(i % 97)) + ','
                + (late ? "Maybe" : (i % 3 ? "Yes" : "No")) + ','
                + (late ? QByteArray("2024-02-30") : "2024-01-" + QByteArray::number(10 + i % 20))
                + ',' + (late ? QByteArray("x17") : QByteArray::number(i % 5)) + '\n';
        }
        for (int threads : {1, 2}) {
            CsvOptions o;
            o.threads = threads;
            auto r = CsvReader(o).readBytes(csv);
            QVERIFY(r.ok());
            const Dataset &d = r->dataset;
            QCOMPARE(d.rowCount(), rows);
            QCOMPARE(d.column(0).type(), ColumnType::Integer);
            QCOMPARE(d.column(1).type(), ColumnType::Real);
            QCOMPARE(d.column(1).number(rows - 7), 2.5);
            QCOMPARE(d.column(1).number(96), 96.0);
            QCOMPARE(d.column(2).type(), ColumnType::Categorical);
            QCOMPARE(d.column(2).text(rows - 7), QStringLiteral("Maybe"));
            QCOMPARE(d.column(2).text(1), QStringLiteral("Yes"));
            QVERIFY(d.column(3).type() == ColumnType::Categorical
                    || d.column(3).type() == ColumnType::Text);
            QCOMPARE(d.column(3).text(rows - 7), QStringLiteral("2024-02-30"));
            QCOMPARE(d.column(4).type(), ColumnType::Categorical);
            QCOMPARE(d.column(4).text(rows - 7), QStringLiteral("x17"));
            QCOMPARE(d.column(4).text(3), QStringLiteral("3"));
            for (int c = 0; c < d.columnCount(); ++c)
                QCOMPARE(d.column(c).missingCount(), 0);
            QVERIFY(r->warnings.isEmpty()); // inferred columns never lose values
        }
    }

    void decidesDateOrderAndLateColumnsFromAllValues()
    {
        // Types are guessed from the first rows of each chunk; the values after them must
        // still decide a date order, a column the sample saw only missing, and mixed boolean
        // spellings. Blank lines and quoted line breaks make the chunks' row bounds inexact.
        QByteArray csv = "day,late,flag,when,note\n";
        const int rows = 120000;
        for (int i = 0; i < rows; ++i) {
            const bool last = i == rows - 3;
            const int d = 1 + i % 12, m = 1 + (i / 12) % 12;
            csv += (last ? QByteArray("13/02/2021")
                         : QByteArray::number(d) + '/' + QByteArray::number(m) + "/2021")
                + ',' + (i < 90000 ? QByteArray() : QByteArray::number(i)) + ','
                + (last ? "True" : (i % 2 ? "Yes" : "No")) + ',' + QByteArray::number(d) + '/'
                + QByteArray::number(m) + "/2020 10:30" + ','
                + (i % 1000 == 0 ? QByteArray("\"two\nlines\"") : QByteArray("n")) + '\n';
            if (i % 5000 == 0)
                csv += '\n';
        }
        // The user's type stands, but its date order also comes from all values.
        csv += "1/1/2021,7,Yes,13/01/2020 08:00,n\n";
        CsvOptions sequential;
        sequential.threads = 1;
        auto a = CsvReader(sequential).readBytes(csv);
        QVERIFY(a.ok());
        CsvOptions parallel;
        parallel.threads = 2;
        parallel.typeOverrides.insert(QStringLiteral("when"), ColumnType::DateTime);
        auto b = CsvReader(parallel).readBytes(csv);
        QVERIFY(b.ok());
        for (const auto *r : {&a, &b}) {
            const Dataset &d = (*r)->dataset;
            QCOMPARE(d.rowCount(), rows + 1);
            QCOMPARE(d.column(0).type(), ColumnType::Date);
            // 2/1/2021 is the 2nd of January once a 13 in the first place proved day-first.
            QCOMPARE(d.column(0).text(1), QStringLiteral("2021-01-02"));
            QCOMPARE(d.column(0).text(rows - 3), QStringLiteral("2021-02-13"));
            QCOMPARE(d.column(1).type(), ColumnType::Integer);
            QCOMPARE(d.column(1).missingCount(), 90000);
            QCOMPARE(d.column(1).integer(rows - 1), rows - 1);
            QCOMPARE(d.column(2).type(), ColumnType::Categorical);
            QCOMPARE(d.column(2).text(rows - 3), QStringLiteral("True"));
            QCOMPARE(d.column(3).type(), ColumnType::DateTime);
            QCOMPARE(d.column(3).text(1), QStringLiteral("2020-01-02 10:30:00"));
            QCOMPARE(d.column(4).text(1000), QStringLiteral("two\nlines"));
            QCOMPARE(d.column(4).text(1001), QStringLiteral("n"));
        }
        compareDatasets(a->dataset, b->dataset);
    }

    void boundsRecordsByLineBreaks()
    {
        auto bound = [](const char *text) { return recordBound(text, text + qstrlen(text)); };
        QCOMPARE(bound(""), 0);
        QCOMPARE(bound("a,b"), 1); // no final line break
        QCOMPARE(bound("a\nb\n"), 2); // LF
        QCOMPARE(bound("a\r\nb\r\n"), 2); // CRLF counts once
        QCOMPARE(bound("a\rb\rc"), 3); // lone CRs, last record unterminated
        QCOMPARE(bound("a\r\nb\rc\n"), 3); // mixed
        QCOMPARE(bound("a\n\nb\n"), 3); // a blank line: an upper bound, not a count
        QCOMPARE(bound("\"x\ny\"\n"), 2); // a break inside quotes: likewise
    }

    void cancelsPromptly()
    {
        const QByteArray csv = trickyCsv(200000);
        Progress progress;
        progress.cancel();
        auto r = CsvReader().readBytes(csv, progress);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Cancelled);
    }

    void reportsProgressToOne()
    {
        const QByteArray csv = trickyCsv(50000);
        QList<double> seen;
        QMutex mutex;
        Progress progress([&](double f, const QString &) {
            QMutexLocker lock(&mutex);
            seen.append(f);
        });
        QVERIFY(CsvReader().readBytes(csv, progress).ok());
        QVERIFY(!seen.isEmpty());
        QCOMPARE(seen.last(), 1.0);
        QVERIFY(std::is_sorted(seen.begin(), seen.end()));
    }

    void appliesTypeOverrides()
    {
        const QByteArray csv = "id,code,when\n1,007,2024-01-02\n2,042,2024-02-03\n3,x,bad\n";
        CsvOptions o;
        o.typeOverrides.insert(QStringLiteral("id"), ColumnType::Categorical);
        o.typeOverrides.insert(QStringLiteral("code"), ColumnType::Integer);
        o.typeOverrides.insert(QStringLiteral("when"), ColumnType::Date);
        auto r = CsvReader(o).readBytes(csv);
        QVERIFY(r.ok());
        const Dataset &d = r->dataset;
        QCOMPARE(d.column(0).type(), ColumnType::Categorical);
        QCOMPARE(d.column(1).type(), ColumnType::Integer);
        QCOMPARE(d.column(1).integer(0), 7);
        QVERIFY(d.column(1).isMissing(2));
        QCOMPARE(d.column(2).text(1), QStringLiteral("2024-02-03"));
        QVERIFY(d.column(2).isMissing(2));
        QCOMPARE(r->warnings.size(), 2); // "x" and "bad" could not be converted
    }

    void convertsAfterLoading()
    {
        auto r = CsvReader().readBytes("a,b\n1,yes\n2,no\n3,\n");
        QVERIFY(r.ok());
        qsizetype failed = -1;
        const Column asText = r->dataset.column(0).convertedTo(ColumnType::Categorical, &failed);
        QCOMPARE(failed, 0);
        QCOMPARE(asText.levels().size(), 3u);
        QCOMPARE(asText.text(2), QStringLiteral("3"));
        const Column back = asText.convertedTo(ColumnType::Real, &failed);
        QCOMPARE(back.number(1), 2.0);
        const Column flags = r->dataset.column(1).convertedTo(ColumnType::Integer, &failed);
        QCOMPARE(failed, 2);
        QCOMPARE(flags.missingCount(), 3);
    }

    void roundTripsThroughWriter()
    {
        const Dataset sample = SampleData::generate(2000, 7);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sample.csv"));
        QVERIFY(CsvWriter().write(sample, path).ok());
        auto r = CsvReader().read(path);
        QVERIFY(r.ok());
        compareDatasets(sample, r->dataset);
    }

    void refusesMissingFile()
    {
        auto r = CsvReader().read(QStringLiteral("/nonexistent/churn.csv"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Io);
        QVERIFY(r.error().message.contains(QStringLiteral("/nonexistent/churn.csv")));
    }

    void refusesSpreadsheets()
    {
        auto r = CsvReader().readBytes(QByteArray("PK\x03\x04rest-of-zip", 16));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Binary);
        QVERIFY(r.error().message.contains(QStringLiteral("Excel")));
    }

    void previewStopsAtMaxRows()
    {
        const QByteArray csv = trickyCsv(1000);
        auto cells = CsvReader().readCellsFromBytes(csv, 10);
        QVERIFY(cells.ok());
        QCOMPARE(cells->rows.size(), 10);
        QCOMPARE(cells->columns.size(), 5);
        QCOMPARE(cells->types[3], ColumnType::Real);
    }
};

QTEST_GUILESS_MAIN(CsvReaderTest)
#include "CsvReaderTest.moc"

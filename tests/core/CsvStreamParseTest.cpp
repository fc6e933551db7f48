#include "core/data/csv/CsvStreamParse.h"
#include "DatasetDifference.h"
#include "core/data/csv/CsvReader.h"

#include <QtTest>

using namespace churnlab;

// A stream typed chunk by chunk must give exactly what a read of the whole text gives, even
// when a value far from the first rows overturns a type guessed from them: the stream cannot
// read that text again, so it types the column again from what it kept.
class CsvStreamParseTest : public QObject
{
    Q_OBJECT

    // Records of a customer table whose later rows break the guesses of the first rows.
    static QList<QByteArray> records(int n)
    {
        QList<QByteArray> out;
        out << "id,plan,calls,amount,active,flag,renewed,note,score";
        for (int i = 0; i < n; ++i) {
            const QByteArray plan = i % 3 == 0 ? "Basic" : i % 3 == 1 ? "Pro" : "Team";
            const QByteArray calls = i == 4000 ? "x" : QByteArray::number(i % 7);
            const QByteArray amount =
                i < 3000 ? QByteArray::number(i % 90) : QByteArray::number(i % 90) + ".5";
            const QByteArray active = i == 5000 ? "Maybe" : i % 2 ? "Yes" : "No";
            const QByteArray flag = i % 5 ? "t" : "f";
            const QByteArray renewed = i < 2000 ? "" : "2024-01-" + QByteArray::number(10 + i % 18);
            const QByteArray note = i % 50 == 0 ? "\"a, \"\"quoted\"\"\nsecond line\""
                                                : "plain " + QByteArray::number(i % 4);
            out << "C" + QByteArray::number(100000 + i) + "," + plan + "," + calls + "," + amount
                    + "," + active + "," + flag + "," + renewed + "," + note + ","
                    + QByteArray::number(i % 11);
        }
        return out;
    }

    static CsvOptions options()
    {
        CsvOptions o;
        o.delimiter = ',';
        o.header = true;
        o.typeOverrides.insert(QStringLiteral("score"), ColumnType::Real);
        return o;
    }

    static Result<CsvReadResult> streamed(const QList<QByteArray> &recs, int perChunk,
                                          Progress &progress = Progress::none())
    {
        CsvStreamParse stream(options(), progress);
        QByteArray chunk;
        for (qsizetype i = 0; i < recs.size(); ++i) {
            chunk += recs[i];
            chunk += '\n';
            if ((i + 1) % perChunk == 0) {
                if (!stream.add(std::exchange(chunk, QByteArray())))
                    break;
            }
        }
        if (!chunk.isEmpty())
            stream.add(std::move(chunk));
        return stream.finish();
    }

private slots:
    void typesAsTheWholeText_data()
    {
        QTest::addColumn<int>("perChunk");
        QTest::newRow("one chunk") << 100000;
        QTest::newRow("chunks of 700 records") << 700;
        QTest::newRow("chunks of 1 record") << 1;
    }

    void typesAsTheWholeText()
    {
        QFETCH(int, perChunk);
        const QList<QByteArray> recs = records(6000);
        QByteArray whole;
        for (const QByteArray &r : recs)
            whole += r + '\n';
        auto want = CsvReader(options()).readBytes(whole);
        QVERIFY2(want, qPrintable(want ? QString() : want.error().describe()));
        auto got = streamed(recs, perChunk);
        QVERIFY2(got, qPrintable(got ? QString() : got.error().describe()));
        const Dataset &d = got->dataset;
        // What the later rows did to the guesses of the first ones.
        QCOMPARE(d.column(d.indexOf(QStringLiteral("id"))).type(), ColumnType::Text);
        QCOMPARE(d.column(d.indexOf(QStringLiteral("calls"))).type(), ColumnType::Categorical);
        QCOMPARE(d.column(d.indexOf(QStringLiteral("amount"))).type(), ColumnType::Real);
        QCOMPARE(d.column(d.indexOf(QStringLiteral("active"))).type(), ColumnType::Categorical);
        QCOMPARE(d.column(d.indexOf(QStringLiteral("flag"))).type(), ColumnType::Boolean);
        QCOMPARE(d.column(d.indexOf(QStringLiteral("renewed"))).type(), ColumnType::Date);
        QCOMPARE(d.column(d.indexOf(QStringLiteral("score"))).type(), ColumnType::Real);
        QCOMPARE(d.column(d.indexOf(QStringLiteral("amount"))).number(5999), 59.5);
        QCOMPARE(d.column(d.indexOf(QStringLiteral("note"))).text(50),
                 QStringLiteral("a, \"quoted\"\nsecond line"));
        const QString diff = datasetDifference(want->dataset, d);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    void malformedRecordNamesItsLine()
    {
        QList<QByteArray> recs = records(3000);
        recs[2500] += ",extra";
        QByteArray whole;
        for (const QByteArray &r : recs)
            whole += r + '\n';
        auto want = CsvReader(options()).readBytes(whole);
        QVERIFY(!want);
        auto got = streamed(recs, 300);
        QVERIFY(!got);
        QCOMPARE(got.error().kind, Error::Kind::RaggedRow);
        QCOMPARE(got.error().line, want.error().line);
        QVERIFY(got.error().line > 2500); // physical: the quoted line breaks count
    }

    // Texts the fuzzer found, read whole and as one chunk: the same verdict and line.
    void findingsAgreeWithTheWholeText_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("blank first line, quote left open") << QByteArray("\n1,\"He \"\"\n");
        QTest::newRow("one-column header") << QByteArray("id/active\n1,Yes\n2,\n3,No\n");
        QTest::newRow("only blank lines") << QByteArray("\n \n\n");
    }

    void findingsAgreeWithTheWholeText()
    {
        QFETCH(QByteArray, text);
        CsvOptions o;
        o.delimiter = ',';
        o.header = true;
        o.headerRow = 1;
        o.decimalComma = false;
        auto whole = CsvReader(o).readBytes(text);
        // Cut after the first line break, as a sender may.
        CsvStreamParse stream(o, Progress::none());
        const qsizetype cut = text.indexOf('\n') + 1;
        stream.add(text.left(cut));
        stream.add(text.mid(cut));
        auto got = stream.finish();
        QCOMPARE(got.ok(), whole.ok());
        if (!whole) {
            QCOMPARE(got.error().describe(), whole.error().describe());
            QCOMPARE(got.error().line, whole.error().line);
        }
    }

    void cancelStopsTheWorker()
    {
        Progress progress;
        progress.cancel();
        auto got = streamed(records(3000), 100, progress);
        QVERIFY(!got);
        QCOMPARE(got.error().kind, Error::Kind::Cancelled);
    }

    void noRecordsIsEmpty()
    {
        CsvStreamParse stream(options(), Progress::none());
        auto got = stream.finish();
        QVERIFY(!got);
        QCOMPARE(got.error().kind, Error::Kind::Empty);
    }

    void droppedUnfinishedLosesNothing()
    {
        // A sender that gives up half-way (a dropped connection) destroys the stream
        // unfinished: the worker stops, and nothing is left running.
        const QList<QByteArray> recs = records(2000);
        auto stream = std::make_unique<CsvStreamParse>(options(), Progress::none());
        QByteArray chunk;
        for (int i = 0; i < 1000; ++i)
            chunk += recs[i] + '\n';
        QVERIFY(stream->add(std::move(chunk)));
        stream.reset();
    }
};

QTEST_GUILESS_MAIN(CsvStreamParseTest)
#include "CsvStreamParseTest.moc"

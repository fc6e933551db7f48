#include "TestData.h"
#include "core/data/csv/CsvReader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <cmath>

using namespace churnlab;

// Every case of ../shared/data/csv-edge parses to its expected content or is refused with
// its expected error (kind and physical line), through both the cell path (preview) and
// the typed, parallel path (loading).
class CsvCorpusTest : public QObject
{
    Q_OBJECT

private:
    static QString corpusDir() { return sharedDataDir() + QStringLiteral("/csv-edge"); }
    static QJsonObject expected(const QString &name)
    {
        QFile f(corpusDir() + QLatin1Char('/') + name + QStringLiteral(".expected.json"));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(f.readAll()).object();
    }

private slots:
    void parsesCorpus_data()
    {
        QTest::addColumn<QString>("caseName");
        if (sharedDataDir().isEmpty() || !QDir(corpusDir()).exists())
            QSKIP("../shared/data/csv-edge is absent: skipped");
        const QStringList files =
            QDir(corpusDir())
                .entryList({QStringLiteral("*.expected.json")}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 60);
        for (const QString &f : files) {
            const QString name = f.chopped(int(qstrlen(".expected.json")));
            QTest::newRow(qPrintable(name)) << name;
        }
    }

    void parsesCorpus()
    {
        QFETCH(QString, caseName);
        const QJsonObject e = expected(caseName);
        QVERIFY2(!e.isEmpty(), qPrintable(caseName));
        const QString path = corpusDir() + QLatin1Char('/') + caseName + QStringLiteral(".csv");
        // A small thread count with tiny files exercises the parallel code path's single-chunk
        // case; tiny chunks below exercise chunking, which CsvReaderTest covers at scale.
        CsvOptions options;
        options.threads = 2;
        const CsvReader reader(options);
        auto cells = reader.readCells(path, -1);
        auto typed = reader.read(path);
        // Chunks of a few bytes put boundaries inside quotes, blank lines and records;
        // the result must be the same as from one chunk.
        CsvOptions tiny = options;
        tiny.chunkBytes = 4;
        auto chunked = CsvReader(tiny).read(path);
        QCOMPARE(chunked.ok(), typed.ok());
        if (!typed.ok()) {
            QCOMPARE(chunked.error().kind, typed.error().kind);
            QCOMPARE(chunked.error().line, typed.error().line);
        } else {
            const Dataset &a = typed->dataset, &b = chunked->dataset;
            QCOMPARE(b.rowCount(), a.rowCount());
            QCOMPARE(b.columnNames(), a.columnNames());
            for (int col = 0; col < a.columnCount(); ++col) {
                QCOMPARE(b.column(col).type(), a.column(col).type());
                for (qsizetype r = 0; r < a.rowCount(); ++r)
                    QCOMPARE(b.column(col).text(r), a.column(col).text(r));
            }
        }

        if (!e.value(QStringLiteral("ok")).toBool()) {
            const QString kind = e.value(QStringLiteral("error")).toString();
            QVERIFY2(!cells.ok(), "cell path accepted a file it must refuse");
            QVERIFY2(!typed.ok(), "typed path accepted a file it must refuse");
            QCOMPARE(cells.error().kindName(), kind);
            QCOMPARE(typed.error().kindName(), kind);
            QVERIFY(!typed.error().message.isEmpty());
            if (e.contains(QStringLiteral("line"))) {
                QCOMPARE(cells.error().line, e.value(QStringLiteral("line")).toInteger());
                QCOMPARE(typed.error().line, e.value(QStringLiteral("line")).toInteger());
            }
            return;
        }

        QVERIFY2(cells.ok(), qPrintable(cells.ok() ? QString() : cells.error().describe()));
        QVERIFY2(typed.ok(), qPrintable(typed.ok() ? QString() : typed.error().describe()));
        const CsvCells &c = cells.value();
        QCOMPARE(QString(QLatin1Char(c.dialect.delimiter)),
                 e.value(QStringLiteral("delimiter")).toString());
        QCOMPARE(c.dialect.header, e.value(QStringLiteral("header")).toBool());
        QCOMPARE(textEncodingName(c.dialect.encoding),
                 e.value(QStringLiteral("encoding")).toString());

        QStringList columns;
        for (const auto &v : e.value(QStringLiteral("columns")).toArray())
            columns << v.toString();
        QCOMPARE(c.columns, columns);
        const QJsonArray rows = e.value(QStringLiteral("rows")).toArray();
        QCOMPARE(c.rows.size(), rows.size());
        for (qsizetype r = 0; r < rows.size(); ++r) {
            const QJsonArray row = rows[r].toArray();
            QCOMPARE(c.rows[r].size(), row.size());
            for (qsizetype k = 0; k < row.size(); ++k) {
                QVERIFY2(c.rows[r][k] == row[k].toString(),
                         qPrintable(QStringLiteral("row %1, column %2: got “%3”, expected “%4”")
                                        .arg(r + 1)
                                        .arg(columns[k], c.rows[r][k], row[k].toString())));
            }
        }

        const Dataset &d = typed->dataset;
        QCOMPARE(d.rowCount(), rows.size());
        QCOMPARE(d.columnNames(), columns);
        QCOMPARE(typed->dialect.delimiter, c.dialect.delimiter);
        const QJsonObject types = e.value(QStringLiteral("types")).toObject();
        for (auto it = types.begin(); it != types.end(); ++it) {
            const int col = d.indexOf(it.key());
            QVERIFY(col >= 0);
            QVERIFY2(columnTypeName(d.column(col).type()) == it.value().toString(),
                     qPrintable(QStringLiteral("column %1: typed %2, expected %3")
                                    .arg(it.key(), columnTypeName(d.column(col).type()),
                                         it.value().toString())));
            const qsizetype j = columns.indexOf(it.key());
            QVERIFY2(columnTypeName(c.types[j]) == it.value().toString(),
                     qPrintable(QStringLiteral("preview type of %1").arg(it.key())));
        }
        const QJsonObject missing = e.value(QStringLiteral("missing")).toObject();
        for (auto it = missing.begin(); it != missing.end(); ++it) {
            const int col = d.indexOf(it.key());
            QVERIFY(col >= 0);
            QCOMPARE(d.column(col).missingCount(), it.value().toInteger());
        }
        const QJsonObject numbers = e.value(QStringLiteral("numbers")).toObject();
        for (auto it = numbers.begin(); it != numbers.end(); ++it) {
            const Column &col = d.column(d.indexOf(it.key()));
            const QJsonArray values = it.value().toArray();
            for (qsizetype r = 0; r < values.size(); ++r) {
                if (values[r].isNull()) {
                    QVERIFY2(col.isMissing(r),
                             qPrintable(QStringLiteral("%1 row %2 should be missing")
                                            .arg(it.key())
                                            .arg(r + 1)));
                    continue;
                }
                const double want = values[r].isString()
                    ? (values[r].toString().startsWith(QLatin1Char('-')) ? -INFINITY : INFINITY)
                    : values[r].toDouble();
                QVERIFY2(
                    !col.isMissing(r),
                    qPrintable(QStringLiteral("%1 row %2 is missing").arg(it.key()).arg(r + 1)));
                QCOMPARE(col.number(r), want);
            }
        }
    }
};

QTEST_GUILESS_MAIN(CsvCorpusTest)
#include "CsvCorpusTest.moc"

#include "TestData.h"
#include "core/data/csv/CsvReader.h"
#include "core/eval/Ranking.h"
#include "core/train/TrainingSession.h"

#include <QFile>
#include <QtTest>

using namespace churnlab;

// The Scorer's policy for input that does not match the training data, on the Telco file:
// a missing column is an error naming it; another type is converted with its bad values
// counted; unseen categories are counted; JSON records score as the same CSV rows.
class ScorerTest : public QObject
{
    Q_OBJECT

    QByteArray m_csv;
    std::shared_ptr<const Scorer> m_scorer;

    // The Telco file with one column's cells rewritten by edit(row, column name, cell).
    QByteArray edited(const std::function<QByteArray(int, const QByteArray &, QByteArray)> &edit)
    {
        QList<QByteArray> lines = m_csv.split('\n');
        const QList<QByteArray> header = lines[0].trimmed().split(',');
        for (int i = 1; i < lines.size(); ++i) {
            if (lines[i].trimmed().isEmpty())
                continue;
            QList<QByteArray> cells = lines[i].trimmed().split(',');
            for (int c = 0; c < cells.size(); ++c)
                cells[c] = edit(i, header[c], cells[c]);
            lines[i] = cells.join(',');
        }
        QList<QByteArray> head = header;
        for (int c = 0; c < head.size(); ++c)
            head[c] = edit(0, header[c], head[c]);
        lines[0] = head.join(',');
        return lines.join('\n');
    }
    static Dataset read(const QByteArray &bytes)
    {
        auto r = CsvReader().readBytes(bytes);
        if (!r)
            qFatal("%s", qPrintable(r.error().describe()));
        return std::move(r->dataset);
    }
    static double auc(const Scorer::Scores &s, const Dataset &d)
    {
        auto target = BinaryTarget::fromColumn(d, QStringLiteral("Churn"), QStringLiteral("Yes"));
        return rocAuc(s.probability, target->labels());
    }

private slots:
    void initTestCase()
    {
        const QString dir = sharedDataDir();
        if (dir.isEmpty() || !QFile::exists(dir + "/telco-churn.csv"))
            QSKIP("../shared/data/telco-churn.csv is absent: skipped");
        QFile f(dir + "/telco-churn.csv");
        QVERIFY(f.open(QIODevice::ReadOnly));
        m_csv = f.readAll().replace("\r\n", "\n");
        TrainSpec spec;
        spec.target.column = QStringLiteral("Churn");
        spec.learners = {{QStringLiteral("lr"), {}}};
        TrainingSession session(std::make_shared<const Dataset>(read(m_csv)), spec);
        QVERIFY(session.prepare().ok());
        auto report = session.train(spec.learners.first());
        QVERIFY(report.ok());
        m_scorer = report->scorer;
        QVERIFY(m_scorer);
    }

    void missingColumnIsAnErrorNamingIt()
    {
        // The file without the column: dropped from the header and every row.
        QList<QByteArray> lines = m_csv.split('\n');
        const int at = lines[0].split(',').indexOf("Contract");
        for (QByteArray &line : lines) {
            QList<QByteArray> cells = line.split(',');
            if (cells.size() > at)
                cells.removeAt(at);
            line = cells.join(',');
        }
        const Dataset d = read(lines.join('\n'));
        QCOMPARE(d.indexOf("Contract"), -1);
        auto scored = m_scorer->score(d);
        QVERIFY(!scored.ok());
        QCOMPARE(scored.error().kind, Error::Kind::MissingColumn);
        QVERIFY2(scored.error().message.contains("Contract"), qPrintable(scored.error().message));
    }

    // 2 % of tenure cells say "unknown": the reader sees text, the scorer converts back to
    // numbers, counts the bad cells, and the AUC stays within 0.01 of the clean file's.
    void unparsableNumbersAreCountedAndTheAucHolds()
    {
        const Dataset clean = read(m_csv);
        qint64 spoiled = 0;
        const Dataset dirty = read(edited([&](int row, const QByteArray &column, QByteArray cell) {
            if (row > 0 && column == "tenure" && row % 50 == 0) {
                ++spoiled;
                return QByteArray("unknown");
            }
            return cell;
        }));
        QVERIFY(!isNumericType(dirty.column(dirty.indexOf("tenure")).type()));
        auto a = m_scorer->score(clean);
        auto b = m_scorer->score(dirty);
        QVERIFY(a.ok() && b.ok());
        QVERIFY(a->report.columns.isEmpty() || a->report.clean());
        const auto &issues = b->report.columns;
        auto it = std::find_if(issues.begin(), issues.end(),
                               [](const ScoringReport::Column &c) { return c.name == "tenure"; });
        QVERIFY(it != issues.end());
        QVERIFY(it->converted());
        QCOMPARE(it->unparsable, spoiled);
        QVERIFY(b->report.describe().join(' ').contains("tenure"));
        const double cleanAuc = auc(*a, clean), dirtyAuc = auc(*b, dirty);
        QVERIFY2(qAbs(cleanAuc - dirtyAuc) < 0.01,
                 qPrintable(QStringLiteral("%1 vs %2").arg(cleanAuc).arg(dirtyAuc)));
    }

    void unseenCategoriesAreCounted()
    {
        qint64 changed = 0;
        const Dataset d = read(edited([&](int row, const QByteArray &column, QByteArray cell) {
            if (row > 0 && column == "Contract" && row % 100 == 0) {
                ++changed;
                return QByteArray("Three year");
            }
            return cell;
        }));
        auto scored = m_scorer->score(d);
        QVERIFY(scored.ok());
        const auto &issues = scored->report.columns;
        auto it = std::find_if(issues.begin(), issues.end(),
                               [](const ScoringReport::Column &c) { return c.name == "Contract"; });
        QVERIFY(it != issues.end());
        QCOMPARE(it->unseen, changed);
        QCOMPARE(scored->probability.size(), size_t(d.rowCount()));
    }

    void recordsScoreAsTheSameCsvRows()
    {
        const Dataset d = read(m_csv);
        QJsonArray records;
        std::vector<quint32> rows;
        for (quint32 r = 0; r < 300; ++r) {
            QJsonObject record;
            for (const InputSchema::Column &c : m_scorer->schema().columns()) {
                const Column &col = d.column(d.indexOf(c.name));
                if (col.isMissing(r))
                    record.insert(c.name, QJsonValue::Null);
                else if (isNumericType(col.type()))
                    record.insert(c.name, col.number(r));
                else
                    record.insert(c.name, col.text(r));
            }
            records.append(record);
            rows.push_back(r);
        }
        auto fromJson = m_scorer->scoreRecords(records);
        auto fromCsv = m_scorer->score(d, rows);
        QVERIFY(fromJson.ok() && fromCsv.ok());
        QCOMPARE(fromJson->probability.size(), rows.size());
        for (size_t i = 0; i < rows.size(); ++i)
            QCOMPARE(fromJson->probability[i], fromCsv->probability[i]);
        QCOMPARE(fromJson->label, fromCsv->label);

        QJsonObject partial = records.first().toObject();
        partial.remove("tenure");
        auto missing = m_scorer->scoreRecords(QJsonArray {partial});
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().message.contains("tenure"));
        partial.insert("tenure", "twelve");
        auto bad = m_scorer->scoreRecords(QJsonArray {partial});
        QVERIFY(bad.ok());
        QCOMPARE(bad->report.columns.first().unparsable, 1);
    }
};

QTEST_GUILESS_MAIN(ScorerTest)
#include "ScorerTest.moc"

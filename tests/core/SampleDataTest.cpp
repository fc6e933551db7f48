#include "core/data/SampleData.h"
#include "core/data/ColumnProfile.h"

#include <QtTest>

using namespace churnlab;

class SampleDataTest : public QObject
{
    Q_OBJECT

private slots:
    void isSeededAndReproducible()
    {
        const Dataset a = SampleData::generate(3000, 5);
        const Dataset b = SampleData::generate(3000, 5);
        const Dataset c = SampleData::generate(3000, 6);
        bool differs = false;
        for (int col = 0; col < a.columnCount(); ++col) {
            for (qsizetype r = 0; r < a.rowCount(); ++r) {
                QCOMPARE(a.column(col).text(r), b.column(col).text(r));
                differs = differs || a.column(col).text(r) != c.column(col).text(r);
            }
        }
        QVERIFY(differs);
    }

    void looksLikeChurnData()
    {
        const Dataset d = SampleData::generate();
        QCOMPARE(d.rowCount(), SampleData::defaultRows);
        const Column &churn = d.column(d.indexOf(SampleData::targetColumn()));
        qint64 yes = 0;
        for (qsizetype r = 0; r < d.rowCount(); ++r)
            yes += churn.text(r) == SampleData::positiveClass();
        const double rate = double(yes) / double(d.rowCount());
        QVERIFY2(rate > 0.2 && rate < 0.32, qPrintable(QString::number(rate)));
        QVERIFY(d.column(d.indexOf(QStringLiteral("total_charges"))).missingCount() > 0);
        // Churn falls with tenure: the non-linear effect the models should find.
        const Column &tenure = d.column(d.indexOf(QStringLiteral("tenure_months")));
        qint64 newYes = 0, newN = 0, oldYes = 0, oldN = 0;
        for (qsizetype r = 0; r < d.rowCount(); ++r) {
            const bool y = churn.text(r) == SampleData::positiveClass();
            if (tenure.integer(r) < 6)
                newYes += y, ++newN;
            else if (tenure.integer(r) > 36)
                oldYes += y, ++oldN;
        }
        QVERIFY(double(newYes) / newN > 2.0 * double(oldYes) / oldN);
    }
};

QTEST_GUILESS_MAIN(SampleDataTest)
#include "SampleDataTest.moc"

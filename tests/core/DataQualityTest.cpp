#include "core/explore/DataQuality.h"
#include "TestData.h"
#include "core/data/DataReader.h"
#include "core/data/csv/CsvReader.h"

#include <QtTest>

using namespace churnlab;

class DataQualityTest : public QObject
{
    Q_OBJECT

private:
    static const QualityFinding *find(const QList<QualityFinding> &all, const QString &kind,
                                      const QString &column = {})
    {
        for (const QualityFinding &f : all) {
            if (f.kind == kind && (column.isEmpty() || f.columns.contains(column)))
                return &f;
        }
        return nullptr;
    }

    // 40 rows with one problem per column; `leak` copies the target, `churn` is 10 % Yes.
    static QByteArray problemCsv()
    {
        QByteArray csv = "id,const,mostly_na,amount,leak,code,churn\n";
        for (int i = 0; i < 40; ++i) {
            const bool yes = i % 10 == 0;
            csv += QByteArray::number(1000 + i) + ",same," + (i < 30 ? "" : "x") + ','
                + QByteArray::number(i == 7 ? 1e6 : i % 13) + ',' + (yes ? "L" : "S") + ','
                + (i == 3 ? "unknown" : QByteArray::number(i * 7)) + ',' + (yes ? "Yes" : "No")
                + '\n';
        }
        csv += "1040,same,x,0,S,273,No\n"; // like row 39 but for its id: not a duplicate
        return csv;
    }

private slots:
    void findsEachProblem()
    {
        auto r = CsvReader().readBytes(problemCsv());
        QVERIFY(r.ok());
        auto target = BinaryTarget::fromColumn(r->dataset, "churn");
        QVERIFY(target.ok());
        const auto findings = DataQuality::assess(r->dataset, *target);
        QVERIFY(find(findings, "constant", "const"));
        QVERIFY(find(findings, "missing_values", "mostly_na"));
        QCOMPARE(find(findings, "missing_values", "mostly_na")->severity,
                 QualityFinding::Severity::Error);
        QVERIFY(find(findings, "outliers", "amount"));
        QVERIFY(find(findings, "target_leakage", "leak"));
        QVERIFY(find(findings, "numeric_text", "code"));
        QVERIFY(find(findings, "numeric_text", "code")->message.contains("unknown"));
        QVERIFY(find(findings, "target_imbalance", "churn"));
        QVERIFY(!find(findings, "duplicate_rows"));
        QVERIFY(!find(findings, "id_like", "amount"));
        // Errors come first.
        QCOMPARE(findings.first().severity, QualityFinding::Severity::Error);
        const QJsonObject json = findings.first().toJson();
        QCOMPARE(json.value("severity").toString(), QStringLiteral("error"));
        QVERIFY(!json.value("suggestion").toString().isEmpty());
    }

    void findsDuplicatesAndSingleClass()
    {
        auto r = CsvReader().readBytes("a,b,y\n1,x,No\n2,y,No\n1,x,No\n1,x,No\n");
        auto target = BinaryTarget::fromColumn(r->dataset, "y");
        const auto findings = DataQuality::assess(r->dataset, *target);
        QVERIFY(find(findings, "duplicate_rows"));
        QVERIFY(find(findings, "duplicate_rows")->message.startsWith("2 "));
        QVERIFY(find(findings, "target_single_class", "y"));
    }

    void flagsTelcoQuirks()
    {
        REQUIRE_SHARED_FILE(path, "telco-churn.csv");
        auto r = DataReader().read(path);
        auto target = BinaryTarget::fromColumn(r->dataset, "Churn");
        const auto findings = DataQuality::assess(r->dataset, *target);
        QVERIFY(find(findings, "id_like", "customerID"));
        const QualityFinding *blanks = find(findings, "missing_values", "TotalCharges");
        QVERIFY(blanks);
        QVERIFY(blanks->message.startsWith("11 "));
        QVERIFY(!find(findings, "target_leakage"));
    }

    void flagsHrConstantsAndIds()
    {
        REQUIRE_SHARED_FILE(path, "hr-attrition.csv");
        auto r = DataReader().read(path);
        const auto findings = DataQuality::assess(r->dataset, std::nullopt);
        for (const char *c : {"EmployeeCount", "Over18", "StandardHours"})
            QVERIFY2(find(findings, "constant", c), c);
        QVERIFY(find(findings, "id_like", "EmployeeNumber"));
    }
};

QTEST_GUILESS_MAIN(DataQualityTest)
#include "DataQualityTest.moc"

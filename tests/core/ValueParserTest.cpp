#include "core/data/ValueParser.h"
#include "core/data/MissingTokens.h"
#include "core/data/TypeInference.h"

#include <QRandomGenerator>
#include <QtTest>

#include <charconv>
#include <cstring>

#include <cmath>

using namespace churnlab;

class ValueParserTest : public QObject
{
    Q_OBJECT

private slots:
    void parsesReals_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("decimalComma");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<double>("value");
        QTest::newRow("exponent") << QByteArray("1e5") << false << true << 1e5;
        QTest::newRow("plus") << QByteArray("+3") << false << true << 3.0;
        QTest::newRow("leading dot") << QByteArray(".5") << false << true << 0.5;
        QTest::newRow("trailing dot") << QByteArray("5.") << false << true << 5.0;
        QTest::newRow("inf") << QByteArray("-Infinity") << false << true
                             << -std::numeric_limits<double>::infinity();
        QTest::newRow("decimal comma") << QByteArray("1,5") << true << true << 1.5;
        QTest::newRow("comma without option") << QByteArray("1,5") << false << false << 0.0;
        QTest::newRow("thousands") << QByteArray("1,234.5") << true << false << 0.0;
        QTest::newRow("nan is not a value") << QByteArray("nan") << false << false << 0.0;
        QTest::newRow("hex") << QByteArray("0x10") << false << false << 0.0;
        QTest::newRow("double sign") << QByteArray("+-1") << false << false << 0.0;
        QTest::newRow("huge") << QByteArray("1e400") << false << true
                              << std::numeric_limits<double>::infinity();
    }
    void parsesReals()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, decimalComma);
        QFETCH(bool, valid);
        QFETCH(double, value);
        const auto r = ValueParser::parseReal(
            std::string_view(text.constData(), size_t(text.size())), decimalComma);
        QCOMPARE(r.has_value(), valid);
        if (valid)
            QCOMPARE(*r, value);
    }

    void plainDecimalsRoundLikeFromChars()
    {
        // The short path for plain decimals must give the very double the library would.
        QRandomGenerator rng(7);
        for (int i = 0; i < 200000; ++i) {
            const int digits = 1 + int(rng.bounded(19));
            QByteArray text = (rng.bounded(2) ? "-" : "");
            for (int k = 0; k < digits; ++k)
                text += char('0' + rng.bounded(10));
            if (rng.bounded(4))
                text.insert(int(rng.bounded(qint64(text.size() + 1))), '.');
            if (text == "." || text == "-." || text == "-")
                continue;
            double expected = 0;
            const char *b = text.constData(), *e = b + text.size();
            const auto [ptr, ec] = std::from_chars(b, e, expected);
            if (ptr != e || ec != std::errc())
                continue;
            const auto r = ValueParser::parseReal(std::string_view(b, size_t(text.size())), false);
            QVERIFY2(r && std::memcmp(&*r, &expected, sizeof expected) == 0, text.constData());
        }
        // Any mix of number characters: a value exactly when the library reads all of it.
        const char alphabet[] = "0123456789.-eE,x/:";
        for (int i = 0; i < 200000; ++i) {
            QByteArray text;
            const int length = 1 + int(rng.bounded(12));
            for (int k = 0; k < length; ++k)
                text += alphabet[rng.bounded(int(sizeof alphabet) - 1)];
            double expected = 0;
            const char *b = text.constData(), *e = b + text.size();
            const auto [ptr, ec] = std::from_chars(b, e, expected);
            const bool whole =
                ptr == e && (ec == std::errc() || ec == std::errc::result_out_of_range);
            const auto r = ValueParser::parseReal(std::string_view(b, size_t(text.size())), false);
            QVERIFY2(r.has_value() == whole, text.constData());
            if (whole && ec == std::errc())
                QVERIFY2(std::memcmp(&*r, &expected, sizeof expected) == 0, text.constData());
        }
        QCOMPARE(*ValueParser::parseReal("54,91", true), 54.91);
        QVERIFY(!ValueParser::parseReal("54,91", false));
        QVERIFY(!ValueParser::parseReal("1.2.3", false));
        QVERIFY(!ValueParser::parseInteger("2024-01-10"));
    }

    void parsesIntegersWithinInt64()
    {
        QCOMPARE(*ValueParser::parseInteger("9223372036854775807"),
                 std::numeric_limits<qint64>::max());
        QCOMPARE(*ValueParser::parseInteger("-9223372036854775808"),
                 std::numeric_limits<qint64>::min());
        QVERIFY(!ValueParser::parseInteger("9223372036854775808"));
        QCOMPARE(*ValueParser::parseInteger("+42"), 42);
        QVERIFY(!ValueParser::parseInteger("4.0"));
    }

    void parsesDates()
    {
        QCOMPARE(*ValueParser::parseDate("1970-01-02", DateOrder::Unknown), 1);
        QCOMPARE(*ValueParser::parseDate("2024-02-29", DateOrder::Unknown), 19782);
        QVERIFY(!ValueParser::parseDate("2023-02-29", DateOrder::Unknown));
        QCOMPARE(*ValueParser::parseDate("31/01/2024", DateOrder::DayFirst),
                 *ValueParser::parseDate("2024-01-31", DateOrder::Unknown));
        QCOMPARE(*ValueParser::parseDate("01/31/2024", DateOrder::MonthFirst),
                 *ValueParser::parseDate("2024-01-31", DateOrder::Unknown));
        QVERIFY(!ValueParser::parseDate("01/31/2024", DateOrder::DayFirst));
        QCOMPARE(*ValueParser::parseDateTime("1970-01-01T00:00:01.5Z", DateOrder::Unknown), 1500);
        QCOMPARE(*ValueParser::parseDateTime("02/01/1970 00:01", DateOrder::DayFirst),
                 86400000 + 60000);
    }

    // The CSV rules' tokens, pandas' default NA values and Excel's error values; every entry
    // of MissingTokens::defaults() and nothing that is a value.
    void recognisesMissingTokens()
    {
        for (const char *t : {"", "   ", "NA", "N/A", "null", "NULL", "NaN", "?", " #N/A "})
            QVERIFY2(ValueParser::isMissingToken(t), t);
        for (const QString &t : MissingTokens::defaults())
            QVERIFY2(ValueParser::isMissingToken(t.toStdString()), qPrintable(t));
        for (const char *t : {"na", "H?", "0", "-", "1", "-1", "1.5", "#1", "Nonesuch", "<N>",
                              "#DIV/0", "1.#INF", "nothing"})
            QVERIFY2(!ValueParser::isMissingToken(t), t);
        // A user's own tokens, with or without the defaults.
        const MissingTokens custom({"unknown", " -- "}, false);
        QVERIFY(custom.matches("unknown") && custom.matches(" -- ") && custom.matches(""));
        QVERIFY(!custom.matches("NA"));
        QVERIFY(MissingTokens({"unknown"}, true).matches("NA"));
    }

    void infersNarrowestType_data()
    {
        QTest::addColumn<QStringList>("values");
        QTest::addColumn<QString>("type");
        QTest::newRow("integers") << QStringList {"1", "-2", "+3"} << "integer";
        QTest::newRow("reals") << QStringList {"1", "2.5"} << "real";
        QTest::newRow("yes/no") << QStringList {"Yes", "no", "YES"} << "boolean";
        QTest::newRow("mixed pairs") << QStringList {"Yes", "False"} << "categorical";
        QTest::newRow("postgresql t/f") << QStringList {"t", "f", "true", "F"} << "boolean";
        QTest::newRow("f and m") << QStringList {"F", "M", "F"} << "categorical";
        QTest::newRow("dates") << QStringList {"2024-01-01", "2024-12-31"} << "date";
        QTest::newRow("datetimes")
            << QStringList {"2024-01-01 10:00", "2024-12-31T23:59:59"} << "datetime";
        QTest::newRow("one word") << QStringList {"1", "2", "three"} << "categorical";
    }
    void infersNarrowestType()
    {
        QFETCH(QStringList, values);
        QFETCH(QString, type);
        TypeInference ti;
        for (const QString &v : values) {
            const QByteArray b = v.toUtf8();
            ti.add(std::string_view(b.constData(), size_t(b.size())), false);
        }
        QCOMPARE(columnTypeName(ti.resolve()), type);
    }

    void classifiesIsoDatesAsBothOrders()
    {
        // The reader trusts this for ISO dates that parse (ColumnPlan::kIsoDateFits).
        const unsigned both = TypeInference::DateDayFirst | TypeInference::DateMonthFirst;
        for (const char *v : {"2024-01-31", "1999-12-01", "2024-02-29", "0001-01-01"})
            QCOMPARE(TypeInference::classify(v, false), both);
        QCOMPARE(TypeInference::classify("2023-02-29", false), 0u);
    }

    void tellsTextFromCategories()
    {
        QCOMPARE(TypeInference::textOrCategorical(3, 30, 8), ColumnType::Categorical);
        QCOMPARE(TypeInference::textOrCategorical(30, 30, 40), ColumnType::Text);
        QCOMPARE(TypeInference::textOrCategorical(2932, 10000, 6), ColumnType::Categorical);
        QCOMPARE(TypeInference::textOrCategorical(7043, 7043, 10), ColumnType::Text);
    }
};

QTEST_GUILESS_MAIN(ValueParserTest)
#include "ValueParserTest.moc"

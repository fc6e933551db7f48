#include "core/bundle/Bundle.h"
#include "core/data/ColumnType.h"
#include "core/data/csv/CsvReader.h"
#include "core/serving/ScoringService.h"
#include "core/train/EvaluationRows.h"
#include "ui/AppSettings.h"

#include <QApplication>
#include <QJsonDocument>
#include <QtTest>

using namespace churnlab;

// Core translates one way (Q_DECLARE_TR_FUNCTIONS in the class the text belongs to; tr() in its
// members, X::tr() from the file's helpers). Each shape lupdate must file correctly is checked
// here against the installed German translation: a text whose context lupdate filed under
// another name would come back in English.
class CoreTranslationTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
        QVERIFY(app);
        AppSettings::installTranslators(*app, QStringLiteral("de"));
    }

    void memberOfAClass()
    {
        // CsvReader::read → tr() in a member.
        const auto r = CsvReader().read(QStringLiteral("/nonexistent/x.csv"));
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(QStringLiteral("kann nicht geöffnet werden")),
                 qPrintable(r.error().message));
    }

    void helperOfAClassFromAFreeFunction()
    {
        // CsvShared's raggedError: CsvReader::tr() from an inline free function; CsvParse's
        // passes for the rest.
        const auto r = CsvReader().readBytes("a,b\n1,2\n3\n");
        QVERIFY(!r);
        QVERIFY2(!r.error().message.contains(QLatin1String("fields but the header")),
                 qPrintable(r.error().message));
        // Bundle::tr() from a file-local helper.
        const auto b = Bundle::read("not a zip");
        QVERIFY(!b);
        QVERIFY2(!b.error().message.contains(QLatin1String("Cannot")),
                 qPrintable(b.error().message));
    }

    void pluralsOfAStruct()
    {
        EvaluationRows rows;
        rows.source = EvaluationRows::Source::Holdout;
        rows.rows = {1, 2, 3};
        const QString text = rows.describe();
        QVERIFY2(text.contains(QLatin1String("3")) && !text.contains(QLatin1String("holdout")),
                 qPrintable(text));
    }

    void enumLabels()
    {
        QCOMPARE(columnTypeLabel(ColumnType::DateTime), QStringLiteral("Datum und Uhrzeit"));
    }

    void protocolAdapters()
    {
        ScoringService service({});
        HttpRequest request {"GET", QStringLiteral("/v2/models/m"), {}, {}};
        const HttpResponse noModel = service.handle(request);
        QCOMPARE(noModel.status, 503);
        QVERIFY2(!noModel.body.contains("No model"), noModel.body.constData());
        request.method = "PUT";
        request.path = QStringLiteral("/v2/health/ready");
        const HttpResponse wrong = service.handle(request);
        QCOMPARE(wrong.status, 405);
        QVERIFY2(!wrong.body.contains("does not take"), wrong.body.constData());
    }
};

QTEST_MAIN(CoreTranslationTest)
#include "CoreTranslationTest.moc"

#include "ui/report/ReportLayout.h"

#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

// The report's page layout: a table longer than a page breaks across pages with its header
// row repeated on each, every page has "Page N of M", and headings never end a page alone.
class ReportLayoutTest : public QObject
{
    Q_OBJECT

    static QString pageText(const QString &pdf, int page)
    {
        QProcess p;
        p.start(QStringLiteral("pdftotext"),
                {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                 QString::number(page), pdf, QStringLiteral("-")});
        p.waitForFinished();
        return QString::fromUtf8(p.readAllStandardOutput());
    }

private slots:
    void longTablesRepeatTheirHeader()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("poppler-utils is not installed (scripts/setup-test-deps.sh installs it)");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("table.pdf"));
        QPdfWriter writer(path);
        writer.setResolution(72);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        ReportLayout doc(&writer, QStringLiteral("Layout check"), QStringLiteral("today"));
        doc.newPage();
        doc.heading(QStringLiteral("Leaderboard"));
        QList<QStringList> rows;
        for (int i = 0; i < 150; ++i)
            rows.append({QStringLiteral("model-%1").arg(i, 3, 10, QLatin1Char('0')),
                         QString::number(0.7 + i / 1000.0, 'f', 3)});
        doc.table({QStringLiteral("Learner"), QStringLiteral("ROC AUC")}, rows, {0.6, 0.4}, {1});
        // A heading near the foot of a page moves to the next one with its figure.
        doc.space(doc.remaining() - 60);
        doc.heading(QStringLiteral("Model curves"), 200);
        doc.figure(200, [](QPainter &p, const QRectF &r) { p.drawRect(r); });
        QVERIFY(doc.pageCount() >= 4);
        QPainter painter(&writer);
        for (int i = 0; i < doc.pageCount(); ++i) {
            if (i > 0)
                writer.newPage();
            doc.paintPage(painter, i);
        }
        painter.end();

        const int pages = doc.pageCount();
        int tablePages = 0;
        for (int page = 1; page <= pages; ++page) {
            const QString text = pageText(path, page);
            QVERIFY2(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)),
                     qPrintable(text.left(200)));
            if (text.contains(QStringLiteral("model-"))) {
                ++tablePages;
                QVERIFY2(text.contains(QStringLiteral("Learner")),
                         qPrintable(QString::number(page)));
            }
        }
        QVERIFY(tablePages >= 3);
        QVERIFY(pageText(path, 1).contains(QStringLiteral("model-000")));
        QVERIFY(pageText(path, pages).contains(QStringLiteral("Model curves")));
        QVERIFY(!pageText(path, pages - 1).contains(QStringLiteral("Model curves")));
    }
};

QTEST_MAIN(ReportLayoutTest)
#include "ReportLayoutTest.moc"

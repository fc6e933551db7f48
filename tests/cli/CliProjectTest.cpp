#include "TestData.h"
#include "core/bundle/Bundle.h"
#include "core/data/DataReader.h"
#include "core/project/Project.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

// Projects and reports from the command line, end to end: a project made on a CSV, trained
// with its own settings, described, and written as a PDF report that poppler reads as a real
// document (searchable text, embedded fonts, vector charts), with its ML Canvas alone as a
// landscape page or PNG.
class CliProjectTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_project;

    struct Run
    {
        int code = -1;
        QByteArray out, err;
    };
    static Run run(const QString &program, const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        p.setProcessEnvironment(env);
        p.start(program, args);
        p.waitForFinished(300000);
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                p.readAllStandardOutput(), p.readAllStandardError()};
    }
    static Run cli(const QStringList &args) { return run(QStringLiteral(CHURNLAB_CLI_PATH), args); }
    static QString tool(const char *name)
    {
        return QStandardPaths::findExecutable(QLatin1StringView(name).toString());
    }

private slots:
    void initTestCase()
    {
        if (tool("pdftotext").isEmpty())
            QSKIP("poppler-utils is not installed (scripts/setup-test-deps.sh installs it)");
        const QString csv = m_dir.filePath(QStringLiteral("data/churn.csv"));
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("data"))));
        QCOMPARE(cli({"sample", "-o", csv}).code, 0);
        m_project = m_dir.filePath(QStringLiteral("churn.churnlab"));
        Run made = cli({"project", "new", csv, "--target", "churn", "--models", "lr,gbt", "--name",
                        "Retention 2027", "-o", m_project});
        QVERIFY2(made.code == 0, made.err.constData());
    }

    void describesAndTrainsAProject()
    {
        Run info = cli({"project", "info", m_project, "--json"});
        QCOMPARE(info.code, 0);
        QJsonObject o = QJsonDocument::fromJson(info.out).object();
        QCOMPARE(o.value("name").toString(), QStringLiteral("Retention 2027"));
        QCOMPARE(o.value("data").toObject().value("path").toString(),
                 QStringLiteral("data/churn.csv"));
        QCOMPARE(o.value("data_status").toString(), QStringLiteral("ok"));
        QVERIFY(o.value("models").toArray().isEmpty());

        Run trained = cli({"project", "train", m_project, "--json"});
        QVERIFY2(trained.code == 0, trained.err.constData());
        o = QJsonDocument::fromJson(trained.out).object();
        const QJsonArray models = o.value("models").toArray();
        QCOMPARE(models.size(), 2);
        for (const auto &m : models) {
            const double auc = m.toObject().value("metrics").toObject().value("auc").toDouble();
            QVERIFY2(auc > 0.7 && auc < 1.0, qPrintable(QString::number(auc)));
            QVERIFY(m.toObject().value("bundle_bytes").toInt() > 1000);
        }
        QCOMPARE(o.value("spec").toObject().value("target").toObject().value("positive").toString(),
                 QStringLiteral("Yes"));
        // Saved: a fresh info reads the same models.
        QCOMPARE(QJsonDocument::fromJson(cli({"project", "info", m_project, "--json"}).out)
                     .object()
                     .value("models")
                     .toArray()
                     .size(),
                 2);
    }

    // Training a learner again adds to the project's shelf, as the app's leaderboard does.
    void trainingAgainAddsToTheShelf()
    {
        const QString copy = m_dir.filePath("again.churnlab");
        QFile::remove(copy);
        QVERIFY(QFile::copy(m_project, copy));
        Run again = cli({"project", "train", copy, "--models", "lr", "--json"});
        QVERIFY2(again.code == 0, again.err.constData());
        QStringList ids;
        for (const auto &m : QJsonDocument::fromJson(again.out).object().value("models").toArray())
            ids << m.toObject().value("id").toString();
        QVERIFY2(ids.contains("lr") && ids.contains("lr-2"), qPrintable(ids.join(',')));
        auto p = churnlab::Project::open(copy);
        QVERIFY2(p.ok(), qPrintable(p ? QString() : p.error().describe()));
        QCOMPARE(p->model("lr-2")->bundle->learner(), QStringLiteral("lr"));
        QVERIFY(p->model("lr-2")->report->title.endsWith(" (2)"));
    }

    // A kept model leaves as the bundle it was saved with while the project's decision is the
    // one it was trained with, and deciding at the project's threshold and costs once they
    // moved: manifest, scorer, test metrics and fairness checks alike.
    void exportsAKeptModelAtTheProjectsDecision()
    {
        const QString same = m_dir.filePath("same.clb");
        Run out = cli({"project", "export", m_project, "--model", "lr", "-o", same, "--json"});
        QVERIFY2(out.code == 0, out.err.constData());
        QCOMPARE(QJsonDocument::fromJson(out.out).object().value("model").toString(),
                 QStringLiteral("lr"));
        auto p = churnlab::Project::open(m_project);
        QVERIFY(p.ok());
        QFile sameFile(same);
        QVERIFY(sameFile.open(QIODevice::ReadOnly));
        QCOMPARE(sameFile.readAll(), p->model("lr")->bundleBytes);

        // The analyst moves the decision after training (as the app's Threshold tab does).
        const QString moved = m_dir.filePath("moved.churnlab");
        p->spec.threshold = 0.3;
        p->spec.costs = {2, 7};
        QVERIFY(p->save(moved).ok());
        const QString bundlePath = m_dir.filePath("moved.clb");
        out = cli({"project", "export", moved, "--model", "lr", "-o", bundlePath});
        QVERIFY2(out.code == 0, out.err.constData());
        auto bundle = churnlab::Bundle::open(bundlePath);
        QVERIFY2(bundle.ok(), bundle.ok() ? "" : qPrintable(bundle.error().message));
        QCOMPARE(bundle->scorer()->threshold(), 0.3);
        QCOMPARE(bundle->manifest().value("threshold").toDouble(), 0.3);
        QCOMPARE(bundle->manifest().value("costs").toObject().value("false_negative").toDouble(),
                 7.0);
        const auto report = p->model("lr")->report;
        QCOMPARE(qint64(bundle->metrics().value("test").toObject().value("fp").toDouble()),
                 report->metricsAt(0.3).fp);
        QVERIFY(Run(cli({"bundle", "verify", bundlePath})).code == 0);
        // score labels at it
        const QString scored = m_dir.filePath("moved-scores.csv");
        out = cli({"score", bundlePath, m_dir.filePath("data/churn.csv"), "-o", scored, "--json"});
        QVERIFY2(out.code == 0, out.err.constData());
        auto read = churnlab::DataReader().read(scored);
        QVERIFY(read.ok());
        const auto &prob = read->dataset.column(read->dataset.indexOf("probability"));
        const auto &label = read->dataset.column(read->dataset.indexOf("label"));
        qint64 flagged = 0, atThreshold = 0;
        for (qsizetype r = 0; r < read->dataset.rowCount(); ++r) {
            flagged += label.text(r) == bundle->scorer()->labels().positive;
            atThreshold += prob.number(r) >= 0.3;
        }
        QCOMPARE(flagged, atThreshold);
        // ONNX of the chosen model, and a clear error for a model the project does not have.
        QCOMPARE(cli({"project", "export", moved, "-o", m_dir.filePath("chosen.onnx")}).code, 0);
        QVERIFY(QFileInfo(m_dir.filePath("chosen.onnx")).size() > 100);
        out = cli({"project", "export", moved, "--model", "nope", "-o", m_dir.filePath("x.clb")});
        QVERIFY(out.code != 0);
        QVERIFY2(out.err.contains("lr") && out.err.contains("gbt"), out.err.constData());
        QVERIFY(!QFileInfo::exists(m_dir.filePath("x.clb")));
    }

    void writesAReportPopplerReads()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
        Run report = cli({"report", m_project, "-o", pdf, "--language", "en"});
        QVERIFY2(report.code == 0, report.err.constData());
        Run text = run(tool("pdftotext"), {"-layout", pdf, "-"});
        QCOMPARE(text.code, 0);
        for (const char *title :
             {"ML Canvas", "Data summary", "Data quality findings", "Exploration", "Leaderboard",
              "Model curves", "Confusion matrix, cost and ROI", "Feature importance", "Model card",
              "Retention 2027", "Logistic regression", "Gradient boosting", "Page 1 of"})
            QVERIFY2(text.out.contains(title), title);
        Run info = run(tool("pdfinfo"), {pdf});
        QVERIFY(info.out.contains("A4"));
        // Every font embedded: the fifth column of pdffonts says "yes" on each font line.
        Run fonts = run(tool("pdffonts"), {pdf});
        const QList<QByteArray> lines = fonts.out.split('\n');
        int fontLines = 0;
        for (qsizetype i = 2; i < lines.size(); ++i) {
            if (lines[i].trimmed().isEmpty())
                continue;
            ++fontLines;
            QVERIFY2(lines[i].contains(" yes "), lines[i].constData());
        }
        QVERIFY(fontLines >= 1);
        // Charts are vector: no raster image anywhere in the document.
        Run images = run(tool("pdfimages"), {"-list", pdf});
        QCOMPARE(images.out.trimmed().split('\n').size(), 2); // the header lines only
    }

    // --drift adds the drift check of the report's model: its verdict and the columns ranked,
    // the column shifted in the current data first and marked as drift. Without it the section
    // is absent.
    void addsADriftSectionWhenAsked()
    {
        const QString current = m_dir.filePath(QStringLiteral("current.csv"));
        QCOMPARE(cli({"sample", "-o", current, "--rows", "3000", "--seed", "77"}).code, 0);
        QFile f(current);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QList<QByteArray> lines = f.readAll().split('\n');
        f.close();
        const int at = int(lines[0].split(',').indexOf("monthly_charges"));
        QVERIFY(at > 0);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            QList<QByteArray> cells = lines[i].split(',');
            if (cells.size() > at && !cells[at].isEmpty())
                cells[at] = QByteArray::number(cells[at].toDouble() * 1.5, 'f', 2);
            lines[i] = cells.join(',');
        }
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(lines.join('\n'));
        f.close();
        const QString pdf = m_dir.filePath(QStringLiteral("drift-report.pdf"));
        Run report = cli({"report", m_project, "-o", pdf, "--drift", current, "--language", "en"});
        QVERIFY2(report.code == 0, report.err.constData());
        const QByteArray text = run(tool("pdftotext"), {"-layout", pdf, "-"}).out;
        const qsizetype section = text.indexOf("Drift monitoring");
        QVERIFY(section > 0);
        QVERIFY(text.indexOf("current.csv", section) > 0);
        const qsizetype row = text.indexOf("monthly_charges", section);
        QVERIFY(row > 0);
        QVERIFY(text.mid(row, text.indexOf('\n', row) - row).contains("Drift"));
        QVERIFY(!run(tool("pdftotext"), {m_dir.filePath(QStringLiteral("report.pdf")), "-"})
                     .out.contains("Drift monitoring"));
    }

    void followsTheLanguage()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("bericht.pdf"));
        QCOMPARE(cli({"report", m_project, "-o", pdf, "--language", "de"}).code, 0);
        Run text = run(tool("pdftotext"), {pdf, "-"});
        QVERIFY2(text.out.contains("Seite 1 von"), text.out.left(400).constData());
        QVERIFY(text.out.contains("Rangliste"));
    }

    void exportsTheCanvasAlone()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("canvas.pdf"));
        QCOMPARE(cli({"canvas", m_project, "-o", pdf}).code, 0);
        Run info = run(tool("pdfinfo"), {pdf});
        QVERIFY(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))
                    .match(QString::fromUtf8(info.out))
                    .hasMatch());
        QVERIFY2(info.out.contains("842 x 595"), info.out.constData()); // landscape A4
        QVERIFY(run(tool("pdftotext"), {pdf, "-"}).out.contains("Value proposition"));
        const QString png = m_dir.filePath(QStringLiteral("canvas.png"));
        QCOMPARE(cli({"canvas", m_project, "-o", png}).code, 0);
        QFile f(png);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(8).startsWith("\x89PNG"));
    }

    void saysWhenTheDataMovedOrTheProjectIsDamaged()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("c.csv"));
        const QString project = dir.filePath(QStringLiteral("p.churnlab"));
        QCOMPARE(cli({"sample", "-o", csv}).code, 0);
        QCOMPARE(cli({"project", "new", csv, "--target", "churn", "-o", project}).code, 0);
        QVERIFY(QFile::rename(csv, dir.filePath(QStringLiteral("moved.csv"))));
        Run info = cli({"project", "info", project});
        QCOMPARE(info.code, 0);
        QVERIFY2(info.out.contains("c.csv is not there any more"), info.out.constData());
        Run train = cli({"project", "train", project});
        QCOMPARE(train.code, 1);
        QVERIFY(train.err.contains("Locate the data again"));
        // A report without the data still comes out, and says why it is shorter.
        Run report = cli({"report", project, "-o", dir.filePath(QStringLiteral("r.pdf"))});
        QCOMPARE(report.code, 0);
        QVERIFY(report.err.contains("warning"));

        QFile broken(dir.filePath(QStringLiteral("broken.churnlab")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("PK\x03\x04 this is not a whole archive");
        broken.close();
        Run refused = cli({"project", "info", broken.fileName()});
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains("broken.churnlab") && refused.err.contains("damaged"),
                 refused.err.constData());
    }
};

QTEST_GUILESS_MAIN(CliProjectTest)
#include "CliProjectTest.moc"

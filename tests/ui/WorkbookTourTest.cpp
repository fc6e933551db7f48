#include "XlsxFixture.h"
#include "ui/AppSettings.h"
#include "ui/MainWindow.h"
#include "ui/document/AnalysisDocument.h"
#include "ui/itemmodels/FeatureConfigModel.h"
#include "ui/itemmodels/LeaderboardModel.h"
#include "ui/panels/CanvasPanel.h"
#include "ui/panels/ExplainPanel.h"
#include "ui/panels/ExplorePanel.h"
#include "ui/panels/FairnessPanel.h"
#include "ui/panels/FeaturePanel.h"
#include "ui/panels/ModelPanel.h"
#include "ui/panels/MonitorPanel.h"
#include "ui/panels/QualityPanel.h"
#include "ui/panels/RunsPanel.h"

#include "core/explore/DataQuality.h"
#include "core/monitor/DriftReport.h"

#include <QFile>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <random>

using namespace churnlab;

// Every tab of the window on a workbook shaped like IBM's Telco workbook (one sheet, 33
// columns with spaces in their names, a many-level City, and the three columns that give the
// outcome away: Churn Value, Churn Score and Churn Reason), in English and in German, as an
// analyst walks through them. With CHURNLAB_SCREENSHOTS set, each tab is saved for docs/ as
// tour-<tab>-<language>.png.
class WorkbookTourTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_book;

    static QString writeWorkbook(const QString &dir, int rows)
    {
        std::mt19937_64 rng(2023);
        std::uniform_real_distribution<double> u(0, 1);
        std::normal_distribution<double> noise(0, 1);
        const QStringList head {"CustomerID",
                                "Count",
                                "Country",
                                "State",
                                "City",
                                "Zip Code",
                                "Lat Long",
                                "Latitude",
                                "Longitude",
                                "Gender",
                                "Senior Citizen",
                                "Partner",
                                "Dependents",
                                "Tenure Months",
                                "Phone Service",
                                "Multiple Lines",
                                "Internet Service",
                                "Online Security",
                                "Online Backup",
                                "Device Protection",
                                "Tech Support",
                                "Streaming TV",
                                "Streaming Movies",
                                "Contract",
                                "Paperless Billing",
                                "Payment Method",
                                "Monthly Charges",
                                "Total Charges",
                                "Churn Label",
                                "Churn Value",
                                "Churn Score",
                                "CLTV",
                                "Churn Reason"};
        const QStringList cities {"Los Angeles", "San Diego",  "San Jose",   "San Francisco",
                                  "Fresno",      "Sacramento", "Long Beach", "Oakland",
                                  "Bakersfield", "Anaheim",    "Riverside",  "Irvine"};
        const QStringList contracts {"Month-to-month", "One year", "Two year"};
        const QStringList internet {"DSL", "Fiber optic", "No"};
        const QStringList payments {"Electronic check", "Mailed check", "Bank transfer (automatic)",
                                    "Credit card (automatic)"};
        const QStringList reasons {"Competitor offered more data", "Attitude of support person",
                                   "Price too high", "Moved", "Network reliability"};
        XlsxFixture f;
        QStringList sheet;
        QStringList cells;
        for (int c = 0; c < head.size(); ++c)
            cells << f.string(c, 1, head[c]);
        sheet << XlsxFixture::row(1, cells);
        auto yesNo = [&](double p) {
            return u(rng) < p ? QStringLiteral("Yes") : QStringLiteral("No");
        };
        for (int r = 0; r < rows; ++r) {
            const int excel = r + 2;
            const int contract = u(rng) < 0.55 ? 0 : (u(rng) < 0.5 ? 1 : 2);
            const int net = int(u(rng) * 3);
            const int tenure =
                int(std::min(72.0, std::max(0.0, 6 + contract * 22 + 14 * noise(rng))));
            const double monthly = std::round((20
                                               + (net == 1       ? 60
                                                      : net == 0 ? 35
                                                                 : 0)
                                               + 10 * u(rng))
                                              * 100)
                / 100;
            const QString city = cities[int(u(rng) * u(rng) * cities.size())]
                + (u(rng) < 0.4 ? QStringLiteral(" %1").arg(int(u(rng) * 300)) : QString());
            const bool senior = u(rng) < 0.16;
            const double logit = -0.6
                + (contract == 0       ? 1.3
                       : contract == 1 ? -0.6
                                       : -1.8)
                - 0.035 * tenure + (net == 1 ? 0.8 : 0) + (senior ? 0.4 : 0) + 0.5 * noise(rng);
            const bool churn = u(rng) < 1 / (1 + std::exp(-logit));
            const double score =
                std::clamp(churn ? 80 + 12 * noise(rng) : 50 + 14 * noise(rng), 5.0, 100.0);
            cells = {
                f.string(0, excel, QStringLiteral("%1-%2").arg(1000 + r).arg(QChar('A' + r % 26))),
                XlsxFixture::number(1, excel, "1"),
                f.string(2, excel, "United States"),
                f.string(3, excel, "California"),
                f.string(4, excel, city),
                XlsxFixture::number(5, excel, QString::number(90001 + int(u(rng) * 6000))),
                f.string(6, excel, "34.05, -118.24"),
                XlsxFixture::number(7, excel, QString::number(32.5 + 9 * u(rng), 'f', 6)),
                XlsxFixture::number(8, excel, QString::number(-124 + 10 * u(rng), 'f', 6)),
                f.string(9, excel, u(rng) < 0.5 ? "Female" : "Male"),
                f.string(10, excel, senior ? "Yes" : "No"),
                f.string(11, excel, yesNo(0.48)),
                f.string(12, excel, yesNo(0.23)),
                XlsxFixture::number(13, excel, QString::number(tenure)),
                f.string(14, excel, yesNo(0.9)),
                f.string(15, excel, yesNo(0.42)),
                f.string(16, excel, internet[net])};
            for (int c = 17; c <= 22; ++c)
                cells << f.string(c, excel,
                                  net == 2 ? QStringLiteral("No internet service") : yesNo(0.4));
            cells << f.string(23, excel, contracts[contract]) << f.string(24, excel, yesNo(0.6))
                  << f.string(25, excel, payments[int(u(rng) * 4)])
                  << XlsxFixture::number(26, excel, QString::number(monthly, 'g', 17));
            if (tenure > 0) // blank for new customers, as in IBM's file
                cells << XlsxFixture::number(27, excel, QString::number(monthly * tenure, 'g', 17));
            cells << f.string(28, excel, churn ? "Yes" : "No")
                  << XlsxFixture::number(29, excel, churn ? "1" : "0")
                  << XlsxFixture::number(30, excel, QString::number(int(score)))
                  << XlsxFixture::number(31, excel, QString::number(2000 + int(4000 * u(rng))));
            if (churn)
                cells << f.string(32, excel, reasons[int(u(rng) * reasons.size())]);
            sheet << XlsxFixture::row(excel, cells);
        }
        f.sheets = {{QStringLiteral("Telco_Churn"), sheet}};
        const QString path = dir + QStringLiteral("/Telco_customer_churn.xlsx");
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(f.bytes()) < 0)
            return {};
        return path;
    }

    static void shot(MainWindow &w, QWidget *tab, const QString &name, const QString &language)
    {
        w.tabs()->setCurrentWidget(tab);
        QTest::qWait(150); // a shown tab draws its chart on show
        if (const QString dir = qEnvironmentVariable("CHURNLAB_SCREENSHOTS"); !dir.isEmpty())
            w.grab().save(QStringLiteral("%1/tour-%2-%3.png").arg(dir, name, language));
    }

    static int rowOf(const FeatureConfigModel *m, const QString &column)
    {
        for (int r = 0; r < m->rowCount(); ++r)
            if (m->columnName(r) == column)
                return r;
        return -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("CHURNLAB_TRACKING", m_dir.filePath(QStringLiteral("runs.db")).toLocal8Bit());
        m_book = writeWorkbook(m_dir.path(), 3000);
        QVERIFY(!m_book.isEmpty());
    }

    void everyTab_data()
    {
        QTest::addColumn<QString>("language");
        // English first: German installs translators for the rest of the process.
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("de") << QStringLiteral("de");
    }

    void everyTab()
    {
        QFETCH(QString, language);
        const bool german = language == QLatin1String("de");
        if (german) {
            AppSettings::installTranslators(*qApp, language);
            QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        }
        MainWindow w;
        w.resize(1440, 900);
        w.show();
        QSignalSpy profiles(&w, &MainWindow::profilesShown);
        w.loadFile(m_book);
        QVERIFY(profiles.wait(60000));
        QCOMPARE(w.analysis()->dataset()->rowCount(), 3000);
        QCOMPARE(w.analysis()->dataset()->columnCount(), 33);
        // The status line speaks of a workbook and its sheet, in the UI's language.
        QVERIFY2(w.statusText().contains(german ? QStringLiteral("Arbeitsmappe")
                                                : QStringLiteral("Workbook"))
                     && w.statusText().contains(QStringLiteral("Telco_Churn")),
                 qPrintable(w.statusText()));
        QCOMPARE(w.tabs()->tabText(w.tabs()->indexOf(w.modelPanel())),
                 german ? QStringLiteral("M&odell") : QStringLiteral("&Model"));
        shot(w, w.tabs()->widget(1), QStringLiteral("data"), language);

        w.analysis()->setTarget(QStringLiteral("Churn Label"), QStringLiteral("Yes"));
        // Quality names the two leaks and the suspicious score.
        QStringList leaks, suspicious;
        auto named = [&] {
            leaks.clear();
            suspicious.clear();
            for (const QualityFinding &f : w.qualityPanel()->findings()) {
                if (f.kind == QLatin1String("target_leakage"))
                    leaks << f.columns;
                else if (f.kind == QLatin1String("suspicious_column"))
                    suspicious << f.columns;
            }
            return leaks.contains(QStringLiteral("Churn Value"));
        };
        QTRY_VERIFY_WITH_TIMEOUT(named(), 30000);
        QVERIFY2(leaks.contains(QStringLiteral("Churn Reason")), qPrintable(leaks.join(',')));
        QVERIFY2(suspicious.contains(QStringLiteral("Churn Score")),
                 qPrintable(suspicious.join(',')));
        shot(w, w.qualityPanel(), QStringLiteral("quality"), language);

        w.explorePanel()->showChart(PlotSpec::Kind::Association, {});
        QSignalSpy chart(w.explorePanel(), &ExplorePanel::chartShown);
        QVERIFY(chart.wait(30000) || !w.explorePanel()->message().isEmpty());
        shot(w, w.explorePanel(), QStringLiteral("explore"), language);

        // Features: the leaks are excluded by default; the analyst excludes the score too.
        FeaturePanel *features = w.featurePanel();
        QTRY_VERIFY_WITH_TIMEOUT(!features->leakage().isEmpty(), 30000);
        QCOMPARE(features->config().transform(QStringLiteral("Churn Value")).role,
                 FeatureConfig::Role::Leakage);
        QCOMPARE(features->config().transform(QStringLiteral("Churn Reason")).role,
                 FeatureConfig::Role::Leakage);
        shot(w, features, QStringLiteral("features"), language);
        features->excludeFlagged();
        QCOMPARE(features->config().transform(QStringLiteral("Churn Score")).role,
                 FeatureConfig::Role::Leakage);
        const int score = rowOf(features->model(), QStringLiteral("Churn Score"));
        QVERIFY(score >= 0);

        // Model: two learners train without the leaks, and their numbers read in the locale.
        ModelPanel *models = w.modelPanel();
        models->setSelectedModels({QStringLiteral("lr"), QStringLiteral("gbt")});
        QSignalSpy trained(models, &ModelPanel::trainingFinished);
        models->train();
        QVERIFY(trained.wait(180000));
        const auto gbt = models->leaderboard()->report(QStringLiteral("gbt"));
        QVERIFY(gbt);
        QVERIFY(gbt->flagged.isEmpty());
        QVERIFY2(gbt->run.metrics.auc > 0.7 && gbt->run.metrics.auc < 0.999,
                 qPrintable(QString::number(gbt->run.metrics.auc)));
        for (const QString &name : gbt->featureNames)
            QVERIFY2(!name.startsWith(QStringLiteral("Churn ")), qPrintable(name));
        const QString auc =
            models->leaderboard()->index(0, LeaderboardModel::AucColumn).data().toString();
        QVERIFY2(auc.contains(german ? QLatin1Char(',') : QLatin1Char('.')), qPrintable(auc));
        shot(w, models, QStringLiteral("model"), language);

        QSignalSpy explained(w.explainPanel(), &ExplainPanel::explained);
        w.tabs()->setCurrentWidget(w.explainPanel());
        QVERIFY(w.explainPanel()->explanations() || explained.wait(120000));
        shot(w, w.explainPanel(), QStringLiteral("explain"), language);

        // Fairness opens on a column that could be sensitive, never a constant like Country.
        w.tabs()->setCurrentWidget(w.fairnessPanel());
        QTRY_VERIFY_WITH_TIMEOUT(!w.fairnessPanel()->settings().column.isEmpty(), 30000);
        const QString group = w.fairnessPanel()->settings().column;
        QVERIFY2(group == QLatin1String("Gender") || group == QLatin1String("Senior Citizen"),
                 qPrintable(group));
        shot(w, w.fairnessPanel(), QStringLiteral("fairness"), language);

        // Monitor: the exported model against the same workbook finds no drift.
        const QString bundle = m_dir.filePath(QStringLiteral("telco-%1.clb").arg(language));
        QSignalSpy exported(models, &ModelPanel::exportFinished);
        models->exportModel(bundle);
        QVERIFY(exported.wait(60000));
        QCOMPARE(exported.first().at(1).toString(), QString());
        MonitorPanel *monitor = w.monitorPanel();
        monitor->setBundlePath(bundle);
        monitor->setCurrentPath(m_book);
        QSignalSpy checked(monitor, &MonitorPanel::checked);
        monitor->check();
        QVERIFY(checked.wait(60000));
        QCOMPARE(checked.first().first().toString(), QString());
        QVERIFY(monitor->report() && !monitor->report()->anyDrift());
        shot(w, monitor, QStringLiteral("monitor"), language);

        w.runsPanel()->setShowAllRuns(true);
        w.runsPanel()->refresh();
        QVERIFY(w.runsPanel()->table()->model()->rowCount() >= 2);
        shot(w, w.runsPanel(), QStringLiteral("runs"), language);

        w.canvasPanel()->fillAll();
        bool excludedStated = false;
        for (const Canvas::Fact &f :
             w.canvasPanel()->canvas().block(QStringLiteral("features")).facts)
            excludedStated = excludedStated
                || (f.key == QLatin1String("leakage")
                    && f.value.contains(QStringLiteral("Churn Reason")));
        QVERIFY(excludedStated);
        // The canvas's numbers read in the UI language too ("40,3 %" in German).
        bool rateStated = false;
        for (const Canvas::Fact &f :
             w.canvasPanel()->canvas().block(QStringLiteral("prediction_task")).facts)
            if (f.key == QLatin1String("base_rate")) {
                rateStated = true;
                QVERIFY2(f.value.contains(german ? QLatin1Char(',') : QLatin1Char('.')),
                         qPrintable(f.value));
            }
        QVERIFY(rateStated);
        shot(w, w.canvasPanel(), QStringLiteral("canvas"), language);
    }
};

QTEST_MAIN(WorkbookTourTest)
#include "WorkbookTourTest.moc"

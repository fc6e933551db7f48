#include "ui/panels/ExplorePanel.h"
#include "core/data/SampleData.h"
#include "ui/charts/ChartBuilder.h"
#include "ui/charts/ChartExport.h"
#include "ui/charts/CorrelationHeatmap.h"
#include "ui/document/JobTracker.h"
#include "ui/panels/QualityPanel.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QTemporaryDir>
#include <QtTest>

using namespace churnlab;

// Explore and Quality driven as a user would: choose a chart, a column, the target; export.
class ExplorePanelTest : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<const Dataset> m_data =
        std::make_shared<const Dataset>(SampleData::generate(3000, 9));
    QList<ColumnProfile> m_profiles = ColumnProfile::computeAll(*m_data);

    static QComboBox *combo(QWidget *w, const QString &tooltipStart)
    {
        for (auto *c : w->findChildren<QComboBox *>()) {
            if (c->toolTip().startsWith(tooltipStart))
                return c;
        }
        return nullptr;
    }

private slots:
    void guessesTheTargetAndDrawsEachKind()
    {
        JobTracker jobs;
        ExplorePanel panel(&jobs);
        panel.resize(1000, 700);
        panel.show();
        QSignalSpy shown(&panel, &ExplorePanel::chartShown);
        panel.setDataset(m_data, m_profiles);
        QCOMPARE(panel.targetColumn(), QStringLiteral("churn"));
        QCOMPARE(panel.positiveClass(), QStringLiteral("Yes"));
        QVERIFY(shown.wait(10000));

        panel.showChart(PlotSpec::Kind::Histogram, QStringLiteral("tenure_months"));
        QVERIFY(shown.wait(10000));
        auto *view = qobject_cast<QChartView *>(panel.chartWidget());
        QVERIFY(view);
        QVERIFY(view->chart()->title().contains(QStringLiteral("tenure_months")));
        QCOMPARE(view->chart()->series().size(), 2); // stacked bars + churn-rate line
        QCOMPARE(view->chart()->axes().size(), 4);

        panel.showChart(PlotSpec::Kind::Histogram, QStringLiteral("contract")); // categorical: bars
        QVERIFY(shown.wait(10000));
        view = qobject_cast<QChartView *>(panel.chartWidget());
        QVERIFY(view && view->chart()->title().contains(QStringLiteral("contract")));

        panel.showChart(PlotSpec::Kind::Box, QStringLiteral("monthly_charges"));
        QVERIFY(shown.wait(10000));
        QVERIFY(qobject_cast<QChartView *>(panel.chartWidget()));

        panel.showChart(PlotSpec::Kind::Scatter, QStringLiteral("tenure_months"),
                        QStringLiteral("total_charges"));
        QVERIFY(shown.wait(10000));
        view = qobject_cast<QChartView *>(panel.chartWidget());
        QVERIFY(view && view->chart()->title().contains(QStringLiteral("total_charges")));

        panel.showChart(PlotSpec::Kind::Correlation, {});
        QVERIFY(shown.wait(10000));
        auto *heatmap = qobject_cast<CorrelationHeatmap *>(panel.chartWidget());
        QVERIFY(heatmap);
        QVERIFY(heatmap->matrix().columns.contains(QStringLiteral("tenure_months")));

        panel.showChart(PlotSpec::Kind::Association, {});
        QVERIFY(shown.wait(10000));
        QVERIFY(qobject_cast<QChartView *>(panel.chartWidget()));
    }

    void explainsWhatCannotBeDrawn()
    {
        JobTracker jobs;
        ExplorePanel panel(&jobs);
        QSignalSpy shown(&panel, &ExplorePanel::chartShown);
        panel.setDataset(m_data, m_profiles);
        QVERIFY(shown.wait(10000));
        panel.showChart(PlotSpec::Kind::Box, QStringLiteral("contract"));
        QVERIFY(shown.wait(10000));
        QVERIFY(!panel.chartWidget());
        QVERIFY(panel.message().contains(QStringLiteral("not numeric")));
        panel.setTarget({});
        panel.showChart(PlotSpec::Kind::Association, {});
        QVERIFY(shown.wait(10000));
        QVERIFY(panel.message().contains(QStringLiteral("target")));
    }

    void exportsPngAndSvg()
    {
        JobTracker jobs;
        ExplorePanel panel(&jobs);
        panel.resize(900, 600);
        panel.show();
        QSignalSpy shown(&panel, &ExplorePanel::chartShown);
        panel.setDataset(m_data, m_profiles);
        QVERIFY(shown.wait(10000));
        QTemporaryDir dir;
        for (const QString &name : {QStringLiteral("c.png"), QStringLiteral("c.svg")}) {
            QVERIFY(ChartExport::save(panel.chartWidget(), dir.filePath(name)).ok());
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray head = f.read(64);
            QVERIFY(name.endsWith(QLatin1String("png")) ? head.startsWith("\x89PNG")
                                                        : head.contains("<?xml"));
        }
        QVERIFY(
            !ChartExport::save(panel.chartWidget(), dir.filePath(QStringLiteral("c.bmp"))).ok());
        QVERIFY(
            !ChartExport::save(panel.chartWidget(), QStringLiteral("/nonexistent/dir/c.png")).ok());
        QVERIFY(!QFile::exists(QStringLiteral("/nonexistent/dir/c.png")));
    }

    void qualityFollowsTheTarget()
    {
        JobTracker jobs;
        QualityPanel quality(&jobs);
        QSignalSpy shown(&quality, &QualityPanel::findingsShown);
        quality.setDataset(m_data, m_profiles);
        QVERIFY(shown.wait(10000));
        bool idLike = false;
        for (const auto &f : quality.findings())
            idLike |= f.kind == QLatin1String("id_like")
                && f.columns.contains(QStringLiteral("customer_id"));
        QVERIFY(idLike);
        quality.setTarget(QStringLiteral("churn"), QStringLiteral("Yes"));
        QVERIFY(shown.wait(10000));
        // Target checks ran: with ~26 % churn there is no imbalance or single-class finding.
        for (const auto &f : quality.findings())
            QVERIFY(!f.kind.startsWith(QLatin1String("target_single")));
    }

    void followsTheDarkPalette()
    {
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(30, 30, 30));
        QVERIFY(ChartBuilder::isDark(dark));
        QVERIFY(!ChartBuilder::isDark(QPalette(QColor(240, 240, 240))));
        QVERIFY(ChartBuilder::positiveColor(dark) != ChartBuilder::negativeColor(dark));
    }
};

QTEST_MAIN(ExplorePanelTest)
#include "ExplorePanelTest.moc"

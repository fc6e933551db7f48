#include "core/data/SampleData.h"
#include "core/data/csv/CsvReader.h"
#include "core/train/TrainingSession.h"
#include "ui/charts/ChartBuilder.h"
#include "ui/charts/ExplainCharts.h"
#include "ui/charts/ModelCharts.h"
#include "ui/widgets/SortArrowStyle.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QGraphicsTextItem>
#include <QHeaderView>
#include <QImage>
#include <QPainter>
#include <QStyleOptionHeader>
#include <QTableView>
#include <QValueAxis>
#include <QtTest>

#include <cmath>

using namespace churnlab;

// Charts a person can read: drawn wide enough, no axis label is cut to "...", and value axes
// tick on nice numbers.
class ChartLabelTest : public QObject
{
    Q_OBJECT

    // Every text the chart's scene draws, after a real layout at the given size.
    static QStringList drawnTexts(QChart *chart, QSize size)
    {
        QChartView view(ChartBuilder::readable(chart));
        view.resize(size);
        view.show();
        QApplication::processEvents();
        (void)view.grab(); // lays out the axes
        QStringList texts;
        for (QGraphicsItem *item : view.scene()->items())
            if (auto *text = dynamic_cast<QGraphicsTextItem *>(item))
                texts << text->toPlainText();
        view.setChart(new QChart); // the view deletes the chart it holds; give it a spare
        delete chart;
        return texts;
    }

    static void checkNoneElided(const QStringList &texts, const QStringList &expected)
    {
        for (const QString &t : texts)
            QVERIFY2(!t.contains(QStringLiteral("...")), qPrintable(t));
        for (const QString &e : expected)
            QVERIFY2(texts.contains(e),
                     qPrintable(e + QStringLiteral(" not in: ") + texts.join('|')));
    }

    static bool nice(double step)
    {
        const double magnitude = std::pow(10.0, std::floor(std::log10(step)));
        const double m = step / magnitude;
        for (double n : {1.0, 2.0, 2.5, 5.0, 10.0})
            if (std::abs(m - n) < 1e-6)
                return true;
        return false;
    }

    std::shared_ptr<const Dataset> m_data =
        std::make_shared<const Dataset>(SampleData::generate(3000, 3));

private slots:
    void associationAndImportanceLabelsAreWhole()
    {
        auto target = BinaryTarget::fromColumn(*m_data, "churn");
        QVERIFY(target.ok());
        const QList<Association> ranked = Association::rank(*m_data, *target);
        QStringList names;
        for (const Association &a : ranked)
            names << a.column;
        checkNoneElided(
            drawnTexts(ChartBuilder::association(ranked, "churn", QPalette()), {1400, 900}), names);

        TrainSpec spec;
        spec.target.column = "churn";
        spec.learners = {{"rf", {}}};
        TrainingSession session(m_data, spec);
        QVERIFY(session.prepare().ok());
        auto report = session.train({"rf", {}});
        QVERIFY(report.ok());
        QStringList shap = report->shapColumns;
        checkNoneElided(drawnTexts(ExplainCharts::shapImportance(*report, QPalette()), {1400, 900}),
                        shap.mid(0, 5));
        checkNoneElided(
            drawnTexts(ModelCharts::importance(*report, false, QPalette(), 20), {1400, 900}), {});
    }

    void categoryBarsAndBoxPlotsKeepTheirLabels()
    {
        QByteArray csv = "plan,amount,churn\n";
        const char *plans[] = {"Month-to-month contract", "One year contract",
                               "Two year contract with discount"};
        for (int i = 0; i < 600; ++i)
            csv += QByteArray(plans[i % 3]) + ',' + QByteArray::number(13.2 + (i * 37) % 55) + ','
                + (i % 4 == 0 ? "Yes" : "No") + '\n';
        auto r = CsvReader().readBytes(csv);
        QVERIFY(r.ok());
        auto target = BinaryTarget::fromColumn(r->dataset, "churn");
        const ClassHistogram bars = ClassHistogram::compute(r->dataset.column(0), &*target);
        checkNoneElided(drawnTexts(ChartBuilder::histogram(bars, QPalette()), {1400, 900}),
                        {plans[0], plans[1], plans[2]});

        // The numbers' histogram ticks on 1, 2, 5 × 10ⁿ, not on 13.2 / 40.9 / 68.5.
        const ClassHistogram numbers = ClassHistogram::compute(r->dataset.column(1), &*target);
        QChart *chart = ChartBuilder::readable(ChartBuilder::histogram(numbers, QPalette()));
        for (QAbstractAxis *axis : chart->axes()) {
            auto *value = qobject_cast<QValueAxis *>(axis);
            if (!value || !value->isVisible() || value->tickCount() < 2)
                continue;
            const double step = (value->max() - value->min()) / (value->tickCount() - 1);
            QVERIFY2(nice(step),
                     qPrintable(QStringLiteral("%1 to %2 in %3 ticks")
                                    .arg(value->min())
                                    .arg(value->max())
                                    .arg(value->tickCount())));
        }
        delete chart;
    }

    void waterfallSaysWhy()
    {
        TrainSpec spec;
        spec.target.column = "churn";
        spec.learners = {{"lr", {}}};
        TrainingSession session(m_data, spec);
        QVERIFY(session.prepare().ok());
        auto report = session.train({"lr", {}});
        QVERIFY(report.ok());
        const auto data = session.trainingData();
        const std::vector<quint32> rows(data->testRows.begin(), data->testRows.begin() + 5);
        auto e = report->explainer->explain(*m_data, rows);
        QVERIFY(e.ok());
        QHash<QString, QString> values;
        for (const QString &c : e->columns)
            values.insert(c, m_data->column(m_data->indexOf(c)).text(rows[0]));
        const QStringList texts = drawnTexts(
            ExplainCharts::waterfall(*e, 0, "CL-1", e->output(0), QPalette(), 10, values),
            {1400, 900});
        const int top = e->top(0, 1).front();
        const QString column = e->columns[top];
        const QString expected =
            QStringLiteral("%1 = %2 (%3%4)")
                .arg(column, values.value(column), e->values(0, top) >= 0 ? "+" : "",
                     QLocale().toString(e->values(0, top), 'f', 3));
        checkNoneElided(texts, {expected});
    }

    // ▼ when the largest come first: the style swaps what Qt asks for.
    void sortArrowPointsTheWayValuesGo()
    {
        QTableView view;
        SortArrowStyle::install(&view);
        QStyle *style = view.horizontalHeader()->style();
        const auto draw = [](QStyle *s, QStyleOptionHeader::SortIndicator sort) {
            QImage image(16, 16, QImage::Format_ARGB32);
            image.fill(Qt::white);
            QPainter p(&image);
            QStyleOptionHeader o;
            o.rect = image.rect();
            o.sortIndicator = sort;
            s->drawPrimitive(QStyle::PE_IndicatorHeaderArrow, &o, &p);
            return image;
        };
        QVERIFY(style != QApplication::style());
        QCOMPARE(draw(style, QStyleOptionHeader::SortUp),
                 draw(QApplication::style(), QStyleOptionHeader::SortDown));
        QVERIFY(draw(style, QStyleOptionHeader::SortUp)
                != draw(QApplication::style(), QStyleOptionHeader::SortUp));
    }
};

QTEST_MAIN(ChartLabelTest)
#include "ChartLabelTest.moc"

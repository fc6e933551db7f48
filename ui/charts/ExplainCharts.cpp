#include "ui/charts/ExplainCharts.h"

#include "ui/NumberText.h"

#include "ui/charts/ChartBuilder.h"
#include "ui/charts/ModelCharts.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QValueAxis>

#include <random>

using namespace churnlab;

namespace ExplainCharts {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ExplainCharts", text);
}

QString shortLabel(const QString &s)
{
    return s.size() > 18 ? s.left(17) + QChar(0x2026) : s;
}

// A dashed vertical line at x, from y = from to y = to.
QLineSeries *level(QChart *chart, const QString &name, double x, double from, double to,
                   const QColor &color)
{
    auto *line = new QLineSeries(chart);
    line->setName(name);
    line->append(x, from);
    line->append(x, to);
    QPen pen(color);
    pen.setStyle(Qt::DashLine);
    pen.setWidthF(1.2);
    line->setPen(pen);
    chart->addSeries(line);
    return line;
}

// Levels at 0, 1, 2, … with their names under them.
QCategoryAxis *levelAxis(QChart *chart, const QStringList &levels)
{
    auto *c = new QCategoryAxis(chart);
    for (qsizetype i = 0; i < levels.size(); ++i)
        c->append(shortLabel(levels[i]), double(i) + 0.5);
    c->setStartValue(-0.5);
    c->setRange(-0.5, double(levels.size()) - 0.5);
    c->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    return c;
}

} // namespace

QChart *waterfall(const Explainer::Explanations &e, Eigen::Index row, const QString &customer,
                  double probability, const QPalette &palette, int top,
                  const QHash<QString, QString> &values)
{
    QChart *chart = ChartBuilder::newChart(
        tr("%1: churn probability %2 — %3 on the %4")
            .arg(customer)
            .arg(NumberText::measure(probability, 3))
            .arg(Explainer::methodTitle(e.method), Explainer::scaleTitle(e.logOdds)),
        palette);
    const std::vector<int> order = e.top(row, 0);
    // Horizontal bars, largest first at the top, so that "Contract = Month-to-month (+0.812)"
    // reads level like a sentence rather than slanted under a column.
    struct Step
    {
        QString label;
        double from, to;
    };
    std::vector<Step> steps;
    double at = e.expected, low = e.expected, high = e.expected;
    const QLocale locale;
    auto step = [&](double value, const QString &label) {
        steps.push_back({QStringLiteral("%1 (%2%3)")
                             .arg(label, value >= 0 ? QStringLiteral("+") : QString(),
                                  locale.toString(value, 'f', 3)),
                         at, at + value});
        at += value;
        low = std::min(low, at);
        high = std::max(high, at);
    };
    const int shown = std::min(int(order.size()), top);
    for (int i = 0; i < shown; ++i) {
        const QString &column = e.columns[order[size_t(i)]];
        const auto value = values.constFind(column);
        step(e.values(row, order[size_t(i)]),
             value == values.cend()
                 ? shortLabel(column)
                 : QStringLiteral("%1 = %2").arg(
                     shortLabel(column),
                     value.value().isEmpty() ? tr("(missing)") : shortLabel(value.value())));
    }
    if (int(order.size()) > shown) {
        double rest = 0;
        for (size_t i = size_t(shown); i < order.size(); ++i)
            rest += e.values(row, order[i]);
        const int others = int(order.size()) - shown;
        step(rest, QCoreApplication::translate("ExplainCharts", "%n other(s)", nullptr, others));
    }
    const double n = double(steps.size());
    auto *y = new QCategoryAxis(chart);
    y->setStartValue(-0.5);
    for (size_t k = 0; k < steps.size(); ++k)
        y->append(steps[steps.size() - 1 - k].label, double(k) + 0.5);
    y->setRange(-0.5, n - 0.5);
    y->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    y->setGridLineVisible(false);
    auto *x = new QValueAxis(chart);
    const double pad = std::max(1e-3, (high - low) * 0.1);
    x->setRange(low - pad, high + pad);
    x->setTitleText(e.logOdds ? tr("Log-odds") : tr("Probability"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    bool named[2] = {false, false};
    for (size_t i = 0; i < steps.size(); ++i) {
        const double at = n - 1 - double(i);
        const bool up = steps[i].to >= steps[i].from;
        const double a = std::min(steps[i].from, steps[i].to);
        const double b = std::max(steps[i].from, steps[i].to);
        auto *upper = new QLineSeries(chart);
        auto *lower = new QLineSeries(chart);
        *upper << QPointF(a, at + 0.35) << QPointF(b, at + 0.35);
        *lower << QPointF(a, at - 0.35) << QPointF(b, at - 0.35);
        auto *bar = new QAreaSeries(upper, lower);
        const QColor color =
            up ? ChartBuilder::positiveColor(palette) : ChartBuilder::negativeColor(palette);
        bar->setColor(color);
        bar->setBorderColor(color);
        bar->setName(up ? tr("Toward churn") : tr("Away from churn"));
        chart->addSeries(bar);
        bar->attachAxis(x);
        bar->attachAxis(y);
        // One legend entry per direction.
        const auto markers = chart->legend()->markers(bar);
        for (QLegendMarker *m : markers)
            m->setVisible(!named[up]);
        named[up] = true;
    }
    // The start and the end, as dashed levels across the bars.
    const QColor muted = palette.color(QPalette::PlaceholderText);
    for (QLineSeries *l :
         {level(chart, tr("Expected %1").arg(NumberText::measure(e.expected, 3)), e.expected, -0.5,
                n - 0.5, muted),
          level(chart, tr("This customer %1").arg(NumberText::measure(e.output(row), 3)),
                e.output(row), -0.5, n - 0.5, palette.color(QPalette::Text))}) {
        l->attachAxis(x);
        l->attachAxis(y);
    }
    return chart;
}

namespace {

QChart *importanceBars(const QString &title, const QStringList &columns,
                       const std::vector<double> &values, bool logOdds, const QPalette &palette,
                       int maxBars)
{
    std::vector<std::pair<QString, double>> items;
    for (qsizetype i = 0; i < columns.size(); ++i)
        items.emplace_back(columns[i], values[size_t(i)]);
    return ModelCharts::rankedBars(
        tr("%1: mean |SHAP| per column (%2)").arg(title, Explainer::scaleTitle(logOdds)),
        std::move(items), tr("Mean |contribution|"), ChartBuilder::positiveColor(palette),
        QStringLiteral("%.3f"), palette, maxBars, 18);
}

} // namespace

QChart *shapImportance(const ModelReport &report, const QPalette &palette, int maxBars)
{
    if (report.shapImportance.empty())
        return ChartBuilder::newChart(
            tr("%1: mean |SHAP| was not measured when it was trained (exact values for deep "
               "trees take long); the Explain tab measures it on a sample")
                .arg(report.title),
            palette);
    return importanceBars(report.title, report.shapColumns, report.shapImportance,
                          report.shapLogOdds, palette, maxBars);
}

QChart *shapImportance(const QString &title, const Explainer::Explanations &e,
                       const QPalette &palette, int maxBars)
{
    return importanceBars(title, e.columns, e.meanAbsolute(), e.logOdds, palette, maxBars);
}

QChart *dependence(const QString &column, const std::vector<double> &xs,
                   const std::vector<double> &ys, const QStringList &levels, bool logOdds,
                   const QPalette &palette)
{
    QChart *chart = ChartBuilder::newChart(tr("SHAP dependence: %1").arg(column), palette);
    auto *up = new QScatterSeries(chart);
    auto *down = new QScatterSeries(chart);
    up->setName(tr("Towards churn"));
    down->setName(tr("Away from churn"));
    for (QScatterSeries *s : {up, down}) {
        s->setMarkerSize(5);
        s->setBorderColor(Qt::transparent);
    }
    up->setColor(ChartBuilder::positiveColor(palette));
    down->setColor(ChartBuilder::negativeColor(palette));
    // Categories are spread a little sideways, so that their points do not pile up.
    std::mt19937 random(7);
    std::uniform_real_distribution<double> jitter(-0.25, 0.25);
    double low = qInf(), high = -qInf(), left = qInf(), right = -qInf();
    for (size_t i = 0; i < xs.size(); ++i) {
        const double x = levels.isEmpty() ? xs[i] : xs[i] + jitter(random);
        (ys[i] >= 0 ? up : down)->append(x, ys[i]);
        low = std::min(low, ys[i]);
        high = std::max(high, ys[i]);
        left = std::min(left, xs[i]);
        right = std::max(right, xs[i]);
    }
    chart->addSeries(up);
    chart->addSeries(down);
    QAbstractAxis *xAxis = nullptr;
    if (!levels.isEmpty()) {
        xAxis = levelAxis(chart, levels);
    } else {
        auto *v = new QValueAxis(chart);
        const double pad = std::max(1e-9, (right - left) * 0.03);
        v->setRange(left - pad, right + pad);
        v->setTitleText(column);
        xAxis = v;
    }
    auto *y = new QValueAxis(chart);
    const double pad = std::max(1e-3, (high - low) * 0.08);
    y->setRange(std::isfinite(low) ? low - pad : -1, std::isfinite(high) ? high + pad : 1);
    y->setTitleText(logOdds ? tr("Contribution (log-odds)") : tr("Contribution (probability)"));
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QScatterSeries *s : {up, down}) {
        s->attachAxis(xAxis);
        s->attachAxis(y);
    }
    return chart;
}

QChart *partialDependence(const PartialDependence &pd, const QPalette &palette)
{
    const int curves = int(pd.ice.rows());
    QChart *chart = ChartBuilder::newChart(
        QCoreApplication::translate("ExplainCharts",
                                    "Partial dependence: %1 (with %n customer(s)' ICE curves)",
                                    nullptr, curves)
            .arg(pd.column),
        palette);
    QColor faint = palette.color(QPalette::PlaceholderText);
    faint.setAlphaF(0.35);
    double low = qInf(), high = -qInf();
    QAbstractAxis *x = pd.categorical ? static_cast<QAbstractAxis *>(levelAxis(chart, pd.labels))
                                      : new QValueAxis(chart);
    auto *y = new QValueAxis(chart);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (Eigen::Index r = 0; r < pd.ice.rows(); ++r) {
        auto *line = new QLineSeries(chart);
        for (size_t k = 0; k < pd.x.size(); ++k) {
            line->append(pd.x[k], pd.ice(r, Eigen::Index(k)));
            low = std::min(low, pd.ice(r, Eigen::Index(k)));
            high = std::max(high, pd.ice(r, Eigen::Index(k)));
        }
        line->setPen(QPen(faint, 1));
        chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
    }
    auto *average = new QLineSeries(chart);
    average->setName(tr("Average (partial dependence)"));
    for (size_t k = 0; k < pd.x.size(); ++k)
        average->append(pd.x[k], pd.average[k]);
    average->setPen(QPen(ChartBuilder::positiveColor(palette), 3));
    average->setPointsVisible(pd.categorical);
    chart->addSeries(average);
    average->attachAxis(x);
    average->attachAxis(y);
    // Only the average in the legend.
    for (QLegendMarker *m : chart->legend()->markers())
        m->setVisible(m->series() == average);
    if (!pd.categorical)
        x->setRange(pd.x.front(), pd.x.back());
    x->setTitleText(pd.column);
    const double pad = std::max(1e-3, (high - low) * 0.05);
    y->setRange(std::max(0.0, low - pad), std::min(1.0, high + pad));
    y->setTitleText(tr("Probability of churn"));
    return chart;
}

} // namespace ExplainCharts

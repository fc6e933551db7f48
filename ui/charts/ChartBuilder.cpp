#include "ui/charts/ChartBuilder.h"

#include "ui/NumberText.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QHorizontalBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QRegularExpression>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>

using namespace churnlab;

namespace ChartBuilder {

namespace {

QBarCategoryAxis *categoryAxis(const QStringList &labels, const QString &title)
{
    auto *x = new QBarCategoryAxis;
    QStringList shortLabels;
    for (const QString &l : labels)
        shortLabels << (l.size() > 32 ? l.left(31) + QChar(0x2026) : l);
    x->append(shortLabels);
    x->setTitleText(title);
    if (labels.size() > 8)
        x->setLabelsAngle(-90);
    return x;
}

void showTip(const QString &text)
{
    QToolTip::showText(QCursor::pos(), text);
}

} // namespace

QChart *readable(QChart *chart)
{
    if (!chart)
        return chart;
    // Tick labels in the UI language's locale (0,5 in German), like every other number.
    chart->setLocale(QLocale());
    chart->setLocalizeNumbers(true);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setTruncateLabels(false);
        // A category axis is a value axis too; its range is the categories'. Hidden value
        // axes place points on categories; their range must stay.
        auto *value = qobject_cast<QValueAxis *>(axis);
        if (!value || qobject_cast<QCategoryAxis *>(axis) || !axis->isVisible()
            || !(value->max() > value->min()))
            continue;
        value->applyNiceNumbers();
        // As many decimals as the ticks need: 0.5, not 0.500; 20, not 20.0.
        const double step = (value->max() - value->min()) / std::max(1, value->tickCount() - 1);
        const int decimals = std::clamp(int(std::ceil(-std::log10(step) - 1e-9)), 0, 6);
        static const QRegularExpression fixed(QStringLiteral("^%\\.\\d+f"));
        const QString format = value->labelFormat();
        if (format.isEmpty() || fixed.match(format).hasMatch())
            value->setLabelFormat(QStringLiteral("%.%1f").arg(decimals)
                                  + QString(format).remove(fixed));
    }
    return chart;
}

QChart *newChart(const QString &title, const QPalette &palette)
{
    auto *chart = new QChart;
    chart->setTheme(isDark(palette) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(6, 6, 6, 6));
    return chart;
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor negativeColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x64, 0xa6, 0xe8) : QColor(0x1f, 0x77, 0xb4);
}

QColor positiveColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0xa5, 0x4c) : QColor(0xe0, 0x6c, 0x00);
}

QChart *histogram(const ClassHistogram &h, const QPalette &palette)
{
    QChart *chart = newChart(
        h.hasTarget
            ? QCoreApplication::translate("ChartBuilder", "%1 by churn").arg(h.column)
            : (h.categorical ? QCoreApplication::translate("ChartBuilder", "Counts of %1")
                             : QCoreApplication::translate("ChartBuilder", "Distribution of %1"))
                  .arg(h.column),
        palette);
    auto *series = new QStackedBarSeries;
    series->setBarWidth(h.categorical ? 0.75 : 0.98);
    auto *neg = new QBarSet(h.hasTarget ? QCoreApplication::translate("ChartBuilder", "Stayed")
                                        : QCoreApplication::translate("ChartBuilder", "Rows"));
    neg->setColor(negativeColor(palette));
    for (qint64 n : h.negatives)
        *neg << double(n);
    series->append(neg);
    QBarSet *pos = nullptr;
    if (h.hasTarget) {
        pos = new QBarSet(QCoreApplication::translate("ChartBuilder", "Churned"));
        pos->setColor(positiveColor(palette));
        for (qint64 n : h.positives)
            *pos << double(n);
        series->append(pos);
    }
    chart->addSeries(series);
    auto *x = categoryAxis(h.labels, h.column);
    auto *y = new QValueAxis;
    y->setTitleText(QCoreApplication::translate("ChartBuilder", "Rows"));
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    y->applyNiceNumbers();
    const QStringList labels = h.labels;
    const auto negatives = h.negatives, positives = h.positives;
    const auto rate = h.rate;
    const bool hasTarget = h.hasTarget;
    QObject::connect(series, &QStackedBarSeries::hovered, chart, [=](bool on, int i) {
        if (!on || i < 0 || i >= labels.size()) {
            QToolTip::hideText();
            return;
        }
        QString text = QCoreApplication::translate("ChartBuilder", "%1: %2 rows")
                           .arg(labels[i])
                           .arg(negatives[size_t(i)] + positives[size_t(i)]);
        if (hasTarget && !std::isnan(rate[size_t(i)]))
            text += QCoreApplication::translate("ChartBuilder", ", %1 churned (%2 %)")
                        .arg(positives[size_t(i)])
                        .arg(NumberText::measure(100.0 * rate[size_t(i)], 1));
        showTip(text);
    });
    if (h.hasTarget) {
        // Churn rate per bin on a second axis: what the eye wants from a split histogram.
        auto *line = new QLineSeries;
        line->setName(QCoreApplication::translate("ChartBuilder", "Churn rate"));
        QPen pen(isDark(palette) ? QColor(0xf0, 0xf0, 0xf0) : QColor(0x30, 0x30, 0x30));
        pen.setWidthF(2.0);
        line->setPen(pen);
        line->setPointsVisible(true);
        for (size_t i = 0; i < h.rate.size(); ++i) {
            if (!std::isnan(h.rate[i]))
                line->append(double(i), 100.0 * h.rate[i]);
        }
        chart->addSeries(line);
        auto *xLine = new QValueAxis;
        xLine->setRange(-0.5, double(h.labels.size()) - 0.5);
        xLine->setVisible(false);
        auto *rateAxis = new QValueAxis;
        rateAxis->setRange(0, 100);
        rateAxis->setTitleText(QCoreApplication::translate("ChartBuilder", "Churn rate (%)"));
        rateAxis->setLabelFormat(QStringLiteral("%.0f"));
        chart->addAxis(xLine, Qt::AlignTop);
        chart->addAxis(rateAxis, Qt::AlignRight);
        line->attachAxis(xLine);
        line->attachAxis(rateAxis);
    }
    if (h.missing > 0)
        chart->setTitle(chart->title()
                        + QCoreApplication::translate("ChartBuilder", " (%1 missing not shown)")
                              .arg(h.missing));
    return chart;
}

QChart *boxPlot(const QString &column, const QList<BoxPlotStats> &boxes, const QPalette &palette)
{
    QChart *chart = newChart(
        boxes.size() > 1 ? QCoreApplication::translate("ChartBuilder", "%1 by churn").arg(column)
                         : QCoreApplication::translate("ChartBuilder", "Spread of %1").arg(column),
        palette);
    auto *series = new QBoxPlotSeries;
    series->setName(column);
    QStringList labels;
    double lo = qInf(), hi = -qInf();
    for (int i = 0; i < boxes.size(); ++i) {
        const BoxPlotStats &b = boxes[i];
        auto *set = new QBoxSet(b.whiskerLow, b.q1, b.median, b.q3, b.whiskerHigh, b.label);
        set->setBrush(i == 1 ? positiveColor(palette) : negativeColor(palette));
        series->append(set);
        labels
            << QCoreApplication::translate("ChartBuilder", "%1 (n = %2)").arg(b.label).arg(b.count);
        lo = std::min(lo, b.whiskerLow);
        hi = std::max(hi, b.whiskerHigh);
        for (double o : b.outliers)
            lo = std::min(lo, o), hi = std::max(hi, o);
    }
    chart->addSeries(series);
    auto *x = categoryAxis(labels, QString());
    auto *y = new QValueAxis;
    y->setTitleText(column);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    // Outliers as points, on a hidden value axis that lines up with the categories.
    auto *outliers = new QScatterSeries;
    outliers->setName(QCoreApplication::translate("ChartBuilder", "Outliers"));
    outliers->setMarkerSize(6);
    qint64 outlierTotal = 0;
    for (int i = 0; i < boxes.size(); ++i) {
        outlierTotal += boxes[i].outlierCount;
        for (double o : boxes[i].outliers)
            outliers->append(double(i), o);
    }
    chart->addSeries(outliers);
    auto *xPoints = new QValueAxis;
    xPoints->setRange(-0.5, double(boxes.size()) - 0.5);
    xPoints->setVisible(false);
    chart->addAxis(xPoints, Qt::AlignTop);
    outliers->attachAxis(xPoints);
    outliers->attachAxis(y);
    if (std::isfinite(lo) && std::isfinite(hi) && hi > lo)
        y->setRange(lo - 0.05 * (hi - lo), hi + 0.05 * (hi - lo));
    // The boxes are labelled on the axis; a legend only explains outlier points, if any.
    chart->legend()->markers(series).first()->setVisible(false);
    if (outlierTotal == 0)
        chart->legend()->hide();
    QObject::connect(series, &QBoxPlotSeries::hovered, chart, [boxes](bool on, QBoxSet *set) {
        if (!on || !set) {
            QToolTip::hideText();
            return;
        }
        for (const BoxPlotStats &b : boxes) {
            if (b.label == set->label())
                showTip(QCoreApplication::translate(
                            "ChartBuilder",
                            "%1: median %2, quartiles %3 – %4, whiskers %5 – %6, %7 outliers")
                            .arg(b.label)
                            .arg(b.median)
                            .arg(b.q1)
                            .arg(b.q3)
                            .arg(b.whiskerLow)
                            .arg(b.whiskerHigh)
                            .arg(b.outlierCount));
        }
    });
    return chart;
}

QChart *scatter(const ScatterSample &s, const BinaryTarget *target, const QPalette &palette)
{
    QString title =
        QCoreApplication::translate("ChartBuilder", "%1 against %2").arg(s.yColumn, s.xColumn);
    if (s.sampled())
        title += QCoreApplication::translate("ChartBuilder", " (random sample of %1 of %2 rows)")
                     .arg(s.x.size())
                     .arg(s.completeRows);
    QChart *chart = newChart(title, palette);
    auto *neg = new QScatterSeries, *pos = new QScatterSeries;
    neg->setName(target ? target->negativeLabel()
                        : QCoreApplication::translate("ChartBuilder", "Rows"));
    pos->setName(target ? target->positiveLabel() : QString());
    for (auto *series : {neg, pos}) {
        series->setMarkerSize(5);
        series->setBorderColor(Qt::transparent);
        series->setUseOpenGL(false);
    }
    QColor n = negativeColor(palette), p = positiveColor(palette);
    n.setAlphaF(0.55);
    p.setAlphaF(0.7);
    neg->setColor(n);
    pos->setColor(p);
    QList<QPointF> negPoints, posPoints;
    for (size_t i = 0; i < s.x.size(); ++i)
        (s.label[i] == 1 ? posPoints : negPoints).append(QPointF(s.x[i], s.y[i]));
    neg->append(negPoints);
    pos->append(posPoints);
    chart->addSeries(neg);
    if (target)
        chart->addSeries(pos);
    chart->createDefaultAxes();
    chart->axes(Qt::Horizontal).first()->setTitleText(s.xColumn);
    chart->axes(Qt::Vertical).first()->setTitleText(s.yColumn);
    for (QAbstractAxis *axis : chart->axes()) {
        if (auto *v = qobject_cast<QValueAxis *>(axis))
            v->applyNiceNumbers();
    }
    const QString xName = s.xColumn, yName = s.yColumn;
    for (auto *series : {neg, pos}) {
        QObject::connect(series, &QScatterSeries::hovered, chart, [=](const QPointF &pt, bool on) {
            if (on)
                showTip(QStringLiteral("%1 = %2\n%3 = %4")
                            .arg(xName)
                            .arg(pt.x())
                            .arg(yName)
                            .arg(pt.y()));
            else
                QToolTip::hideText();
        });
    }
    return chart;
}

QChart *association(const QList<Association> &ranked, const QString &target,
                    const QPalette &palette, int maxColumns)
{
    QChart *chart = newChart(
        QCoreApplication::translate("ChartBuilder", "What goes with %1: AUC of each column alone")
            .arg(target),
        palette);
    auto *series = new QHorizontalBarSeries;
    auto *set = new QBarSet(QCoreApplication::translate("ChartBuilder", "AUC (0.5 = no signal)"));
    set->setColor(positiveColor(palette));
    QStringList labels;
    const int n = std::min(int(ranked.size()), maxColumns);
    // Strongest at the top: horizontal bar charts draw the first category at the bottom.
    for (int i = n - 1; i >= 0; --i) {
        *set << ranked[i].auc;
        // Many small levels are why a category scores low out of fold: say so beside it.
        labels << (ranked[i].levels >= 20
                       ? QCoreApplication::translate("ChartBuilder", "%1 (%2 levels)")
                             .arg(ranked[i].column)
                             .arg(ranked[i].levels)
                       : ranked[i].column);
    }
    series->append(set);
    chart->addSeries(series);
    auto *y = categoryAxis(labels, QString());
    y->setLabelsAngle(0);
    auto *x = new QValueAxis;
    x->setRange(0.5, 1.0);
    x->setTickCount(6);
    x->setLabelFormat(QStringLiteral("%.1f"));
    x->setTitleText(QCoreApplication::translate("ChartBuilder", "ROC AUC of the column alone"));
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(x);
    chart->legend()->hide();
    QList<Association> shown = ranked.mid(0, n);
    QObject::connect(series, &QHorizontalBarSeries::hovered, chart, [shown, n](bool on, int i) {
        if (!on || i < 0 || i >= n) {
            QToolTip::hideText();
            return;
        }
        const Association &a = shown[n - 1 - i];
        QString text = QCoreApplication::translate("ChartBuilder", "%1: AUC %2")
                           .arg(a.column)
                           .arg(NumberText::measure(a.auc, 3));
        if (!std::isnan(a.cramersV))
            text += QCoreApplication::translate("ChartBuilder", ", Cramér's V %1")
                        .arg(NumberText::measure(a.cramersV, 3));
        if (a.levels > 0)
            text += QCoreApplication::translate(
                        "ChartBuilder",
                        "\n%1 levels, %2 rows each; scored out of fold (in-sample AUC %3)")
                        .arg(a.levels)
                        .arg(NumberText::measure(a.rowsPerLevel(), 0))
                        .arg(NumberText::measure(a.inSampleAuc, 3));
        showTip(text);
    });
    return chart;
}

} // namespace ChartBuilder

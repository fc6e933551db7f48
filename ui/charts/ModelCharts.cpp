#include "ui/charts/ModelCharts.h"

#include "core/models/ModelCatalog.h"
#include "ui/charts/ChartBuilder.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QPen>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <functional>
#include <numeric>

using namespace churnlab;

namespace ModelCharts {

namespace {

QValueAxis *unitAxis(const QString &title)
{
    auto *axis = new QValueAxis;
    axis->setRange(0, 1);
    axis->setTickCount(6);
    axis->setLabelFormat(QStringLiteral("%.1f"));
    axis->setTitleText(title);
    return axis;
}

// A line chart on the unit square with one series per model and an optional dashed
// reference line (chance, perfect calibration).
QChart *curves(const QString &title, const QString &xTitle, const QString &yTitle,
               const Reports &reports, const QPalette &palette,
               const std::function<ThresholdSweep::Curve(const ModelReport &)> &curveOf,
               const std::vector<std::pair<double, double>> &reference)
{
    QChart *chart = ChartBuilder::newChart(title, palette);
    auto *x = unitAxis(xTitle);
    auto *y = unitAxis(yTitle);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    if (!reference.empty()) {
        auto *line = new QLineSeries;
        for (const auto &[a, b] : reference)
            line->append(a, b);
        QPen pen(palette.color(QPalette::Mid));
        pen.setStyle(Qt::DashLine);
        line->setPen(pen);
        line->setName(QCoreApplication::translate("ModelCharts", "Reference"));
        chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
    }
    for (const auto &report : reports) {
        auto *series = new QLineSeries;
        QList<QPointF> points;
        for (const auto &[a, b] : curveOf(*report))
            points << QPointF(a, b);
        series->replace(points);
        series->setName(report->title);
        QPen pen(modelColor(report->id, palette));
        pen.setWidthF(2);
        series->setPen(pen);
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    }
    return chart;
}

} // namespace

QColor modelColor(const QString &id, const QPalette &palette)
{
    // Okabe–Ito, distinguishable with every common colour-vision deficiency.
    static const QColor light[] = {QColor(0x00, 0x72, 0xb2), QColor(0xd5, 0x5e, 0x00),
                                   QColor(0x00, 0x9e, 0x73), QColor(0xcc, 0x79, 0xa7),
                                   QColor(0x56, 0xb4, 0xe9), QColor(0xe6, 0x9f, 0x00),
                                   QColor(0x44, 0x44, 0x44)};
    const qsizetype i = std::max<qsizetype>(0, ModelCatalog::ids().indexOf(id)) % 7;
    QColor c = light[i];
    if (ChartBuilder::isDark(palette) && i == 6)
        c = QColor(0xdd, 0xdd, 0xdd);
    return c;
}

QChart *roc(const Reports &reports, const QPalette &palette)
{
    return curves(QCoreApplication::translate("ModelCharts", "ROC curve"),
                  QCoreApplication::translate("ModelCharts", "False positive rate"),
                  QCoreApplication::translate("ModelCharts", "True positive rate (recall)"),
                  reports, palette, [](const ModelReport &r) { return r.sweep.roc(); },
                  {{0, 0}, {1, 1}});
}

QChart *precisionRecall(const Reports &reports, const QPalette &palette)
{
    const double base = reports.isEmpty() ? 0
                                          : double(reports.first()->sweep.positives())
            / double(std::max<qint64>(
                1, reports.first()->sweep.positives() + reports.first()->sweep.negatives()));
    return curves(QCoreApplication::translate("ModelCharts", "Precision-recall curve"),
                  QCoreApplication::translate("ModelCharts", "Recall"),
                  QCoreApplication::translate("ModelCharts", "Precision"), reports, palette,
                  [](const ModelReport &r) { return r.sweep.precisionRecall(); },
                  {{0, base}, {1, base}});
}

QChart *gains(const Reports &reports, const QPalette &palette)
{
    return curves(QCoreApplication::translate("ModelCharts", "Cumulative gains"),
                  QCoreApplication::translate("ModelCharts",
                                              "Share of customers contacted (highest score first)"),
                  QCoreApplication::translate("ModelCharts", "Share of churners reached"), reports,
                  palette, [](const ModelReport &r) { return r.sweep.gains(); }, {{0, 0}, {1, 1}});
}

QChart *calibration(const Reports &reports, const QPalette &palette)
{
    QChart *chart =
        curves(QCoreApplication::translate("ModelCharts", "Calibration (reliability)"),
               QCoreApplication::translate("ModelCharts", "Mean predicted churn probability"),
               QCoreApplication::translate("ModelCharts", "Observed churn rate"), reports, palette,
               [](const ModelReport &r) {
                   ThresholdSweep::Curve c;
                   for (const CalibrationCurve::Bin &b : r.calibration.bins)
                       c.emplace_back(b.meanPredicted, b.observedRate);
                   return c;
               },
               {{0, 0}, {1, 1}});
    // Markers on the bins: the line alone hides how few bins a sharp model fills.
    for (QAbstractSeries *s : chart->series()) {
        auto *line = qobject_cast<QLineSeries *>(s);
        if (line && line->pen().style() != Qt::DashLine)
            line->setPointsVisible(true);
    }
    return chart;
}

namespace {

// The chosen threshold as a dashed vertical line over the y axis's range; the threshold panels
// move it (it is the chart's last series) without drawing the chart again.
void addThresholdMarker(QChart *chart, QAbstractAxis *x, QValueAxis *y, double threshold,
                        const QPalette &palette)
{
    auto *marker = new QLineSeries;
    marker->append(threshold, y->min());
    marker->append(threshold, y->max());
    QPen markerPen(palette.color(QPalette::Text));
    markerPen.setStyle(Qt::DashLine);
    marker->setPen(markerPen);
    marker->setName(QCoreApplication::translate("ModelCharts", "Chosen threshold"));
    chart->addSeries(marker);
    marker->attachAxis(x);
    marker->attachAxis(y);
}

} // namespace

namespace {

// A model's curve against the threshold, in the model's colour, with the chosen threshold
// marked; `range` sets up the y axis from the curve's lowest and highest values.
QChart *thresholdChart(const ModelReport &report, const QString &title, const QString &name,
                       const ThresholdSweep::Curve &curve, double threshold,
                       const QPalette &palette,
                       const std::function<void(QValueAxis *, double, double)> &range)
{
    QChart *chart = ChartBuilder::newChart(title, palette);
    auto *series = new QLineSeries;
    QList<QPointF> points;
    double low = 0, high = 0;
    for (const auto &[t, v] : curve) {
        points << QPointF(t, v);
        low = std::min(low, v);
        high = std::max(high, v);
    }
    series->replace(points);
    series->setName(name);
    QPen pen(modelColor(report.id, palette));
    pen.setWidthF(2);
    series->setPen(pen);
    auto *x = unitAxis(QCoreApplication::translate("ModelCharts", "Threshold"));
    auto *y = new QValueAxis;
    range(y, low, high);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
    addThresholdMarker(chart, x, y, threshold, palette);
    return chart;
}

} // namespace

QChart *cost(const ModelReport &report, double fpCost, double fnCost, double threshold,
             const QPalette &palette)
{
    return thresholdChart(
        report,
        QCoreApplication::translate("ModelCharts", "Expected cost per customer — %1")
            .arg(report.title),
        QCoreApplication::translate("ModelCharts", "Cost at threshold"),
        report.sweep.cost(fpCost, fnCost), threshold, palette,
        [](QValueAxis *y, double, double top) {
            y->setRange(0, top > 0 ? top * 1.05 : 1);
            y->setTitleText(QCoreApplication::translate("ModelCharts", "Cost per customer"));
        });
}

QChart *value(const ModelReport &report, const RetentionRoi &roi, double threshold,
              const QPalette &palette)
{
    return thresholdChart(
        report,
        QCoreApplication::translate("ModelCharts", "Monthly value of acting on %1")
            .arg(report.title),
        QCoreApplication::translate("ModelCharts", "Value at threshold"), roi.curve, threshold,
        palette, [](QValueAxis *y, double low, double high) {
            const double pad = std::max(1.0, (high - low) * 0.05);
            y->setRange(low - pad, high + pad);
            y->applyNiceNumbers();
            y->setLabelFormat(QStringLiteral("%.0f"));
            y->setTitleText(QCoreApplication::translate("ModelCharts", "Value per month"));
        });
}

QChart *rankedBars(const QString &title, std::vector<std::pair<QString, double>> items,
                   const QString &setName, const QColor &color, const QString &labelFormat,
                   const QPalette &palette, int maxBars, int maxLabel)
{
    std::stable_sort(items.begin(), items.end(),
                     [](const auto &a, const auto &b) { return a.second > b.second; });
    if (qsizetype(items.size()) > maxBars)
        items.resize(size_t(maxBars));
    QChart *chart = ChartBuilder::newChart(title, palette);
    auto *set = new QBarSet(setName);
    set->setColor(color);
    QStringList labels;
    double top = 0;
    // Horizontal bars draw bottom-up: add the least important first.
    for (auto it = items.rbegin(); it != items.rend(); ++it) {
        *set << it->second;
        labels << (it->first.size() > maxLabel ? it->first.left(maxLabel - 1) + QChar(0x2026)
                                               : it->first);
        top = std::max(top, it->second);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(labels);
    auto *x = new QValueAxis;
    x->setRange(0, top > 0 ? top * 1.05 : 1);
    x->setLabelFormat(labelFormat);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->hide();
    return chart;
}

QChart *importance(const ModelReport &report, bool native, const QPalette &palette, int maxBars)
{
    std::vector<std::pair<QString, double>> items;
    if (native) {
        for (size_t i = 0;
             i < report.nativeImportance.size() && qsizetype(i) < report.featureNames.size(); ++i)
            items.emplace_back(report.featureNames[qsizetype(i)], report.nativeImportance[i]);
    } else {
        for (const PermutationImportance::Entry &e : report.permutation.entries)
            items.emplace_back(e.column, e.meanDrop);
    }
    return rankedBars(
        native ? QCoreApplication::translate("ModelCharts", "%1: the model's own importance")
                     .arg(report.title)
               : QCoreApplication::translate("ModelCharts",
                                             "%1: permutation importance (drop in test AUC)")
                     .arg(report.title),
        std::move(items),
        native ? QCoreApplication::translate("ModelCharts", "Importance")
               : QCoreApplication::translate("ModelCharts", "AUC drop"),
        modelColor(report.id, palette), native ? QStringLiteral("%.2f") : QStringLiteral("%.3f"),
        palette, maxBars);
}

} // namespace ModelCharts

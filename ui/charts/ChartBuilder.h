#pragma once

#include "core/explore/BoxPlotStats.h"
#include "core/explore/ClassHistogram.h"
#include "core/explore/ScatterSample.h"
#include "core/explore/TargetAssociation.h"

#include <QPalette>

class QChart;

// Turns chart data computed in core into Qt Charts, with titles, axis labels, legends, hover
// tooltips and a palette that follows the system's light or dark theme. The GUI and the
// headless `plot` command draw through it, so both show the same charts.
namespace ChartBuilder {

QChart *histogram(const churnlab::ClassHistogram &data, const QPalette &palette);
QChart *boxPlot(const QString &column, const QList<churnlab::BoxPlotStats> &boxes,
                const QPalette &palette);
QChart *scatter(const churnlab::ScatterSample &data, const churnlab::BinaryTarget *target,
                const QPalette &palette);
QChart *association(const QList<churnlab::Association> &ranked, const QString &target,
                    const QPalette &palette, int maxColumns = 25);

// An empty chart with the common look: theme by palette, no animation, legend below.
QChart *newChart(const QString &title, const QPalette &palette);
// What every chart view shows: category labels never cut to "..." (the plot gives way
// instead), and the visible value axes on nice numbers (1, 2, 5 × 10ⁿ). Returns the chart.
QChart *readable(QChart *chart);
bool isDark(const QPalette &palette);
// Two colours that stay apart for colour-blind readers (blue / orange), per theme.
QColor negativeColor(const QPalette &palette);
QColor positiveColor(const QPalette &palette);

} // namespace ChartBuilder

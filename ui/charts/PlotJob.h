#pragma once

#include "core/explore/BoxPlotStats.h"
#include "core/explore/ClassHistogram.h"
#include "core/explore/CorrelationMatrix.h"
#include "core/explore/ScatterSample.h"
#include "core/explore/TargetAssociation.h"

#include <optional>
#include <variant>

class QWidget;

// What to plot: a chart kind, its columns, and the target that splits or colours it.
struct PlotSpec
{
    enum class Kind { Histogram, Bars, Box, Scatter, Correlation, Association };

    Kind kind = Kind::Histogram;
    QString column;
    QString second; // scatter: the y column
    QString target; // empty: no split by class
    QString positive;
    bool spearman = false;

    static std::optional<Kind>
    kindFromName(const QString &name); // hist, bars, box, scatter, corr, assoc
    static QString kindName(Kind kind);
};

// The numbers of one chart, computed in core from a dataset snapshot, or the reason there
// are none. Computing is pure and thread-agnostic (run it off the UI thread); turning it
// into a widget must happen on the UI thread.
struct PlotPayload
{
    PlotSpec spec;
    std::optional<churnlab::BinaryTarget> target;
    std::variant<std::monostate, churnlab::ClassHistogram, QList<churnlab::BoxPlotStats>,
                 churnlab::ScatterSample, churnlab::CorrelationMatrix, QList<churnlab::Association>>
        data;
    QString error;

    static PlotPayload compute(const churnlab::Dataset &dataset, const PlotSpec &spec);
    // A QChartView or a CorrelationHeatmap showing the payload; nullptr when it has an error.
    QWidget *createWidget(QWidget *parent) const;
};

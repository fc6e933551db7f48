#include "ui/charts/PlotJob.h"

#include "ui/charts/ChartBuilder.h"
#include "ui/charts/CorrelationHeatmap.h"

#include <QChart>
#include <QChartView>
#include <QCoreApplication>

using namespace churnlab;

std::optional<PlotSpec::Kind> PlotSpec::kindFromName(const QString &name)
{
    for (Kind k : {Kind::Histogram, Kind::Bars, Kind::Box, Kind::Scatter, Kind::Correlation,
                   Kind::Association}) {
        if (name.compare(kindName(k), Qt::CaseInsensitive) == 0)
            return k;
    }
    return std::nullopt;
}

QString PlotSpec::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Histogram:
        return QStringLiteral("hist");
    case Kind::Bars:
        return QStringLiteral("bars");
    case Kind::Box:
        return QStringLiteral("box");
    case Kind::Scatter:
        return QStringLiteral("scatter");
    case Kind::Correlation:
        return QStringLiteral("corr");
    case Kind::Association:
        return QStringLiteral("assoc");
    }
    return {};
}

PlotPayload PlotPayload::compute(const Dataset &d, const PlotSpec &spec)
{
    PlotPayload out;
    out.spec = spec;
    if (!spec.target.isEmpty()) {
        auto t = BinaryTarget::fromColumn(d, spec.target, spec.positive);
        if (!t) {
            out.error = t.error().message;
            return out;
        }
        out.target = std::move(t.value());
    }
    const BinaryTarget *target = out.target ? &*out.target : nullptr;
    auto column = [&](const QString &name) -> const Column * {
        const int i = d.indexOf(name);
        if (i < 0)
            out.error = name.isEmpty()
                ? QCoreApplication::translate("PlotJob", "Choose a column.")
                : QCoreApplication::translate("PlotJob", "There is no column “%1”.").arg(name);
        return i < 0 ? nullptr : &d.column(i);
    };
    auto requireNumeric = [&](const Column *c) {
        if (c && isCodedType(c->type()) && c->type() != ColumnType::Boolean) {
            out.error =
                QCoreApplication::translate(
                    "PlotJob", "“%1” is not numeric; choose a number, date or boolean column.")
                    .arg(c->name());
            return false;
        }
        return c != nullptr;
    };
    switch (spec.kind) {
    case PlotSpec::Kind::Histogram:
    case PlotSpec::Kind::Bars:
        if (const Column *c = column(spec.column)) {
            if (c->type() == ColumnType::Text)
                out.error = QCoreApplication::translate("PlotJob",
                                                        "“%1” is free text or an identifier: its "
                                                        "values do not form categories to plot.")
                                .arg(c->name());
            else
                out.data = ClassHistogram::compute(*c, target);
        }
        break;
    case PlotSpec::Kind::Box:
        if (const Column *c = column(spec.column); requireNumeric(c))
            out.data = BoxPlotStats::byClass(*c, target);
        break;
    case PlotSpec::Kind::Scatter: {
        const Column *x = column(spec.column);
        const Column *y = x ? column(spec.second) : nullptr;
        if (requireNumeric(x) && requireNumeric(y))
            out.data = ScatterSample::compute(*x, *y, target);
        break;
    }
    case PlotSpec::Kind::Correlation:
        out.data = CorrelationMatrix::compute(d);
        break;
    case PlotSpec::Kind::Association:
        if (!target)
            out.error = QCoreApplication::translate(
                "PlotJob",
                "Choose a target column to rank the others by their association with it.");
        else
            out.data = Association::rank(d, *target);
        break;
    }
    return out;
}

QWidget *PlotPayload::createWidget(QWidget *parent) const
{
    if (!error.isEmpty() || std::holds_alternative<std::monostate>(data))
        return nullptr;
    const QPalette palette = parent ? parent->palette() : QPalette();
    if (const auto *m = std::get_if<CorrelationMatrix>(&data)) {
        auto *heatmap = new CorrelationHeatmap(parent);
        heatmap->setMatrix(*m, spec.spearman);
        return heatmap;
    }
    QChart *chart = nullptr;
    const BinaryTarget *t = target ? &*target : nullptr;
    if (const auto *h = std::get_if<ClassHistogram>(&data))
        chart = ChartBuilder::histogram(*h, palette);
    else if (const auto *b = std::get_if<QList<BoxPlotStats>>(&data))
        chart = ChartBuilder::boxPlot(spec.column, *b, palette);
    else if (const auto *s = std::get_if<ScatterSample>(&data))
        chart = ChartBuilder::scatter(*s, t, palette);
    else if (const auto *a = std::get_if<QList<Association>>(&data))
        chart = ChartBuilder::association(*a, spec.target, palette);
    auto *view = new QChartView(ChartBuilder::readable(chart), parent);
    view->setRenderHint(QPainter::Antialiasing);
    return view;
}

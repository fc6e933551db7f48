#pragma once

#include <QColor>
#include <QRectF>
#include <QStringList>

#include <optional>
#include <utility>
#include <vector>

class QPainter;

namespace churnlab {
struct ClassHistogram;
}

// Charts drawn straight onto a QPainter as vector paths and real text, so that in a PDF they
// stay sharp at any zoom and their labels can be searched and copied. The same painters draw
// the report's figures and the ROI chart's export.
class ReportCharts
{
public:
    struct Series
    {
        QString name;
        std::vector<std::pair<double, double>> points;
        QColor color;
    };
    struct Axes
    {
        Axes(QString xTitle, QString yTitle)
            : x(std::move(xTitle))
            , y(std::move(yTitle))
        {
        }
        QString x, y;
        double xMin = 0, xMax = 1, yMin = 0, yMax = 1;
        bool diagonal = false; // the chance line of ROC and gains charts
        std::optional<double> markerX; // a vertical marker (the chosen threshold)
    };

    static QColor color(int index);
    static void lineChart(QPainter &p, const QRectF &rect, const QString &title,
                          const QList<Series> &series, Axes axes);
    // Horizontal bars, largest first as given; values formatted with `decimals`.
    static void barChart(QPainter &p, const QRectF &rect, const QString &title,
                         const QStringList &labels, const std::vector<double> &values,
                         int decimals = 3);
    // Customers per bin or level split into stayers and churners, with each bin's churn rate.
    static void driverChart(QPainter &p, const QRectF &rect, const churnlab::ClassHistogram &h,
                            const QString &negativeName, const QString &positiveName);
    static void confusionMatrix(QPainter &p, const QRectF &rect, qint64 tp, qint64 fp, qint64 fn,
                                qint64 tn);

private:
    static QRectF plotArea(QPainter &p, const QRectF &rect, const QString &title);
};

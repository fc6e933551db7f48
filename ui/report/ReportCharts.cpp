#include "ui/report/ReportCharts.h"

#include "core/explore/ClassHistogram.h"
#include "ui/report/ReportLayout.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace {

const QColor kInk(0x22, 0x2b, 0x36);
const QColor kGrid(0xdd, 0xe3, 0xe9);
const QColor kMuted(0x6b, 0x75, 0x80);

QString tr(const char *text)
{
    return QCoreApplication::translate("ReportCharts", text);
}

// Round tick steps (1, 2, 5 × 10^k) giving about `count` ticks over [low, high].
std::vector<double> ticks(double low, double high, int count = 5)
{
    std::vector<double> out;
    const double span = high - low;
    if (!(span > 0))
        return {low};
    const double raw = span / count, magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double step = raw / magnitude < 1.5 ? magnitude
        : raw / magnitude < 3.5               ? 2 * magnitude
        : raw / magnitude < 7.5               ? 5 * magnitude
                                              : 10 * magnitude;
    for (double v = std::ceil(low / step) * step; v <= high + step * 1e-9; v += step)
        out.push_back(std::abs(v) < step * 1e-9 ? 0 : v);
    return out;
}

QString tickText(double v, double span)
{
    const int decimals = span >= 50 ? 0 : span >= 5 ? 1 : 2;
    return QLocale().toString(v, 'f', decimals);
}

} // namespace

QColor ReportCharts::color(int index)
{
    static const QColor palette[] = {QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e),
                                     QColor(0x2c, 0xa0, 0x2c), QColor(0xd6, 0x27, 0x28),
                                     QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b)};
    return palette[index % 6];
}

QRectF ReportCharts::plotArea(QPainter &p, const QRectF &rect, const QString &title)
{
    p.setFont(ReportLayout::font(9.5, true));
    p.setPen(kInk);
    p.drawText(QRectF(rect.left(), rect.top(), rect.width(), 16), Qt::AlignLeft, title);
    return rect.adjusted(0, 20, 0, 0);
}

void ReportCharts::lineChart(QPainter &p, const QRectF &rect, const QString &title,
                             const QList<Series> &series, Axes axes)
{
    const QRectF area = plotArea(p, rect, title);
    // Room on the left for the widest tick label and the rotated axis title.
    p.setFont(ReportLayout::font(7.5));
    double labelWidth = 20;
    for (double t : ticks(axes.yMin, axes.yMax))
        labelWidth =
            std::max(labelWidth,
                     p.fontMetrics().horizontalAdvance(tickText(t, axes.yMax - axes.yMin)) + 4.0);
    const double left = labelWidth + 16;
    const QRectF plot = area.adjusted(left, 4, -8, -30 - 14 * ((series.size() + 2) / 3));
    auto map = [&](double x, double y) {
        const double fx = (x - axes.xMin) / std::max(1e-12, axes.xMax - axes.xMin);
        const double fy = (y - axes.yMin) / std::max(1e-12, axes.yMax - axes.yMin);
        return QPointF(plot.left() + fx * plot.width(), plot.bottom() - fy * plot.height());
    };
    p.setRenderHint(QPainter::Antialiasing);
    p.setFont(ReportLayout::font(7.5));
    for (double t : ticks(axes.xMin, axes.xMax)) {
        const QPointF a = map(t, axes.yMin);
        p.setPen(QPen(kGrid, 0.5));
        p.drawLine(a, QPointF(a.x(), plot.top()));
        p.setPen(kMuted);
        p.drawText(QRectF(a.x() - 25, plot.bottom() + 2, 50, 10), Qt::AlignHCenter,
                   tickText(t, axes.xMax - axes.xMin));
    }
    for (double t : ticks(axes.yMin, axes.yMax)) {
        const QPointF a = map(axes.xMin, t);
        p.setPen(QPen(kGrid, 0.5));
        p.drawLine(a, QPointF(plot.right(), a.y()));
        p.setPen(kMuted);
        p.drawText(QRectF(plot.left() - labelWidth - 2, a.y() - 5, labelWidth, 10),
                   Qt::AlignRight | Qt::AlignVCenter, tickText(t, axes.yMax - axes.yMin));
    }
    p.setPen(QPen(kMuted, 0.8));
    p.drawRect(plot);
    p.drawText(QRectF(plot.left(), plot.bottom() + 12, plot.width(), 11), Qt::AlignHCenter, axes.x);
    p.save();
    p.translate(plot.left() - labelWidth - 10, plot.center().y());
    p.rotate(-90);
    p.drawText(QRectF(-plot.height() / 2, -6, plot.height(), 11), Qt::AlignHCenter, axes.y);
    p.restore();
    if (axes.diagonal) {
        p.setPen(QPen(kMuted, 0.7, Qt::DashLine));
        p.drawLine(map(axes.xMin, axes.yMin), map(axes.xMax, axes.yMax));
    }
    p.save();
    p.setClipRect(plot.adjusted(-1, -1, 1, 1));
    for (const Series &s : series) {
        QPainterPath path;
        for (size_t i = 0; i < s.points.size(); ++i) {
            const QPointF q = map(s.points[i].first, s.points[i].second);
            i == 0 ? path.moveTo(q) : path.lineTo(q);
        }
        p.setPen(QPen(s.color, 1.4));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
    }
    if (axes.markerX) {
        p.setPen(QPen(QColor(0xd6, 0x27, 0x28), 0.9, Qt::DashLine));
        p.drawLine(map(*axes.markerX, axes.yMin), map(*axes.markerX, axes.yMax));
    }
    p.restore();
    // Legend under the axis title, three entries a line.
    p.setFont(ReportLayout::font(7.5));
    const double legendTop = plot.bottom() + 26,
                 column =
                     plot.width() / std::max<qsizetype>(1, std::min<qsizetype>(3, series.size()));
    for (int i = 0; i < series.size(); ++i) {
        const double x = plot.left() + column * (i % 3), y = legendTop + 14 * (i / 3);
        p.setPen(QPen(series[i].color, 2));
        p.drawLine(QPointF(x, y + 5), QPointF(x + 14, y + 5));
        p.setPen(kInk);
        p.drawText(QRectF(x + 18, y, column - 20, 11), Qt::AlignLeft | Qt::AlignVCenter,
                   series[i].name);
    }
}

void ReportCharts::barChart(QPainter &p, const QRectF &rect, const QString &title,
                            const QStringList &labels, const std::vector<double> &values,
                            int decimals)
{
    const QRectF area = plotArea(p, rect, title);
    const int n = int(std::min<size_t>(size_t(labels.size()), values.size()));
    if (n == 0)
        return;
    double high = 0;
    for (int i = 0; i < n; ++i)
        high = std::max(high, values[size_t(i)]);
    high = high > 0 ? high : 1;
    const double labelWidth = area.width() * 0.3, valueWidth = 46;
    const double barArea = area.width() - labelWidth - valueWidth - 8;
    const double rowHeight = std::min(16.0, area.height() / n);
    p.setFont(ReportLayout::font(7.5));
    for (int i = 0; i < n; ++i) {
        const double y = area.top() + i * rowHeight;
        p.setPen(kInk);
        p.drawText(QRectF(area.left(), y, labelWidth - 6, rowHeight),
                   Qt::AlignRight | Qt::AlignVCenter,
                   p.fontMetrics().elidedText(labels[i], Qt::ElideMiddle, int(labelWidth - 6)));
        const double w = std::max(0.0, values[size_t(i)]) / high * barArea;
        p.fillRect(QRectF(area.left() + labelWidth, y + 2, w, rowHeight - 4), color(0));
        p.drawText(QRectF(area.left() + labelWidth + w + 4, y, valueWidth, rowHeight),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   QLocale().toString(values[size_t(i)], 'f', decimals));
    }
}

void ReportCharts::driverChart(QPainter &p, const QRectF &rect, const churnlab::ClassHistogram &h,
                               const QString &negativeName, const QString &positiveName)
{
    const QRectF area = plotArea(p, rect, h.column);
    const int n = int(h.labels.size());
    if (n == 0)
        return;
    qint64 high = 1;
    for (int i = 0; i < n; ++i)
        high = std::max(high, h.negatives[size_t(i)] + h.positives[size_t(i)]);
    const QRectF plot = area.adjusted(40, 12, -4, -34);
    const double slot = plot.width() / n, bar = slot * 0.72;
    p.setFont(ReportLayout::font(7));
    for (double t : ticks(0, double(high), 4)) {
        const double y = plot.bottom() - t / double(high) * plot.height();
        p.setPen(QPen(kGrid, 0.5));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(kMuted);
        p.drawText(QRectF(plot.left() - 40, y - 5, 36, 10), Qt::AlignRight | Qt::AlignVCenter,
                   QLocale().toString(qint64(t)));
    }
    for (int i = 0; i < n; ++i) {
        const double x = plot.left() + i * slot + (slot - bar) / 2;
        const double neg = double(h.negatives[size_t(i)]) / double(high) * plot.height();
        const double pos = double(h.positives[size_t(i)]) / double(high) * plot.height();
        p.fillRect(QRectF(x, plot.bottom() - neg, bar, neg), color(0).lighter(150));
        p.fillRect(QRectF(x, plot.bottom() - neg - pos, bar, pos), color(3));
        p.setPen(kInk);
        const double rate = h.rate[size_t(i)];
        if (std::isfinite(rate))
            p.drawText(QRectF(x - 6, plot.bottom() - neg - pos - 10, bar + 12, 9), Qt::AlignHCenter,
                       QStringLiteral("%1%").arg(qRound(rate * 100)));
        p.save();
        p.translate(x + bar / 2, plot.bottom() + 3);
        p.rotate(-35);
        p.setPen(kMuted);
        p.drawText(QRectF(-70, -4, 70, 9), Qt::AlignRight | Qt::AlignVCenter,
                   p.fontMetrics().elidedText(h.labels[i], Qt::ElideRight, 68));
        p.restore();
    }
    p.setPen(kMuted);
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    p.fillRect(QRectF(area.right() - 190, area.top(), 8, 8), color(0).lighter(150));
    p.fillRect(QRectF(area.right() - 95, area.top(), 8, 8), color(3));
    p.setPen(kInk);
    p.drawText(QRectF(area.right() - 178, area.top() - 1, 80, 10), Qt::AlignLeft, negativeName);
    p.drawText(QRectF(area.right() - 83, area.top() - 1, 83, 10), Qt::AlignLeft,
               tr("%1 (rate above bars)").arg(positiveName));
}

void ReportCharts::confusionMatrix(QPainter &p, const QRectF &rect, qint64 tp, qint64 fp, qint64 fn,
                                   qint64 tn)
{
    const double cell = std::min(rect.height() / 2.6, rect.width() / 4);
    const QPointF origin(rect.left() + 110, rect.top() + 22);
    p.setFont(ReportLayout::font(8.5, true));
    p.setPen(kInk);
    p.drawText(QRectF(origin.x(), rect.top(), 2 * cell, 14), Qt::AlignHCenter, tr("Predicted"));
    p.drawText(QRectF(origin.x(), origin.y() - 2, cell, 12), Qt::AlignHCenter, tr("churn"));
    p.drawText(QRectF(origin.x() + cell, origin.y() - 2, cell, 12), Qt::AlignHCenter, tr("stay"));
    p.drawText(QRectF(rect.left(), origin.y() + 12, 100, cell), Qt::AlignRight | Qt::AlignVCenter,
               tr("Actual churn"));
    p.drawText(QRectF(rect.left(), origin.y() + 12 + cell, 100, cell),
               Qt::AlignRight | Qt::AlignVCenter, tr("Actual stay"));
    const qint64 values[4] = {tp, fn, fp, tn};
    const QString names[4] = {tr("true positives"), tr("false negatives"), tr("false positives"),
                              tr("true negatives")};
    const qint64 total = std::max<qint64>(1, tp + fp + fn + tn);
    for (int i = 0; i < 4; ++i) {
        const QRectF box(origin.x() + (i % 2) * cell, origin.y() + 12 + (i / 2) * cell, cell, cell);
        const bool right = i == 0 || i == 3;
        const double share = double(values[i]) / double(total);
        p.fillRect(box,
                   right ? QColor(0x2c, 0xa0, 0x2c, int(40 + 150 * share))
                         : QColor(0xd6, 0x27, 0x28, int(40 + 150 * share)));
        p.setPen(QPen(Qt::white, 1.5));
        p.drawRect(box);
        p.setPen(kInk);
        p.setFont(ReportLayout::font(13, true));
        p.drawText(box.adjusted(0, 0, 0, -cell * 0.3), Qt::AlignCenter,
                   QLocale().toString(values[i]));
        p.setFont(ReportLayout::font(7.5));
        p.drawText(box.adjusted(0, cell * 0.4, 0, 0), Qt::AlignCenter, names[i]);
    }
}

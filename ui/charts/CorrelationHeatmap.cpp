#include "ui/charts/CorrelationHeatmap.h"

#include "ui/NumberText.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include <cmath>

CorrelationHeatmap::CorrelationHeatmap(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setMinimumSize(320, 280);
}

void CorrelationHeatmap::setMatrix(churnlab::CorrelationMatrix matrix, bool spearman)
{
    m_matrix = std::move(matrix);
    m_spearman = spearman;
    update();
}

int CorrelationHeatmap::labelWidth(const QFontMetrics &metrics) const
{
    int w = 0;
    for (const QString &c : m_matrix.columns)
        w = std::max(w, metrics.horizontalAdvance(c));
    return std::min(w + 8, 180);
}

QRect CorrelationHeatmap::gridRect(const QRect &area, int labels) const
{
    const int n = int(m_matrix.columns.size());
    const int top = area.top() + 34;
    const int keyWidth = 70; // the colour key on the right
    const int side = std::max(
        0, std::min(area.width() - labels - 16 - keyWidth, area.height() - labels - 40 - 20));
    const int cell = n ? side / n : 0;
    const int used = labels + 8 + cell * n + keyWidth;
    const int left = area.left() + std::max(0, (area.width() - used) / 2);
    return {left + labels + 8, top, cell * n, cell * n};
}

QColor CorrelationHeatmap::cellColor(double v) const
{
    const double a = std::min(1.0, std::abs(v));
    const QColor full =
        v >= 0 ? QColor::fromRgbF(0.84, 0.19, 0.15) : QColor::fromRgbF(0.13, 0.40, 0.67);
    const QColor base = palette().color(QPalette::Base);
    return QColor::fromRgbF(base.redF() + (full.redF() - base.redF()) * a,
                            base.greenF() + (full.greenF() - base.greenF()) * a,
                            base.blueF() + (full.blueF() - base.blueF()) * a);
}

void CorrelationHeatmap::paintTo(QPainter &p, const QRect &area) const
{
    p.save();
    p.fillRect(area, palette().color(QPalette::Base));
    p.setPen(palette().color(QPalette::Text));
    QFont title = font();
    title.setBold(true);
    p.setFont(title);
    p.drawText(QRect(area.left(), area.top() + 4, area.width(), 24), Qt::AlignCenter,
               m_spearman ? tr("Spearman rank correlation") : tr("Pearson correlation"));
    p.setFont(font());
    const int n = int(m_matrix.columns.size());
    if (n == 0) {
        p.drawText(area, Qt::AlignCenter, tr("No numeric columns to correlate"));
        p.restore();
        return;
    }
    const int labels = labelWidth(p.fontMetrics());
    const QRect grid = gridRect(area, labels);
    const int cell = n ? grid.width() / n : 0;
    const auto &values = m_spearman ? m_matrix.spearman : m_matrix.pearson;
    // Colour key: −1 (blue) through 0 to +1 (red).
    const QRect key(grid.right() + 24, grid.top(), 16, grid.height());
    for (int y = 0; y < key.height(); ++y)
        p.fillRect(QRect(key.left(), key.top() + y, key.width(), 1),
                   cellColor(1.0 - 2.0 * y / std::max(1, key.height() - 1)));
    p.setPen(palette().color(QPalette::Text));
    p.drawRect(key.adjusted(0, 0, -1, -1));
    p.drawText(QRect(key.right() + 4, key.top() - 8, 40, 16), Qt::AlignLeft | Qt::AlignVCenter,
               QStringLiteral("+1"));
    p.drawText(QRect(key.right() + 4, key.center().y() - 8, 40, 16),
               Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("0"));
    p.drawText(QRect(key.right() + 4, key.bottom() - 8, 40, 16), Qt::AlignLeft | Qt::AlignVCenter,
               QStringLiteral("−1"));
    for (int i = 0; i < n; ++i) {
        p.setPen(palette().color(QPalette::Text));
        const QString name =
            p.fontMetrics().elidedText(m_matrix.columns[i], Qt::ElideRight, labels - 4);
        p.drawText(QRect(grid.left() - labels - 8, grid.top() + i * cell, labels, cell),
                   Qt::AlignRight | Qt::AlignVCenter, name);
        p.save();
        p.translate(grid.left() + i * cell + cell / 2, grid.bottom() + 4);
        p.rotate(60);
        p.drawText(QRect(0, -8, labels, 16), Qt::AlignLeft | Qt::AlignVCenter, name);
        p.restore();
        for (int j = 0; j < n; ++j) {
            const double v = m_matrix.at(values, i, j);
            const QColor c = std::isnan(v) ? palette().color(QPalette::Mid) : cellColor(v);
            const QRect r(grid.left() + j * cell, grid.top() + i * cell, cell, cell);
            p.fillRect(r.adjusted(0, 0, -1, -1), c);
            if (cell >= 30 && !std::isnan(v)) {
                p.setPen(std::abs(v) > 0.6 ? Qt::white : palette().color(QPalette::Text));
                p.drawText(r, Qt::AlignCenter, NumberText::measure(v, 2));
            }
        }
    }
    p.restore();
}

void CorrelationHeatmap::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    paintTo(p, rect());
}

bool CorrelationHeatmap::event(QEvent *e)
{
    if (e->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(e);
        const int n = int(m_matrix.columns.size());
        const QRect grid = gridRect(rect(), labelWidth(fontMetrics()));
        const int cell = n ? grid.width() / n : 0;
        if (cell > 0 && grid.contains(help->pos())) {
            const int j = (help->pos().x() - grid.left()) / cell,
                      i = (help->pos().y() - grid.top()) / cell;
            if (i < n && j < n) {
                const auto &values = m_spearman ? m_matrix.spearman : m_matrix.pearson;
                QToolTip::showText(help->globalPos(),
                                   tr("%1 × %2: %3")
                                       .arg(m_matrix.columns[i], m_matrix.columns[j])
                                       .arg(NumberText::measure(m_matrix.at(values, i, j), 3)));
                return true;
            }
        }
        QToolTip::hideText();
        e->ignore();
        return true;
    }
    return QWidget::event(e);
}

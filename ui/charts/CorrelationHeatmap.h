#pragma once

#include "core/explore/CorrelationMatrix.h"

#include <QWidget>

// A correlation matrix drawn as coloured cells (blue negative, red positive) with the value
// in each cell when there is room, and a tooltip per cell. Qt Charts has no heat map.
class CorrelationHeatmap final : public QWidget
{
    Q_OBJECT

public:
    explicit CorrelationHeatmap(QWidget *parent = nullptr);

    void setMatrix(churnlab::CorrelationMatrix matrix, bool spearman);
    const churnlab::CorrelationMatrix &matrix() const { return m_matrix; }
    // Paints onto any device (a PNG, an SVG): the export path.
    void paintTo(QPainter &painter, const QRect &area) const;
    QSize sizeHint() const override { return {720, 620}; }

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRect gridRect(const QRect &area, int labelWidth) const;
    int labelWidth(const QFontMetrics &metrics) const;
    QColor cellColor(double value) const;

    churnlab::CorrelationMatrix m_matrix;
    bool m_spearman = false;
};

#pragma once

#include "core/Result.h"
#include "core/project/Canvas.h"

#include <QHash>
#include <QRect>

class QPainter;
class QPaintDevice;

// Draws the ML Canvas as one sheet: the value proposition in the centre, the prediction side
// (task, decisions, offline evaluation, when not to use ML) to its left, the learning side
// (data collection and sources, building models, features) to its right, and live evaluation
// and monitoring along the bottom. Facts show in their block, marked when stale; the
// analyst's notes follow as rich text. The Canvas tab lays out its editors on the same grid.
class CanvasPainter
{
public:
    // Column, row, column span and row span of a block on the 5 × 3 grid.
    static QRect cell(const QString &blockId);
    static constexpr int kColumns = 5;
    static constexpr int kRows = 3;

    static void paint(QPainter &painter, const QRectF &rect, const churnlab::Canvas &canvas,
                      const QHash<QString, QStringList> &stale, QPaintDevice *metrics);
    // The canvas alone: a one-page landscape A4 PDF, or a PNG when the path ends in .png.
    // Written atomically.
    [[nodiscard]] static churnlab::Result<bool> exportTo(const QString &path,
                                                         const churnlab::Canvas &canvas,
                                                         const QHash<QString, QStringList> &stale,
                                                         const QString &title);
};

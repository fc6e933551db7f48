#pragma once

#include <QProxyStyle>

// Table headers whose sort arrow points the way the values go: ▼ when the largest come first.
// QHeaderView asks styles for "sort down" when a column is sorted ascending (the Windows
// convention of old), and Fusion draws that as ▼ over a list that grows downwards; on a
// leaderboard sorted best-first the arrow then points up. This style swaps the two.
class SortArrowStyle final : public QProxyStyle
{
    Q_OBJECT

public:
    // Installs itself on the view's horizontal header (owned by it).
    static void install(class QTableView *view);

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
};

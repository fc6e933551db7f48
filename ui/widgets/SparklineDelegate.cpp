#include "ui/widgets/SparklineDelegate.h"

#include <QPainter>

void SparklineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, QModelIndex()); // background and selection
    const QVariantList pair = index.data(SharesRole).toList();
    if (pair.size() != 2)
        return;
    const QVariantList ref = pair[0].toList(), cur = pair[1].toList();
    const int n = int(std::max(ref.size(), cur.size()));
    if (n == 0)
        return;
    double top = 0;
    for (const QVariant &v : ref)
        top = std::max(top, v.toDouble());
    for (const QVariant &v : cur)
        top = std::max(top, v.toDouble());
    if (top <= 0)
        return;
    const QRectF area = QRectF(option.rect).adjusted(4, 3, -4, -3);
    const double slot = area.width() / n;
    painter->save();
    for (int i = 0; i < n; ++i) {
        const double r = i < ref.size() ? ref[i].toDouble() / top : 0;
        const double c = i < cur.size() ? cur[i].toDouble() / top : 0;
        const double x = area.left() + i * slot;
        painter->fillRect(
            QRectF(x + 1, area.bottom() - r * area.height(), slot - 2, r * area.height()),
            option.palette.color(QPalette::Mid));
        painter->fillRect(QRectF(x + slot * 0.3, area.bottom() - c * area.height(), slot * 0.4,
                                 c * area.height()),
                          QColor(0xe8, 0x50, 0x5b)); // visible on a selected row too
    }
    painter->restore();
}

QSize SparklineDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    return QStyledItemDelegate::sizeHint(option, index).expandedTo(QSize(120, 24));
}

#pragma once

#include <QStyledItemDelegate>

// Draws two small distributions side by side in a cell: the reference's shares per bin as
// grey bars and the current data's as coloured bars over them, so a shifted column stands out
// in a long table. The cell's SharesRole holds a QVariantList of two QVariantLists of doubles.
class SparklineDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    static constexpr int SharesRole = Qt::UserRole + 10;

    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

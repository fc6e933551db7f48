#pragma once

#include <QStyledItemDelegate>

// Edits the Features table's choice cells with a combo box of FeatureConfigModel::choices and
// the bins with a spin box; the value committed is the choice's index (the model's EditRole).
class FeatureDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
};

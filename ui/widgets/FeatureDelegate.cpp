#include "ui/widgets/FeatureDelegate.h"

#include "ui/itemmodels/FeatureConfigModel.h"

#include <QComboBox>
#include <QSpinBox>

QWidget *FeatureDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                       const QModelIndex &index) const
{
    if (index.column() == FeatureConfigModel::BinsColumn) {
        auto *spin = new QSpinBox(parent);
        spin->setRange(0, 255);
        spin->setSpecialValueText(tr("none"));
        return spin;
    }
    const QStringList choices = FeatureConfigModel::choices(index.column());
    if (choices.isEmpty())
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto *box = new QComboBox(parent);
    box->addItems(choices);
    // Commit as soon as a choice is made, not only when focus leaves the cell.
    connect(box, &QComboBox::activated, this, [this, box]() {
        emit const_cast<FeatureDelegate *>(this)->commitData(box);
        emit const_cast<FeatureDelegate *>(this)->closeEditor(box);
    });
    return box;
}

void FeatureDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *box = qobject_cast<QComboBox *>(editor))
        box->setCurrentIndex(index.data(Qt::EditRole).toInt());
    else if (auto *spin = qobject_cast<QSpinBox *>(editor))
        spin->setValue(index.data(Qt::EditRole).toInt());
    else
        QStyledItemDelegate::setEditorData(editor, index);
}

void FeatureDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                   const QModelIndex &index) const
{
    if (auto *box = qobject_cast<QComboBox *>(editor))
        model->setData(index, box->currentIndex(), Qt::EditRole);
    else if (auto *spin = qobject_cast<QSpinBox *>(editor))
        model->setData(index, spin->value(), Qt::EditRole);
    else
        QStyledItemDelegate::setModelData(editor, model, index);
}

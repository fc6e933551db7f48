#include "ui/itemmodels/FeaturePreviewModel.h"

#include <QLocale>

void FeaturePreviewModel::setMatrix(Eigen::MatrixXd x, QStringList names)
{
    beginResetModel();
    m_x = std::move(x);
    m_names = std::move(names);
    endResetModel();
}

int FeaturePreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_x.rows());
}

int FeaturePreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_x.cols());
}

QVariant FeaturePreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (role == Qt::DisplayRole)
        return QLocale().toString(m_x(index.row(), index.column()), 'g', 5);
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant FeaturePreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return section < m_names.size() ? m_names[section] : QVariant();
    return section + 1;
}

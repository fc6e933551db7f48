#pragma once

#include <Eigen/Dense>

#include <QAbstractTableModel>
#include <QStringList>

// The first rows of the transformed feature matrix, as the learners will see them.
class FeaturePreviewModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    void setMatrix(Eigen::MatrixXd x, QStringList names);
    const QStringList &names() const { return m_names; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    Eigen::MatrixXd m_x;
    QStringList m_names;
};

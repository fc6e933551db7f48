#pragma once

#include "core/data/Dataset.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>

#include <memory>
#include <vector>

// The data table: reads cells straight from the Dataset's columns through a row order
// (sorting and filtering permute indices, never values), so a million rows cost one index
// each and scroll as fast as a hundred.
class DataTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit DataTableModel(QObject *parent = nullptr);

    void setDataset(std::shared_ptr<const churnlab::Dataset> dataset);
    const std::shared_ptr<const churnlab::Dataset> &dataset() const { return m_dataset; }
    // Rows to show, as indices into the dataset, in display order.
    void setRowOrder(std::vector<quint32> rows);
    const std::vector<quint32> &rowOrder() const { return m_rows; }
    qsizetype datasetRow(int viewRow) const { return m_rows[size_t(viewRow)]; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // Small tables sort at once; above asyncSortRows the order is computed on a worker thread
    // and applied when ready (sortFinished), so the event loop never stalls.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    static constexpr size_t asyncSortRows = 100000;

signals:
    void sortFinished();

private:
    void applyOrder(std::vector<quint32> rows);
    QFutureWatcher<std::shared_ptr<std::vector<quint32>>> m_sortWatcher;
    quint64 m_generation = 0;
    std::shared_ptr<const churnlab::Dataset> m_dataset;
    std::vector<quint32> m_rows;
};

#include "ui/itemmodels/DataTableModel.h"

#include "ui/NumberText.h"

#include "core/data/RowQuery.h"

#include <QColor>
#include <QLocale>
#include <QPalette>
#include <QtConcurrent/QtConcurrentRun>

using namespace churnlab;

DataTableModel::DataTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    connect(&m_sortWatcher, &QFutureWatcherBase::finished, this, [this]() {
        if (m_sortWatcher.future().resultCount() == 0
            || m_sortWatcher.property("generation").toULongLong() != m_generation)
            return;
        applyOrder(std::move(*m_sortWatcher.result()));
        emit sortFinished();
    });
}

void DataTableModel::setDataset(std::shared_ptr<const Dataset> dataset)
{
    ++m_generation;
    beginResetModel();
    m_dataset = std::move(dataset);
    m_rows = m_dataset ? RowQuery::allRows(m_dataset->rowCount()) : std::vector<quint32> {};
    endResetModel();
}

void DataTableModel::setRowOrder(std::vector<quint32> rows)
{
    ++m_generation;
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int DataTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DataTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_dataset ? 0 : m_dataset->columnCount();
}

QVariant DataTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Column &column = m_dataset->column(index.column());
    const qsizetype row = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        // Reals as the UI language writes them, at their shortest exact form.
        return column.type() == ColumnType::Real && !column.isMissing(row)
            ? NumberText::stored(column.number(row))
            : column.text(row);
    case Qt::ToolTipRole:
        return column.isMissing(row) ? tr("Missing value") : QVariant();
    case Qt::TextAlignmentRole:
        return isNumericType(column.type()) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                            : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        if (column.isMissing(row))
            return QPalette().color(QPalette::AlternateBase).darker(108);
        return {};
    default:
        return {};
    }
}

QVariant DataTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_dataset)
        return {};
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && size_t(section) < m_rows.size())
            return qlonglong(m_rows[size_t(section)]) + 1;
        return {};
    }
    if (section < 0 || section >= m_dataset->columnCount())
        return {};
    const Column &column = m_dataset->column(section);
    switch (role) {
    case Qt::DisplayRole:
        // The whole file's gaps, where the analyst looks first.
        return column.missingCount() > 0
            ? tr("%1\n%2 missing").arg(column.name(), QLocale().toString(column.missingCount()))
            : column.name();
    case Qt::ToolTipRole:
        return tr("%1 — %2, %n missing", nullptr, int(column.missingCount()))
            .arg(column.name(), columnTypeLabel(column.type()));
    default:
        return {};
    }
}

void DataTableModel::sort(int column, Qt::SortOrder order)
{
    if (!m_dataset || column < 0 || column >= m_dataset->columnCount())
        return;
    const bool ascending = order == Qt::AscendingOrder;
    if (m_rows.size() < asyncSortRows) {
        applyOrder(RowQuery::sorted(m_dataset->column(column), m_rows, ascending));
        emit sortFinished();
        return;
    }
    ++m_generation;
    m_sortWatcher.setProperty("generation", m_generation);
    m_sortWatcher.setFuture(
        QtConcurrent::run([dataset = m_dataset, rows = m_rows, column, ascending]() {
            return std::make_shared<std::vector<quint32>>(
                RowQuery::sorted(dataset->column(column), rows, ascending));
        }));
}

void DataTableModel::applyOrder(std::vector<quint32> rows)
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    // Selections and the current cell follow their data row to its new place.
    const QModelIndexList persistent = persistentIndexList();
    std::vector<quint32> persistentRows;
    for (const QModelIndex &i : persistent)
        persistentRows.push_back(m_rows[size_t(i.row())]);
    m_rows = std::move(rows);
    if (!persistent.isEmpty()) {
        std::vector<int> viewRow(size_t(m_dataset->rowCount()), -1);
        for (size_t r = 0; r < m_rows.size(); ++r)
            viewRow[m_rows[r]] = int(r);
        QModelIndexList moved;
        for (qsizetype k = 0; k < persistent.size(); ++k)
            moved.append(index(viewRow[persistentRows[size_t(k)]], persistent[k].column()));
        changePersistentIndexList(persistent, moved);
    }
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

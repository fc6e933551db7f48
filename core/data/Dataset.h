#pragma once

#include "core/data/Column.h"

#include <QHash>
#include <QStringList>

#include <vector>

namespace churnlab {

// A table of typed columns of equal length, held column-major. Cheap to move; workers get
// it as std::shared_ptr<const Dataset> so that nobody copies a million rows by accident.
class Dataset
{
public:
    Dataset() = default;
    Dataset(Dataset &&) = default;
    Dataset &operator=(Dataset &&) = default;
    Dataset(const Dataset &) = delete;
    Dataset &operator=(const Dataset &) = delete;

    qsizetype rowCount() const { return m_rows; }
    int columnCount() const { return int(m_columns.size()); }
    const Column &column(int index) const { return m_columns[size_t(index)]; }
    // -1 when there is no such column; the first one when names repeat.
    int indexOf(const QString &name) const;
    QStringList columnNames() const;

    // The first column fixes the row count; later ones must match it.
    void addColumn(Column column);
    void replaceColumn(int index, Column column);

    // An explicit deep copy, for edits that must leave the original intact (undo).
    Dataset clone() const;

    // Bytes of column data held in memory.
    qsizetype byteSize() const;

private:
    void rebuildIndex();

    std::vector<Column> m_columns;
    // Name → first column of that name, kept with every change so that looking a column up
    // costs the same for a header of 20 names or of 100,000.
    QHash<QString, int> m_index;
    qsizetype m_rows = 0;
};

} // namespace churnlab

#include "core/data/Dataset.h"

namespace churnlab {

int Dataset::indexOf(const QString &name) const
{
    return m_index.value(name, -1);
}

QStringList Dataset::columnNames() const
{
    QStringList names;
    names.reserve(qsizetype(m_columns.size()));
    for (const Column &c : m_columns)
        names.append(c.name());
    return names;
}

void Dataset::addColumn(Column column)
{
    if (m_columns.empty())
        m_rows = column.size();
    Q_ASSERT(column.size() == m_rows);
    if (!m_index.contains(column.name()))
        m_index.insert(column.name(), int(m_columns.size()));
    m_columns.push_back(std::move(column));
}

void Dataset::replaceColumn(int index, Column column)
{
    Q_ASSERT(column.size() == m_rows);
    const bool renamed = column.name() != m_columns[size_t(index)].name();
    m_columns[size_t(index)] = std::move(column);
    if (renamed)
        rebuildIndex();
}

Dataset Dataset::clone() const
{
    Dataset copy;
    copy.m_columns = m_columns;
    copy.m_index = m_index;
    copy.m_rows = m_rows;
    return copy;
}

void Dataset::rebuildIndex()
{
    m_index.clear();
    m_index.reserve(qsizetype(m_columns.size()));
    for (size_t i = 0; i < m_columns.size(); ++i)
        if (!m_index.contains(m_columns[i].name()))
            m_index.insert(m_columns[i].name(), int(i));
}

qsizetype Dataset::byteSize() const
{
    qsizetype total = 0;
    for (const Column &c : m_columns)
        total += c.byteSize();
    return total;
}

} // namespace churnlab

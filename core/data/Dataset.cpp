#include "core/data/Dataset.h"

namespace churnlab {

int Dataset::indexOf(const QString &name) const
{
    for (size_t i = 0; i < m_columns.size(); ++i) {
        if (m_columns[i].name() == name)
            return int(i);
    }
    return -1;
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
    m_columns.push_back(std::move(column));
}

void Dataset::replaceColumn(int index, Column column)
{
    Q_ASSERT(column.size() == m_rows);
    m_columns[size_t(index)] = std::move(column);
}

Dataset Dataset::clone() const
{
    Dataset copy;
    copy.m_columns = m_columns;
    copy.m_rows = m_rows;
    return copy;
}

qsizetype Dataset::byteSize() const
{
    qsizetype total = 0;
    for (const Column &c : m_columns)
        total += c.byteSize();
    return total;
}

} // namespace churnlab

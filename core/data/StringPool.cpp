#include "core/data/StringPool.h"

#include "core/Memory.h"

#include <bit>

namespace churnlab {

quint32 StringPool::append(std::string_view utf8)
{
    m_bytes.append(utf8);
    m_offsets.push_back(m_bytes.size());
    return size() - 1;
}

void StringPool::append(const StringPool &other)
{
    const quint64 base = m_bytes.size();
    m_bytes.append(other.m_bytes);
    m_offsets.reserve(m_offsets.size() + other.size());
    for (size_t k = 1; k < other.m_offsets.size(); ++k)
        m_offsets.push_back(base + other.m_offsets[k]);
}

QString StringPool::at(quint32 index) const
{
    const auto v = view(index);
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}

qsizetype StringPool::byteSize() const
{
    return qsizetype(m_bytes.capacity() + m_offsets.capacity() * sizeof(quint64));
}

void StringPool::reserve(size_t strings, size_t bytes)
{
    m_offsets.reserve(strings + 1);
    m_bytes.reserve(bytes);
    populateForWrite(m_offsets.data(), m_offsets.capacity() * sizeof(quint64));
    populateForWrite(m_bytes.data(), m_bytes.capacity());
}

qsizetype MissingMask::count() const
{
    qsizetype n = 0;
    for (quint64 w : m_bits)
        n += std::popcount(w);
    return n;
}

void MissingMask::merge(const MissingMask &part, qsizetype offset, qsizetype partRows,
                        qsizetype rowCount)
{
    if (!part.any())
        return;
    for (qsizetype r = 0; r < partRows; ++r) {
        if (part.test(r))
            set(offset + r, rowCount);
    }
}

} // namespace churnlab

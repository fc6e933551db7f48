#pragma once

#include <QString>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace churnlab {

// The distinct strings of a coded column, packed in one UTF-8 arena. A million unique IDs
// cost their bytes plus one offset each, instead of a heap-allocated QString per value.
class StringPool
{
public:
    quint32 size() const { return quint32(m_offsets.size() - 1); }
    bool isEmpty() const { return size() == 0; }

    quint32 append(std::string_view utf8);
    // Appends all of other's strings, in order, with one copy of their bytes.
    void append(const StringPool &other);
    std::string_view view(quint32 index) const
    {
        return {m_bytes.data() + m_offsets[index], size_t(m_offsets[index + 1] - m_offsets[index])};
    }
    QString at(quint32 index) const;
    qsizetype byteSize() const;
    void reserve(size_t strings, size_t bytes);

private:
    std::string m_bytes;
    std::vector<quint64> m_offsets {0};
};

// One bit a row: set where the value is missing. Empty (no allocation) when nothing is.
class MissingMask
{
public:
    bool test(qsizetype row) const
    {
        return !m_bits.empty() && (m_bits[size_t(row) >> 6] >> (row & 63)) & 1u;
    }
    void set(qsizetype row, qsizetype rowCount)
    {
        if (m_bits.empty())
            m_bits.assign((size_t(rowCount) + 63) / 64, 0);
        m_bits[size_t(row) >> 6] |= quint64(1) << (row & 63);
    }
    bool any() const { return !m_bits.empty(); }
    qsizetype count() const;
    qsizetype byteSize() const { return qsizetype(m_bits.size() * sizeof(quint64)); }
    // Combines a mask built for rows [offset, offset + part rows) into this one.
    void merge(const MissingMask &part, qsizetype offset, qsizetype partRows, qsizetype rowCount);

private:
    std::vector<quint64> m_bits;
};

} // namespace churnlab

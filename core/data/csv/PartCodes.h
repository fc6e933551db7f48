#pragma once

#include "core/Memory.h"
#include "core/data/Column.h"

#include <vector>

namespace churnlab {

// One chunk's dictionary codes for a coded column, one a row, as narrow as the chunk's
// dictionary allows: a byte while it has fewer than 255 levels, then two bytes, then four.
// Widening copies what was written. Most categorical columns never leave one byte, so a
// file's codes cost a quarter of what 32-bit codes would while its chunks are read.
class PartCodes
{
public:
    void allocate(size_t rows)
    {
        m_width = 1;
        m_rows = rows;
        resizeFresh(m_8, rows);
    }
    void set(size_t row, quint32 code)
    {
        const bool missing = code == Column::missingCode32;
        if (m_width == 1) {
            if (missing || code < 0xFF) {
                m_8[row] = missing ? 0xFF : quint8(code);
                return;
            }
            widen(code < 0xFFFF ? 2 : 4);
        }
        if (m_width == 2) {
            if (missing || code < 0xFFFF) {
                m_16[row] = missing ? 0xFFFF : quint16(code);
                return;
            }
            widen(4);
        }
        m_32[row] = code;
    }
    quint32 at(size_t row) const
    {
        switch (m_width) {
        case 1:
            return m_8[row] == 0xFF ? Column::missingCode32 : m_8[row];
        case 2:
            return m_16[row] == 0xFFFF ? Column::missingCode32 : m_16[row];
        default:
            return m_32[row];
        }
    }
    void clear()
    {
        decltype(m_8)().swap(m_8);
        decltype(m_16)().swap(m_16);
        decltype(m_32)().swap(m_32);
        m_rows = 0;
    }

private:
    // Rows past the one being written hold garbage; copied along, they are overwritten later.
    void widen(int width)
    {
        if (width == 2) {
            resizeFresh(m_16, m_rows);
            for (size_t r = 0; r < m_rows; ++r)
                m_16[r] = m_8[r] == 0xFF ? 0xFFFF : m_8[r];
        } else {
            resizeFresh(m_32, m_rows);
            for (size_t r = 0; r < m_rows; ++r)
                m_32[r] = at(r);
        }
        decltype(m_8)().swap(m_8);
        if (width == 4)
            decltype(m_16)().swap(m_16);
        m_width = width;
    }

    int m_width = 1;
    size_t m_rows = 0;
    std::vector<quint8, UninitialisedAllocator<quint8>> m_8;
    std::vector<quint16, UninitialisedAllocator<quint16>> m_16;
    std::vector<quint32, UninitialisedAllocator<quint32>> m_32;
};

} // namespace churnlab

#pragma once

#include <QtGlobal>

#include <cstring>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace churnlab {

// Open-addressing hash map from strings to dense codes (0, 1, 2, … in order of first
// insertion): the dictionary encoder of categorical columns. Keys are views the caller
// keeps alive, or copies when asked; far faster than std::unordered_map on short keys.
class StringIndex
{
public:
    StringIndex() { m_slots.assign(16, Slot {}); }

    quint32 insert(std::string_view key, bool copyKey)
    {
        const quint64 h = hash(key);
        size_t i = size_t(h) & (m_slots.size() - 1);
        for (;;) {
            Slot &s = m_slots[i];
            if (s.code == kEmpty)
                break;
            if (s.hash == h && m_keys[s.code] == key)
                return s.code;
            i = (i + 1) & (m_slots.size() - 1);
        }
        if (copyKey)
            key = m_owned.emplace_back(key);
        const quint32 code = quint32(m_keys.size());
        m_keys.push_back(key);
        m_slots[i] = {h, code};
        if (m_keys.size() * 2 > m_slots.size())
            grow();
        return code;
    }

    quint32 size() const { return quint32(m_keys.size()); }
    std::string_view key(quint32 code) const { return m_keys[code]; }

    static quint64 hash(std::string_view key)
    {
        quint64 h = 0x9E3779B97F4A7C15ull ^ key.size();
        const char *p = key.data();
        size_t n = key.size();
        while (n >= 8) {
            quint64 w;
            std::memcpy(&w, p, 8);
            h = (h ^ w) * 0xFF51AFD7ED558CCDull;
            h ^= h >> 32;
            p += 8;
            n -= 8;
        }
        // Byte by byte: a memcpy of a variable 0–7 bytes is a library call per key.
        quint64 tail = 0;
        for (size_t k = 0; k < n; ++k)
            tail |= quint64(uchar(p[k])) << (8 * k);
        h = (h ^ tail) * 0xC4CEB9FE1A85EC53ull;
        return h ^ (h >> 29);
    }

private:
    static constexpr quint32 kEmpty = 0xFFFFFFFFu;
    struct Slot
    {
        quint64 hash = 0;
        quint32 code = kEmpty;
    };

    void grow()
    {
        std::vector<Slot> old(m_slots.size() * 2, Slot {});
        old.swap(m_slots);
        for (const Slot &s : old) {
            if (s.code == kEmpty)
                continue;
            size_t i = size_t(s.hash) & (m_slots.size() - 1);
            while (m_slots[i].code != kEmpty)
                i = (i + 1) & (m_slots.size() - 1);
            m_slots[i] = s;
        }
    }

    std::vector<Slot> m_slots;
    std::vector<std::string_view> m_keys;
    std::deque<std::string> m_owned;
};

} // namespace churnlab

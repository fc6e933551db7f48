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
            if (s.hash == h && equal(m_keys[s.code], key))
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
        // The last 0–7 bytes: one load overlapping bytes already hashed when the key has them,
        // since a memcpy of a variable length is a library call per key; else byte by byte.
        quint64 tail = 0;
        if (n > 0 && key.size() >= 8) {
            std::memcpy(&tail, p + n - 8, 8);
            tail >>= 8 * (8 - n);
        } else {
            for (size_t k = 0; k < n; ++k)
                tail |= quint64(uchar(p[k])) << (8 * k);
        }
        h = (h ^ tail) * 0xC4CEB9FE1A85EC53ull;
        return h ^ (h >> 29);
    }

private:
    // Equal hashes almost always mean equal keys: compared inline, eight bytes at a time,
    // rather than by a memcmp call.
    static bool equal(std::string_view a, std::string_view b)
    {
        size_t n = a.size();
        if (n != b.size())
            return false;
        const char *p = a.data(), *q = b.data();
        if (n < 8) {
            for (size_t k = 0; k < n; ++k) {
                if (p[k] != q[k])
                    return false;
            }
            return true;
        }
        quint64 x, y;
        for (; n > 8; n -= 8, p += 8, q += 8) {
            std::memcpy(&x, p, 8);
            std::memcpy(&y, q, 8);
            if (x != y)
                return false;
        }
        std::memcpy(&x, p + n - 8, 8);
        std::memcpy(&y, q + n - 8, 8);
        return x == y;
    }

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

#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <utility>
#include <vector>

#include <sys/mman.h>

namespace churnlab {

// Asks the kernel to back a large buffer that has not been touched yet with 2 MB pages, so
// that first writing it costs one page fault per 2 MB instead of one per 4 kB. Loading a
// million-row file writes a few hundred MB of fresh column storage, and those faults were a
// fifth of a cold load. Only a hint: it does nothing where huge pages are off or unsupported.
inline void adviseHugePages(const void *data, std::size_t bytes)
{
#ifdef MADV_HUGEPAGE
    constexpr std::uintptr_t kHuge = std::uintptr_t(2) << 20;
    const auto begin = (reinterpret_cast<std::uintptr_t>(data) + kHuge - 1) & ~(kHuge - 1);
    const auto end = (reinterpret_cast<std::uintptr_t>(data) + bytes) & ~(kHuge - 1);
    if (end > begin)
        ::madvise(reinterpret_cast<void *>(begin), end - begin, MADV_HUGEPAGE);
#else
    (void)data;
    (void)bytes;
#endif
}

// Hands the whole pages of [from, to) of a read-only file mapping back to the kernel: they
// leave the process's resident set, and a later read faults them in again from the page
// cache. Only for file mappings: on anonymous memory it would discard the data.
inline void releasePages(const void *from, const void *to)
{
    constexpr std::uintptr_t kPage = 4096;
    const auto begin = (reinterpret_cast<std::uintptr_t>(from) + kPage - 1) & ~(kPage - 1);
    const auto end = reinterpret_cast<std::uintptr_t>(to) & ~(kPage - 1);
    if (end > begin)
        ::madvise(reinterpret_cast<void *>(begin), end - begin, MADV_DONTNEED);
}

// Maps a fresh buffer's pages in one call before it is first written. On a virtual machine
// every first touch of a 4 kB page is a trap costing microseconds; a million-row load writes
// hundreds of MB of fresh memory, and one call per buffer was four times cheaper there.
inline void populateForWrite(void *data, std::size_t bytes)
{
#ifdef MADV_POPULATE_WRITE
    constexpr std::uintptr_t kPage = 4096;
    const auto begin = (reinterpret_cast<std::uintptr_t>(data) + kPage - 1) & ~(kPage - 1);
    const auto end = (reinterpret_cast<std::uintptr_t>(data) + bytes) & ~(kPage - 1);
    if (end > begin + 16 * kPage)
        ::madvise(reinterpret_cast<void *>(begin), end - begin, MADV_POPULATE_WRITE);
#else
    (void)data;
    (void)bytes;
#endif
}

// resize() of an empty vector to n elements, with its new storage advised as above first.
template<typename Vector> void resizeFresh(Vector &v, std::size_t n)
{
    v.reserve(n);
    adviseHugePages(v.data(), n * sizeof(typename Vector::value_type));
    populateForWrite(v.data(), n * sizeof(typename Vector::value_type));
    v.resize(n);
}

// Leaves new elements uninitialised on resize: for buffers every element of which is written
// before it is read, the zero fill would be wasted passes over memory.
template<typename T> struct UninitialisedAllocator : std::allocator<T>
{
    template<typename U> struct rebind
    {
        using other = UninitialisedAllocator<U>;
    };
    template<typename U> void construct(U *p) noexcept { ::new (static_cast<void *>(p)) U; }
    template<typename U, typename... Args> void construct(U *p, Args &&...args)
    {
        ::new (static_cast<void *>(p)) U(std::forward<Args>(args)...);
    }
};

template<typename T> std::vector<T> filledVector(std::size_t n, T value)
{
    std::vector<T> v;
    v.reserve(n);
    adviseHugePages(v.data(), n * sizeof(T));
    populateForWrite(v.data(), n * sizeof(T));
    v.assign(n, value);
    return v;
}

} // namespace churnlab

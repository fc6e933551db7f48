#pragma once

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace churnlab {

// Runs f(index, isCallingThread) for every index on `threads` threads that take the next
// index as they finish, so that uneven chunks still keep every core busy.
template<typename F> void parallelFor(int count, int threads, F &&f)
{
    std::atomic<int> next = 0;
    auto work = [&](bool calling) {
        for (int i; (i = next.fetch_add(1)) < count;)
            f(i, calling);
    };
    std::vector<std::jthread> pool;
    for (int t = 1; t < std::min(threads, count); ++t)
        pool.emplace_back(work, false);
    work(true);
}

} // namespace churnlab

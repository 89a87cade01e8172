#include "cli/worker_pool.h"

#include <algorithm>
#include <system_error>
#include <thread>
#include <vector>

namespace perr {

std::size_t run_on_threads(std::size_t threads, const std::function<void()>& work) {
    std::vector<std::thread> pool;
    pool.reserve(threads);
    for (std::size_t t = 1; t < threads; ++t) {
        try {
            pool.emplace_back(work);
        } catch (const std::system_error&) { // EAGAIN: fewer workers, same results
            break;
        }
    }
    work();
    for (std::thread& t : pool) t.join();
    return pool.size() + 1;
}

std::size_t thread_count(int jobs, std::size_t items) {
    std::size_t wanted = jobs > 0 ? static_cast<std::size_t>(jobs)
                                  : std::max(1u, std::thread::hardware_concurrency());
    return std::max<std::size_t>(1, std::min(wanted, items));
}

} // namespace perr

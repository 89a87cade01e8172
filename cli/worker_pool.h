// Runs the same work function on several threads at once (each takes
// items from a shared counter). When the system refuses to start a thread
// (a per-user process limit), the run goes on with the threads it has.
#pragma once

#include <cstddef>
#include <functional>

namespace perr {

// Calls `work` on up to `threads` threads, the calling thread included,
// and waits for all of them. Returns how many ran.
std::size_t run_on_threads(std::size_t threads, const std::function<void()>& work);

// The -j value: 0 means one per core.
std::size_t thread_count(int jobs, std::size_t items);

} // namespace perr

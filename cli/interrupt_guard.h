// While alive, SIGINT, SIGTERM and SIGHUP no longer kill the process
// abruptly: a watcher thread receives them (signalfd), removes the
// temporary files registered in TempFiles, then ends the process with the
// same signal. Construct it before starting other threads: they inherit
// the blocked signal mask.
#pragma once

#include <signal.h>

#include <thread>

namespace perr {

class TempFiles;

class InterruptGuard {
  public:
    explicit InterruptGuard(TempFiles& temps);
    ~InterruptGuard();
    InterruptGuard(const InterruptGuard&) = delete;
    InterruptGuard& operator=(const InterruptGuard&) = delete;

  private:
    void watch(TempFiles& temps) const;

    sigset_t previous_mask_{};
    int signal_fd_ = -1;
    int wake_fd_ = -1;
    std::thread watcher_;
};

} // namespace perr

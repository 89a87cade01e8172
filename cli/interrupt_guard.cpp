#include "cli/interrupt_guard.h"

#include <poll.h>
#include <sys/eventfd.h>
#include <sys/signalfd.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstdint>
#include <system_error>

#include "cli/temp_files.h"

namespace perr {
namespace {

sigset_t watched_signals() {
    sigset_t set;
    sigemptyset(&set);
    for (int s : {SIGINT, SIGTERM, SIGHUP}) sigaddset(&set, s);
    return set;
}

// Ends the process as the signal would have: the shell sees 128 + signo.
[[noreturn]] void die_of(int signo) {
    ::signal(signo, SIG_DFL);
    sigset_t one;
    sigemptyset(&one);
    sigaddset(&one, signo);
    pthread_sigmask(SIG_UNBLOCK, &one, nullptr);
    ::raise(signo);
    ::_exit(128 + signo);
}

} // namespace

InterruptGuard::InterruptGuard(TempFiles& temps) {
    sigset_t set = watched_signals();
    if (pthread_sigmask(SIG_BLOCK, &set, &previous_mask_) != 0) return;
    signal_fd_ = ::signalfd(-1, &set, SFD_CLOEXEC);
    wake_fd_ = ::eventfd(0, EFD_CLOEXEC);
    try {
        if (signal_fd_ >= 0 && wake_fd_ >= 0)
            watcher_ = std::thread([this, &temps] { watch(temps); });
    } catch (const std::system_error&) { // no thread: signals act as before
    }
    if (!watcher_.joinable()) pthread_sigmask(SIG_SETMASK, &previous_mask_, nullptr);
}

InterruptGuard::~InterruptGuard() {
    if (watcher_.joinable()) {
        std::uint64_t one = 1;
        [[maybe_unused]] auto n = ::write(wake_fd_, &one, sizeof one);
        watcher_.join();
        // A signal that came after the watcher stopped is delivered now.
        pthread_sigmask(SIG_SETMASK, &previous_mask_, nullptr);
    }
    if (signal_fd_ >= 0) ::close(signal_fd_);
    if (wake_fd_ >= 0) ::close(wake_fd_);
}

void InterruptGuard::watch(TempFiles& temps) const {
    std::array<pollfd, 2> fds{pollfd{signal_fd_, POLLIN, 0}, pollfd{wake_fd_, POLLIN, 0}};
    for (;;) {
        if (::poll(fds.data(), fds.size(), -1) < 0) {
            if (errno == EINTR) continue;
            return;
        }
        if (fds[1].revents != 0) return; // the run is over
        signalfd_siginfo info{};
        if (fds[0].revents != 0 && ::read(signal_fd_, &info, sizeof info) == sizeof info) {
            temps.remove_all_and_freeze();
            die_of(static_cast<int>(info.ssi_signo));
        }
    }
}

} // namespace perr

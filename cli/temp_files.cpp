#include "cli/temp_files.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <random>

namespace perr {

int create_temporary(const std::string& name_template, std::string& name) {
    static constexpr char kChars[] =
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    std::random_device random;
    std::uniform_int_distribution<std::size_t> pick(0, sizeof kChars - 2);
    std::size_t x = name_template.rfind("XXXXXX");
    if (x == std::string::npos) {
        errno = EINVAL;
        return -1;
    }
    for (int attempt = 0; attempt < 100; ++attempt) {
        name = name_template;
        for (std::size_t i = x; i < x + 6; ++i) name[i] = kChars[pick(random)];
        // O_EXCL as mkstemp does, but mode 0666: the kernel applies the umask.
        int fd = ::open(name.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd >= 0 || errno != EEXIST) return fd;
    }
    return -1;
}

int TempFiles::create(const std::string& name_template, std::string& name) {
    std::lock_guard lock(mutex_);
    int fd = create_temporary(name_template, name);
    if (fd >= 0) names_.insert(name);
    return fd;
}

bool TempFiles::commit(const std::string& name, const std::string& target) {
    std::lock_guard lock(mutex_);
    if (std::rename(name.c_str(), target.c_str()) != 0) return false;
    names_.erase(name);
    return true;
}

void TempFiles::discard(const std::string& name) {
    std::lock_guard lock(mutex_);
    ::unlink(name.c_str());
    names_.erase(name);
}

void TempFiles::remove_all_and_freeze() {
    mutex_.lock(); // never unlocked: the process is about to end
    for (const std::string& name : names_) ::unlink(name.c_str());
    names_.clear();
}

} // namespace perr

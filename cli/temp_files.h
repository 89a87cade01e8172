// The temporary files a run has open, so that an interrupted run can
// remove them (InterruptGuard). Creation, rename and removal go through
// one lock: a file is never on disk without being registered.
#pragma once

#include <mutex>
#include <optional>
#include <set>
#include <string>

namespace perr {

class TempFiles {
  public:
    // Creates a new file from `name_template` (ending in "XXXXXX", replaced
    // by random characters) with mode 0666 less the umask; returns its
    // descriptor and sets `name`, or -1 with errno set.
    int create(const std::string& name_template, std::string& name);

    // Renames `name` to `target`; returns false with errno set (the
    // temporary file is then still registered: discard it).
    bool commit(const std::string& name, const std::string& target);

    // Removes `name` from the disk and from the registry.
    void discard(const std::string& name);

    // Removes every registered file and keeps the lock: nothing can be
    // created or renamed afterwards. For the interrupt handler only.
    void remove_all_and_freeze();

  private:
    std::mutex mutex_;
    std::set<std::string> names_;
};

// The same operations without a registry (write_atomically without one).
int create_temporary(const std::string& name_template, std::string& name);

} // namespace perr

// File I/O for the CLI: whole-file reads of regular files with a size
// limit, and writes that land whole or not at all (temporary file in the
// target directory, then rename).
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <ostream>
#include <streambuf>
#include <string>
#include <string_view>

#include "utilities/result.h"

namespace perr {

class TempFiles;

inline constexpr std::uint64_t kNoLimit = UINT64_MAX;
inline constexpr std::uint64_t kDefaultMaxBytes = 64ull << 20;

// Reads a regular file, or standard input for "-", into `out`. Errors:
// ErrorKind::io (missing, no permission, a directory, a FIFO, device or
// socket: refused without blocking on it), too_large (over `max_bytes`,
// refused without reading it whole). The message names no file.
Result<void> read_input(const std::string& path, std::string& out,
                        std::uint64_t max_bytes = kDefaultMaxBytes);

// Writes `data` to `path` atomically; nothing is left behind on failure.
// The file gets the usual mode (0666 less the umask). With `temps`, the
// temporary file is registered so that an interrupted run removes it.
// Error: ErrorKind::unwritable.
Result<void> write_atomically(const std::filesystem::path& path, std::string_view data,
                              TempFiles* temps = nullptr);

// A file written as a stream that appears whole at commit() or not at all:
// a temporary file in the target directory, renamed into place; removed
// when the object goes without a commit. Writes go straight to the
// descriptor (the emitters write 64 KB at a time).
class AtomicFile {
  public:
    AtomicFile() : stream_(&buffer_) {}
    ~AtomicFile() { discard(); }
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    // Error: ErrorKind::unwritable (the temporary file cannot be created).
    Result<void> open(const std::filesystem::path& path, TempFiles* temps = nullptr);
    std::ostream& stream() { return stream_; }
    // Error: ErrorKind::unwritable, with the first failed write's reason.
    Result<void> commit();
    void discard();

  private:
    class FdBuffer final : public std::streambuf {
      public:
        int fd = -1;
        int error = 0; // errno of the first failed write
      protected:
        std::streamsize xsputn(const char* s, std::streamsize n) override;
        int_type overflow(int_type c) override;
    };

    std::filesystem::path path_;
    std::string tmp_;
    TempFiles* temps_ = nullptr;
    FdBuffer buffer_;
    std::ostream stream_;
};

// Name of the temporary file used for `path`: ".NAME.XXXXXX" in the same
// directory, NAME shortened so that the whole fits in NAME_MAX bytes.
std::string temporary_name_template(const std::filesystem::path& path);

// True when a and b name the same existing file.
bool same_file(const std::filesystem::path& a, const std::filesystem::path& b);

} // namespace perr

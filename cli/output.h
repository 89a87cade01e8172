// File I/O for the CLI: whole-file reads of regular files with a size
// limit, and writes that land whole or not at all (temporary file in the
// target directory, then rename).
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
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

// Name of the temporary file used for `path`: ".NAME.XXXXXX" in the same
// directory, NAME shortened so that the whole fits in NAME_MAX bytes.
std::string temporary_name_template(const std::filesystem::path& path);

// True when a and b name the same existing file.
bool same_file(const std::filesystem::path& a, const std::filesystem::path& b);

} // namespace perr

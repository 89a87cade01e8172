// File I/O for the CLI: whole-file reads with a size limit, and writes that
// land whole or not at all (temporary file in the target directory, then
// rename).
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace perr {

struct IoError {
    std::string message; // "cannot open: No such file or directory"
    bool too_large = false;
};

inline constexpr std::uint64_t kNoLimit = UINT64_MAX;

// Reads a file, or standard input for "-". Refuses directories and inputs
// over `max_bytes` (without reading them whole).
std::optional<IoError> read_input(const std::string& path, std::string& out,
                                  std::uint64_t max_bytes = kNoLimit);

// Writes `data` to `path` atomically; nothing is left behind on failure.
std::optional<IoError> write_atomically(const std::filesystem::path& path, std::string_view data);

// True when a and b name the same existing file.
bool same_file(const std::filesystem::path& a, const std::filesystem::path& b);

} // namespace perr

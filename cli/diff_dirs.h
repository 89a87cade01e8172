// `perr diff DIR1 DIR2`: the files of two folders paired by their path
// below each (as diff -r pairs them); hidden entries are skipped.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "utilities/result.h"

namespace perr {

struct FilePairs {
    std::vector<std::string> both;     // relative paths found on both sides, sorted
    std::vector<std::string> only_old; // found in the first folder only
    std::vector<std::string> only_new; // found in the second folder only
};

// Error: ErrorKind::io, naming the folder that cannot be read.
Result<FilePairs> pair_files(const std::filesystem::path& old_dir,
                             const std::filesystem::path& new_dir);

} // namespace perr

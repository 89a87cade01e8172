// `perr ingest --textconv FILE`, for git's textconv driver: the protocol's
// markdown outline, or -- when perr refuses the file (not a protocol,
// binary, empty) -- the file's own bytes, so that `git diff` keeps working
// on every file the attribute pattern catches. Fails only when the file
// cannot be read.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "parsers/detect.h"

namespace perr {

int run_textconv(const std::string& input, std::optional<Layout> layout, std::uint64_t max_bytes);

} // namespace perr

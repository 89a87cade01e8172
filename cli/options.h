// Options several subcommands share, defined once so that they are
// spelled, checked and documented the same way everywhere.
#pragma once

#include <CLI/CLI.hpp>
#include <cstdint>
#include <string>

namespace perr {

// --max-bytes N: inputs larger than N are refused (default 64 MiB); a
// negative N is a usage error, not a huge limit.
void add_max_bytes_option(CLI::App& cmd, std::uint64_t& max_bytes);

// -j/--jobs N: 0 (the default) means one per core.
void add_jobs_option(CLI::App& cmd, int& jobs, const std::string& description);

} // namespace perr

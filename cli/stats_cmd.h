#pragma once

#include <CLI/CLI.hpp>
#include <cstdint>
#include <string>
#include <vector>

namespace perr {

struct StatsCommandOptions {
    std::vector<std::string> inputs;
    std::string format = "text"; // text | json | csv
    std::uint64_t max_bytes = 64ull << 20;
};

void setup_stats(CLI::App& app, int* exit_code);
int run_stats(const StatsCommandOptions& options);

} // namespace perr

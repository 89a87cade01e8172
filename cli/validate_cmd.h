#pragma once

#include <CLI/CLI.hpp>
#include <cstdint>
#include <string>
#include <vector>

namespace perr {

struct ValidateCommandOptions {
    std::vector<std::string> inputs;
    std::string schema_path;     // empty: the built-in schema
    std::string format = "text"; // text | json | github
    bool strict = false;         // warnings fail too
    int jobs = 0;                // 0: one per core
    std::uint64_t max_bytes = 64ull << 20;
};

void setup_validate(CLI::App& app, int* exit_code);
int run_validate(const ValidateCommandOptions& options);

} // namespace perr

#pragma once

#include <CLI/CLI.hpp>
#include <cstdint>
#include <string>
#include <vector>

namespace perr {

struct DiffCommandOptions {
    std::string old_path;
    std::string new_path;
    std::string format = "text";     // text | json | markdown
    std::string color = "auto";      // auto | always | never
    std::vector<std::string> labels; // shown instead of the paths (stdin, difftool)
    bool brief = false;              // only say whether they differ
    bool ignore_case = false;
    bool ignore_accents = false;
    bool ignore_numbering = false;
    double threshold = 0.5;
    std::uint64_t max_bytes = 64ull << 20;
};

void setup_diff(CLI::App& app, int* exit_code);
int run_diff(const DiffCommandOptions& options);

} // namespace perr

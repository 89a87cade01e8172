#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

namespace perr {

struct IngestCommandOptions {
    std::vector<std::string> inputs;
    std::string output;          // file or directory; empty: stdout
    std::string format = "yaml"; // yaml | json
    std::string layout = "auto";
    bool quiet = false;
};

// Registers `perr ingest`; the callback stores its exit code in *exit_code.
void setup_ingest(CLI::App& app, int* exit_code);
int run_ingest(const IngestCommandOptions& options);

} // namespace perr

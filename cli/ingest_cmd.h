#pragma once

#include <CLI/CLI.hpp>
#include <cstdint>
#include <string>
#include <vector>

namespace perr {

struct IngestCommandOptions {
    std::vector<std::string> inputs; // files or directories ('-': standard input)
    std::string output;              // file or directory; empty: stdout
    std::string format;              // yaml | json | jsonl | csv | markdown; "": from -o, else yaml
    std::string layout = "auto";
    std::uint64_t max_bytes = 64ull << 20; // kDefaultMaxBytes
    int jobs = 0;                          // 0: one per core
    bool csv_excel = false; // --format csv for spreadsheets (BOM, ';', formula guard)
    bool allow_empty = false;
    bool textconv = false; // git's textconv driver: outline, or the raw file if refused
    bool quiet = false;
    bool verbose = false; // one line per input written
};

// Registers `perr ingest`; the callback stores its exit code in *exit_code.
void setup_ingest(CLI::App& app, int* exit_code);
int run_ingest(IngestCommandOptions options);

} // namespace perr

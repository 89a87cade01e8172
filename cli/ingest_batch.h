// perr ingest's run over its inputs: each one read, ingested, rendered and
// written on a pool of threads; messages printed in input order, a
// progress line on a terminal, and a summary that counts every failure.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "cli/exit_codes.h"
#include "cli/ingest_cmd.h"
#include "cli/input_files.h"
#include "parsers/detect.h"
#include "schema/flat_writers.h"

namespace perr {

class TempFiles;

enum class Export { yaml, json, jsonl, csv, md };

struct Plan {
    Export format = Export::yaml;
    std::optional<Layout> layout;
    bool to_stdout = false;
    bool to_directory = false;
    bool stream = false; // jsonl and csv: every input into one output, in input order
    CsvDialect csv = CsvDialect::rfc4180;
};

Export export_from_name(const std::string& name);

// Where an input's output goes: the -o file, or DIR/relative/NAME.ext.
std::filesystem::path output_path(const IngestCommandOptions& o, const Plan& plan,
                                  const InputFile& input);

// Runs the batch; `problems` are lines already known to be errors (folders
// that could not be read): printed first and counted as failures.
ExitCode run_batch(const IngestCommandOptions& o, const Plan& plan, std::vector<InputFile> inputs,
                   const std::vector<Error>& problems, TempFiles& temps);

} // namespace perr

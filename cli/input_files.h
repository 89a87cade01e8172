// The files a command works on: each input as given, and each directory
// replaced by the regular files below it (hidden entries such as .git/
// skipped, symbolic links to directories not followed), in name order.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "utilities/result.h"

namespace perr {

struct InputFile {
    std::string path;     // as opened: "corpus/2020/x.txt", or "-"
    std::string relative; // below its input directory ("2020/x.txt"); else the file name
    bool from_directory = false;
};

struct ExpandedInputs {
    std::vector<InputFile> files;
    std::vector<Error> errors; // folders that cannot be read, or hold nothing wanted
    bool any_directory = false;
};

// `wanted` selects the files taken from directories (by file name); files
// named on the command line are always taken.
ExpandedInputs expand_inputs(const std::vector<std::string>& inputs,
                             const std::function<bool(std::string_view)>& wanted = nullptr,
                             std::string_view what = "files");

// YAML, JSON and JSON Lines file names (.yaml, .yml, .json, .jsonl, .ndjson).
bool is_export_name(std::string_view name);

} // namespace perr

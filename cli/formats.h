// Output format names: one name per format across subcommands (yaml, json,
// jsonl, csv, markdown, text, github); the older spellings md, table and
// yml are still accepted. And the format an output file's extension names,
// as pandoc reads it.
#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

namespace perr {

// Accepts one of `names` (or an alias of one) and stores the canonical name.
CLI::Validator format_choice(const std::vector<std::string>& names);

// "x.json" -> "json", "x.yml" -> "yaml", "x.md" -> "markdown"; "" for an
// extension that names no format (".txt", none).
std::string format_from_extension(const std::string& path);

} // namespace perr

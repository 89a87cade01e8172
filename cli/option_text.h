// What the CLI definition says of its options, in the words help, the
// synopsis, the shell completions and the man page share: one source.
#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

namespace perr {

// The values an option takes when they are a closed list ({yaml,json,...}
// of its check), else none.
std::vector<std::string> option_choices(const CLI::Option& opt);

// What stands for an option's value: "yaml|json|csv", "N", "OUTPUT"; ""
// for a flag.
std::string option_value_name(const CLI::Option& opt);

// "-f, --format" (short names first), or a positional's name.
std::string option_names(const CLI::Option& opt);

// "perr ingest [-o OUTPUT] [-f yaml|json|...] ... INPUTS...", wrapped at
// `width` columns with continuation lines indented under the first option.
std::string synopsis(const CLI::App& cmd, const std::string& name, std::size_t width = 100);

// CLI11's help with the synopsis above as its usage line.
class SynopsisFormatter : public CLI::Formatter {
  public:
    std::string make_usage(const CLI::App* app, std::string name) const override;
};

} // namespace perr

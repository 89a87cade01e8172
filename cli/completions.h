// Shell completion scripts generated from the command line's own
// definition: subcommands, options (short and long), the values of options
// that take a closed list (--format <TAB> -> yaml json ...), files elsewhere.
#pragma once

#include <CLI/CLI.hpp>
#include <string>

namespace perr {

std::string bash_completion(const CLI::App& app);
std::string zsh_completion(const CLI::App& app);
std::string fish_completion(const CLI::App& app);

} // namespace perr

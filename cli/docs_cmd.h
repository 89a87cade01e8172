#pragma once

#include <CLI/CLI.hpp>
#include <string>

namespace perr {

// `perr completion bash|zsh` and `perr man`: generated from the command
// line's own definition (one source of truth for help, completions, man page).
void setup_docs(CLI::App& app, int* exit_code);

std::string bash_completion(const CLI::App& app);
std::string zsh_completion(const CLI::App& app);
std::string man_page(const CLI::App& app);

} // namespace perr

#pragma once

#include <CLI/CLI.hpp>

namespace perr {

// `perr completion bash|zsh|fish` and `perr man`: generated from the command
// line's own definition (one source of truth for help, completions, man page).
void setup_docs(CLI::App& app, int* exit_code);

} // namespace perr

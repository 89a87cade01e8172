// The manual page (roff), generated from the command line's definition:
// synopsis and options of every subcommand with their values and defaults,
// exit status, environment, validate's rules. The .deb ships no README.
#pragma once

#include <CLI/CLI.hpp>
#include <string>

namespace perr {

std::string man_page(const CLI::App& app);

} // namespace perr

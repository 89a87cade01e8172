#pragma once

#include <CLI/CLI.hpp>

namespace perr {

void setup_schema(CLI::App& app, int* exit_code);

} // namespace perr

// The shape of every message perr prints about a file:
// "FILE[:LINE]: error|warning: MESSAGE". File names are shown with control
// characters escaped, so a hostile name cannot drive the terminal.
#pragma once

#include <string>
#include <string_view>

#include "utilities/result.h"

namespace perr {

// `s` with C0/C1 control characters, DEL, bidirectional overrides and
// invalid UTF-8 bytes written as \xHH or \u{HHHH}; anything else unchanged.
std::string printable(std::string_view s);

std::string error_line(std::string_view path, std::string_view message);
// "FILE:LINE:COL: error: MESSAGE\n", the file name made printable.
std::string error_line(const Error& e);
std::string warning_line(std::string_view path, int line, std::string_view message);

} // namespace perr

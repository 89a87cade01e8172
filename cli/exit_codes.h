// Exit codes, in one place (documented in README.md and in --help).
#pragma once

namespace perr {

enum class ExitCode : int {
    ok = 0,       // everything done
    rejected = 1, // an input is not a protocol (empty, binary, no structure); others were written
    failure = 2,  // usage error, unreadable input, unwritable output
};

inline int to_int(ExitCode c) {
    return static_cast<int>(c);
}

constexpr const char* kExitCodesHelp =
    "Exit codes: 0 success; 1 an input was refused (empty, binary, not a protocol, garbled, over "
    "--max-bytes, HTML nested deeper than 4096 levels); 2 usage or I/O error (unreadable input, "
    "not a regular file, unreadable folder, output not writable, out of memory).";

} // namespace perr

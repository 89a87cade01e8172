// Exit codes: three numbers, named for what each means to the subcommand
// that returns it, and the one table that --help, the man page and README
// say (README's copy is checked against it by a unit test).
#pragma once

#include <span>
#include <string>
#include <string_view>

namespace perr {

enum class ExitCode : int {
    ok = 0,      // done: every input written, every file valid, no changes
    refused = 1, // ingest: an input is not a protocol (the other inputs were written)
    invalid = 1, // validate: a file breaks the schema or a domain rule
    changed = 1, // diff: the two versions differ
    failure = 2, // usage error, unreadable input, unwritable output
};

inline int to_int(ExitCode c) {
    return static_cast<int>(c);
}

struct ExitCodeMeaning {
    std::string_view command; // the subcommand
    ExitCode code;
    std::string_view meaning;
};

std::span<const ExitCodeMeaning> exit_code_table();

// "Exit codes: 0 …; 1 …; 2 …." for one subcommand's help and man page.
std::string exit_codes_sentence(std::string_view command);

// The table as README.md shows it (command, code, meaning).
std::string exit_codes_markdown();

} // namespace perr

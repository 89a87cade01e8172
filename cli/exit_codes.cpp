#include "cli/exit_codes.h"

#include <array>

namespace perr {
namespace {

constexpr std::array kTable{
    ExitCodeMeaning{"ingest", ExitCode::ok, "success"},
    ExitCodeMeaning{"ingest", ExitCode::refused,
                    "an input was refused (empty, binary, an unreadable PDF, Word or OpenDocument "
                    "file, not a protocol, garbled, over --max-bytes, HTML nested deeper than 4096 "
                    "levels); the other inputs were written"},
    ExitCodeMeaning{"ingest", ExitCode::failure,
                    "usage or I/O error (unreadable input, not a regular file, unreadable folder, "
                    "output not writable, out of memory)"},
    ExitCodeMeaning{"validate", ExitCode::ok, "valid"},
    ExitCodeMeaning{"validate", ExitCode::invalid,
                    "invalid (errors, or warnings with --strict; also nesting deeper than 512 "
                    "levels, a duplicate key, an alias bomb, NUL bytes, over --max-bytes)"},
    ExitCodeMeaning{"validate", ExitCode::failure,
                    "could not run (unreadable file, not a regular file, unusable schema, out of "
                    "memory, output not writable, usage)"},
    ExitCodeMeaning{"diff", ExitCode::ok, "no changes"},
    ExitCodeMeaning{"diff", ExitCode::changed, "changes (or a file on one side only)"},
    ExitCodeMeaning{"diff", ExitCode::failure,
                    "trouble (unreadable input, not a regular file, over --max-bytes, nesting "
                    "deeper than 512 levels, a duplicate key, an alias bomb, several documents in "
                    "one side, not a protocol, output not writable, usage)"},
    ExitCodeMeaning{"stats", ExitCode::ok, "success"},
    ExitCodeMeaning{"stats", ExitCode::failure,
                    "an input could not be read or ingested (unreadable, not a regular file, over "
                    "--max-bytes, nesting deeper than 512 levels, a duplicate key, an alias bomb, "
                    "not a protocol), or output not writable"},
    ExitCodeMeaning{"schema", ExitCode::ok, "success"},
    ExitCodeMeaning{"schema", ExitCode::failure, "usage or I/O error"},
    ExitCodeMeaning{"completion", ExitCode::ok, "success"},
    ExitCodeMeaning{"completion", ExitCode::failure, "usage error or output not writable"},
    ExitCodeMeaning{"man", ExitCode::ok, "success"},
    ExitCodeMeaning{"man", ExitCode::failure, "usage error or output not writable"},
};

} // namespace

std::span<const ExitCodeMeaning> exit_code_table() {
    return kTable;
}

std::string exit_codes_sentence(std::string_view command) {
    std::string out = "Exit codes:";
    for (const ExitCodeMeaning& row : kTable) {
        if (row.command != command) continue;
        out += out.size() > 11 ? "; " : " ";
        out += std::to_string(to_int(row.code)) + " " + std::string(row.meaning);
    }
    return out + ".";
}

std::string exit_codes_markdown() {
    std::string out = "| command | code | meaning |\n|---|---|---|\n";
    for (const ExitCodeMeaning& row : kTable) {
        out += "| `" + std::string(row.command) + "` | " + std::to_string(to_int(row.code)) +
               " | " + std::string(row.meaning) + " |\n";
    }
    return out;
}

} // namespace perr

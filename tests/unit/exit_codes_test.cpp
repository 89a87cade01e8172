#include <doctest/doctest.h>

#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include "cli/exit_codes.h"

using namespace perr;

TEST_CASE("README's exit-code table is the table --help and the man page say") {
    std::ifstream in(std::string(PERR_SOURCE_DIR) + "/README.md");
    std::stringstream readme;
    readme << in.rdbuf();
    REQUIRE(!readme.str().empty());
    std::string table = exit_codes_markdown();
    CHECK_MESSAGE(readme.str().find(table) != std::string::npos,
                  "README.md's '### Exit codes' table differs from cli/exit_codes.cpp:\n"
                      << table);
}

TEST_CASE("exit codes: one sentence per subcommand, each code named once per subcommand") {
    CHECK(exit_codes_sentence("diff") ==
          "Exit codes: 0 no changes; 1 changes (or a file on one side only); 2 trouble "
          "(unreadable input, not a regular file, over --max-bytes, nesting deeper than 512 "
          "levels, a duplicate key, an alias bomb, several documents in one side, not a protocol, "
          "output not writable, usage).");
    CHECK(exit_codes_sentence("man") == "Exit codes: 0 success; 2 usage error or output not "
                                        "writable.");
    std::set<std::pair<std::string, int>> seen;
    for (const ExitCodeMeaning& row : exit_code_table()) {
        CAPTURE(row.command);
        CHECK(seen.emplace(std::string(row.command), to_int(row.code)).second);
        CHECK(!row.meaning.empty());
    }
    for (std::string_view command : {"ingest", "validate", "diff", "stats", "schema"}) {
        CHECK(seen.count({std::string(command), 0}) == 1);
        CHECK(seen.count({std::string(command), 2}) == 1);
    }
    CHECK(to_int(ExitCode::refused) == 1);
    CHECK(to_int(ExitCode::invalid) == 1);
    CHECK(to_int(ExitCode::changed) == 1);
}

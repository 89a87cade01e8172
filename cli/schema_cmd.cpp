#include "cli/schema_cmd.h"

#include <iostream>

#include "cli/exit_codes.h"
#include "schema/schema_text.h"

namespace perr {

void setup_schema(CLI::App& app, int* exit_code) {
    CLI::App* cmd =
        app.add_subcommand("schema", "Print the JSON Schema (draft-07) of ingest's output");
    cmd->footer("Example:\n  perr schema > perr.schema.json");
    cmd->callback([exit_code] {
        std::cout << schema_text();
        std::cout.flush();
        *exit_code = to_int(std::cout ? ExitCode::ok : ExitCode::failure);
    });
}

} // namespace perr
